-- Archiving the audit log (issue 18, item 4): records older than the retention period move into signed, checksummed
-- archive files (AuditArchiveService). Each file is one row here: the period and id range it holds, the chain hashes
-- at its two ends, the file's SHA-256 and the HMAC-SHA256 signature over all of that. Rows are only ever added.
create sequence audit_archive_seq start with 1 increment by 1;

create table audit_archive (
    id                  bigint        not null primary key,
    created_at          timestamp     not null,
    period_from         timestamp     not null,
    period_to           timestamp     not null,
    first_id            bigint        not null,
    last_id             bigint        not null,
    first_previous_hash varchar(64)   not null,
    first_hash          varchar(64)   not null,
    last_hash           varchar(64)   not null,
    record_count        bigint        not null,
    file_name           varchar(255)  not null unique,
    file_sha256         varchar(64)   not null,
    signature           varchar(128)  not null,
    key_source          varchar(16)   not null,
    deleted_count       bigint,
    constraint audit_archive_range_chk check (first_id <= last_id and record_count > 0)
);
create unique index audit_archive_first_idx on audit_archive (first_id);

revoke delete, truncate on audit_archive from public;
revoke delete, truncate on audit_archive from current_user;

insert into cluster_lock (name) values ('audit-archive');

-- The one path that removes audit records: audit_record_archive_delete(archive) deletes exactly the rows its archive
-- row covers, and only when they are all there. It runs with its owner's rights (security definer): the owner grants
-- itself DELETE for this transaction and revokes it again, and the row trigger lets a DELETE through only for ids the
-- archive named in this transaction's setting zyk.audit_archive covers. Any other DELETE is still refused.
create or replace function audit_record_is_append_only() returns trigger as $$
declare
    archive_id bigint := nullif(current_setting('zyk.audit_archive', true), '')::bigint;
begin
    if tg_op = 'DELETE' and archive_id is not null and exists (
            select 1 from audit_archive a where a.id = archive_id and old.id between a.first_id and a.last_id) then
        return old;
    end if;
    raise exception 'audit_record is append-only';
end;
$$ language plpgsql;

create function audit_record_archive_delete(p_archive bigint) returns bigint
    security definer set search_path = public, pg_temp as $$
declare
    a audit_archive%rowtype;
    present bigint;
    removed bigint;
begin
    select * into a from audit_archive where id = p_archive for update;
    if not found or a.deleted_count is not null then
        raise exception 'audit archive % does not exist or was applied already', p_archive;
    end if;
    select count(*) into present from audit_record where id between a.first_id and a.last_id;
    if present <> a.record_count then
        raise exception 'audit archive % covers % records, the table holds % of them', p_archive, a.record_count, present;
    end if;
    perform set_config('zyk.audit_archive', p_archive::text, true);
    execute format('grant delete on audit_record to %I', current_user);
    delete from audit_record where id between a.first_id and a.last_id;
    get diagnostics removed = row_count;
    execute format('revoke delete on audit_record from %I', current_user);
    perform set_config('zyk.audit_archive', '', true);
    update audit_archive set deleted_count = removed where id = p_archive;
    return removed;
end;
$$ language plpgsql;
