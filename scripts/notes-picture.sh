#!/usr/bin/env bash
# Renders the first page of a sample round's notes (the Word document the bot builds) to
# docs/images/notes/first-page.png, for the README. Needs LibreOffice (soffice) and poppler-utils (pdftoppm):
#   apt-get install --no-install-recommends libreoffice-writer-nogui poppler-utils
# LibreOffice substitutes a metric-compatible font where Calibri is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet run -c Release --project tests/BarnrattsResan.Benchmarks -- notes --sample "$out" > /dev/null
soffice --headless --convert-to pdf --outdir "$out" "$out/sample.docx" > /dev/null
mkdir -p docs/images/notes
pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$out/sample.pdf" docs/images/notes/first-page
echo "Wrote docs/images/notes/first-page.png"
