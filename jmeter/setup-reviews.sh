#!/usr/bin/env bash
# Prepares the reviewer plan (reviewer.jmx, issue 17 item 4) on a platform started by `./zyk start` (127.0.0.1 only):
#   1. R load reviewers loadreviewer-0001… of the demo school (setup-staff.sh reviewer R) and one load teacher
#      loadteacher-0001 (setup-staff.sh teacher 1), the author of the items: a reviewer never decides their own;
#   2. ITEMS small text files uploaded into the welding library by loadteacher-0001 and submitted for review, through
#      the REST API with the teacher's bearer token (POST /api/v1/libraries/{id}/resources, then
#      POST /api/v1/resources/{id}/submission): each waits at the library's first level (the unit's reviewer);
#   3. writes jmeter/review-tasks.csv: the open first-level tasks of the load teachers' items, one id a line, which the
#      plan hands out one per decision (no two reviewers decide the same task).
# Re-runnable: accounts are kept, ITEMS new items are added each time (the file lists every open one).
#   usage: jmeter/setup-reviews.sh R ITEMS
set -euo pipefail
export CURL_CA_BUNDLE="${ZYK_CA_BUNDLE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.run/tls/ca.crt}"
R="${1:?number of reviewers}"
ITEMS="${2:?number of items to submit}"
HOST="https://127.0.0.1:${ZYK_HTTPS_PORT:-8443}"
KC="https://127.0.0.1:${ZYK_KEYCLOAK_PORT:-8180}"
PASSWORD="${ZYK_DEMO_PASSWORD:-Ziyuanku2026}"
export PGPASSWORD="${ZYK_DB_PASSWORD:-${PGPASSWORD:-ziyuanku}}"
DB="postgresql://${ZYK_DB_USER:-ziyuanku}@127.0.0.1:${ZYK_DB_PORT:-55432}/${ZYK_DB_NAME:-ziyuanku}?sslmode=verify-ca&sslrootcert=$CURL_CA_BUNDLE"
AUTHOR=loadteacher-0001
cd "$(dirname "$0")"
sql() { psql -qtA "$DB" -c "$1"; }

# 1. accounts
./setup-staff.sh reviewer "$R" | grep -v '^-D' || true
./setup-staff.sh teacher 1 | grep -v '^-D' || true

# 2. the items, as their author would upload and submit them (bearer token of the platform's client)
LIBRARY=$(sql "select id from resource_library where catalogue_no = 53 and level = 'NATIONAL'")
[ -n "$LIBRARY" ] || { echo "no welding library (catalogue 53): is the catalogue loaded?" >&2; exit 1; }
TOKEN=$(curl -sf -d grant_type=password -d client_id=ziyuanku-web \
    -d "client_secret=${ZYK_OIDC_SECRET:-ziyuanku-dev-secret}" -d "username=$AUTHOR" -d "password=$PASSWORD" \
    "$KC/realms/ziyuanku/protocol/openid-connect/token" | jq -r .access_token)
[ -n "$TOKEN" ] && [ "$TOKEN" != null ] || { echo "no token for $AUTHOR" >&2; exit 1; }
FILE=$(mktemp --suffix=.txt)
trap 'rm -f "$FILE"' EXIT
STAMP=$(date -u +%m%d-%H%M%S)
FAILED=0
for i in $(seq 1 "$ITEMS"); do
    printf '压测审核材料 %s 第 %d 份：焊接工艺要点，预热、控制层间温度、焊后缓冷。\n' "$STAMP" "$i" > "$FILE"
    ID=$(curl -s -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json' \
        -F "file=@$FILE;filename=review-load-$STAMP-$i.txt;type=text/plain" -F "title=压测审核 $STAMP-$i" \
        -F "courseName=焊接压测课程" "$HOST/api/v1/libraries/$LIBRARY/resources" | jq -r '.id // empty')
    if [ -z "$ID" ] || ! curl -sf -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" \
            -H 'Accept: application/json' "$HOST/api/v1/resources/$ID/submission"; then
        FAILED=$((FAILED + 1))
    fi
    [ $((i % 50)) -eq 0 ] && echo "items: $i / $ITEMS"
done
[ "$FAILED" -eq 0 ] || echo "$FAILED of $ITEMS items could not be uploaded or submitted" >&2

# 3. the open first-level tasks of the load teachers' items, oldest first
sql "select t.id from review_task t join review_submission s on s.id = t.submission_id
    join user_account a on a.id = s.owner_id where a.username like 'loadteacher-%' and s.library_id = $LIBRARY
    and t.status = 'OPEN' and t.level_no = 1 order by t.id" > review-tasks.csv
echo "open first-level tasks: $(grep -c . review-tasks.csv || true) (library $LIBRARY)"
echo "-Dperf.plan=reviewer.jmx -Dperf.users=$R -Dperf.staff=$(pwd)/reviewers-$R.csv -Dperf.tasks=$(pwd)/review-tasks.csv"
