#!/usr/bin/env bash
# After a teacher-console.jmx or reviewer.jmx run: p50/p95/p99, max and errors per step from the JMeter results file
# (sign-in sub-samples left out), the load average now, and what the database holds for the run's window against what
# the plan saw answered: uploads and submissions of the load teachers (teacher-console), decisions of the load reviewers
# by outcome (reviewer). Exits 1 when the two differ.
#   usage: jmeter/console-check.sh teacher-console|reviewer [results.csv]
#   (default results: jmeter/target/jmeter/results/<plan>.csv)
set -euo pipefail
PLAN="${1:?plan: teacher-console or reviewer}"
cd "$(dirname "$0")"
RESULTS="${2:-target/jmeter/results/$PLAN.csv}"
[ -f "$RESULTS" ] || { echo "no results file $RESULTS (run the plan first, or give its path)" >&2; exit 1; }
export CURL_CA_BUNDLE="${ZYK_CA_BUNDLE:-$(cd .. && pwd)/.run/tls/ca.crt}"
export PGPASSWORD="${ZYK_DB_PASSWORD:-${PGPASSWORD:-ziyuanku}}"
DB="postgresql://${ZYK_DB_USER:-ziyuanku}@127.0.0.1:${ZYK_DB_PORT:-55432}/${ZYK_DB_NAME:-ziyuanku}?sslmode=verify-ca&sslrootcert=$CURL_CA_BUNDLE"
sql() { psql -qtA "$DB" -c "$1"; }

echo "results: $RESULTS; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
OUT=$(python3 - "$RESULTS" <<'EOF'
import csv, math, re, sys
rows = [r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8", newline=""))
        if not re.search(r"-\d+$", r["label"])]  # redirect sub-samples (signin-0, …) are inside their parent
def pct(values, p):
    values = sorted(values)
    return values[min(len(values), max(1, math.ceil(p / 100.0 * len(values)))) - 1] if values else 0  # nearest rank
stamps = [int(r["timeStamp"]) for r in rows]
first, last = min(stamps), max(int(r["timeStamp"]) + int(r["elapsed"]) for r in rows)
print("%-18s %6s %6s %7s %7s %7s %7s" % ("step", "count", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"))
for label in dict.fromkeys(r["label"] for r in rows):
    mine = [r for r in rows if r["label"] == label]
    elapsed = [int(r["elapsed"]) for r in mine]
    errors = sum(1 for r in mine if r["success"] != "true")
    print("%-18s %6d %6d %7d %7d %7d %7d" % (label, len(mine), errors, pct(elapsed, 50), pct(elapsed, 95),
          pct(elapsed, 99), max(elapsed)))
work = [r for r in rows if not r["label"].startswith("signin")]
span = (max(int(r["timeStamp"]) for r in work) - min(int(r["timeStamp"]) for r in work)) / 1000.0 if work else 0
print("work requests: %d in %.0f s (%.1f/s)" % (len(work), span, len(work) / span if span else 0))
ok = lambda label: sum(1 for r in rows if r["label"] == label and r["success"] == "true")
print("WINDOW %d %d" % (first // 1000, last // 1000 + 1))
print("OK %d %d %d %d" % (ok("upload"), ok("submit-for-review"), ok("approve"), ok("reject")))
EOF
)
echo "$OUT" | grep -v '^WINDOW \|^OK '
read -r _ FROM TO <<< "$(echo "$OUT" | grep '^WINDOW ')"
read -r _ UPLOADS SUBMITS APPROVES REJECTS <<< "$(echo "$OUT" | grep '^OK ')"
# the platform writes local time without a zone (WildFly and PostgreSQL on this machine)
WINDOW="between to_timestamp($FROM)::timestamp and to_timestamp($TO)::timestamp"
if [ "$PLAN" = teacher-console ]; then
    STORED=$(sql "select count(*) from teaching_resource r join user_account a on a.id = r.uploaded_by_id
        where a.username like 'loadteacher-%' and r.created_at $WINDOW")
    SUBMITTED=$(sql "select count(*) from review_submission s join user_account a on a.id = s.owner_id
        where a.username like 'loadteacher-%' and s.submitted_at $WINDOW")
    echo "uploads: answered as accepted $UPLOADS, stored $STORED; submissions: answered $SUBMITS, stored $SUBMITTED"
    [ "$UPLOADS" = "$STORED" ] && [ "$SUBMITS" = "$SUBMITTED" ] || { echo "MISMATCH"; exit 1; }
else
    APPROVED=$(sql "select count(*) from review_task where decided_by like 'loadreviewer-%' and status = 'APPROVED'
        and decided_at $WINDOW")
    REJECTED=$(sql "select count(*) from review_task where decided_by like 'loadreviewer-%' and status = 'REJECTED'
        and decided_at $WINDOW")
    echo "approvals: answered $APPROVES, stored $APPROVED; rejections: answered $REJECTS, stored $REJECTED"
    [ "$APPROVES" = "$APPROVED" ] && [ "$REJECTS" = "$REJECTED" ] || { echo "MISMATCH"; exit 1; }
fi
echo "OK: stored = answered"
