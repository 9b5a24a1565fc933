-- Q&A (答疑, issue 14 item 6) inside a class: a learner asks in their own class, optionally about one course item
-- (offering_node_id, as discussion topics); staff of the class answer (staff_answer), classmates may answer too
-- (marked as a learner's answer). The asker or staff accept one answer (the question is then ANSWERED) or close the
-- question. What users write is screened as discussions: a blocked word refuses it, a flagged word holds a learner's
-- text (held) until staff approve it.
--
-- search_title is the title normalised for matching (NFKC, lower case, letters and digits only, no spaces), written by
-- the application: similar-question suggestions compare character bigrams of it in Java (Chinese has no spaces, so
-- to_tsvector('simple', ...) would see one word per sentence). It is the column a pg_trgm GIN index
-- (gin_trgm_ops) or a segmented tsvector can be built on later (the learner issue's platform-wide Q&A) without
-- changing what is stored; no extension is required now, so an operator's PostgreSQL without contrib still migrates.

create sequence class_question_seq start with 1 increment by 50;
create table class_question (
    id               bigint         not null primary key,
    offering_id      bigint         not null references course_offering (id) on delete cascade,
    class_id         bigint         not null references course_class (id) on delete cascade,
    offering_node_id bigint         references offering_node (id) on delete set null,
    asker_id         bigint         not null references user_account (id),
    title            varchar(100)   not null,
    search_title     varchar(100)   not null,
    body             varchar(10000) not null,
    status           varchar(16)    not null,
    held             boolean        not null default false,
    created_at       timestamp      not null,
    last_activity_at timestamp      not null,
    closed_by        bigint         references user_account (id),
    closed_at        timestamp,
    version          integer        not null,
    constraint class_question_status_chk check (status in ('OPEN', 'ANSWERED', 'CLOSED'))
);
create index class_question_class_idx on class_question (class_id, last_activity_at desc);
create index class_question_offering_idx on class_question (offering_id);

create sequence class_answer_seq start with 1 increment by 50;
create table class_answer (
    id           bigint         not null primary key,
    question_id  bigint         not null references class_question (id) on delete cascade,
    author_id    bigint         not null references user_account (id),
    staff_answer boolean        not null,
    body         varchar(10000) not null,
    held         boolean        not null default false,
    accepted     boolean        not null default false,
    accepted_by  bigint         references user_account (id),
    created_at   timestamp      not null,
    version      integer        not null
);
create index class_answer_question_idx on class_answer (question_id, created_at);
-- at most one accepted answer per question
create unique index class_answer_accepted_uk on class_answer (question_id) where accepted;
