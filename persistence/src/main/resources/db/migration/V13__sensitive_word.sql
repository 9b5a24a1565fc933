-- The sensitive-word dictionary (敏感词库) screened at submission for review. Words are stored normalised (blanks
-- removed, full-width ASCII folded to half-width, Latin letters small), so the unique constraint holds for all forms.
-- A few harmless advertising and fraud words are seeded so the feature is visible.

create sequence sensitive_word_seq increment by 50;

create table sensitive_word (
    id         bigint       not null primary key,
    word       varchar(64)  not null,
    category   varchar(32)  not null,
    severity   varchar(8)   not null,
    created_by varchar(128) not null,
    created_at timestamp    not null,
    updated_at timestamp    not null,
    version    integer      not null default 0,
    constraint sensitive_word_word_unique unique (word),
    constraint sensitive_word_severity_check check (severity in ('BLOCK', 'FLAG'))
);

insert into sensitive_word (id, word, category, severity, created_by, created_at, updated_at)
select nextval('sensitive_word_seq'), w.word, w.category, w.severity, 'system', now(), now()
from (values ('代写论文', 'FRAUD', 'BLOCK'),
             ('赌博网站', 'GAMBLING', 'BLOCK'),
             ('刷单返利', 'FRAUD', 'BLOCK'),
             ('低价代考', 'FRAUD', 'BLOCK'),
             ('加微信', 'ADVERTISING', 'FLAG'),
             ('内部资料', 'OTHER', 'FLAG')) as w(word, category, severity);
