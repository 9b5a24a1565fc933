-- A person's verified mobile number, and the pending SMS codes that verify one. Codes are stored as hashes with an
-- expiry and an attempt counter, in the database so that every cluster node sees the same pending code.

alter table user_account add column phone varchar(20);
alter table user_account add column phone_verified_at timestamp;

create table phone_verification (
    username   varchar(128) not null primary key,
    phone      varchar(20)  not null,
    code_hash  varchar(64)  not null,
    attempts   integer      not null,
    sent_at    timestamp    not null,
    expires_at timestamp    not null
);
