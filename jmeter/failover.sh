#!/usr/bin/env bash
# Failover under load (issue 17 item 2), against a cluster started by `ZYK_NODES=2 ./zyk start`:
#   1. prepares N learners and a fresh exam (setup-exam.sh N);
#   2. runs the exam-start plan through the balancer (N signed-in learners start, save every answer, submit) and,
#      beside it from a copy of this folder, the anonymous plan with A visitors;
#   3. once half the learners have started, KILLS node 2 (kill -9: no shutdown, requests in flight are cut), and
#      DOWN seconds later starts it again (./zyk node start 2), while the load goes on;
#   4. reports, per step, the errors before the kill, in the first 10 s after it (in flight on the killed node, or
#      sent before the balancer's health check took it out) and afterwards; lost sessions (signed-in requests answered
#      by a sign-in page or 401/403 after the kill); and lost writes (answers answered 200 but not stored,
#      jmeter/exam-check.sh's count).
#   usage: jmeter/failover.sh [N=200] [A=50] [DOWN=60]
set -euo pipefail
N="${1:-200}"
A="${2:-50}"
DOWN="${3:-60}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
RUN="$ROOT/.run"
DB="postgresql://${ZYK_DB_USER:-ziyuanku}@127.0.0.1:${ZYK_DB_PORT:-55432}/${ZYK_DB_NAME:-ziyuanku}"
sql() { psql -qtA "$DB" -c "$1"; }
[ -f "$RUN/balancer/haproxy.pid" ] && [ -f "$RUN/wildfly2.pid" ] \
    || { echo "no cluster: start one with ZYK_NODES=2 ./zyk start" >&2; exit 1; }

"$HERE/setup-exam.sh" "$N" >"$RUN/failover-setup.log" || { cat "$RUN/failover-setup.log" >&2; exit 1; }
SETUP=$(tail -n 1 "$RUN/failover-setup.log")
EXAM=$(echo "$SETUP" | sed -E 's/.*-Dperf.exam=([0-9]+).*/\1/')
echo "exam $EXAM, $N learners, $A anonymous visitors; node 2 is killed once $((N / 2)) learners have started"

rm -rf "$RUN/jmeter-anonymous" && cp -r "$HERE" "$RUN/jmeter-anonymous" && rm -rf "$RUN/jmeter-anonymous/target"
(cd "$ROOT" && ./mvnw -B -q -f "$RUN/jmeter-anonymous/pom.xml" verify -Dperf.plan=anonymous-browsing.jmx \
    -Dperf.users="$A" -Dperf.rampup=30 -Dperf.duration=$((DOWN + 360)) -Dperf.thinkMin=2000 -Dperf.thinkMax=6000 \
    >"$RUN/failover-anonymous.log" 2>&1) &
ANON=$!
(cd "$ROOT" && ./mvnw -B -q -f jmeter/pom.xml verify $SETUP -Dperf.rampup=60 -Dperf.signinRampup=$((N / 4 + 30)) \
    -Dperf.thinkMin=3000 -Dperf.thinkMax=9000 >"$RUN/failover-exam.log" 2>&1) &
EXAMRUN=$!

until [ "$(sql "select count(*) from exam_attempt where exam_id = $EXAM and status <> 'PREPARED'")" -ge $((N / 2)) ]; do
    kill -0 "$EXAMRUN" 2>/dev/null || { echo "the exam plan ended before the kill; see $RUN/failover-exam.log" >&2; exit 1; }
    sleep 2
done
KILLED_AT=$(date +%s%3N)
kill -9 -- "-$(cat "$RUN/wildfly2.pid")"   # the whole process group: the launcher script and its JVM
echo "$(date -u +%T) node 2 killed (kill -9); $(sql "select count(*) from exam_answer a join exam_attempt t on
    t.id = a.attempt_id where t.exam_id = $EXAM and a.client_seq > 0") answers stored so far"
sleep "$DOWN"
echo "$(date -u +%T) starting node 2 again"
(cd "$ROOT" && ZYK_NODES=2 ZYK_SKIP_BUILD=1 ./zyk node start 2)
RESTARTED_AT=$(date +%s%3N)
wait "$EXAMRUN" || echo "the exam plan reported failures (expected around the kill): $RUN/failover-exam.log"
wait "$ANON" || echo "the anonymous plan reported failures: $RUN/failover-anonymous.log"

python3 - "$KILLED_AT" "$RESTARTED_AT" "$HERE/target/jmeter/results" "$RUN/jmeter-anonymous/target/jmeter/results" <<'EOF'
import csv, glob, os, sys
killed, restarted = int(sys.argv[1]), int(sys.argv[2])
def newest(folder, prefix):
    files = sorted(glob.glob(os.path.join(folder, prefix + "*.csv")), key=os.path.getmtime)
    return files[-1] if files else None
print("window: before the kill | first 10 s after it | after that (node 2 back %d s after the kill)"
      % ((restarted - killed) // 1000))
print("%-26s %22s %22s %22s" % ("step (samples / errors)", "before", "kill + 10 s", "after"))
lost = 0
for name, prefix in (("exam", "exam-start"), ("anonymous", "anonymous-browsing")):
    path = newest(sys.argv[3] if name == "exam" else sys.argv[4], prefix)
    if not path:
        print("no results for", name)
        continue
    rows = list(csv.DictReader(open(path, encoding="utf-8", newline="")))
    for label in sorted({r["label"] for r in rows}):
        cells = []
        for lo, hi in ((0, killed), (killed, killed + 10000), (killed + 10000, 1 << 62)):
            mine = [r for r in rows if r["label"] == label and lo <= int(r["timeStamp"]) < hi]
            cells.append("%d / %d" % (len(mine), sum(1 for r in mine if r["success"] != "true")))
        print("%-26s %22s %22s %22s" % (name + " " + label, *cells))
    if name == "exam":
        after = [r for r in rows if int(r["timeStamp"]) >= killed + 10000 and r["label"] in ("start", "save", "submit")]
        lost = sum(1 for r in after if r["responseCode"] in ("401", "403") or "realms/ziyuanku" in r.get("URL", ""))
print("LOST_SESSIONS", lost)
EOF
"$HERE/exam-check.sh" "$EXAM" || true
