-- Nodes starting together create the demo course, its offering and the demo student's progress once.
insert into cluster_lock (name) values ('demo-course');
