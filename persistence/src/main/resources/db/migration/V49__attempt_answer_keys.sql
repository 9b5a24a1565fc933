-- The answer keys (and analyses) of an attempt's questions as they were when its paper was drawn (issue 15): grading
-- and the learner's results read them, so editing a question later does not change how a drawn paper is graded.
-- Server only, never shown to the learner before the results. Null for attempts drawn before V49: those fall back to
-- the question's current key.
alter table exam_attempt add column answer_keys text;
