#!/usr/bin/env bash
# Heap per signed-in session (issue 17 item 6), on a platform started by `./zyk start` (one node or a cluster):
# signs in N browser sessions of the load learners (jmeter/learners-*.csv from setup-learners.sh, each learner
# several times when N is larger, each sign-in with its own cookie jar: the OIDC code flow through Keycloak's form,
# then "my courses" and one course page, as a learner's first clicks), and measures every WildFly node's heap in use
# after a full collection (jcmd GC.run, then GC.heap_info) before and after. The sessions stay open (30 min timeout).
#   usage: jmeter/session-heap.sh [N=1000] [parallel=4]
set -euo pipefail
N="${1:-1000}"
PARALLEL="${2:-4}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
export CURL_CA_BUNDLE="${ZYK_CA_BUNDLE:-$ROOT/.run/tls/ca.crt}"
BASE="https://127.0.0.1:${ZYK_HTTPS_PORT:-8443}"
LEARNERS=$(ls -S "$HERE"/learners-*.csv 2>/dev/null | head -n 1)
[ -n "$LEARNERS" ] || { echo "no learners file: run jmeter/setup-learners.sh 200 first" >&2; exit 1; }
OFFERING=$(psql -qtA "postgresql://${ZYK_DB_USER:-ziyuanku}@127.0.0.1:${ZYK_DB_PORT:-55432}/${ZYK_DB_NAME:-ziyuanku}" \
    -c "select e.offering_id from enrolment e join user_account a on a.id = e.learner_id
        where a.username like 'loadlearner-%' and e.status = 'ACTIVE' limit 1")

heap_used_kb() { # the heap in use of every node after a full GC, "node=KB ..."
    local pidfile pid jvm
    for pidfile in "$ROOT"/.run/wildfly*.pid; do
        pid=$(cat "$pidfile")
        jvm=$(pgrep -g "$pid" -f 'jboss-modules' | head -n 1)
        jcmd "$jvm" GC.run >/dev/null
        sleep 2
        printf '%s=%s ' "$(basename "$pidfile" .pid)" \
            "$(jcmd "$jvm" GC.heap_info | sed -nE 's/.* used ([0-9]+)K.*/\1/p' | head -n 1)"
    done
}

sign_in() { # one session: $1 = sequence number
    local line user password jar page action
    line=$(sed -n "$(( ($1 % ($(wc -l <"$LEARNERS") - 1)) + 2 ))p" "$LEARNERS")
    user=${line%%,*}
    password=${line#*,}
    jar=$(mktemp)
    page=$(curl -s -c "$jar" -b "$jar" -L "$BASE/console/learning/courses.xhtml")
    action=$(echo "$page" | grep -o 'action="[^"]*login-actions[^"]*"' | head -n 1 | sed -e 's/^action="//' -e 's/"$//' -e 's/&amp;/\&/g')
    curl -s -o /dev/null -c "$jar" -b "$jar" -L --data-urlencode "username=$user" --data-urlencode "password=$password" "$action"
    code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$BASE/console/learning/course.xhtml?offering=$OFFERING")
    rm -f "$jar"
    [ "$code" = 200 ] && echo ok || echo "failed $user $code"
}
export -f sign_in
export LEARNERS BASE OFFERING

echo "before: $(heap_used_kb)"
START=$SECONDS
RESULT=$(seq 1 "$N" | xargs -P "$PARALLEL" -I{} bash -c 'sign_in {}' | sort | uniq -c)
echo "$RESULT"
echo "signed in $N sessions in $((SECONDS - START)) s"
echo "after:  $(heap_used_kb)"
