-- The top-level question ids of an attempt's paper, written once when the paper is drawn (issue 15 item 6): a save
-- checks that its question is on the paper with "= any(question_ids)" in the same small row read as the owner, status
-- and deadline, instead of reading and parsing the whole snapshot. A drawn snapshot never changes, so neither does
-- this column, and every node reads it from the database (no cache). Backfilled below from the snapshots of attempts
-- drawn before V52; a row left null (drawn by a node of the previous release during a rolling upgrade) makes the save
-- fall back to the snapshot. Oracle would keep the ids as a JSON array checked with json_exists (or a child table).
alter table exam_attempt add column question_ids bigint[];
update exam_attempt set question_ids = array(select cast(q ->> 'id' as bigint)
    from jsonb_array_elements(cast(snapshot as jsonb)) q);
