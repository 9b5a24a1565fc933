-- Files attached to a discussion topic or to one of its replies (issue 14 item 2). The content is a stored blob,
-- checked like a homework file; the row keeps the blob from the sweeper (TeachingResourceRepository.blobUsers).
create sequence discussion_attachment_seq start with 1 increment by 50;
create table discussion_attachment (
    id           bigint       not null primary key,
    topic_id     bigint       not null references discussion_topic (id) on delete cascade,
    reply_id     bigint       references discussion_reply (id) on delete cascade,
    uploader_id  bigint       not null references user_account (id) on delete cascade,
    blob_sha256  varchar(64)  not null references stored_blob (sha256),
    filename     varchar(255) not null,
    media_type   varchar(128) not null,
    size_bytes   bigint       not null,
    created_at   timestamp    not null
);
create index discussion_attachment_topic_idx on discussion_attachment (topic_id);
create index discussion_attachment_blob_idx on discussion_attachment (blob_sha256);
