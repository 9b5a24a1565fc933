-- Offerings (开课) of published standard courses per term, their own materialised outline (synchronised from the
-- standard course by origin_key unless changed locally, with an inbox of incoming changes), classes (班级) with
-- parallel teachers and assistants, enrolments and imported class rosters (issue 13).

create sequence course_offering_seq start with 1 increment by 50;
create table course_offering (
    id                    bigint       not null primary key,
    course_id             bigint       not null references standard_course (id),
    organisation_id       bigint       references organisation (id),
    owner_id              bigint       not null references user_account (id),
    term_code             varchar(16)  not null,
    starts_on             date         not null,
    ends_on               date         not null,
    title                 varchar(200) not null,
    previous_offering_id  bigint       references course_offering (id),
    status                varchar(16)  not null,
    enrolment_mode        varchar(16)  not null,
    open_to_outsiders     boolean      not null default false,
    synced_course_version integer      not null,
    created_at            timestamp    not null,
    version               integer      not null,
    constraint course_offering_status_chk check (status in ('DRAFT', 'PUBLISHED', 'CLOSED')),
    constraint course_offering_mode_chk check (enrolment_mode in ('OPEN', 'CODE', 'ROSTER')),
    constraint course_offering_dates_chk check (ends_on >= starts_on)
);
create index course_offering_course_idx on course_offering (course_id, status);
create index course_offering_owner_idx on course_offering (owner_id);

create sequence offering_node_seq start with 1 increment by 50;
create table offering_node (
    id              bigint       not null primary key,
    offering_id     bigint       not null references course_offering (id) on delete cascade,
    origin_key      uuid,
    base_hash       varchar(64),
    local_changed   boolean      not null default false,
    local_placement boolean      not null default false,
    hidden          boolean      not null default false,
    trial           boolean      not null default false,
    due_on          date,
    retired_at      timestamp,
    parent_id       bigint       references offering_node (id) on delete cascade,
    depth           smallint     not null,
    position        integer      not null,
    title           varchar(200) not null,
    item_kind       varchar(16),
    resource_id     bigint       references teaching_resource (id) on delete set null,
    assembly_id     bigint       references course_assembly (id),
    page_body       text,
    min_seconds     integer      not null default 60,
    constraint offering_node_depth_chk check (depth between 1 and 3),
    constraint offering_node_item_chk check ((depth = 3) = (item_kind is not null)),
    constraint offering_node_kind_chk check (item_kind is null or item_kind in ('RESOURCE', 'ASSEMBLY', 'PAGE')),
    constraint offering_node_local_chk check (origin_key is not null or local_changed),
    constraint offering_node_origin_uk unique (offering_id, origin_key)
);
create index offering_node_tree_idx on offering_node (offering_id, parent_id, position);
create index offering_node_resource_idx on offering_node (resource_id);

create sequence offering_incoming_change_seq start with 1 increment by 50;
create table offering_incoming_change (
    id               bigint      not null primary key,
    offering_id      bigint      not null references course_offering (id) on delete cascade,
    origin_key       uuid        not null,
    offering_node_id bigint      references offering_node (id) on delete set null,
    change_kind      varchar(16) not null,
    course_version   integer     not null,
    standard_hash    varchar(64),
    status           varchar(16) not null,
    created_at       timestamp   not null,
    decided_at       timestamp,
    decided_by       bigint      references user_account (id),
    constraint offering_change_kind_chk check (change_kind in ('ADDED', 'CHANGED', 'REMOVED', 'MOVED')),
    constraint offering_change_status_chk check (status in
        ('PENDING', 'ACCEPTED', 'DECLINED', 'APPLIED', 'SUPERSEDED'))
);
create unique index offering_change_pending_uk on offering_incoming_change (offering_id, origin_key)
    where status = 'PENDING';

create sequence course_class_seq start with 1 increment by 50;
create table course_class (
    id          bigint       not null primary key,
    offering_id bigint       not null references course_offering (id) on delete cascade,
    name        varchar(100) not null,
    class_code  varchar(8)   not null unique,
    capacity    integer,
    archived_at timestamp,
    version     integer      not null,
    constraint course_class_name_uk unique (offering_id, name),
    constraint course_class_capacity_chk check (capacity is null or capacity between 1 and 5000)
);

create table class_staff (
    class_id   bigint      not null references course_class (id) on delete cascade,
    account_id bigint      not null references user_account (id),
    role       varchar(16) not null,
    added_by   bigint      references user_account (id),
    added_at   timestamp   not null,
    primary key (class_id, account_id),
    constraint class_staff_role_chk check (role in ('TEACHER', 'ASSISTANT'))
);
create index class_staff_account_idx on class_staff (account_id);

create sequence enrolment_seq start with 1 increment by 50;
create table enrolment (
    id          bigint      not null primary key,
    offering_id bigint      not null references course_offering (id),
    class_id    bigint      not null references course_class (id),
    learner_id  bigint      not null references user_account (id),
    source      varchar(16) not null,
    status      varchar(16) not null,
    student_no  varchar(32),
    enrolled_at timestamp   not null,
    ended_at    timestamp,
    version     integer     not null,
    constraint enrolment_source_chk check (source in ('OPEN', 'CODE', 'ROSTER', 'TEACHER')),
    constraint enrolment_status_chk check (status in ('ACTIVE', 'LEFT', 'REMOVED'))
);
-- one class per learner per offering
create unique index enrolment_active_uk on enrolment (offering_id, learner_id) where status = 'ACTIVE';
create index enrolment_class_idx on enrolment (class_id, status);
create index enrolment_learner_idx on enrolment (learner_id, status);

create sequence class_roster_entry_seq start with 1 increment by 50;
create table class_roster_entry (
    id         bigint       not null primary key,
    class_id   bigint       not null references course_class (id) on delete cascade,
    student_no varchar(32)  not null,
    name       varchar(100) not null,
    account_id bigint       references user_account (id),
    state      varchar(16)  not null,
    constraint class_roster_state_chk check (state in ('MATCHED', 'PENDING', 'MISMATCH')),
    constraint class_roster_student_uk unique (class_id, student_no)
);
