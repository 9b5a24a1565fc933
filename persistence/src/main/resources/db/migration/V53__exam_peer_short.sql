-- Exam peer grading's catch-up (issue 15): the minute sweep gives reviewers to every submitted attempt of a handed-out
-- exam that has none (a submit that raced the hand-out, a late one). When fewer than N others can review an attempt,
-- it is marked here, audited and its teachers told once; the teacher grades it (null: not found short).
alter table exam_attempt add column peer_short_at timestamp;
-- the sweep's search: submitted attempts, not found short
create index exam_attempt_peer_wait_idx on exam_attempt (exam_id) where status = 'SUBMITTED' and peer_short_at is null;
