#!/usr/bin/env bash
# Prepares the exam-start benchmark (issue 15) on a platform started by `./zyk start` (127.0.0.1 only):
#   1. N load learners loadlearner-0001… enrolled in the demo class (the class of the demo course that `student` is in
#      and `teacher` teaches), through setup-learners.sh;
#   2. a FIXED paper "压测试卷（20 道客观题）" of 20 objective questions (single choice, multiple choice, true/false) of
#      the demo library, created once through POST /api/v1/papers as `teacher` (kept on a re-run);
#   3. a NEW exam on it for the demo class, created and published through the REST API as `teacher` AFTER the
#      learners are enrolled, so that the background preparation draws every learner's attempt: open from a minute
#      ago, closing in 2 hours, 60 minutes, one attempt. Earlier benchmark exams are closed (each run needs a fresh
#      exam: a learner who submitted has no attempt left);
#   4. waits until the load learners' PREPARED attempts = N, printing progress;
#   5. prints the -D values of the plan (exam id, learners file, users).
# Re-runnable: users, enrolments and the paper are kept, a fresh exam is made each time.
#   usage: jmeter/setup-exam.sh 500
set -euo pipefail
# the platform serves TLS with its own CA (./zyk start makes it in .run/tls): curl trusts it (ZYK_CA_BUNDLE: another
# file; an ambient CURL_CA_BUNDLE, often the system bundle, would not hold it)
export CURL_CA_BUNDLE="${ZYK_CA_BUNDLE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.run/tls/ca.crt}"
N="${1:?number of learners}"
HOST="https://127.0.0.1:${ZYK_HTTPS_PORT:-8443}"
KC="https://127.0.0.1:${ZYK_KEYCLOAK_PORT:-8180}"
PASSWORD="${ZYK_DEMO_PASSWORD:-Ziyuanku2026}"
TEACHER="${ZYK_EXAM_TEACHER:-teacher}"
DB="postgresql://${ZYK_DB_USER:-ziyuanku}@127.0.0.1:${ZYK_DB_PORT:-55432}/${ZYK_DB_NAME:-ziyuanku}"
PAPER_TITLE="压测试卷（20 道客观题）"
EXAM_PREFIX="压测考试 exam-start"
QUESTIONS=20
cd "$(dirname "$0")"
sql() { psql -qtA "$DB" -c "$1"; }

# the demo class: where `student` is enrolled and `teacher` teaches (DemoExamService's choice)
CLASS=$(sql "select c.id from course_class c join enrolment e on e.class_id = c.id and e.status = 'ACTIVE'
    join user_account s on s.id = e.learner_id and s.username = 'student'
    join class_staff t on t.class_id = c.id and t.role = 'TEACHER'
    join user_account ta on ta.id = t.account_id and ta.username = '$TEACHER' order by c.id limit 1")
[ -n "$CLASS" ] || { echo "no demo class (student enrolled, $TEACHER teaching): is the demo data loaded?" >&2; exit 1; }
CLASS_CODE=$(sql "select class_code from course_class where id = $CLASS")
OFFERING=$(sql "select offering_id from course_class where id = $CLASS")
echo "demo class $CLASS ($CLASS_CODE) of offering $OFFERING"

# 1. learners, enrolled before the exam is published
./setup-learners.sh "$N" "$CLASS_CODE" | grep -v '^-D' || true

# the teacher's bearer token (password grant of the platform's client), as the REST API accepts it
TOKEN=$(curl -sf -d grant_type=password -d client_id=ziyuanku-web \
    -d "client_secret=${ZYK_OIDC_SECRET:-ziyuanku-dev-secret}" -d "username=$TEACHER" -d "password=$PASSWORD" \
    "$KC/realms/ziyuanku/protocol/openid-connect/token" | jq -r .access_token)
[ -n "$TOKEN" ] && [ "$TOKEN" != null ] || { echo "no token for $TEACHER" >&2; exit 1; }
api() { # METHOD PATH [BODY] → body; fails on a non-2xx answer
    local out code
    out=$(mktemp)
    code=$(curl -s -o "$out" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' -H 'Accept: application/json' -H 'Accept-Language: en' \
        ${3:+--data-binary "$3"} "$HOST$2")
    if [ "${code:0:1}" != 2 ]; then echo "$1 $2 → $code $(cat "$out")" >&2; rm -f "$out"; return 1; fi
    cat "$out"; rm -f "$out"
}

# 2. the paper: 20 objective questions (not archived; the demo bank's are DRAFT) of the demo library (top level, the lowest ids), once
LIBRARY=$(sql "select p.library_id from exam_paper p where p.title = '焊接基础测验' order by p.id limit 1")
[ -n "$LIBRARY" ] || { echo "no demo paper 焊接基础测验: is the demo question bank loaded?" >&2; exit 1; }
PAPER=$(sql "select id from exam_paper where library_id = $LIBRARY and title = '$PAPER_TITLE' order by id limit 1")
if [ -z "$PAPER" ]; then
    IDS=$(sql "select id from question where library_id = $LIBRARY and parent_id is null and status <> 'ARCHIVED'
        and type in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE') order by id limit $QUESTIONS")
    COUNT=$(echo "$IDS" | grep -c . || true)
    [ "$COUNT" -eq "$QUESTIONS" ] || { echo "only $COUNT objective questions in library $LIBRARY" >&2; exit 1; }
    ITEMS=$(echo "$IDS" | jq -R '{questionId: tonumber}' | jq -sc .)
    PAPER=$(api POST /api/v1/papers "{\"libraryId\":$LIBRARY,\"title\":\"$PAPER_TITLE\",\"kind\":\"FIXED\",
        \"questions\":$ITEMS}" | jq -r .id)
    echo "paper $PAPER created: $QUESTIONS questions of library $LIBRARY"
else
    echo "paper $PAPER kept ($(sql "select count(*) from exam_paper_question where paper_id = $PAPER") questions)"
fi

# 3. a fresh exam: earlier benchmark exams closed, then created and published (local times: WildFly runs here)
sql "update exam set status = 'CLOSED' where title like '$EXAM_PREFIX%' and status <> 'CLOSED'"
NOW=$(date -d '-1 minute' +%Y-%m-%dT%H:%M:%S)
CLOSES=$(date -d '+2 hours' +%Y-%m-%dT%H:%M:%S)
TITLE="$EXAM_PREFIX $N $(date -u +%m%d-%H%M%S)"
EXAM=$(api POST /api/v1/exams "{\"paperId\":$PAPER,\"offeringId\":$OFFERING,\"classId\":$CLASS,\"title\":\"$TITLE\",
    \"opensAt\":\"$NOW\",\"closesAt\":\"$CLOSES\",\"durationMinutes\":60,\"maxAttempts\":1,
    \"showAnswers\":\"AFTER_CLOSE\"}" | jq -r .id)
api POST "/api/v1/exams/$EXAM/publish" | jq -r '"exam \(.id) \(.status): \(.title), \(.opensAt) → \(.closesAt)"'

# 4. the learners' papers are drawn in the background after publishing
LOAD="select count(*) from exam_attempt t join user_account a on a.id = t.learner_id
    where t.exam_id = $EXAM and a.username like 'loadlearner-%'"
START=$(date +%s)
while :; do
    PREPARED=$(sql "$LOAD and t.status = 'PREPARED'")
    echo "prepared attempts: $PREPARED / $N ($(( $(date +%s) - START )) s)"
    [ "$PREPARED" -ge "$N" ] && break
    if [ $(( $(date +%s) - START )) -gt "${ZYK_PREPARE_TIMEOUT:-1800}" ]; then
        echo "timed out waiting for the prepared attempts" >&2; exit 1
    fi
    sleep 5
done
echo "all attempts of exam $EXAM: $(sql "select string_agg(status || ' ' || n, ', ') from (select status, count(*) n
    from exam_attempt where exam_id = $EXAM group by status) s")"
echo "-Dperf.plan=exam-start.jmx -Dperf.exam=$EXAM -Dperf.users=$N -Dperf.learners=$(pwd)/learners-$N.csv"
