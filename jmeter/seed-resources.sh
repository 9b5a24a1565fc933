#!/usr/bin/env bash
# Seeds N published teaching resources (default 10000) for the backup/restore timings (issue 18, item 3;
# docs/benchmarks.md): N small distinct text files (1-4 KB) written into the blob store as the platform stores them
# (<blob dir>/ab/cd/<sha256>), N stored_blob rows and N teaching_resource rows copied from one published demo resource
# (its library, uploader and attributes; own title, file and search terms), each with its counter row, in one
# transaction. Ids come from teaching_resource_seq (one nextval per row, so Hibernate's pooled blocks never meet them).
# Against the platform of ./zyk start (stopped or running): ZYK_DB_* and ZYK_BLOB_DIR as ./zyk reads them.
set -euo pipefail
N="${1:-10000}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUN_DIR="${ZYK_RUN_DIR:-$ROOT/.run}"
BLOBS="${ZYK_BLOB_DIR:-$RUN_DIR/blobs}"
PSQL_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)/psql"
export PGPASSWORD="${ZYK_DB_PASSWORD:-ziyuanku}"
PSQL=("$PSQL_BIN" -X -q -v ON_ERROR_STOP=1 -h "${ZYK_DB_HOST:-127.0.0.1}" -p "${ZYK_DB_PORT:-55432}"
    -U "${ZYK_DB_USER:-ziyuanku}" -d "${ZYK_DB_NAME:-ziyuanku}")
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

start=$(date +%s.%N)
python3 - "$N" "$BLOBS" "$WORK/seed.csv" <<'EOF'
import hashlib, os, sys, time
n, blobs, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
run = str(time.time_ns())
with open(out, "w") as csv:
    for i in range(1, n + 1):
        line = f"备份计时资源 {run} 第 {i} 个：焊接电流、电弧电压与焊接速度的关系。\n".encode()
        data = line * (8 + i % 24)
        sha = hashlib.sha256(data).hexdigest()
        path = os.path.join(blobs, sha[:2], sha[2:4])
        os.makedirs(path, exist_ok=True)
        with open(os.path.join(path, sha), "wb") as f:
            f.write(data)
        csv.write(f"{sha},{len(data)},{i},{run}\n")
EOF

"${PSQL[@]}" <<EOF
begin;
create temp table seed (sha varchar(64), size bigint, n int, run varchar(32));
\copy seed from '$WORK/seed.csv' csv
insert into stored_blob (sha256, size_bytes, media_type, created_at)
    select sha, size, 'text/plain', now() from seed on conflict do nothing;
create temp table template as select * from teaching_resource
    where status = 'PUBLISHED' and deleted_at is null order by id limit 1;
do \$\$
declare
    keep text;
begin
    if not exists (select 1 from template) then
        raise exception 'no published resource to copy: start the platform once with the demo data';
    end if;
    select string_agg(quote_ident(column_name), ', ' order by ordinal_position) into keep
        from information_schema.columns where table_schema = 'public' and table_name = 'teaching_resource'
        and column_name not in ('id', 'blob_sha256', 'title', 'standard_name', 'size_bytes', 'media_type', 'format',
            'kind', 'original_filename', 'search_terms', 'extracted_text', 'thumbnail_sha256', 'preview_sha256',
            'preview_status', 'preview_media_type', 'preview_claimed_at', 'revision_of_id', 'duration_seconds',
            'page_count', 'width', 'height');
    execute format('insert into teaching_resource (id, blob_sha256, title, standard_name, size_bytes, media_type,'
        || ' format, kind, original_filename, search_terms, preview_status, %s)'
        || ' select nextval(''teaching_resource_seq''), s.sha, ''备份计时资源 '' || s.n,'
        || ' ''备份计时-'' || s.run || ''-'' || s.n, s.size, ''text/plain'', ''TXT'', ''DOCUMENT'','
        || ' ''seed-'' || s.n || ''.txt'', ''备份 计时 资源 备份计时 '' || s.n, ''NONE'', %s'
        || ' from seed s cross join template t', keep,
        (select string_agg('t.' || c, ', ') from unnest(string_to_array(keep, ', ')) c));
end
\$\$;
insert into resource_counter (resource_id)
    select r.id from teaching_resource r join seed s on s.sha = r.blob_sha256
    on conflict do nothing;
commit;
select count(*) || ' resources, ' || pg_size_pretty(pg_database_size(current_database())) || ' database'
    from teaching_resource;
EOF
printf 'Seeded %s resources in %.1f s (blob store %s: %s)\n' "$N" "$(echo "$(date +%s.%N) - $start" | bc)" \
    "$BLOBS" "$(du -sh "$BLOBS" | cut -f1)"
