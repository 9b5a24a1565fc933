-- Learning (issue 13): server-decided progress. An attempt is started by the server with a random token (only its
-- SHA-256 is stored); heartbeats claim played intervals and get credit only for what elapsed server time makes
-- plausible. Rejected claims are kept as anomalies; learner actions as xAPI-shaped statements (the activity stream).

create sequence learning_attempt_seq start with 1 increment by 50;
create table learning_attempt (
    id                bigint      not null primary key,
    token_sha256      varchar(64) not null unique,
    enrolment_id      bigint      references enrolment (id),
    learner_id        bigint      not null references user_account (id),
    offering_id       bigint      not null references course_offering (id),
    offering_node_id  bigint      not null references offering_node (id) on delete cascade,
    part_resource_id  bigint      references teaching_resource (id) on delete set null,
    mode              varchar(16) not null,
    trial             boolean     not null default false,
    duration_ms       bigint      not null default 0,
    issued_at         timestamp   not null,
    last_seen_at      timestamp   not null,
    last_seq          integer     not null default 0,
    start_position_ms bigint      not null default 0,
    last_position_ms  bigint      not null default 0,
    credited_ms       bigint      not null default 0,
    visible_ms        bigint      not null default 0,
    last_visible      boolean     not null default true,
    status            varchar(16) not null,
    version           integer     not null,
    constraint learning_attempt_mode_chk check (mode in ('MEDIA', 'DOCUMENT')),
    constraint learning_attempt_status_chk check (status in ('OPEN', 'SUPERSEDED', 'CLOSED', 'EXPIRED'))
);
-- one live attempt per learner across tabs, devices and nodes
create unique index learning_attempt_open_uk on learning_attempt (learner_id) where status = 'OPEN';
create index learning_attempt_enrolment_idx on learning_attempt (enrolment_id);

create table item_progress (
    enrolment_id     bigint      not null references enrolment (id) on delete cascade,
    offering_node_id bigint      not null references offering_node (id) on delete cascade,
    part_id          bigint      not null,
    covered          text        not null default '',
    covered_s        integer     not null default 0,
    required_s       integer     not null default 0,
    time_spent_ms    bigint      not null default 0,
    last_position_ms bigint      not null default 0,
    status           varchar(16) not null,
    completed_at     timestamp,
    updated_at       timestamp   not null,
    primary key (enrolment_id, offering_node_id, part_id),
    constraint item_progress_status_chk check (status in ('STARTED', 'COMPLETED'))
) with (fillfactor = 70);

create table learning_resume (
    enrolment_id     bigint    not null primary key references enrolment (id) on delete cascade,
    offering_node_id bigint    not null references offering_node (id) on delete cascade,
    part_id          bigint    not null,
    position_ms      bigint    not null,
    updated_at       timestamp not null
);

create sequence progress_anomaly_seq start with 1 increment by 50;
create table progress_anomaly (
    id             bigint       not null primary key,
    at             timestamp    not null,
    learner_id     bigint       not null references user_account (id),
    attempt_id     bigint       references learning_attempt (id) on delete set null,
    reason         varchar(24)  not null,
    detail         varchar(500),
    source_address varchar(64),
    constraint progress_anomaly_reason_chk check (reason in ('UNKNOWN_TOKEN', 'FOREIGN_TOKEN', 'REPLAY', 'EXPIRED',
        'SUPERSEDED', 'JUMP', 'TOO_FAST', 'AHEAD_OF_TIME', 'COMPLETION_CLAIM', 'MALFORMED'))
);
create index progress_anomaly_learner_idx on progress_anomaly (learner_id, at);

-- the activity stream (xAPI-shaped: actor, verb, object, context, result, timestamps), one row per meaningful event,
-- never one per heartbeat
create table learning_statement (
    id                  bigint       generated always as identity primary key,
    statement_id        uuid         not null unique,
    actor_id            bigint       not null references user_account (id),
    verb                varchar(32)  not null,
    object_type         varchar(16)  not null,
    object_id           bigint       not null,
    context_offering_id bigint,
    context_class_id    bigint,
    registration        uuid,
    result              jsonb,
    "timestamp"         timestamptz  not null,
    stored              timestamptz  not null default now(),
    constraint learning_statement_object_chk check (object_type in ('COURSE', 'OFFERING', 'CLASS', 'ITEM'))
);
create index learning_statement_actor_idx on learning_statement (actor_id, stored);
create index learning_statement_class_idx on learning_statement (context_class_id, stored);

create table weekly_report_sent (
    week_start   date      not null,
    enrolment_id bigint    not null references enrolment (id) on delete cascade,
    sent_at      timestamp not null,
    primary key (week_start, enrolment_id)
);
