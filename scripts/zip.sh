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

# The Firefox package as it will be uploaded passes the linter addons.mozilla.org runs (web-ext lint
# is this linter on a folder): no error, and no warning but the innerHTML assignments inside bundled
# libraries that tests/e2e/manifests.e2e.ts allows (our own code has none, checked there too).
firefox_zip=$(find .output -maxdepth 1 -name '*-firefox.zip' -newer "$marker" | sort | tail -1)
echo
echo "Linting $firefox_zip (addons-linter, as web-ext lint)"
npx addons-linter --self-hosted --output json "$firefox_zip" > "$marker" || true
node -e '
  const report = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const ours = report.warnings.filter((w) => w.code !== "UNSAFE_VAR_ASSIGNMENT");
  for (const p of [...report.errors, ...ours]) console.error(`  ${p.code} ${p.file ?? ""}: ${p.message}`);
  if (report.errors.length + ours.length > 0) process.exit(1);
  console.log(`  no errors; ${report.warnings.length} warnings, all innerHTML in bundled libraries`);
' "$marker"
