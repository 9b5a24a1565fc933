#!/usr/bin/env bash
# Anonymous pages against the static-file limit of the same server, side by side in one run (issue 17, item 3).
#
#   jmeter/throughput.sh [BASE_URL]          default https://127.0.0.1:8443 (a platform started by ./zyk start; HTTP only redirects)
#
# For each URL: a short warm-up, then wrk (Debian package `wrk`, installed when missing and running as root) with
# ZYK_BENCH_CONNECTIONS (32) connections on ZYK_BENCH_THREADS (2) threads for ZYK_BENCH_SECONDS (10) seconds. Every
# request carries `Accept-Encoding: gzip` like a browser (ZYK_BENCH_GZIP=0 leaves it out). Prints one line per URL:
# requests per second, its share of the static file's figure, non-2xx answers, latency p50/p99 and the bytes of one
# answer as sent. With 9 URLs and the defaults a run takes about two minutes. The load generator runs on the same
# machine as the server: the figures are a ratio on one machine, not a capacity.
set -euo pipefail

BASE="${1:-https://127.0.0.1:8443}"
BASE="${BASE%/}"
SECONDS_EACH="${ZYK_BENCH_SECONDS:-10}"
WARMUP="${ZYK_BENCH_WARMUP:-2}"
CONNECTIONS="${ZYK_BENCH_CONNECTIONS:-32}"
THREADS="${ZYK_BENCH_THREADS:-2}"
GZIP="${ZYK_BENCH_GZIP:-1}"

if ! command -v wrk >/dev/null; then
    [ "$(id -u)" = 0 ] || { echo "wrk is missing: install the Debian package 'wrk'" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
curl -fsS -o /dev/null "$BASE/api/v1/health" || { echo "no platform answers at $BASE" >&2; exit 1; }

# the welding library (焊接技术及自动化, national catalogue no. 53) for the library page
LIBRARY_ID="${ZYK_BENCH_LIBRARY_ID:-$(curl -fsS "$BASE/api/v1/libraries?q=%E7%84%8A%E6%8E%A5&size=1" \
    | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)}"
[ -n "$LIBRARY_ID" ] || LIBRARY_ID=1

# name|path (query strings UTF-8, percent-encoded: 数控, 焊接)
PAGES=(
    "static-file|/resources/zyk/images/logo.svg"
    "health|/api/v1/health"
    "home|/"
    "library|/portal/library/detail.xhtml?id=$LIBRARY_ID"
    "catalogue|/portal/library/catalogue.xhtml"
    "resource-search|/portal/resource/search.xhtml?q=%E7%84%8A%E6%8E%A5"
    "api-libraries|/api/v1/libraries?q=%E6%95%B0%E6%8E%A7"
    "api-resources|/api/v1/resources?q=%E7%84%8A%E6%8E%A5"
)

HEADERS=()
CURL_HEADERS=()
if [ "$GZIP" = "1" ]; then
    HEADERS=(-H "Accept-Encoding: gzip")
    CURL_HEADERS=(-H "Accept-Encoding: gzip")
fi

# rate URL: prints "req/s errors p50 p99" (errors: non-2xx/3xx answers plus wrk's socket errors and timeouts, 10 s)
rate() {
    local out rps non p50 p99
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "${HEADERS[@]}" "$1" >/dev/null 2>&1 || true
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s --latency "${HEADERS[@]}" "$1" 2>&1)
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    non=$(awk '/Non-2xx or 3xx responses:/ {n += $NF} /Socket errors:/ {gsub(",", ""); n += $4 + $6 + $8 + $10}
        END {print n + 0}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    echo "${rps:-0} ${non:-0} ${p50:-?} ${p99:-?}"
}

echo "# $(date -u '+%F %T') UTC  $BASE  wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_EACH}s  gzip=$GZIP  $(nproc) cores"
printf '%-16s %10s %8s %7s %9s %9s %9s  %s\n' page req/s static errors p50 p99 bytes path
static=""
for entry in "${PAGES[@]}"; do
    name="${entry%%|*}"
    path="${entry#*|}"
    bytes=$(curl -sS -o /dev/null -w '%{size_download}' "${CURL_HEADERS[@]}" "$BASE$path")
    read -r rps non p50 p99 <<<"$(rate "$BASE$path")"
    [ -n "$static" ] || static="$rps"
    ratio=$(awk -v r="$rps" -v s="$static" 'BEGIN { if (s > 0) printf "%.1f%%", 100 * r / s; else print "-" }')
    printf '%-16s %10s %8s %7s %9s %9s %9s  %s\n' "$name" "$rps" "$ratio" "$non" "$p50" "$p99" "$bytes" "$path"
done
