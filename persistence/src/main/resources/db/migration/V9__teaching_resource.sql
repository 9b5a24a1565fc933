-- Granular teaching resources (issue 4): content-addressed blobs, resources with their descriptive attributes, the
-- library's naming rule and download setting, exact counters with a daily activity table for the time-decayed hot
-- list, and ratings. Chinese search runs on search_terms: words and CJK unigrams + bigrams computed by the
-- application (SearchTerms) and indexed as they are (array_to_tsvector), so no server extension or text-search
-- parser is involved.

alter table resource_library add column naming_rule varchar(200);
alter table resource_library add column download_requires_login boolean default false not null;

-- one row per distinct content (SHA-256); the file lives in the shared blob store under the same name
create table stored_blob (
    sha256      varchar(64)  not null primary key,
    size_bytes  bigint       not null,
    media_type  varchar(128) not null,
    created_at  timestamp    not null
);

create sequence teaching_resource_seq start with 1 increment by 50;
create table teaching_resource (
    id                   bigint        not null primary key,
    library_id           bigint        not null references resource_library (id),
    standard_name        varchar(300)  not null,
    title                varchar(200)  not null,
    description          varchar(4000),
    kind                 varchar(16)   not null,
    format               varchar(16)   not null,
    media_type           varchar(128)  not null,
    size_bytes           bigint        not null,
    duration_seconds     integer,
    page_count           integer,
    width                integer,
    height               integer,
    blob_sha256          varchar(64)   not null references stored_blob (sha256),
    original_filename    varchar(255)  not null,
    major_id             bigint        references major (id),
    course_code          varchar(32),
    course_name          varchar(128),
    module_name          varchar(128),
    knowledge_points     varchar(1000),
    keywords             varchar(1000),
    source               varchar(24)   not null,
    author_name          varchar(64),
    contributing_unit_id bigint        references organisation (id),
    licence              varchar(200),
    language             varchar(16)   not null,
    resource_version     integer       not null,
    status               varchar(16)   not null,
    extracted_text       text,
    search_terms         text          not null,
    uploaded_by_id       bigint        not null references user_account (id),
    created_at           timestamp     not null,
    updated_at           timestamp     not null,
    published_at         timestamp,
    deleted_at           timestamp,
    deleted_by           varchar(128),
    version              integer       not null,
    constraint teaching_resource_kind_chk check (kind in
        ('DOCUMENT', 'IMAGE', 'ANIMATION', 'VIDEO', 'AUDIO', 'SIMULATION', 'OTHER')),
    constraint teaching_resource_status_chk check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'WITHDRAWN')),
    constraint teaching_resource_source_chk check (source in
        ('ORIGINAL', 'ENTERPRISE_CASE', 'INDUSTRY_STANDARD', 'COMPETITION', 'ADAPTED', 'THIRD_PARTY')),
    constraint teaching_resource_deleted_chk check ((deleted_at is null) = (deleted_by is null))
);
create index teaching_resource_library_idx on teaching_resource (library_id, status);
create index teaching_resource_blob_idx on teaching_resource (blob_sha256);
create index teaching_resource_uploader_idx on teaching_resource (uploaded_by_id);
create index teaching_resource_deleted_idx on teaching_resource (deleted_at) where deleted_at is not null;
create index teaching_resource_search_idx on teaching_resource
    using gin (array_to_tsvector(string_to_array(search_terms, ' ')));

-- exact totals, changed only by single-statement increments so concurrent requests on any node never lose a count
create table resource_counter (
    resource_id  bigint not null primary key references teaching_resource (id) on delete cascade,
    views        bigint not null default 0,
    plays        bigint not null default 0,
    downloads    bigint not null default 0,
    course_uses  bigint not null default 0,
    rating_count bigint not null default 0,
    rating_sum   bigint not null default 0
);

-- the same events per day, for the hot list's time decay
create table resource_daily_activity (
    resource_id   bigint not null references teaching_resource (id) on delete cascade,
    activity_day  date   not null,
    views         bigint not null default 0,
    plays         bigint not null default 0,
    downloads     bigint not null default 0,
    primary key (resource_id, activity_day)
);
create index resource_daily_activity_day_idx on resource_daily_activity (activity_day);

create table resource_rating (
    resource_id bigint    not null references teaching_resource (id) on delete cascade,
    user_id     bigint    not null references user_account (id),
    stars       smallint  not null,
    rated_at    timestamp not null,
    primary key (resource_id, user_id),
    constraint resource_rating_stars_chk check (stars between 1 and 5)
);

-- nodes starting together create the demo resources once; one node at a time empties the recycle bin
insert into cluster_lock (name) values ('demo-resources');
insert into cluster_lock (name) values ('resource-housekeeping');
