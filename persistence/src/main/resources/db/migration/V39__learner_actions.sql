-- Learner actions on resources and course items (issue 16 item 3).
-- favourite_folder: a learner's named folders (默认收藏夹 is created on first use); favourite: one resource or one
-- course item (offering node) per learner, in one folder, with the title as it was when it was saved, so that a
-- resource later taken down (or deleted for good) still shows in the list, marked unavailable. No foreign key to
-- teaching_resource for that reason.
-- learner_note: a note on a resource or course item, private or shared with the author's class (class_id, only for
-- course items; when the class is deleted class_id becomes null and the note is read by its author alone), with the
-- player's position in seconds for video and audio.
-- resource_comment: comments on a published resource, screened (blocked refused, flagged HELD until moderated),
-- reported by other users (resource_comment_report, one per reporter), hidden or deleted by the library's managers and
-- reviewers with a reason.

create sequence favourite_folder_seq start with 1 increment by 50;
create table favourite_folder (
    id         bigint      not null primary key,
    owner_id   bigint      not null references user_account (id) on delete cascade,
    name       varchar(60) not null,
    created_at timestamp   not null,
    unique (owner_id, name)
);

create sequence favourite_seq start with 1 increment by 50;
create table favourite (
    id          bigint       not null primary key,
    owner_id    bigint       not null references user_account (id) on delete cascade,
    folder_id   bigint       not null references favourite_folder (id) on delete cascade,
    resource_id bigint,
    offering_id bigint,
    node_id     bigint,
    title       varchar(255) not null,
    created_at  timestamp    not null,
    check ((resource_id is null) <> (node_id is null)),
    check ((node_id is null) = (offering_id is null))
);
create unique index favourite_resource_uq on favourite (owner_id, resource_id) where resource_id is not null;
create unique index favourite_node_uq on favourite (owner_id, node_id) where node_id is not null;
create index favourite_folder_idx on favourite (folder_id);

create sequence learner_note_seq start with 1 increment by 50;
create table learner_note (
    id               bigint        not null primary key,
    owner_id         bigint        not null references user_account (id) on delete cascade,
    resource_id      bigint,
    offering_id      bigint,
    node_id          bigint,
    class_id         bigint references course_class (id) on delete set null,
    position_seconds integer check (position_seconds between 0 and 86400),
    title            varchar(255)  not null,
    body             varchar(2000) not null,
    visibility       varchar(10)   not null check (visibility in ('PRIVATE', 'CLASS')),
    created_at       timestamp     not null,
    updated_at       timestamp     not null,
    version          integer       not null,
    check ((resource_id is null) <> (node_id is null))
);
create index learner_note_owner_idx on learner_note (owner_id, updated_at desc);
create index learner_note_node_idx on learner_note (node_id, class_id) where node_id is not null;
create index learner_note_resource_idx on learner_note (resource_id, owner_id) where resource_id is not null;

create sequence resource_comment_seq start with 1 increment by 50;
create table resource_comment (
    id                bigint        not null primary key,
    resource_id       bigint        not null references teaching_resource (id) on delete cascade,
    library_id        bigint        not null references resource_library (id) on delete cascade,
    author_id         bigint        not null references user_account (id) on delete cascade,
    body              varchar(1000) not null,
    status            varchar(10)   not null check (status in ('VISIBLE', 'HELD', 'HIDDEN', 'DELETED')),
    flagged_words     varchar(500),
    created_at        timestamp     not null,
    moderated_by      bigint references user_account (id) on delete set null,
    moderated_at      timestamp,
    moderation_reason varchar(500),
    version           integer       not null
);
create index resource_comment_resource_idx on resource_comment (resource_id, created_at desc);
create index resource_comment_library_idx on resource_comment (library_id, status);

create table resource_comment_report (
    comment_id  bigint       not null references resource_comment (id) on delete cascade,
    reporter_id bigint       not null references user_account (id) on delete cascade,
    reason      varchar(500) not null,
    reported_at timestamp    not null,
    primary key (comment_id, reporter_id)
);
