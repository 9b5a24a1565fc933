-- Notices (公告, issue 14 item 1) of an offering, to one of its classes or (class_id null) to all of them: sanitised
-- rich text, pinned ones first; each learner's reading is one row of class_notice_read (idempotent, unique pair).

create sequence class_notice_seq start with 1 increment by 50;
create table class_notice (
    id          bigint        not null primary key,
    offering_id bigint        not null references course_offering (id) on delete cascade,
    class_id    bigint        references course_class (id) on delete cascade,
    title       varchar(100)  not null,
    body        varchar(20000) not null,
    pinned      boolean       not null,
    author_id   bigint        not null references user_account (id),
    created_at  timestamp     not null,
    updated_at  timestamp     not null,
    version     integer       not null
);
create index class_notice_offering_idx on class_notice (offering_id, pinned desc, created_at desc);
create index class_notice_class_idx on class_notice (class_id);
create index class_notice_author_idx on class_notice (author_id);

create table class_notice_read (
    notice_id  bigint    not null references class_notice (id) on delete cascade,
    account_id bigint    not null references user_account (id) on delete cascade,
    read_at    timestamp not null,
    primary key (notice_id, account_id)
);
create index class_notice_read_account_idx on class_notice_read (account_id);
