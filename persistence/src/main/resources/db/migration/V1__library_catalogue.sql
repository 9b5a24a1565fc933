-- Reference data and the resource-library catalogue (issue 2).
-- Portable DDL: sequences, varchar enums with check constraints, no PostgreSQL-only types.

create table province (
    id          bigint       not null primary key,
    code        varchar(2)   not null unique,
    name        varchar(32)  not null unique,
    short_name  varchar(16)  not null unique,
    name_en     varchar(64)  not null
);

create table major_category (
    id          bigint       not null primary key,
    code        varchar(4)   not null unique,
    name        varchar(64)  not null unique,
    name_en     varchar(128) not null,
    sort_order  integer      not null
);

create sequence major_seq start with 1 increment by 50;
create table major (
    id          bigint       not null primary key,
    code        varchar(16)  not null unique,
    name        varchar(128) not null,
    category_id bigint       not null references major_category (id)
);
create index major_category_idx on major (category_id);

create sequence organisation_seq start with 1 increment by 50;
create table organisation (
    id          bigint       not null primary key,
    name        varchar(128) not null unique,
    type        varchar(32)  not null,
    province_id bigint       references province (id),
    created_at  timestamp    not null,
    version     integer      not null,
    constraint organisation_type_chk check (type in
        ('SCHOOL', 'COMPANY', 'ASSOCIATION', 'EDUCATION_DEPARTMENT', 'RESEARCH_INSTITUTE', 'PUBLIC_INSTITUTION', 'OTHER'))
);

create sequence resource_library_seq start with 1 increment by 50;
create table resource_library (
    id            bigint        not null primary key,
    code          varchar(32)   not null unique,
    catalogue_no  integer,
    name          varchar(128)  not null,
    level         varchar(16)   not null,
    status        varchar(24)   not null,
    category_id   bigint        not null references major_category (id),
    core_major_id bigint        references major (id),
    province_id   bigint        references province (id),
    description   varchar(4000),
    created_at    timestamp     not null,
    updated_at    timestamp     not null,
    version       integer       not null,
    constraint resource_library_level_chk check (level in ('NATIONAL', 'PROVINCIAL', 'SCHOOL')),
    constraint resource_library_status_chk check (status in ('UNDER_CONSTRUCTION', 'ACTIVE', 'SUSPENDED', 'ARCHIVED')),
    constraint resource_library_level_name_uk unique (level, name)
);
create index resource_library_category_idx on resource_library (category_id);
create index resource_library_level_idx on resource_library (level);

-- host units (主持单位) in their order: position 0 is the first host unit (第一主持单位); at most three
create table library_host_unit (
    library_id      bigint  not null references resource_library (id) on delete cascade,
    organisation_id bigint  not null references organisation (id),
    position        integer not null,
    primary key (library_id, position),
    constraint library_host_unit_position_chk check (position between 0 and 2),
    constraint library_host_unit_uk unique (library_id, organisation_id) deferrable initially deferred
);
create index library_host_unit_org_idx on library_host_unit (organisation_id);

-- participating units (参建单位): schools, companies, associations
create table library_participant (
    library_id      bigint not null references resource_library (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    primary key (library_id, organisation_id)
);
create index library_participant_org_idx on library_participant (organisation_id);

-- one row per named cluster-wide task; a transaction that locks the row runs that task alone in the cluster
create table cluster_lock (
    name        varchar(64) not null primary key,
    acquired_at timestamp
);
insert into cluster_lock (name) values ('catalogue-import');
