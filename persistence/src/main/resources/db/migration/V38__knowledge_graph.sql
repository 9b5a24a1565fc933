-- The knowledge graph of a library (知识图谱, issue 16 item 1; seed 002 §四.2, §五.1(7)): nodes of six types
-- (专业, 课程, 模块, 知识点, 技能点, 岗位) and typed edges between two nodes of the same library; two-way annotation
-- through one tag table per target kind, each with foreign keys on both sides, so a deleted resource, course, course
-- item or question drops its tags and a merged or deleted node its edges and tags.

create sequence graph_node_seq start with 1 increment by 50;
create table graph_node (
    id          bigint        not null primary key,
    library_id  bigint        not null references resource_library (id),
    node_type   varchar(16)   not null,
    name        varchar(100)  not null,
    description varchar(1000),
    created_at  timestamp     not null,
    updated_at  timestamp     not null,
    version     integer       not null,
    constraint graph_node_type_chk check (node_type in ('MAJOR', 'COURSE', 'MODULE', 'KNOWLEDGE', 'SKILL', 'JOB'))
);
-- a name is unique per library and type
create unique index graph_node_name_uk on graph_node (library_id, node_type, name);

create sequence graph_edge_seq start with 1 increment by 50;
create table graph_edge (
    id         bigint      not null primary key,
    library_id bigint      not null references resource_library (id),
    source_id  bigint      not null references graph_node (id) on delete cascade,
    target_id  bigint      not null references graph_node (id) on delete cascade,
    edge_type  varchar(16) not null,
    constraint graph_edge_type_chk check (edge_type in ('CONTAINS', 'PREREQUISITE', 'SUPPORTS', 'RELATED')),
    constraint graph_edge_loop_chk check (source_id <> target_id),
    constraint graph_edge_uk unique (source_id, target_id, edge_type)
);
create index graph_edge_library_idx on graph_edge (library_id);
create index graph_edge_target_idx on graph_edge (target_id);

create table graph_node_resource (
    node_id     bigint not null references graph_node (id) on delete cascade,
    resource_id bigint not null references teaching_resource (id) on delete cascade,
    primary key (node_id, resource_id)
);
create index graph_node_resource_idx on graph_node_resource (resource_id);

create table graph_node_course (
    node_id   bigint not null references graph_node (id) on delete cascade,
    course_id bigint not null references standard_course (id) on delete cascade,
    primary key (node_id, course_id)
);
create index graph_node_course_idx on graph_node_course (course_id);

create table graph_node_course_item (
    node_id        bigint not null references graph_node (id) on delete cascade,
    course_node_id bigint not null references course_node (id) on delete cascade,
    primary key (node_id, course_node_id)
);
create index graph_node_course_item_idx on graph_node_course_item (course_node_id);

create table graph_node_question (
    node_id     bigint not null references graph_node (id) on delete cascade,
    question_id bigint not null references question (id) on delete cascade,
    primary key (node_id, question_id)
);
create index graph_node_question_idx on graph_node_question (question_id);
