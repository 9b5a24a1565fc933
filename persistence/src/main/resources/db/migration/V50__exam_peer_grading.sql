-- Peer grading (互评) of an exam's subjective answers (issue 15 item 6): the exam's number of peer reviewers per
-- answer (0: off, else 1 to 5) and the tasks handed out after it closes, one per (answer, reviewer); a task's score
-- and comment may be revised until the answer's teacher grade. The answer's score is the mean once all are in.
alter table exam add column peer_reviewers integer not null default 0
    constraint exam_peer_reviewers_range check (peer_reviewers between 0 and 5);
-- when the automatic hand-out after the window claimed the exam (once, on one node; null: not yet)
alter table exam add column peer_auto_at timestamp;

create sequence exam_peer_task_seq start with 1 increment by 50;
create table exam_peer_task (
    id          bigint        not null primary key,
    exam_id     bigint        not null references exam (id) on delete cascade,
    attempt_id  bigint        not null,
    question_id bigint        not null,
    reviewer_id bigint        not null references user_account (id),
    score       numeric(7, 2),
    comment     varchar(500),
    graded_at   timestamp,
    constraint exam_peer_task_answer_fk foreign key (attempt_id, question_id)
        references exam_answer (attempt_id, question_id) on delete cascade,
    constraint exam_peer_task_once unique (attempt_id, question_id, reviewer_id)
);
create index exam_peer_task_reviewer_idx on exam_peer_task (exam_id, reviewer_id);
