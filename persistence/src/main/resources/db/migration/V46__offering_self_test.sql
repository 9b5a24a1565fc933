-- The paper of a SELF_TEST item added locally to one offering (it has no origin_key, so self_test, keyed by the
-- course item's node_key, cannot hold it): set by the offering's teachers from a library they work in. An item that
-- comes from the course keeps the course team's paper in self_test.
create table offering_self_test (
    offering_node_id bigint    not null primary key references offering_node (id) on delete cascade,
    paper_id         bigint    not null references exam_paper (id),
    set_by           bigint    not null references user_account (id),
    set_at           timestamp not null,
    version          integer   not null
);
create index offering_self_test_paper_idx on offering_self_test (paper_id);
