#!/usr/bin/env bash
# Renders every card of the card gallery (tests/BarnrattsResan.EndToEnd.Tests/CardQuality/CardGallery.cs) to PNG
# with Teams' light host config (and a few in dark) into docs/images/cards/, and lists them in docs/cards.md.
# Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH) and the npm tools (npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

out="$PWD/docs/images/cards"
mkdir -p "$out"
rm -f "$out"/*.png

# The picture test fails (rather than skips) without a browser.
CARD_PICTURES_DIR="$out" CARD_PICTURES_MARKDOWN="$PWD/docs/cards.md" E2E_REQUIRED=1 \
  dotnet test tests/BarnrattsResan.EndToEnd.Tests --configuration Release \
  --filter "FullyQualifiedName~CardQuality.CardPicturesTests" --logger "console;verbosity=minimal"

echo "Pictures in $out ($(ls "$out"/*.png | wc -l) files); index in docs/cards.md"
