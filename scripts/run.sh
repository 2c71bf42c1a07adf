#!/usr/bin/env bash
# Runs the bot locally with everything it needs: Azurite (data kept in .azurite/), the bot on
# http://127.0.0.1:3978 and the Microsoft 365 Agents Playground (an emulated Teams client) on
# http://localhost:56150. Ctrl+C stops all three.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

dotnet build src/BarnrattsResan.Bot --configuration Debug --nologo --verbosity quiet
exec node scripts/dev.mjs "$@"
