-- The application's database role may only add and read audit records (issue 11, defect 9). Privileges bind a role
-- that neither owns the table nor is a superuser; the triggers bind every role, the owner included, until the owner
-- disables them, which is why the owner should be a separate migration role (docs/security.md).
revoke update, delete, truncate on audit_record from public;
revoke update, delete, truncate on audit_record from current_user;

create function audit_record_no_truncation() returns trigger as $$
begin
    raise exception 'audit_record is append-only: TRUNCATE refused';
end;
$$ language plpgsql;
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_no_truncation();
