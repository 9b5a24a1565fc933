-- The security audit log (安全审计): append-only, each record chained to the previous one by SHA-256.

create sequence audit_record_seq start with 1 increment by 1;
create table audit_record (
    id            bigint        not null primary key,
    occurred_at   timestamp     not null,
    actor         varchar(128)  not null,
    actor_roles   varchar(512)  not null,
    scope         varchar(128)  not null,
    source_ip     varchar(64)   not null,
    action        varchar(64)   not null,
    target        varchar(256)  not null,
    outcome       varchar(16)   not null,
    detail        varchar(2000) not null,
    previous_hash varchar(64)   not null,
    record_hash   varchar(64)   not null,
    constraint audit_record_outcome_chk check (outcome in ('SUCCESS', 'FAILURE', 'DENIED'))
);
create index audit_record_occurred_idx on audit_record (occurred_at);
create index audit_record_actor_idx on audit_record (actor);

-- nobody changes or removes an audit record through the application's database role
create function audit_record_is_append_only() returns trigger as $$
begin
    raise exception 'audit_record is append-only';
end;
$$ language plpgsql;
create trigger audit_record_no_update before update or delete on audit_record
    for each row execute function audit_record_is_append_only();

insert into cluster_lock (name) values ('audit-chain');
