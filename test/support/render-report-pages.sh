#!/usr/bin/env bash
# Turns every .docx of a folder into PDF with LibreOffice headless (its own profile, so a running
# LibreOffice or another run's profile is not touched) and every PDF page into a PNG at 60 dpi
# with pdftoppm, to look at each page: tables inside A4, fonts, page numbers, signature lines.
#   bash test/support/render-report-pages.sh DIR      → DIR/pdf/*.pdf, DIR/png/NAME-N.png
# Sample reports to render: node --import tsx test/support/write-sample-reports.ts OUT
set -euo pipefail
dir=${1:?usage: render-report-pages.sh DIR-WITH-DOCX}
profile=$(mktemp -d /tmp/lo-profile-reports.XXXXXX)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$dir/pdf" "$dir/png"
shopt -s nullglob
docs=("$dir"/*.docx)
if [ ${#docs[@]} -eq 0 ]; then echo "no .docx in $dir" >&2; exit 1; fi
libreoffice -env:UserInstallation="file://$profile" --headless --convert-to pdf \
  --outdir "$dir/pdf" "${docs[@]}" >/dev/null
for pdf in "$dir"/pdf/*.pdf; do
  name=$(basename "$pdf" .pdf)
  pdftoppm -png -r 60 "$pdf" "$dir/png/$name"
  echo "$name: $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') page(s)"
done
