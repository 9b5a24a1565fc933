-- Group work (分组任务, issue 14 item 5). A class's groups (name unique in the class, an optional maximum size,
-- optimistically locked) and their members: a learner is in at most one group per class (unique (class_id,
-- learner_id)); joins lock the group row so that concurrent joins never overfill it. course_class.group_signup: the
-- teacher has opened self-signup (learners join and leave groups themselves).
-- A homework marked group_work takes one submission per group (assignment_submission.group_id, unique per homework);
-- it is graded once; group_adjustment holds the teacher's per-member ± points with a reason (a member's score is
-- the group's final score + adjustment, within 0 .. max points); group_rating holds each member's 1-5 rating of each
-- other member's contribution (never shown to the rated member with the rater).

alter table course_class add column group_signup boolean not null default false;
alter table assignment add column group_work boolean not null default false;

create sequence class_group_seq start with 1 increment by 50;
create table class_group (
    id         bigint       not null primary key,
    class_id   bigint       not null references course_class (id) on delete cascade,
    name       varchar(100) not null,
    max_size   integer      check (max_size between 1 and 500),
    created_at timestamp    not null,
    version    integer      not null,
    unique (class_id, name)
);

create table class_group_member (
    group_id   bigint    not null references class_group (id) on delete cascade,
    class_id   bigint    not null references course_class (id) on delete cascade,
    learner_id bigint    not null references user_account (id) on delete cascade,
    joined_at  timestamp not null,
    primary key (group_id, learner_id),
    unique (class_id, learner_id)
);
create index class_group_member_learner_idx on class_group_member (learner_id);

alter table assignment_submission add column group_id bigint references class_group (id) on delete set null;
create unique index assignment_submission_group_uq on assignment_submission (assignment_id, group_id)
    where group_id is not null;
create index assignment_submission_group_idx on assignment_submission (group_id);

create table group_adjustment (
    submission_id bigint        not null references assignment_submission (id) on delete cascade,
    learner_id    bigint        not null references user_account (id) on delete cascade,
    points        numeric(8, 2) not null,
    reason        varchar(400)  not null,
    adjusted_by   bigint        not null references user_account (id),
    adjusted_at   timestamp     not null,
    primary key (submission_id, learner_id)
);
create index group_adjustment_learner_idx on group_adjustment (learner_id);
create index group_adjustment_by_idx on group_adjustment (adjusted_by);

create table group_rating (
    submission_id bigint        not null references assignment_submission (id) on delete cascade,
    rater_id      bigint        not null references user_account (id) on delete cascade,
    ratee_id      bigint        not null references user_account (id) on delete cascade,
    stars         integer       not null check (stars between 1 and 5),
    comment       varchar(1000),
    rated_at      timestamp     not null,
    primary key (submission_id, rater_id, ratee_id),
    check (rater_id <> ratee_id)
);
create index group_rating_rater_idx on group_rating (rater_id);
create index group_rating_ratee_idx on group_rating (ratee_id);
