#!/bin/sh
# Render an XLSX the way a person sees it printed: LibreOffice (headless) → PDF → PNG per page.
#
#   scripts/render-xlsx.sh [FILE.xlsx] [OUT_PREFIX]
#
# Without arguments: builds, converts the seed and writes docs/xlsx-seed-<page>.png.
# Needs the Debian packages libreoffice-calc-nogui, fonts-noto-cjk (Chinese glyphs), poppler-utils.
set -eu
cd "$(dirname "$0")/.."

for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "render-xlsx: $tool not found; apt-get install libreoffice-calc-nogui fonts-noto-cjk poppler-utils" >&2
    exit 2
  }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ $# -ge 1 ]; then
  xlsx=$1
else
  npx tsc -p . >/dev/null 2>&1 || true
  node dist/cli.js parse seeds/qianjiang-linzhangzhi-2023-2027-breakdown.txt -o "$work" --format xlsx --quiet
  xlsx="$work/qianjiang-linzhangzhi-2023-2027-breakdown.xlsx"
fi
prefix=${2:-docs/xlsx-seed}

# A private LibreOffice profile: no clash with another soffice running on the machine.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$xlsx" >/dev/null
pdf="$work/$(basename "$xlsx" .xlsx).pdf"
mkdir -p "$(dirname "$prefix")"
rm -f "$prefix"-*.png
pdftoppm -png -r 80 "$pdf" "$prefix"
ls "$prefix"-*.png
