#!/usr/bin/env bash
# Bulk-ingest benchmark (issue 4): builds a zip of N files (default 1000) in 10 folders - a quarter each distinct
# text, PNG, PDF and MP3 files made from the shipped samples - and uploads it as the demo teacher into the demo
# welding library through POST /api/v1/libraries/{id}/resources/batches against a running platform (./zyk start).
# Prints the wall time of the upload and the accepted/rejected counts. Loopback only.
set -euo pipefail
# the platform serves TLS with its own CA (./zyk start makes it in .run/tls): curl trusts it (ZYK_CA_BUNDLE: another
# file; an ambient CURL_CA_BUNDLE, often the system bundle, would not hold it)
export CURL_CA_BUNDLE="${ZYK_CA_BUNDLE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.run/tls/ca.crt}"
N="${1:-1000}"
BASE="${ZYK_BASE_URL:-https://127.0.0.1:8443}"
REALM="${ZYK_REALM_URL:-https://127.0.0.1:8180/realms/ziyuanku}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SAMPLES="$ROOT/ejb/src/main/resources/org/ziyuanku/infrastructure/media/samples"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
RUN="$(date +%s)"
for i in $(seq 1 "$N"); do
    dir="$WORK/batch/焊接工艺/模块$((i % 10))"
    mkdir -p "$dir"
    case $((i % 4)) in
        0) printf '批量导入测试 %s 第 %d 个文本：焊接电流、电弧电压与焊接速度。\n' "$RUN" "$i" >"$dir/批量$RUN-$i.txt" ;;
        1) { cat "$SAMPLES/sample.png"; printf '%s-%d' "$RUN" "$i"; } >"$dir/批量$RUN-$i.png" ;;
        2) { cat "$SAMPLES/sample.pdf"; printf '\n%%%s-%d\n' "$RUN" "$i"; } >"$dir/批量$RUN-$i.pdf" ;;
        3) { cat "$SAMPLES/sample.mp3"; printf '%s-%d' "$RUN" "$i"; } >"$dir/批量$RUN-$i.mp3" ;;
    esac
done
(cd "$WORK/batch" && python3 -c "
import os, zipfile
with zipfile.ZipFile('../batch.zip', 'w', zipfile.ZIP_DEFLATED) as z:
    for d, _, files in os.walk('.'):
        for f in files:
            z.write(os.path.join(d, f), os.path.relpath(os.path.join(d, f), '.'))
")
LIBRARY="$(curl -fsS "$BASE/api/v1/libraries?q=%E7%84%8A%E6%8E%A5&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')"
TOKEN="$(curl -fsS -d grant_type=password -d client_id=ziyuanku-web -d client_secret="${ZYK_OIDC_SECRET:-ziyuanku-dev-secret}" -d username=teacher -d password=Ziyuanku2026 \
    "$REALM/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')"
echo "zip: $(du -h "$WORK/batch.zip" | cut -f1), $N files, library $LIBRARY"
START=$(date +%s.%N)
curl -fsS -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/batch.zip" -F courseName=焊接工艺 \
    "$BASE/api/v1/libraries/$LIBRARY/resources/batches" -o "$WORK/report.json"
END=$(date +%s.%N)
python3 -c "
import json; r = json.load(open('$WORK/report.json'))
print('accepted', r['accepted'], 'rejected', r['rejected'], 'seconds %.1f' % ($END - $START))"
echo "run tag: 批量$RUN (titles start with it)"
