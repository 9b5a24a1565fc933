-- Self-tests (自测, issue 15 item 4): a course item of kind SELF_TEST whose paper (fixed or random, of a library the
-- course team works in) is kept in self_test by the item's node_key, the key that stays the same across the course's
-- versions and in every offering's copy (offering_node.origin_key). Inside an offering a learner practises any time:
-- the attempts go through the exam attempt engine, on one backing exam row per offering item (kind SELF_TEST,
-- offering_node_id), created on the first start: always open, answers shown after submitting, unlimited attempts.
-- Exams of kind SELF_TEST are not listed with the offering's exams, not in the gradebook and not reachable through
-- the exam endpoints; best and last score are read from their attempts.

alter table course_node drop constraint course_node_kind_chk;
alter table course_node add constraint course_node_kind_chk
    check (item_kind is null or item_kind in ('RESOURCE', 'ASSEMBLY', 'PAGE', 'SELF_TEST'));
alter table offering_node drop constraint offering_node_kind_chk;
alter table offering_node add constraint offering_node_kind_chk
    check (item_kind is null or item_kind in ('RESOURCE', 'ASSEMBLY', 'PAGE', 'SELF_TEST'));

create table self_test (
    node_key   uuid      not null primary key,
    paper_id   bigint    not null references exam_paper (id),
    set_by     bigint    not null references user_account (id),
    set_at     timestamp not null,
    version    integer   not null
);
create index self_test_paper_idx on self_test (paper_id);

alter table exam add column kind varchar(16) not null default 'EXAM';
alter table exam add column offering_node_id bigint references offering_node (id) on delete cascade;
alter table exam add constraint exam_kind_chk check (kind in ('EXAM', 'SELF_TEST')
    and (kind = 'EXAM') = (offering_node_id is null));
alter table exam drop constraint exam_attempts_chk;
alter table exam add constraint exam_attempts_chk check (max_attempts between 1 and 20 or kind = 'SELF_TEST');
-- one backing exam per self-test item of an offering: two first starts at once create it once
create unique index exam_self_test_uk on exam (offering_node_id) where kind = 'SELF_TEST';
