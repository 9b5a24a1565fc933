-- Discussions (讨论区, issue 14 item 2) of an offering: topics for one class or (class_id null) the whole offering,
-- optionally about one course item (offering_node_id), with threaded replies (parent_id). What users write is
-- screened: blocked words refuse it, flagged words hold it (HELD) until staff approve it. Staff hide or delete with a
-- reason (kept with who and when), lock a topic and mark one best reply; learners like a reply once.

create sequence discussion_topic_seq start with 1 increment by 50;
create table discussion_topic (
    id               bigint         not null primary key,
    offering_id      bigint         not null references course_offering (id) on delete cascade,
    class_id         bigint         references course_class (id) on delete cascade,
    offering_node_id bigint         references offering_node (id) on delete set null,
    author_id        bigint         not null references user_account (id),
    title            varchar(100)   not null,
    body             varchar(20000) not null,
    status           varchar(16)    not null,
    locked           boolean        not null default false,
    pinned           boolean        not null default false,
    moderation_note  varchar(200),
    moderated_by     bigint         references user_account (id),
    moderated_at     timestamp,
    created_at       timestamp      not null,
    last_activity_at timestamp      not null,
    version          integer        not null,
    constraint discussion_topic_status_chk check (status in ('VISIBLE', 'HELD', 'HIDDEN', 'DELETED'))
);
create index discussion_topic_offering_idx on discussion_topic (offering_id, last_activity_at desc);
create index discussion_topic_node_idx on discussion_topic (offering_node_id);

create sequence discussion_reply_seq start with 1 increment by 50;
create table discussion_reply (
    id              bigint         not null primary key,
    topic_id        bigint         not null references discussion_topic (id) on delete cascade,
    parent_id       bigint         references discussion_reply (id) on delete cascade,
    author_id       bigint         not null references user_account (id),
    body            varchar(10000) not null,
    status          varchar(16)    not null,
    best            boolean        not null default false,
    moderation_note varchar(200),
    moderated_by    bigint         references user_account (id),
    moderated_at    timestamp,
    created_at      timestamp      not null,
    version         integer        not null,
    constraint discussion_reply_status_chk check (status in ('VISIBLE', 'HELD', 'HIDDEN', 'DELETED'))
);
create index discussion_reply_topic_idx on discussion_reply (topic_id, created_at);
-- at most one best reply per topic
create unique index discussion_reply_best_uk on discussion_reply (topic_id) where best;

create table discussion_like (
    reply_id   bigint    not null references discussion_reply (id) on delete cascade,
    account_id bigint    not null references user_account (id) on delete cascade,
    liked_at   timestamp not null,
    primary key (reply_id, account_id)
);
