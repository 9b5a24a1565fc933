-- People known to the platform and the roles they hold within a scope (platform, province, organisation, library,
-- course). Credentials stay in Keycloak; these rows carry membership and scope.

create sequence user_account_seq start with 1 increment by 50;
create table user_account (
    id              bigint       not null primary key,
    username        varchar(128) not null unique,
    display_name    varchar(128) not null,
    organisation_id bigint       references organisation (id),
    status          varchar(16)  not null,
    created_at      timestamp    not null,
    version         integer      not null,
    constraint user_account_status_chk check (status in ('ACTIVE', 'DISABLED'))
);
create index user_account_organisation_idx on user_account (organisation_id);

create sequence role_grant_seq start with 1 increment by 50;
create table role_grant (
    id          bigint       not null primary key,
    user_id     bigint       not null references user_account (id) on delete cascade,
    role        varchar(32)  not null,
    scope_type  varchar(16)  not null,
    scope_id    bigint       not null,
    granted_by  varchar(128) not null,
    granted_at  timestamp    not null,
    constraint role_grant_scope_chk check (scope_type in ('PLATFORM', 'PROVINCE', 'ORGANISATION', 'LIBRARY', 'COURSE')),
    constraint role_grant_uk unique (user_id, role, scope_type, scope_id)
);
create index role_grant_user_idx on role_grant (user_id);
