-- Tiered review of questions (issue 15 item 1, seed 002 §五.1 先审后发): a question is DRAFT (unreviewed) until its
-- author sends it (IN_REVIEW); the library's levels approve it (PUBLISHED) or return it (RETURNED). Changing a
-- PUBLISHED question makes a new version: its own row with revision_of naming the published one, reviewed again;
-- when approved it takes the published one's place (that one is ARCHIVED, kept for the attempts drawn from it, fixed
-- papers list the new row, and its revision_of is cleared: the review records keep which row replaced which).
-- revision counts the versions (1 for a new question).
alter table question drop constraint question_status_chk;
alter table question add constraint question_status_chk
    check (status in ('DRAFT', 'IN_REVIEW', 'RETURNED', 'PUBLISHED', 'ARCHIVED'));
alter table question add column revision_of bigint references question (id) on delete set null;
alter table question add column revision integer not null default 1;
create index question_revision_of_idx on question (revision_of);

-- Questions made before review existed were already in use in papers and exams of every class: they count as
-- approved, so no exam or self-test set up before this version stops working.
update question set status = 'PUBLISHED' where status = 'DRAFT' and parent_id is null;
