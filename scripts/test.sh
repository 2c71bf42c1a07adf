#!/usr/bin/env bash
# Runs every test: domain, storage (real Azurite), bot over HTTP (real Bot Framework adapter), deployment
# (manifest, icons, Bicep, dependency audit) and end to end (real Agents Playground in headless Chromium).
# Installs the npm tools first when package-lock.json is newer than node_modules.
# First the dependency audit (scripts/audit.sh): a known-vulnerable NuGet package or an npm advisory above
# moderate stops here, before any test. Where the advisories cannot be fetched it says NOT AUDITED, here and
# again at the end; AUDIT_REQUIRED=1 makes that a failure too.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

audit_summary="$(mktemp)"
trap 'cat "$audit_summary" >&2; rm -f "$audit_summary"' EXIT
AUDIT_SUMMARY_FILE="$audit_summary" ./scripts/audit.sh

# One test project at a time (-m:1): on a 2-core machine the browser tests stay steady when they do not
# share the cores with the other projects' tests.
dotnet test BarnrattsResan.sln --configuration Release -m:1 --logger "console;verbosity=normal" "$@"
