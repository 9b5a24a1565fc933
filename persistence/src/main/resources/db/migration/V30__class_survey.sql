-- Votes (投票) and questionnaires (问卷, issue 14 item 4) of an offering, for one of its classes or (class_id null)
-- for all of them. Items are single or multiple choice, scales 1..N and free text. Who took part
-- (class_survey_participant) is stored apart from what was answered (class_survey_response): for an anonymous survey
-- the response has a random id and neither the learner nor a time, so results and exports cannot name anyone.

create sequence class_survey_seq start with 1 increment by 50;
create table class_survey (
    id              bigint        not null primary key,
    offering_id     bigint        not null references course_offering (id) on delete cascade,
    class_id        bigint        references course_class (id) on delete cascade,
    kind            varchar(16)   not null,
    title           varchar(100)  not null,
    description     varchar(2000),
    anonymous       boolean       not null,
    results_visible boolean       not null,
    changeable      boolean       not null,
    opens_at        timestamp,
    closes_at       timestamp,
    status          varchar(16)   not null,
    author_id       bigint        not null references user_account (id),
    created_at      timestamp     not null,
    version         integer       not null,
    constraint class_survey_kind_chk check (kind in ('VOTE', 'QUESTIONNAIRE')),
    constraint class_survey_status_chk check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    constraint class_survey_window_chk check (opens_at is null or closes_at is null or closes_at > opens_at),
    constraint class_survey_anonymous_chk check (not (anonymous and changeable))
);
create index class_survey_offering_idx on class_survey (offering_id, created_at desc);
create index class_survey_class_idx on class_survey (class_id);
create index class_survey_author_idx on class_survey (author_id);

create table class_survey_item (
    survey_id   bigint        not null references class_survey (id) on delete cascade,
    position    integer       not null,
    item_kind   varchar(16)   not null,
    prompt      varchar(500)  not null,
    options     varchar(4200),
    max_choices integer,
    scale_max   integer,
    low_label   varchar(50),
    high_label  varchar(50),
    primary key (survey_id, position),
    constraint class_survey_item_kind_chk check (item_kind in ('SINGLE', 'MULTIPLE', 'SCALE', 'TEXT'))
);

create table class_survey_participant (
    survey_id  bigint not null references class_survey (id) on delete cascade,
    learner_id bigint not null references user_account (id) on delete cascade,
    primary key (survey_id, learner_id)
);
create index class_survey_participant_learner_idx on class_survey_participant (learner_id);

create table class_survey_response (
    id           uuid      not null primary key,
    survey_id    bigint    not null references class_survey (id) on delete cascade,
    learner_id   bigint    references user_account (id) on delete cascade,
    submitted_at timestamp,
    constraint class_survey_response_named_uk unique (survey_id, learner_id)
);
create index class_survey_response_survey_idx on class_survey_response (survey_id);

create table class_survey_answer (
    response_id  uuid          not null references class_survey_response (id) on delete cascade,
    item_index   integer       not null,
    choice_index integer,
    scale_value  integer,
    text_value   varchar(2000)
);
create index class_survey_answer_response_idx on class_survey_answer (response_id);
