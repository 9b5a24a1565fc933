-- Notifications in the platform (issue 5, point 7): one row per recipient, written in the transaction of the action
-- that causes it. The text is not stored, only its bundle key and arguments (a JSON array of strings), so the inbox
-- shows it in the reader's language. Unread rows are found by (recipient_id, read_at is null), newest first.
create sequence notification_seq start with 1 increment by 50;

create table notification (
    id           bigint       not null primary key,
    recipient_id bigint       not null references user_account (id) on delete cascade,
    message_key  varchar(100) not null,
    message_args text         not null,
    link         varchar(500),
    created_at   timestamp    not null,
    read_at      timestamp
);
create index notification_inbox_idx on notification (recipient_id, read_at, created_at desc);
