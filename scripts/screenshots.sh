#!/usr/bin/env bash
# Phone (390×844) and desktop (1366×900) screenshots of every page, anonymous and signed in as each demo
# account of README, written to the folder given as the first argument (not a test; it asserts nothing).
# Builds the app and the tool, starts the app on a fresh demo database on a free port, and stops it after.
#   scripts/screenshots.sh OUT-FOLDER [--only TEXT] [--full] [--base-url URL]
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $# -lt 1 ]]; then echo "usage: scripts/screenshots.sh OUT-FOLDER [--only TEXT] [--full] [--base-url URL]" >&2; exit 2; fi
[ -x /usr/bin/chromium ] || { echo "Needs Chromium (apt-get install chromium)." >&2; exit 1; }
dotnet build src/Ocop -c Release -nologo -v q -clp:ErrorsOnly
dotnet build tools/Ocop.Screenshots -c Release -nologo -v q -clp:ErrorsOnly
exec dotnet tools/Ocop.Screenshots/bin/Release/net10.0/Ocop.Screenshots.dll "$@"
