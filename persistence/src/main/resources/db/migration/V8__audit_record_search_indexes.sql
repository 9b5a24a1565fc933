-- The audit administrator's search (AuditSearchService) lists records newest first (by id) filtered by time, actor
-- and action. audit_record_occurred_idx (V3) already serves the time range.

-- one actor's records, newest first; supersedes audit_record_actor_idx (V3)
create index audit_record_actor_id_idx on audit_record (actor, id);
drop index if exists audit_record_actor_idx;

-- an actor prefix (actor like 'admin%') whatever the database collation
create index audit_record_actor_prefix_idx on audit_record (actor varchar_pattern_ops);

-- one action's records, newest first
create index audit_record_action_id_idx on audit_record (action, id);
