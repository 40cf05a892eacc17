#!/usr/bin/env bash
# Packs the Chrome and Firefox builds (and WXT's sources zip for Firefox review) into .output/.
set -euo pipefail
cd "$(dirname "$0")/.."

marker=$(mktemp)
trap 'rm -f "$marker"' EXIT
# zips from earlier runs are older than the marker and are not listed
touch -d '-1 second' "$marker"

npx wxt zip
npx wxt zip -b firefox

echo
echo "Zips written:"
found=0
while IFS= read -r zip; do
  found=1
  printf '  %s  %s bytes (%s)\n' "$zip" "$(stat -c %s "$zip")" "$(du -h "$zip" | cut -f1)"
done < <(find .output -maxdepth 1 -name '*.zip' -newer "$marker" | sort)
if [[ $found -eq 0 ]]; then
  echo "  none: wxt zip wrote nothing to .output/" >&2
  exit 1
fi
