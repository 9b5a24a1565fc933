-- Incentives (用户激励, issue 16 item 6; seed 002 §五.6(7)): points for verified learning time, completed course
-- items, accepted answers and approved uploads, each rule with a daily cap so points cannot be farmed; a ledger of
-- every award (also the ones the cap cut to 0, so a learner sees why); per account and day the points given per rule
-- (the row locked while awarding keeps the cap across cluster nodes); each account's total (its level is derived
-- from it); badges awarded once per account, each with the id of its Open Badges 3.0 credential.

create table point_rule (
    action       varchar(32) not null primary key,
    points       integer     not null check (points between 0 and 1000),
    unit_seconds integer     check (unit_seconds is null or unit_seconds between 60 and 86400),
    daily_cap    integer     not null check (daily_cap between 0 and 100000),
    updated_by   bigint      references user_account (id) on delete set null,
    updated_at   timestamp,
    version      integer     not null default 0,
    constraint point_rule_action_chk check (action in ('LEARNING_TIME', 'ITEM_COMPLETED', 'ANSWER_ACCEPTED',
        'UPLOAD_APPROVED'))
);
create index point_rule_updated_by_idx on point_rule (updated_by);
insert into point_rule (action, points, unit_seconds, daily_cap) values
    ('LEARNING_TIME', 1, 300, 24),
    ('ITEM_COMPLETED', 5, null, 50),
    ('ANSWER_ACCEPTED', 10, null, 30),
    ('UPLOAD_APPROVED', 10, null, 50);

create table point_day (
    account_id bigint      not null references user_account (id) on delete cascade,
    action     varchar(32) not null references point_rule (action),
    day        date        not null,
    points     integer     not null default 0 check (points >= 0),
    seconds    integer     not null default 0 check (seconds >= 0),
    primary key (account_id, action, day)
);
create index point_day_action_idx on point_day (action);

create table point_entry (
    id         bigint       generated always as identity primary key,
    account_id bigint       not null references user_account (id) on delete cascade,
    action     varchar(32)  not null references point_rule (action),
    points     integer      not null check (points >= 0),
    object_key varchar(64),
    day        date         not null,
    created_at timestamp    not null default localtimestamp,
    constraint point_entry_once unique (account_id, action, object_key)
);
create index point_entry_account_idx on point_entry (account_id, created_at desc);
create index point_entry_action_idx on point_entry (action);

create table point_balance (
    account_id bigint    not null primary key references user_account (id) on delete cascade,
    total      bigint    not null default 0 check (total >= 0),
    updated_at timestamp not null default localtimestamp
);
create index point_balance_total_idx on point_balance (total desc);

create table badge_award (
    id            bigint      generated always as identity primary key,
    account_id    bigint      not null references user_account (id) on delete cascade,
    badge         varchar(32) not null,
    credential_id uuid        not null unique,
    awarded_at    timestamp   not null default localtimestamp,
    constraint badge_award_once unique (account_id, badge)
);
