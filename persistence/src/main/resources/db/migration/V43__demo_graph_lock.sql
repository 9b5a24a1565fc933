-- The demo knowledge graph (DemoGraphService, issue 16) is seeded once across nodes under the cluster lock
-- 'demo-graph'; V38 left the lock's row out, so a real start logged "no cluster lock named demo-graph" and seeded no
-- graph (the ITs start without demo data and did not see it).
insert into cluster_lock (name) values ('demo-graph') on conflict do nothing;
