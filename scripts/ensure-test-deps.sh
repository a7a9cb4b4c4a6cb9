#!/usr/bin/env bash
# Installs the test dependencies from Debian's packages when they are missing: a PostgreSQL
# server (15+), Chromium for the browser journeys, Node.js/npm for the EPCIS JSON-schema check.
set -euo pipefail
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v python3 >/dev/null 2>&1 || need+=(python3)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing ${need[*]}: install them (sudo apt-get install ${need[*]}) and run again." >&2
    exit 1
  fi
  echo "Installing ${need[*]} from Debian's packages…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
fi
