-- The class gradebook (成绩册, issue 14 item 7): per offering the teacher's weights of the four categories (学习进度,
-- 作业, 讨论, 考试), integers that sum to 100, and the number of discussion posts (topics + replies) that earns a
-- learner full marks for participation. No row: the defaults (20/30/10/40, target 5). Optimistically locked (version)
-- so that two teachers saving at once cannot overwrite each other silently. Grades themselves are not stored: they are
-- read from progress, homework, discussions and exam attempts whenever the gradebook is shown.

create table grade_weights (
    offering_id       bigint    not null primary key references course_offering (id) on delete cascade,
    progress_weight   integer   not null check (progress_weight between 0 and 100),
    homework_weight   integer   not null check (homework_weight between 0 and 100),
    discussion_weight integer   not null check (discussion_weight between 0 and 100),
    exam_weight       integer   not null check (exam_weight between 0 and 100),
    discussion_target integer   not null check (discussion_target between 1 and 1000),
    updated_by        bigint    references user_account (id) on delete set null,
    updated_at        timestamp not null,
    version           integer   not null,
    constraint grade_weights_sum_chk check (progress_weight + homework_weight + discussion_weight + exam_weight = 100)
);
create index grade_weights_updated_by_idx on grade_weights (updated_by);
