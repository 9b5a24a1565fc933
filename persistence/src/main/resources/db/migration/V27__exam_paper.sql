-- Exam papers (试卷, issue 15 item 3) of a library's bank: a FIXED paper lists its questions in order with the points
-- each is worth; a RANDOM paper lists rules (a question type, optionally a knowledge point and a difficulty range, how
-- many questions and the points each), and each learner's paper is drawn from the library's top-level questions by
-- them (service.exam.PaperDrawer). A question in a fixed paper cannot be deleted from under it (restrict).

create sequence exam_paper_seq start with 1 increment by 50;
create table exam_paper (
    id          bigint       not null primary key,
    library_id  bigint       not null references resource_library (id),
    title       varchar(200) not null,
    kind        varchar(8)   not null,
    author_id   bigint       not null references user_account (id),
    created_at  timestamp    not null,
    updated_at  timestamp    not null,
    version     integer      not null,
    constraint exam_paper_kind_chk check (kind in ('FIXED', 'RANDOM'))
);
create index exam_paper_library_idx on exam_paper (library_id);
create index exam_paper_author_idx on exam_paper (author_id);

create table exam_paper_question (
    paper_id    bigint        not null references exam_paper (id) on delete cascade,
    position    integer       not null,
    question_id bigint        not null references question (id),
    points      numeric(5, 1) not null,
    primary key (paper_id, position),
    constraint exam_paper_question_points_chk check (points > 0 and points <= 100)
);
create index exam_paper_question_question_idx on exam_paper_question (question_id);

create table exam_paper_rule (
    paper_id        bigint        not null references exam_paper (id) on delete cascade,
    position        integer       not null,
    question_type   varchar(16)   not null,
    knowledge_point varchar(100),
    difficulty_min  smallint,
    difficulty_max  smallint,
    how_many        integer       not null,
    points          numeric(5, 1) not null,
    primary key (paper_id, position),
    constraint exam_paper_rule_count_chk check (how_many between 1 and 200),
    constraint exam_paper_rule_points_chk check (points > 0 and points <= 100),
    constraint exam_paper_rule_difficulty_chk check ((difficulty_min is null or difficulty_min between 1 and 5)
        and (difficulty_max is null or difficulty_max between 1 and 5))
);
