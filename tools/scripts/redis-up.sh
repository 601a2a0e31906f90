#!/usr/bin/env bash
# Makes sure a redis-server answers on 127.0.0.1:PORT, installing the Debian package and starting a local
# server with append-only persistence (data under DIR, which git ignores) when none is running there.
# Usage: redis-up.sh PORT DIR
set -euo pipefail
port=${1:?usage: redis-up.sh PORT DIR}
dir=${2:?usage: redis-up.sh PORT DIR}

if ! command -v redis-server >/dev/null 2>&1; then
  echo "redis-server is not installed: installing the Debian package redis-server" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq redis-server >/dev/null
fi

if redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; then
  echo "redis-server already answering on 127.0.0.1:$port" >&2
  exit 0
fi

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
redis-server --bind 127.0.0.1 --port "$port" --dir "$dir" \
  --appendonly yes --appendfsync everysec --save "" \
  --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"

for _ in $(seq 1 100); do
  if redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; then
    echo "redis-server started on 127.0.0.1:$port (data in $dir)" >&2
    exit 0
  fi
  sleep 0.1
done
echo "redis-server did not answer on 127.0.0.1:$port; see $dir/redis.log" >&2
exit 1
