#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine with Swift lacks to build enrich: the ICU
# development files (libicu-dev) and pkg-config. Does nothing when they are there.
set -euo pipefail

missing=()
dpkg -s libicu-dev >/dev/null 2>&1 || missing+=(libicu-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
