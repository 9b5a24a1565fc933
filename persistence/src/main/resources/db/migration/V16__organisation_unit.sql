-- Units of an organisation (组织机构: 学院 → 系 → 教研室, 部门 …) as a tree within one organisation, the unit a member
-- belongs to, and the organisation's own contact data. The display name stays the national catalogue's.

create sequence organisation_unit_seq start with 1 increment by 50;
create table organisation_unit (
    id              bigint       not null primary key,
    organisation_id bigint       not null references organisation (id),
    parent_id       bigint       references organisation_unit (id),
    name            varchar(100) not null,
    code            varchar(32),
    sort_order      integer      not null default 0,
    created_at      timestamp    not null,
    updated_at      timestamp    not null,
    version         integer      not null default 0,
    constraint organisation_unit_not_own_parent_chk check (parent_id is null or parent_id <> id)
);
-- sibling names are unique; top-level units (no parent) are siblings of each other
create unique index organisation_unit_sibling_name_uk on organisation_unit (organisation_id, coalesce(parent_id, 0), name);
create index organisation_unit_parent_idx on organisation_unit (parent_id);

alter table user_account add column unit_id bigint references organisation_unit (id) on delete set null;
create index user_account_unit_idx on user_account (unit_id);

alter table organisation add column short_name varchar(32);
alter table organisation add column website varchar(255);
alter table organisation add column contact_phone varchar(32);
alter table organisation add column contact_email varchar(254);
alter table organisation add column address varchar(255);
alter table organisation add column updated_at timestamp;
