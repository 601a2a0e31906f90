#!/usr/bin/env bash
# Runs a benchmark against a dedicated redis-server on 127.0.0.1:6392 (data under .data/redis-bench).
# Usage: tools/scripts/bench.sh alert-latency [--subscribers N] [--alerts N]
#        tools/scripts/bench.sh screening [--entries N] [--queries N]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
bash tools/scripts/redis-up.sh 6392 "$root/.data/redis-bench"
trap 'bash tools/scripts/redis-down.sh 6392' EXIT
export CHECKPOINT_BENCH_REDIS=127.0.0.1:6392
dotnet run -c Release --project tools/Checkpoint.Bench -- "$@"
