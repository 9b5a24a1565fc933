-- Grading (issue 14 item 3) and group-work gaps.
-- submission_annotation: the teacher's annotated file returned with a grade (批改附件), one per submission, a blob of
-- the shared store checked like a submission file; replaced by a new upload. Only the submission's learner (or
-- credited group members) and the staff of the learner's class read it.
-- group_submission_member: who a group submission counts for. Each (re)submission of a group's work credits the
-- group's members at that moment (replacing an earlier credit of theirs for the same homework), so a learner moved
-- out of the group afterwards keeps that submission's score; a member of a group with no credit row of their own
-- (joined after its last submission, never credited elsewhere) counts with their current group's submission.

create table submission_annotation (
    submission_id bigint       not null primary key references assignment_submission (id) on delete cascade,
    blob_sha256   varchar(64)  not null references stored_blob (sha256),
    filename      varchar(255) not null,
    media_type    varchar(128) not null,
    size_bytes    bigint       not null,
    uploaded_by   bigint       not null references user_account (id),
    uploaded_at   timestamp    not null
);
create index submission_annotation_blob_idx on submission_annotation (blob_sha256);
create index submission_annotation_by_idx on submission_annotation (uploaded_by);

create table group_submission_member (
    assignment_id bigint not null references assignment (id) on delete cascade,
    learner_id    bigint not null references user_account (id) on delete cascade,
    submission_id bigint not null references assignment_submission (id) on delete cascade,
    primary key (assignment_id, learner_id)
);
create index group_submission_member_submission_idx on group_submission_member (submission_id);
create index group_submission_member_learner_idx on group_submission_member (learner_id);

insert into group_submission_member (assignment_id, learner_id, submission_id)
select s.assignment_id, m.learner_id, s.id from assignment_submission s
join class_group_member m on m.group_id = s.group_id
on conflict do nothing;
