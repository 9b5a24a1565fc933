#!/usr/bin/env bash
# After an exam-start run: answers sent (the `save` samples of the JMeter results file) against answers stored (rows
# of exam_answer of the exam's attempts holding a learner's answer), with p50/p95/p99 and errors of start, save, submit and the
# baseline (GET /api/v1/health sent just before each start), and the attempts by
# status. Each learner saves each question once, so every save sent with 200 must be one row stored.
#   usage: jmeter/exam-check.sh [exam-id] [results.csv]
#   (defaults: the newest exam made by setup-exam.sh; jmeter/target/jmeter/results/exam-start*.csv)
# Exits 1 when answers stored ≠ answers sent.
set -euo pipefail
cd "$(dirname "$0")"
DB="postgresql://${ZYK_DB_USER:-ziyuanku}@127.0.0.1:${ZYK_DB_PORT:-55432}/${ZYK_DB_NAME:-ziyuanku}"
sql() { psql -qtA "$DB" -c "$1"; }
EXAM="${1:-$(sql "select id from exam where title like '压测考试 exam-start%' order by id desc limit 1")}"
RESULTS="${2:-$(ls -t target/jmeter/results/exam-start*.csv 2>/dev/null | head -n 1 || true)}"
[ -n "$EXAM" ] || { echo "no exam: give its id" >&2; exit 1; }
[ -f "$RESULTS" ] || { echo "no results file (run the plan first, or give its path)" >&2; exit 1; }

echo "exam $EXAM: $(sql "select title from exam where id = $EXAM")"
echo "results: $RESULTS"
OUT=$(python3 - "$RESULTS" <<'EOF'
import csv, math, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
def pct(values, p):
    values = sorted(values)
    return values[min(len(values), max(1, math.ceil(p / 100.0 * len(values)))) - 1] if values else 0  # nearest rank
print("%-12s %6s %6s %7s %7s %7s %7s" % ("step", "count", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"))
for label in ["signin-page", "signin", "baseline-health", "start", "save", "submit"]:
    mine = [r for r in rows if r["label"] == label]
    if not mine:
        continue
    elapsed = [int(r["elapsed"]) for r in mine]
    errors = sum(1 for r in mine if r["success"] != "true")
    print("%-12s %6d %6d %7d %7d %7d %7d" % (label, len(mine), errors, pct(elapsed, 50), pct(elapsed, 95),
          pct(elapsed, 99), max(elapsed)))
starts = sorted(int(r["timeStamp"]) for r in rows if r["label"] == "start")
if starts:
    print("starts spread over %.1f s (first to last start sent)" % ((starts[-1] - starts[0]) / 1000.0))
saves = [r for r in rows if r["label"] == "save"]
print("SENT", len(saves), sum(1 for r in saves if r["responseCode"] == "200"))
EOF
)
echo "$OUT" | grep -v '^SENT '
read -r _ ALL OK <<< "$(echo "$OUT" | grep '^SENT ')"
# submitting grades every question of the paper and writes a row (answer null, seq 0) for each one never saved:
# only rows holding a learner's answer are answers stored; the empty ones are shown as questions left unanswered
ROWS="from exam_answer a join exam_attempt t on t.id = a.attempt_id where t.exam_id = $EXAM"
STORED=$(sql "select count(*) $ROWS and a.answer is not null and a.client_seq > 0")
EMPTY=$(sql "select count(*) $ROWS and (a.answer is null or a.client_seq = 0)")
echo "attempts: $(sql "select string_agg(status || ' ' || n, ', ') from (select status, count(*) n from exam_attempt
    where exam_id = $EXAM group by status order by status) s")"
echo "answers sent: $ALL (answered 200: $OK)"
echo "answers stored: $STORED (rows with an answer; unanswered rows graded empty at submit: $EMPTY)"
if [ "$STORED" = "$ALL" ] && [ "$OK" = "$ALL" ]; then
    echo "OK: answers stored = answers sent"
else
    echo "MISMATCH: answers stored $STORED, answers sent $ALL ($OK answered 200)"
    exit 1
fi
