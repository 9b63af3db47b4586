#!/bin/sh
# Render an XLSX the way a person sees it printed: LibreOffice (headless) → PDF → PNG.
#
#   scripts/render-xlsx.sh FILE.xlsx OUT_PREFIX   every page → OUT_PREFIX-<page>.png
#   scripts/render-xlsx.sh                        the seed → docs/xlsx-seed-tasks-1.png, -tasks-2.png,
#                                                 -units.png, -issues.png (the pages the README shows)
#
# Needs the Debian packages libreoffice-calc-nogui, fonts-noto-cjk (Chinese glyphs),
# fonts-crosextra-carlito (Calibri's metrics, which Excel's column widths are measured in) and
# poppler-utils.
set -eu
cd "$(dirname "$0")/.."

for tool in soffice pdftoppm pdftotext pdfinfo; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "render-xlsx: $tool not found; apt-get install libreoffice-calc-nogui fonts-noto-cjk fonts-crosextra-carlito poppler-utils" >&2
    exit 2
  }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

to_pdf() {
  # A private LibreOffice profile: no clash with another soffice running on the machine.
  soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$1" >/dev/null 2>&1
  echo "$work/$(basename "$1" .xlsx).pdf"
}

page_png() { # pdf page out.png
  pdftoppm -f "$2" -l "$2" -singlefile -png -r 80 "$1" "${3%.png}"
  echo "$3"
}

if [ $# -ge 1 ]; then
  pdf=$(to_pdf "$1")
  prefix=${2:-${1%.xlsx}}
  mkdir -p "$(dirname "$prefix")"
  rm -f "$prefix"-*.png
  pdftoppm -png -r 80 "$pdf" "$prefix"
  ls "$prefix"-*.png
  exit 0
fi

npx tsc -p . >/dev/null 2>&1 || true
node dist/cli.js parse seeds/qianjiang-linzhangzhi-2023-2027-breakdown.txt -o "$work" --format xlsx --quiet
pdf=$(to_pdf "$work/qianjiang-linzhangzhi-2023-2027-breakdown.xlsx")
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
units=""
issues=""
i=1
while [ "$i" -le "$pages" ]; do
  text=$(pdftotext -f "$i" -l "$i" "$pdf" -)
  # The first page of each sheet, told by a header only that sheet has.
  [ -z "$units" ] && printf '%s' "$text" | grep -q "角色" && units=$i
  [ -z "$issues" ] && printf '%s' "$text" | grep -q "原文位置" && issues=$i
  i=$((i + 1))
done
page_png "$pdf" 1 docs/xlsx-seed-tasks-1.png
page_png "$pdf" 2 docs/xlsx-seed-tasks-2.png
page_png "$pdf" "${units:?no 责任分工 page found}" docs/xlsx-seed-units.png
page_png "$pdf" "${issues:?no 问题清单 page found}" docs/xlsx-seed-issues.png
