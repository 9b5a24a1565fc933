-- Nodes starting together create the evaluation demo accounts once.
insert into cluster_lock (name) values ('demo-data');
