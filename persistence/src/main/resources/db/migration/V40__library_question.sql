-- Library-wide Q&A (答疑, issue 16 item 4): anyone signed in asks about a published resource of a library; anyone
-- signed in may answer (staff_answer marks teachers and the library's team); the library's team marks one best answer
-- and promotes a question with its best answer to the library's FAQ (常见问题). Class Q&A (V34) stays as it is: it is
-- scoped to a class and its people, this is open to the whole library.
--
-- search_terms is the title segmented by the application (Lucene SmartChinese plus the domain terms, stop words out),
-- the terms joined by single spaces; search_vector indexes them with the 'simple' configuration (no stemming, no stop
-- words: the application has done both), so every node finds the same candidates in the database.

create sequence library_question_seq start with 1 increment by 50;
create table library_question (
    id               bigint        not null primary key,
    library_id       bigint        not null references resource_library (id) on delete cascade,
    resource_id      bigint        references teaching_resource (id) on delete cascade,
    asker_id         bigint        not null references user_account (id),
    title            varchar(100)  not null,
    body             varchar(2000) not null,
    search_terms     varchar(1000) not null,
    search_vector    tsvector      generated always as (to_tsvector('simple', search_terms)) stored,
    status           varchar(16)   not null,
    faq              boolean       not null default false,
    faq_at           timestamp,
    created_at       timestamp     not null,
    last_activity_at timestamp     not null,
    version          integer       not null,
    constraint library_question_status_chk check (status in ('OPEN', 'ANSWERED')),
    constraint library_question_faq_chk check (not faq or status = 'ANSWERED')
);
create index library_question_resource_idx on library_question (resource_id, last_activity_at desc);
create index library_question_faq_idx on library_question (library_id) where faq;
create index library_question_search_idx on library_question using gin (search_vector);

create sequence library_answer_seq start with 1 increment by 50;
create table library_answer (
    id           bigint        not null primary key,
    question_id  bigint        not null references library_question (id) on delete cascade,
    author_id    bigint        not null references user_account (id),
    staff_answer boolean       not null,
    body         varchar(5000) not null,
    best         boolean       not null default false,
    created_at   timestamp     not null,
    version      integer       not null
);
create index library_answer_question_idx on library_answer (question_id, created_at);
-- at most one best answer per question
create unique index library_answer_best_uk on library_answer (question_id) where best;
insert into cluster_lock (name) values ('demo-qa');
