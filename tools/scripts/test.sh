#!/usr/bin/env bash
# Runs every test: starts a dedicated redis-server on 127.0.0.1:6391 (installing it when missing), runs
# the whole solution's tests, stops that server, and ends with one line "N passed, N failed".
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
port=${CHECKPOINT_TEST_REDIS_PORT:-6391}
results="$root/.data/test-results"

bash tools/scripts/redis-up.sh "$port" "$root/.data/redis-test" || { echo "0 passed, 1 failed"; exit 1; }
trap 'bash tools/scripts/redis-down.sh "$port"' EXIT
export CHECKPOINT_TEST_REDIS="127.0.0.1:$port"
export CHECKPOINT_REDIS_SERVER_BIN="$(command -v redis-server)"

rm -rf "$results"
dotnet test Checkpoint.sln -c Release --logger "trx" --results-directory "$results" "$@" 2>&1 | tee "$results.log"
status=${PIPESTATUS[0]}

# Totals from the TRX files: one per test assembly.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed)))
  skipped=$((skipped + $(get notExecuted)))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the build or the test host failed before any test could report
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
