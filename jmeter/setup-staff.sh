#!/usr/bin/env bash
# Prepares N load-test staff accounts of one role on a platform started by `./zyk start` (127.0.0.1 only), the way the
# demo accounts `teacher` and `reviewer` hold theirs (DemoAccountService): Keycloak users load<role>-0001… with the
# demo password and the realm role (mapped by the platform's own service account, as RoleGrantService mirrors a grant),
# platform accounts of the demo school (深圳信息职业技术学院, the organisation of `teacher`) and a role grant scoped to
# that school. A teacher of the school contributes to the welding library (the school is a participating unit); a
# reviewer of the school decides the first review level (UNIT_REVIEWER) of what the school's teachers submit there.
# Writes jmeter/<role>s-N.csv (user,password; ignored by git) and prints the plan's -D values (staff file, users, the
# welding library's id). Idempotent: existing users, roles and grants are kept.
#   usage: jmeter/setup-staff.sh teacher|reviewer N
set -euo pipefail
# the platform serves TLS with its own CA (./zyk start makes it in .run/tls): curl trusts it (ZYK_CA_BUNDLE: another
# file, e.g. /tmp/plat/.run/tls/ca.crt for a platform started from another checkout)
export CURL_CA_BUNDLE="${ZYK_CA_BUNDLE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.run/tls/ca.crt}"
ROLE="${1:?role: teacher or reviewer}"
N="${2:?number of accounts}"
case "$ROLE" in teacher|reviewer) ;; *) echo "role must be teacher or reviewer" >&2; exit 2 ;; esac
KC="https://127.0.0.1:${ZYK_KEYCLOAK_PORT:-8180}"
PASSWORD="${ZYK_DEMO_PASSWORD:-Ziyuanku2026}"
export PGPASSWORD="${ZYK_DB_PASSWORD:-${PGPASSWORD:-ziyuanku}}"
# PostgreSQL accepts TLS only; verify its certificate with the same CA
DB="postgresql://${ZYK_DB_USER:-ziyuanku}@127.0.0.1:${ZYK_DB_PORT:-55432}/${ZYK_DB_NAME:-ziyuanku}?sslmode=verify-ca&sslrootcert=$CURL_CA_BUNDLE"
PREFIX="load$ROLE-"
cd "$(dirname "$0")"
sql() { psql -qtA "$DB" -c "$1"; }

ORG=$(sql "select organisation_id from user_account where username = 'teacher'")
[ -n "$ORG" ] || { echo "no demo account 'teacher': is the demo data loaded?" >&2; exit 1; }

# the platform's own service account (manage-users in the realm), as the platform creates users and maps roles
TOKEN=$(curl -sf -d grant_type=client_credentials -d client_id=ziyuanku-admin-bridge \
    -d "client_secret=${ZYK_ADMIN_BRIDGE_SECRET:-ziyuanku-bridge-dev-secret}" \
    "$KC/realms/ziyuanku/protocol/openid-connect/token" | jq -r .access_token)
[ -n "$TOKEN" ] && [ "$TOKEN" != null ] || { echo "no token for the admin bridge" >&2; exit 1; }
kc() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
REALM_ROLE=$(kc "$KC/admin/realms/ziyuanku/roles/$ROLE")

echo "user,password" > "${ROLE}s-$N.csv"
for i in $(seq -f "%04g" 1 "$N"); do
    USER="$PREFIX$i"
    curl -s -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d "{\"username\":\"$USER\",\"enabled\":true,\"emailVerified\":true,\"email\":\"$USER@load.ziyuanku.local\",
             \"firstName\":\"$USER\",\"lastName\":\"load\",
             \"credentials\":[{\"type\":\"password\",\"value\":\"$PASSWORD\",\"temporary\":false}]}" \
        "$KC/admin/realms/ziyuanku/users"
    ID=$(kc "$KC/admin/realms/ziyuanku/users?exact=true&username=$USER" | jq -r '.[0].id')
    kc -X POST -d "[$REALM_ROLE]" "$KC/admin/realms/ziyuanku/users/$ID/role-mappings/realm"
    echo "$USER,$PASSWORD" >> "${ROLE}s-$N.csv"
done
sql "insert into user_account (id, username, display_name, organisation_id, status, created_at, version)
    select nextval('user_account_seq'), u, u, $ORG, 'ACTIVE', now(), 0
    from (select '$PREFIX' || lpad(g::text, 4, '0') as u from generate_series(1, $N) g) s
    where not exists (select 1 from user_account a where a.username = s.u)"
sql "insert into role_grant (id, user_id, role, scope_type, scope_id, granted_by, granted_at)
    select nextval('role_grant_seq'), a.id, '$ROLE', 'ORGANISATION', $ORG, 'jmeter/setup-staff.sh', now()
    from user_account a where a.username like '$PREFIX%' and not exists (select 1 from role_grant g
        where g.user_id = a.id and g.role = '$ROLE' and g.scope_type = 'ORGANISATION' and g.scope_id = $ORG)"
echo "${ROLE}s: $(sql "select count(*) from role_grant g join user_account a on a.id = g.user_id
    where a.username like '$PREFIX%' and g.role = '$ROLE' and g.scope_id = $ORG") with the $ROLE grant of organisation $ORG"
# the welding library (catalogue 53), where the demo school contributes and reviews in three levels
LIBRARY=$(sql "select id from resource_library where catalogue_no = 53 and level = 'NATIONAL'")
echo "-Dperf.staff=$(pwd)/${ROLE}s-$N.csv -Dperf.users=$N${LIBRARY:+ -Dperf.library=$LIBRARY}"
