-- Keycloak's sign-in events copied into the audit chain (issue 3): how far the import has read. Events at exactly
-- last_time whose ids are in last_ids were already copied.
create table identity_event_cursor (
    name      varchar(32)   not null primary key,
    last_time bigint        not null,
    last_ids  varchar(4000) not null
);
insert into identity_event_cursor (name, last_time, last_ids) values ('keycloak', 0, '');
insert into cluster_lock (name) values ('identity-events');
