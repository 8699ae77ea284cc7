#!/usr/bin/env bash
# Generates every platform's icon from the one source image, assets/icon/dockwise.svg.
# Needs rsvg-convert (librsvg2-bin), ImageMagick (convert) and png2icns (icnsutils) for macOS.
set -euo pipefail
cd "$(dirname "$0")/.."
src=assets/icon/dockwise.svg
tmp=$(mktemp -d)
for s in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$s" -h "$s" "$src" -o "$tmp/$s.png"
done
for s in 16 24 32 48 64 128 256 512; do
  cp "$tmp/$s.png" "src/main/resources/dev/dockwise/ui/icons/dockwise-$s.png"
done
cp "$tmp/256.png" installer/linux/dockwise.png
cp "$tmp/256.png" installer/linux/resources/Dockwise.png
convert "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" installer/windows/dockwise.ico
if command -v png2icns >/dev/null; then
  png2icns installer/macos/dockwise.icns "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" "$tmp/1024.png"
else
  echo "png2icns not found (apt-get install icnsutils): installer/macos/dockwise.icns not regenerated" >&2
fi
rm -rf "$tmp"
