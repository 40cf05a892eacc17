#!/usr/bin/env bash
# Try Backstory by hand: installs what is missing, builds, serves the demo articles on
# 127.0.0.1:8765 and opens a headed Chromium (or Firefox with --firefox) on the Fidan article.
#   bash scripts/start.sh            # Chromium
#   bash scripts/start.sh --firefox  # Firefox ESR through web-ext run
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=8765
PAGE="http://127.0.0.1:${PORT}/fidan-moscow.html"
BROWSER=chromium
case "${1:-}" in
  --firefox) BROWSER=firefox ;;
  "") ;;
  *) echo "usage: $0 [--firefox]" >&2; exit 2 ;;
esac
say() { printf '\n==> %s\n' "$*"; }

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
  say "no DISPLAY: a headed browser cannot open here (try: xvfb-run bash scripts/start.sh)"
  exit 1
fi

need=()
[[ -x /usr/bin/chromium ]] || need+=(chromium)
[[ -x /usr/bin/firefox-esr ]] || need+=(firefox-esr)
if ((${#need[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    say "installing ${need[*]} with apt"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
  else
    say "missing ${need[*]}: run 'sudo apt-get install ${need[*]}' (not root, so not installing)"
  fi
fi

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1
if [[ ! -d node_modules ]]; then
  say "node_modules missing: npm ci"
  npm ci --no-audit --no-fund
fi

if [[ $BROWSER == firefox ]]; then
  say "building .output/firefox-mv2"
  npx wxt build -b firefox
else
  say "building .output/chrome-mv3"
  npx wxt build
fi

say "serving tests/e2e/pages at http://127.0.0.1:${PORT}/"
# One process (no npx/tsx wrapper), so killing $server really stops it.
node --import tsx tests/e2e/support/serve.ts "$PORT" &
server=$!
profile=$(mktemp -d /tmp/backstory-start-XXXXXX)
cleanup() {
  kill "$server" 2>/dev/null || true
  rm -rf "$profile"
}
trap cleanup EXIT
for _ in $(seq 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/${PORT}") 2>/dev/null && break
  sleep 0.2
done

if [[ $BROWSER == firefox ]]; then
  say "starting Firefox ESR with the extension (web-ext run) on $PAGE"
  npx web-ext run --source-dir .output/firefox-mv2 --firefox /usr/bin/firefox-esr --start-url "$PAGE"
else
  ext="$PWD/.output/chrome-mv3"
  say "starting Chromium with $ext on $PAGE (temporary profile $profile)"
  # Chromium refuses to run as root with its sandbox (containers, CI machines); a user keeps it.
  sandbox=()
  if [[ $(id -u) -eq 0 ]]; then sandbox=(--no-sandbox); fi
  /usr/bin/chromium "${sandbox[@]}" --user-data-dir="$profile" --no-first-run --no-default-browser-check \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-extensions-except="$ext" --load-extension="$ext" "$PAGE"
fi
