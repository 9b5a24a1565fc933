-- Exams (考试, issue 15 items 5 and 6): an exam gives a paper to a class, or to every class of an offering when
-- class_id is null, within a window. Each learner's paper is drawn BEFORE the exam opens and stored as one snapshot
-- per attempt (PREPARED), so that starting is a single conditional row update. The snapshot holds what the learner's
-- page shows (question ids, stems, options in the learner's order, points) and never an answer key; option_orders
-- (server only) maps each shown option to the stored one for grading. Answers are upserted per question with the
-- client's sequence number, so a repeated or out-of-order save never overwrites a newer answer.

create sequence exam_seq start with 1 increment by 50;
create table exam (
    id                 bigint       not null primary key,
    paper_id           bigint       not null references exam_paper (id),
    offering_id        bigint       not null references course_offering (id),
    class_id           bigint       references course_class (id),
    title              varchar(200) not null,
    opens_at           timestamp    not null,
    closes_at          timestamp    not null,
    duration_minutes   integer      not null,
    max_attempts       integer      not null,
    late_entry_minutes integer,
    show_answers       varchar(16)  not null,
    status             varchar(16)  not null,
    created_by         bigint       not null references user_account (id),
    created_at         timestamp    not null,
    version            integer      not null,
    constraint exam_window_chk check (closes_at > opens_at),
    constraint exam_duration_chk check (duration_minutes between 1 and 1440),
    constraint exam_attempts_chk check (max_attempts between 1 and 20),
    constraint exam_late_chk check (late_entry_minutes is null or late_entry_minutes >= 0),
    constraint exam_show_chk check (show_answers in ('NEVER', 'AFTER_SUBMIT', 'AFTER_CLOSE')),
    constraint exam_status_chk check (status in ('DRAFT', 'PUBLISHED', 'CLOSED'))
);
create index exam_offering_idx on exam (offering_id);
create index exam_paper_idx on exam (paper_id);

create sequence exam_attempt_seq start with 1 increment by 50;
create table exam_attempt (
    id                bigint        not null primary key,
    exam_id           bigint        not null references exam (id) on delete cascade,
    learner_id        bigint        not null references user_account (id),
    attempt_no        integer       not null,
    snapshot          text          not null,
    option_orders     text          not null,
    status            varchar(16)   not null,
    prepared_at       timestamp     not null,
    started_at        timestamp,
    deadline_at       timestamp,
    submitted_at      timestamp,
    submitted_how     varchar(8),
    score             numeric(7, 2),
    max_score         numeric(7, 2) not null,
    switch_away_count integer       not null default 0,
    version           integer       not null,
    constraint exam_attempt_no_uk unique (exam_id, learner_id, attempt_no),
    constraint exam_attempt_status_chk check (status in ('PREPARED', 'IN_PROGRESS', 'SUBMITTED', 'GRADED')),
    constraint exam_attempt_how_chk check (submitted_how is null or submitted_how in ('LEARNER', 'AUTO'))
);
-- at most one open attempt (prepared or in progress) per learner and exam: preparing twice inserts nothing
create unique index exam_attempt_open_uk on exam_attempt (exam_id, learner_id)
    where status in ('PREPARED', 'IN_PROGRESS');
create index exam_attempt_learner_idx on exam_attempt (learner_id);
create index exam_attempt_overdue_idx on exam_attempt (deadline_at) where status = 'IN_PROGRESS';

create table exam_answer (
    attempt_id  bigint        not null references exam_attempt (id) on delete cascade,
    question_id bigint        not null references question (id),
    answer      text,
    client_seq  bigint        not null,
    saved_at    timestamp     not null,
    score       numeric(7, 2),
    grader      varchar(16),
    graded_by   bigint        references user_account (id),
    comment     varchar(2000),
    primary key (attempt_id, question_id)
);
-- the manual grading queue: answers a person still has to grade
create index exam_answer_pending_idx on exam_answer (question_id) where grader = 'PENDING';
