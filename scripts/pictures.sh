#!/usr/bin/env bash
# Regenerates the pictures of the journey (docs/images/journey/*.png) by running the end-to-end scenarios
# (tests/BarnrattsResan.EndToEnd.Tests/Scenarios: the real bot, Azurite and Agents Playground in headless
# Chromium) with SCREENSHOTS_DIR set. Needs what ./scripts/test.sh needs, and the Debian package chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

export SCREENSHOTS_DIR=docs/images/journey
export E2E_REQUIRED=1 # no browser is a failure here, not a skip
mkdir -p "$SCREENSHOTS_DIR"
dotnet test tests/BarnrattsResan.EndToEnd.Tests --configuration Release \
  --filter "FullyQualifiedName~BarnrattsResan.EndToEnd.Tests.Scenarios" --logger "console;verbosity=normal" "$@"
echo "Pictures in $SCREENSHOTS_DIR:"
ls -1 "$SCREENSHOTS_DIR"
