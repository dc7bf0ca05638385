#!/usr/bin/env bash
# Renders scripts/assets/icon.svg into the toolbar/store icon sizes in public/icon/.
# Run by hand after changing the SVG; the PNGs are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 32 48 128; do
  printf '<html><body style="margin:0"><img src="file://%s" width="%s" height="%s"></body></html>' \
    "$PWD/scripts/assets/icon.svg" "$size" "$size" > "$tmp/icon.html"
  /usr/bin/chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --default-background-color=00000000 --window-size="$size,$size" \
    --screenshot="$PWD/public/icon/$size.png" "file://$tmp/icon.html" 2>/dev/null
done
ls -l public/icon
