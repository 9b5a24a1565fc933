-- Refusals at the web layer (issue 11, defect 5) are recorded in the audit chain at most a few times per caller and
-- minute: this table counts each caller's refusals per minute, on every node alike (one upsert per refusal).
create table audit_refusal_window (
    caller       varchar(160) not null,
    window_start timestamp    not null,
    refusals     integer      not null,
    primary key (caller, window_start)
);
create index audit_refusal_window_start_idx on audit_refusal_window (window_start);
