#!/usr/bin/env bash
# Injection scan of a running instance with sqlmap (Debian package `sqlmap`).
# Starts mamori on a fresh data dir, signs in, and scans the endpoints that take free text.
# Usage: scripts/security/sqlmap-scan.sh   (exit 1 when sqlmap reports an injectable parameter)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v sqlmap >/dev/null || { echo "install sqlmap: apt-get install -y sqlmap"; exit 2; }
node=node_modules/.bin/node
port=${PORT:-3917}
data=$(mktemp -d)
out=$(mktemp -d)
DATA_DIR="$data" PORT="$port" LOG_LEVEL=warn "$node" src/main.js >"$out/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
base="http://127.0.0.1:$port"
IFS=$'\t' read -r cookie csrf < <("$node" scripts/security/session.ts "$base" "$data" admin)
common=(--batch --skip-waf --skip-heuristics --flush-session --level 2 --risk 1 --disable-coloring --output-dir "$out" --cookie "$cookie" --headers "X-CSRF-Token: $csrf")
targets=(
  "$base/api/audit?actor=1*&event=org*&targetType=user*&targetId=1*&from=2026-01-01*"
  "$base/api/audit/export.csv?actor=1*&event=x*&encoding=utf8"
)
found=0
for url in "${targets[@]}"; do
  echo "== $url"
  sqlmap -u "$url" "${common[@]}" 2>&1 | tee -a "$out/sqlmap.log" | grep -E "is vulnerable|injectable|all tested parameters do not appear" || true
done
# A JSON body: the login form (anonymous).
sqlmap -u "$base/api/auth/login" --data '{"loginId":"admin*","password":"x*"}' --batch --skip-waf --skip-heuristics --flush-session --level 2 --risk 1 --disable-coloring \
  --output-dir "$out" --headers "Content-Type: application/json" 2>&1 | tee -a "$out/sqlmap.log" | grep -E "is vulnerable|injectable|do not appear" || true
if grep -qE "parameter '.*' is vulnerable|sqlmap identified the following injection point" "$out/sqlmap.log"; then found=1; fi
echo "log: $out/sqlmap.log"
if [ "$found" = 1 ]; then echo "INJECTION FOUND"; exit 1; fi
echo "sqlmap found no injection"
