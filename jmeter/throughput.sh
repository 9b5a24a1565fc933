#!/usr/bin/env bash
# Anonymous pages against the static-file limit of the same server, side by side in one run (issue 17, item 3).
#
#   jmeter/throughput.sh [BASE_URL]          default https://127.0.0.1:8443 (a platform started by ./zyk start; HTTP only redirects)
#   ZYK_BENCH_SIGNIN=loadlearner-:Ziyuanku2026 jmeter/throughput.sh   also learners' signed-in pages (below)
#
# For each URL: a short warm-up, then wrk (Debian package `wrk`, installed when missing and running as root) with
# ZYK_BENCH_CONNECTIONS (32) connections on ZYK_BENCH_THREADS (2) threads for ZYK_BENCH_SECONDS (10) seconds. Every
# request carries `Accept-Encoding: gzip` like a browser (ZYK_BENCH_GZIP=0 leaves it out). Prints one line per URL:
# requests per second, its share of the static file's figure, non-2xx answers, latency p50/p99 and the bytes of one
# answer as sent. With 9 URLs and the defaults a run takes about two minutes. The load generator runs on the same
# machine as the server: the figures are a ratio on one machine, not a capacity.
set -euo pipefail
# curl trusts the platform's CA (./zyk start makes it in .run/tls; ZYK_CA_BUNDLE: another file); wrk does not verify
export CURL_CA_BUNDLE="${ZYK_CA_BUNDLE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.run/tls/ca.crt}"

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
SIGNED_IN_CURL=()
SIGNED_IN_WRK=()
if [ "$GZIP" = "1" ]; then
    HEADERS=(-H "Accept-Encoding: gzip")
    CURL_HEADERS=(-H "Accept-Encoding: gzip")
fi

# Signed-in pages too (issue 17 item 6: per-core throughput of each page class): ZYK_BENCH_SIGNIN=prefix:password
# signs in ZYK_BENCH_SESSIONS (32) learners <prefix>0001, <prefix>0002 … (e.g. loadlearner-, made and enrolled by
# setup-learners.sh) through Keycloak, one session each; their "my courses", course and item pages are then measured
# with wrk taking the sessions in turn (jmeter/signed-in.lua), so that no two connections share a session (requests
# of one session wait for each other in a distributable application). Signed-in pages are never cached.
signin_cookies() { # USER PASSWORD: the session's cookies as one Cookie header value
    local jar login
    jar=$(mktemp)
    login=$(curl -fsS -c "$jar" -b "$jar" -L "$BASE/console/learning/courses.xhtml" \
        | grep -o 'action="[^"]*login-actions[^"]*"' | head -n 1 | sed -e 's/^action="//' -e 's/"$//' -e 's/&amp;/\&/g')
    curl -fsS -o /dev/null -c "$jar" -b "$jar" -L --data-urlencode "username=$1" --data-urlencode "password=$2" "$login"
    awk '(!/^#/ || /^#HttpOnly_/) && NF == 7 {sub(/^#HttpOnly_/, ""); if ($1 ~ /127.0.0.1|localhost/)
        printf "%s%s=%s", (n++ ? "; " : ""), $6, $7} END {print ""}' "$jar"
    rm -f "$jar"
}
if [ -n "${ZYK_BENCH_SIGNIN:-}" ]; then
    export ZYK_BENCH_COOKIES
    ZYK_BENCH_COOKIES=$(mktemp)
    for i in $(seq -f "%04g" 1 "${ZYK_BENCH_SESSIONS:-32}"); do
        signin_cookies "${ZYK_BENCH_SIGNIN%%:*}$i" "${ZYK_BENCH_SIGNIN#*:}" >>"$ZYK_BENCH_COOKIES"
    done
    first=$(head -n 1 "$ZYK_BENCH_COOKIES")
    offering=$(curl -fsS -H "Cookie: $first" "$BASE/console/learning/courses.xhtml" \
        | grep -o 'course.xhtml?offering=[0-9]*' | head -n 1 | cut -d= -f2)
    item=$(curl -fsS -H "Cookie: $first" "$BASE/console/learning/course.xhtml?offering=$offering" \
        | grep -o 'item.xhtml?offering=[0-9]*&amp;item=[0-9]*' | head -n 1 | sed 's/.*item=//')
    [ -n "$offering" ] && [ -n "$item" ] || { echo "signing in as ${ZYK_BENCH_SIGNIN%%:*}0001 gave no course page" >&2; exit 1; }
    SIGNED_IN_CURL=(-H "Cookie: $first")
    SIGNED_IN_WRK=(-s "$(cd "$(dirname "$0")" && pwd)/signed-in.lua")
    PAGES+=(
        "console-home|/console/index.xhtml|signed-in"
        "my-courses|/console/learning/courses.xhtml|signed-in"
        "course-page|/console/learning/course.xhtml?offering=$offering|signed-in"
        "item-page|/console/learning/item.xhtml?offering=$offering&item=$item|signed-in"
    )
fi

# rate URL [HEADER ARGS]: prints "req/s errors p50 p99" (errors: non-2xx/3xx answers plus wrk's socket errors and timeouts, 10 s)
rate() {
    local out rps non p50 p99
    local url="$1"
    shift
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "${HEADERS[@]}" "$@" "$url" >/dev/null 2>&1 || true
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s --latency "${HEADERS[@]}" "$@" "$url" 2>&1)
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
    IFS='|' read -r name path signed <<<"$entry"
    curl_extra=()
    wrk_extra=()
    if [ -n "$signed" ]; then curl_extra=("${SIGNED_IN_CURL[@]}"); wrk_extra=("${SIGNED_IN_WRK[@]}"); fi
    bytes=$(curl -sS -o /dev/null -w '%{size_download}' "${CURL_HEADERS[@]}" "${curl_extra[@]}" "$BASE$path")
    read -r rps non p50 p99 <<<"$(rate "$BASE$path" "${wrk_extra[@]}")"
    [ -n "$static" ] || static="$rps"
    ratio=$(awk -v r="$rps" -v s="$static" 'BEGIN { if (s > 0) printf "%.1f%%", 100 * r / s; else print "-" }')
    printf '%-16s %10s %8s %7s %9s %9s %9s  %s\n' "$name" "$rps" "$ratio" "$non" "$p50" "$p99" "$bytes" "$path"
done
