#!/usr/bin/env bash
# Stops the redis-server that redis-up.sh started on 127.0.0.1:PORT (data is kept).
# Usage: redis-down.sh PORT
set -euo pipefail
port=${1:?usage: redis-down.sh PORT}
redis-cli -h 127.0.0.1 -p "$port" shutdown nosave >/dev/null 2>&1 || true
