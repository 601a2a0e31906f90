#!/usr/bin/env bash
# Builds and starts Checkpoint with a small demo watchlist: a local redis-server (installed with apt-get when
# missing, append-only data under .data/redis), the gRPC server on http://127.0.0.1:5080 (h2c), and the demo
# entries loaded through the CLI. Ctrl-C stops the server; Redis keeps running with its data.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
redis_port=${CHECKPOINT_REDIS_PORT:-6379}
url=${ASPNETCORE_URLS:-http://127.0.0.1:5080}

bash tools/scripts/redis-up.sh "$redis_port" "$root/.data/redis"
echo "building..." >&2
dotnet build Checkpoint.sln -c Release -v q -nologo >&2

export Redis__ConnectionString="127.0.0.1:$redis_port"
export ASPNETCORE_URLS="$url"
dotnet src/Checkpoint.Server/bin/Release/net10.0/Checkpoint.Server.dll &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM

tools/checkpoint --server "$url" health --wait 60
tools/checkpoint --server "$url" import demo/watchlist.jsonl || true

cat >&2 <<MSG

Checkpoint is running on $url with the demo watchlist (demo/watchlist.jsonl).
In a second terminal, watch alerts as a supervisor:
    tools/checkpoint alerts
In a third, screen travellers as a checkpoint officer:
    tools/checkpoint screen --checkpoint CP-MYAWADDY --name "Htun Zaw Min" --dob 1979-03-14 --nationality MMR
    tools/checkpoint screen --checkpoint CP-MAE-SOT --doc "ma 123 4567" --doc-country MMR
Ctrl-C here stops the server.
MSG
wait "$server"
