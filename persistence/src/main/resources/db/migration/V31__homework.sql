-- Homework (作业, issue 14 item 3) of an offering, for one class or (class_id null) all of them: sanitised
-- instructions, a window (opens_at .. due_at) with a late policy, text and/or file submissions, manual grading or
-- peer grading (互评) against a rubric. Submissions are optimistically locked (version) so that two teachers grading
-- at once cannot overwrite each other; files are stored blobs (content-inspected like resource uploads).

create sequence assignment_seq start with 1 increment by 50;
create table assignment (
    id                  bigint         not null primary key,
    offering_id         bigint         not null references course_offering (id) on delete cascade,
    class_id            bigint         references course_class (id) on delete cascade,
    title               varchar(200)   not null,
    instructions        varchar(20000) not null,
    opens_at            timestamp      not null,
    due_at              timestamp      not null,
    late_policy         varchar(24)    not null check (late_policy in ('REFUSE', 'ACCEPT_MARKED', 'ACCEPT_WITH_PENALTY')),
    late_penalty_pct    integer        not null check (late_penalty_pct between 0 and 100),
    max_points          integer        not null check (max_points between 1 and 1000),
    submission_kinds    varchar(8)     not null check (submission_kinds in ('TEXT', 'FILE', 'BOTH')),
    grading             varchar(8)     not null check (grading in ('MANUAL', 'PEER')),
    peer_count          integer        not null check (peer_count between 0 and 10),
    aggregation         varchar(8)     not null check (aggregation in ('MEDIAN', 'MEAN')),
    no_review_penalty   integer        not null check (no_review_penalty >= 0),
    peers_assigned_at   timestamp,
    status              varchar(12)    not null check (status in ('DRAFT', 'PUBLISHED', 'CLOSED')),
    author_id           bigint         not null references user_account (id),
    created_at          timestamp      not null,
    updated_at          timestamp      not null,
    version             integer        not null,
    check (due_at > opens_at)
);
create index assignment_offering_idx on assignment (offering_id, due_at);
create index assignment_class_idx on assignment (class_id);
create index assignment_author_idx on assignment (author_id);

-- the peer rubric: criteria in order, each with its maximum points
create table assignment_criterion (
    assignment_id bigint       not null references assignment (id) on delete cascade,
    position      integer      not null,
    title         varchar(200) not null,
    max_points    integer      not null check (max_points between 1 and 1000),
    primary key (assignment_id, position)
);

create sequence assignment_submission_seq start with 1 increment by 50;
create table assignment_submission (
    id                bigint         not null primary key,
    assignment_id     bigint         not null references assignment (id) on delete cascade,
    learner_id        bigint         not null references user_account (id) on delete cascade,
    text              varchar(50000),
    submitted_at      timestamp      not null,
    late              boolean        not null,
    resubmissions     integer        not null,
    teacher_score     numeric(8, 2),
    teacher_comment   varchar(4000),
    graded_by         bigint         references user_account (id),
    graded_at         timestamp,
    final_score       numeric(8, 2),
    overridden        boolean        not null,
    version           integer        not null,
    unique (assignment_id, learner_id)
);
create index assignment_submission_learner_idx on assignment_submission (learner_id);
create index assignment_submission_grader_idx on assignment_submission (graded_by);

-- the files of a submission, in order; the content is a stored blob (its row keeps the file from the sweeper)
create table assignment_submission_file (
    submission_id bigint       not null references assignment_submission (id) on delete cascade,
    position      integer      not null,
    blob_sha256   varchar(64)  not null references stored_blob (sha256),
    filename      varchar(255) not null,
    media_type    varchar(128) not null,
    size_bytes    bigint       not null,
    primary key (submission_id, position)
);
create index assignment_submission_file_blob_idx on assignment_submission_file (blob_sha256);

create sequence peer_review_seq start with 1 increment by 50;
create table peer_review (
    id            bigint        not null primary key,
    submission_id bigint        not null references assignment_submission (id) on delete cascade,
    reviewer_id   bigint        not null references user_account (id) on delete cascade,
    scores        varchar(400),
    total         integer,
    comment       varchar(4000),
    assigned_at   timestamp     not null,
    done_at       timestamp,
    version       integer       not null,
    unique (submission_id, reviewer_id)
);
create index peer_review_reviewer_idx on peer_review (reviewer_id);
