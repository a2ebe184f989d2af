#!/usr/bin/env bash
# One command for the whole benchmark: bench/run.sh [--sizes 1,10] [--jobs 1,2] [--quick] [--full] [--help]
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 bench/bench.py "$@"
