-- Standard courses (标准化课程, issue 13): owned by a library and its course team, an outline of modules → topics →
-- items, each item a reference (never a copy) to a published resource of any library, a 积件 (reusable assembly of
-- resources) or a page of rich text. A published course is changed through a revision row (revision_of_id) that goes
-- through tiered review as subject type COURSE and is merged back by node_key when published.

create sequence course_assembly_seq start with 1 increment by 50;
create table course_assembly (
    id          bigint       not null primary key,
    library_id  bigint       not null references resource_library (id),
    name        varchar(200) not null,
    description text,
    owner_id    bigint       not null references user_account (id),
    created_at  timestamp    not null,
    updated_at  timestamp    not null,
    version     integer      not null,
    constraint course_assembly_name_uk unique (library_id, name)
);

create table course_assembly_part (
    assembly_id    bigint       not null references course_assembly (id) on delete cascade,
    position       integer      not null,
    resource_id    bigint       references teaching_resource (id) on delete set null,
    title_override varchar(200),
    primary key (assembly_id, position)
);
create index course_assembly_part_resource_idx on course_assembly_part (resource_id);

create sequence standard_course_seq start with 1 increment by 50;
create table standard_course (
    id              bigint        not null primary key,
    library_id      bigint        not null references resource_library (id),
    code            varchar(32)   not null,
    name            varchar(200)  not null,
    major_id        bigint        references major (id),
    hours           numeric(5, 1),
    credits         numeric(3, 1),
    introduction    text,
    objectives      text,
    standard_text   text,
    cover_sha256    varchar(64)   references stored_blob (sha256),
    portal_template varchar(16)   not null default 'CLASSIC',
    owner_unit_id   bigint        references organisation (id),
    lead_id         bigint        not null references user_account (id),
    status          varchar(16)   not null,
    course_version  integer       not null default 1,
    revision_of_id  bigint        references standard_course (id) on delete cascade,
    created_by      bigint        not null references user_account (id),
    created_at      timestamp     not null,
    updated_at      timestamp     not null,
    published_at    timestamp,
    version         integer       not null,
    constraint standard_course_template_chk check (portal_template in ('CLASSIC', 'CARDS')),
    constraint standard_course_status_chk check (status in
        ('DRAFT', 'IN_REVIEW', 'REJECTED', 'PUBLISHED', 'WITHDRAWN', 'TAKEN_DOWN'))
);
create unique index standard_course_code_uk on standard_course (library_id, code) where revision_of_id is null;
-- at most one pending new version per published course
create unique index standard_course_revision_uk on standard_course (revision_of_id) where revision_of_id is not null;
create index standard_course_library_idx on standard_course (library_id, status);
create index standard_course_lead_idx on standard_course (lead_id);

create sequence course_node_seq start with 1 increment by 50;
create table course_node (
    id            bigint       not null primary key,
    course_id     bigint       not null references standard_course (id) on delete cascade,
    node_key      uuid         not null,
    parent_id     bigint       references course_node (id) on delete cascade,
    depth         smallint     not null,
    position      integer      not null,
    title         varchar(200) not null,
    item_kind     varchar(16),
    resource_id   bigint       references teaching_resource (id) on delete set null,
    assembly_id   bigint       references course_assembly (id),
    page_body     text,
    min_seconds   integer      not null default 60,
    trial_default boolean      not null default false,
    content_hash  varchar(64)  not null,
    constraint course_node_depth_chk check (depth between 1 and 3),
    constraint course_node_item_chk check ((depth = 3) = (item_kind is not null)),
    constraint course_node_kind_chk check (item_kind is null or item_kind in ('RESOURCE', 'ASSEMBLY', 'PAGE')),
    constraint course_node_assembly_chk check (item_kind is null or item_kind <> 'ASSEMBLY' or assembly_id is not null),
    constraint course_node_page_chk check (item_kind is null or item_kind <> 'PAGE' or page_body is not null),
    constraint course_node_min_seconds_chk check (min_seconds between 0 and 36000),
    constraint course_node_key_uk unique (course_id, node_key)
);
create index course_node_course_idx on course_node (course_id, parent_id, position);
create index course_node_resource_idx on course_node (resource_id);
create index course_node_assembly_idx on course_node (assembly_id);
