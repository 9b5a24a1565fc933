-- Backups (issue 18, item 1): one row per run of the backup job, newest first for the system administrator's
-- history. A run is RUNNING until it ends in SUCCESS or FAILURE; the cluster lock 'backup' lets one node at a time
-- open a run, so two nodes never back up together.
create sequence backup_run_seq start with 1 increment by 1;

create table backup_run (
    id              bigint        not null primary key,
    requested_by    varchar(128)  not null,
    started_at      timestamp     not null,
    finished_at     timestamp,
    outcome         varchar(16)   not null,
    size_bytes      bigint,
    manifest_sha256 varchar(64),
    blobs_copied    integer,
    blobs_linked    integer,
    generation      varchar(1000),
    message         varchar(2000)
);
create index backup_run_started_idx on backup_run (started_at desc, id desc);

insert into cluster_lock (name) values ('backup');
