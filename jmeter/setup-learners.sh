#!/usr/bin/env bash
# Prepares N load-test learners on a platform started by `./zyk start` (127.0.0.1 only): Keycloak users
# loadlearner-0001… with the demo password, their platform accounts, and an ACTIVE enrolment each in a class of the
# demo offering (the class of the code given, default: the demo's first class). Writes jmeter/learners-N.csv (ignored by git; outside target/, which the JMeter plugin rebuilds) and
# prints the -Dperf.offering / -Dperf.item values of the demo course's video item. Idempotent: existing users are kept.
#   usage: jmeter/setup-learners.sh 500 [class-code]
set -euo pipefail
# the platform serves TLS with its own CA (./zyk start makes it in .run/tls): curl trusts it (ZYK_CA_BUNDLE: another
# file; an ambient CURL_CA_BUNDLE, often the system bundle, would not hold it)
export CURL_CA_BUNDLE="${ZYK_CA_BUNDLE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.run/tls/ca.crt}"
N="${1:?number of learners}"
CLASS_CODE="${2:-}"
KC="https://127.0.0.1:${ZYK_KEYCLOAK_PORT:-8180}"
PASSWORD="${ZYK_DEMO_PASSWORD:-Ziyuanku2026}"
DB="postgresql://${ZYK_DB_USER:-ziyuanku}@127.0.0.1:${ZYK_DB_PORT:-55432}/${ZYK_DB_NAME:-ziyuanku}"
cd "$(dirname "$0")"
mkdir -p target
sql() { psql -qtA "$DB" -c "$1"; }

# the platform's own service account (manage-users in the realm), as the platform creates users; its token lives a
# few minutes, so it is fetched again every 100 users (a run of 2,500 once lost its last 51 users to an expired token)
token() {
    curl -sf -d grant_type=client_credentials -d client_id=ziyuanku-admin-bridge \
        -d "client_secret=${ZYK_ADMIN_BRIDGE_SECRET:-ziyuanku-bridge-dev-secret}" \
        "$KC/realms/ziyuanku/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
TOKEN=$(token)
if [ -n "$CLASS_CODE" ]; then
    CLASS=$(sql "select id from course_class where class_code = '$CLASS_CODE'")
else
    CLASS=$(sql "select c.id from course_class c join course_offering o on o.id = c.offering_id
        join standard_course s on s.id = o.course_id where s.code = 'HJGY-2026' order by c.id limit 1")
fi
OFFERING=$(sql "select offering_id from course_class where id = $CLASS")
ITEM=$(sql "select n.id from offering_node n join teaching_resource r on r.id = n.resource_id
    where n.offering_id = $OFFERING and r.kind = 'VIDEO' order by n.id limit 1")
ORG=$(sql "select organisation_id from user_account where username = 'student'")

echo "user,password" > "learners-$N.csv"
for i in $(seq -f "%04g" 1 "$N"); do
    USER="loadlearner-$i"
    if [ $((10#$i % 100)) -eq 0 ]; then TOKEN=$(token); fi
    STATUS=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' \
        -d "{\"username\":\"$USER\",\"enabled\":true,\"emailVerified\":true,\"email\":\"$USER@load.ziyuanku.local\",
             \"firstName\":\"$USER\",\"lastName\":\"load\",
             \"credentials\":[{\"type\":\"password\",\"value\":\"$PASSWORD\",\"temporary\":false}]}" \
        "$KC/admin/realms/ziyuanku/users")
    # 201 created, 409 there already; anything else leaves a learner who cannot sign in: stop here
    if [ "$STATUS" != 201 ] && [ "$STATUS" != 409 ]; then
        echo "creating $USER in Keycloak answered $STATUS" >&2
        exit 1
    fi
    echo "$USER,$PASSWORD" >> "learners-$N.csv"
done
sql "insert into user_account (id, username, display_name, organisation_id, status, created_at, version)
    select nextval('user_account_seq'), u, u, $ORG, 'ACTIVE', now(), 0
    from (select 'loadlearner-' || lpad(g::text, 4, '0') as u from generate_series(1, $N) g) s
    where not exists (select 1 from user_account a where a.username = s.u)"
sql "insert into enrolment (id, offering_id, class_id, learner_id, source, status, enrolled_at, version)
    select nextval('enrolment_seq'), $OFFERING, $CLASS, a.id, 'TEACHER', 'ACTIVE', now(), 0 from user_account a
    where a.username like 'loadlearner-%' and not exists (select 1 from enrolment e
        where e.offering_id = $OFFERING and e.learner_id = a.id and e.status = 'ACTIVE')"
echo "learners: $(sql "select count(*) from enrolment e join user_account a on a.id = e.learner_id
    where a.username like 'loadlearner-%' and e.offering_id = $OFFERING and e.status = 'ACTIVE'") enrolled"
echo "-Dperf.offering=$OFFERING -Dperf.item=$ITEM -Dperf.learners=$(pwd)/learners-$N.csv"
