#!/usr/bin/env bash
# Renders every card of the card gallery (tests/BarnrattsResan.EndToEnd.Tests/CardQuality/CardGallery.cs) to PNG
# with Teams' light host config (and a few in dark) into docs/images/cards/, and lists them in docs/cards.md.
# A command, not a test: tests/BarnrattsResan.CardPictures (options: --out DIR, --index FILE).
# Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH) and the npm tools (npm ci, done here when needed).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

dotnet run --configuration Release --project tests/BarnrattsResan.CardPictures -- "$@"
