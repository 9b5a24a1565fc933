-- Real-name registration (实名制): a school's roster of its teachers and students, imported by its administrator,
-- and the real name, staff or student number and verification time of an account bound to a roster entry.

create sequence roster_entry_seq start with 1 increment by 50;
create table roster_entry (
    id              bigint       not null primary key,
    organisation_id bigint       not null references organisation (id),
    person_name     varchar(64)  not null,
    member_number   varchar(32)  not null,
    member_role     varchar(16)  not null,
    bound_user_id   bigint       references user_account (id),
    bound_at        timestamp,
    imported_by     varchar(128) not null,
    imported_at     timestamp    not null,
    version         integer      not null,
    constraint roster_entry_role_chk check (member_role in ('STUDENT', 'TEACHER')),
    constraint roster_entry_number_uk unique (organisation_id, member_number),
    constraint roster_entry_bound_chk check ((bound_user_id is null) = (bound_at is null))
);
-- one account is bound to at most one roster entry
create unique index roster_entry_bound_user_uk on roster_entry (bound_user_id) where bound_user_id is not null;

alter table user_account add column real_name varchar(64);
alter table user_account add column member_number varchar(32);
alter table user_account add column real_name_verified_at timestamp;
