-- Tiered review (先审后发、分级审核, issue 5). A library's review levels (1 to 3, each decided by one kind of
-- reviewer); one submission per version sent for review, with one task per level as it is reached; and the review
-- record: every step of every submission, immutable, with the hashes of exactly what was reviewed (谁上线谁负责).
-- Subjects are named by type and id, so courses and question banks can use the same tables later.

create table review_level (
    library_id bigint      not null references resource_library (id),
    level_no   integer     not null,
    rule       varchar(32) not null,
    primary key (library_id, level_no),
    constraint review_level_no_chk check (level_no between 1 and 3),
    constraint review_level_rule_chk check (rule in
        ('UNIT_REVIEWER', 'COURSE_TEAM_LEAD', 'LIBRARY_REVIEWER', 'HOST_UNIT_REVIEWER', 'LIBRARY_ADMIN'))
);

create sequence review_submission_seq start with 1 increment by 50;
create table review_submission (
    id              bigint        not null primary key,
    subject_type    varchar(16)   not null,
    subject_id      bigint        not null,
    revision_id     bigint,
    subject_version integer       not null,
    library_id      bigint        not null references resource_library (id),
    unit_id         bigint        references organisation (id),
    host_unit_id    bigint        references organisation (id),
    kind            varchar(16),
    course          varchar(128),
    owner_id        bigint        not null references user_account (id),
    author_id       bigint        not null references user_account (id),
    title           varchar(300)  not null,
    level_rules     varchar(120)  not null,
    current_level   integer       not null,
    status          varchar(16)   not null,
    content_sha256  varchar(64)   not null,
    metadata_sha256 varchar(64)   not null,
    flagged_words   varchar(1000),
    submitted_at    timestamp     not null,
    closed_at       timestamp,
    version         integer       not null,
    constraint review_submission_status_chk check (status in
        ('IN_REVIEW', 'PUBLISHED', 'REJECTED', 'WITHDRAWN', 'TAKEN_DOWN', 'SUPERSEDED'))
);
create index review_submission_subject_idx on review_submission (subject_type, subject_id, status);
create index review_submission_author_idx on review_submission (author_id, submitted_at);
-- at most one submission of an item is under review at any time, whichever node takes it
create unique index review_submission_open_idx on review_submission (subject_type, subject_id)
    where status = 'IN_REVIEW';

create sequence review_task_seq start with 1 increment by 50;
create table review_task (
    id            bigint       not null primary key,
    submission_id bigint       not null references review_submission (id) on delete cascade,
    level_no      integer      not null,
    rule          varchar(32)  not null,
    status        varchar(16)  not null,
    opened_at     timestamp    not null,
    decided_at    timestamp,
    decided_by    varchar(128),
    version       integer      not null,
    constraint review_task_status_chk check (status in ('OPEN', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    constraint review_task_level_uk unique (submission_id, level_no)
);
create index review_task_open_idx on review_task (status, rule, opened_at);

create sequence review_record_seq start with 1 increment by 50;
create table review_record (
    id              bigint        not null primary key,
    submission_id   bigint        not null,
    subject_type    varchar(16)   not null,
    subject_id      bigint        not null,
    subject_version integer       not null,
    level_no        integer       not null,
    action          varchar(16)   not null,
    actor_username  varchar(128)  not null,
    actor_name      varchar(128)  not null,
    actor_role      varchar(64)   not null,
    actor_unit      varchar(200),
    acted_at        timestamp     not null,
    comment         varchar(2000),
    field_reasons   varchar(4000),
    content_sha256  varchar(64)   not null,
    metadata_sha256 varchar(64)   not null,
    constraint review_record_action_chk check (action in
        ('SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'PUBLISHED', 'TAKEN_DOWN'))
);
create index review_record_subject_idx on review_record (subject_type, subject_id, acted_at);
create index review_record_submission_idx on review_record (submission_id);

-- the record of who reviewed what is never changed or removed through the application's database role
create function review_record_is_append_only() returns trigger as $$
begin
    raise exception 'review_record is append-only';
end;
$$ language plpgsql;
create trigger review_record_no_update before update or delete on review_record
    for each row execute function review_record_is_append_only();

-- a resource returned by a reviewer waits for its author; a new version of a published one points at it
alter table teaching_resource drop constraint teaching_resource_status_chk;
alter table teaching_resource add constraint teaching_resource_status_chk check (status in
    ('DRAFT', 'IN_REVIEW', 'REJECTED', 'PUBLISHED', 'WITHDRAWN'));
alter table teaching_resource add column revision_of_id bigint references teaching_resource (id) on delete cascade;
create unique index teaching_resource_revision_idx on teaching_resource (revision_of_id)
    where revision_of_id is not null;
