-- The question bank (题库, issue 15 item 1): questions owned by a library, of eight types. Texts are sanitised rich
-- text; images live in the shared blob store (question_image names the blobs a question's texts show, so they are
-- never swept). The answer key is one JSON text (domain.exam.QuestionKey, documented there), so every type keeps its
-- key in one column. Sub-questions of a COMPOUND question are questions with a parent. The fingerprint is the SHA-256
-- of the normalised stem and options (QuestionFingerprint), used to flag duplicates within a library.

create sequence question_seq start with 1 increment by 50;
create table question (
    id          bigint        not null primary key,
    library_id  bigint        not null references resource_library (id),
    parent_id   bigint        references question (id) on delete cascade,
    position    integer,
    type        varchar(16)   not null,
    stem        text          not null,
    analysis    text,
    difficulty  smallint      not null,
    points      numeric(5, 1) not null,
    scoring     varchar(16),
    answer_key  text          not null,
    status      varchar(16)   not null,
    author_id   bigint        not null references user_account (id),
    fingerprint varchar(64)   not null,
    created_at  timestamp     not null,
    updated_at  timestamp     not null,
    version     integer       not null,
    constraint question_type_chk check (type in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'FILL_BLANK',
        'SHORT_ANSWER', 'MATCHING', 'ORDERING', 'COMPOUND')),
    constraint question_status_chk check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    constraint question_scoring_chk check (scoring is null or scoring in ('ALL_OR_NOTHING', 'PARTIAL')),
    constraint question_difficulty_chk check (difficulty between 1 and 5),
    constraint question_points_chk check (points > 0 and points <= 100)
);
create index question_library_idx on question (library_id, status, type);
create index question_fingerprint_idx on question (library_id, fingerprint);
create index question_parent_idx on question (parent_id);
create index question_author_idx on question (author_id);

-- the options of a choice, matching (right column) or ordering question, in order
create table question_option (
    question_id bigint  not null references question (id) on delete cascade,
    position    integer not null,
    body        text    not null,
    primary key (question_id, position)
);

-- the prompts (left column) of a matching question, in order
create table question_prompt (
    question_id bigint  not null references question (id) on delete cascade,
    position    integer not null,
    body        text    not null,
    primary key (question_id, position)
);

create table question_knowledge_point (
    question_id bigint       not null references question (id) on delete cascade,
    position    integer      not null,
    name        varchar(100) not null,
    primary key (question_id, position)
);
create index question_knowledge_point_name_idx on question_knowledge_point (name);

-- the blobs a question's texts show as <img src="/api/v1/questions/images/{sha256}">
create table question_image (
    question_id bigint      not null references question (id) on delete cascade,
    blob_sha256 varchar(64) not null references stored_blob (sha256),
    primary key (question_id, blob_sha256)
);
create index question_image_blob_idx on question_image (blob_sha256);

-- nodes starting together create the demo questions once
insert into cluster_lock (name) values ('demo-questions');
