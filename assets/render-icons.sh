#!/usr/bin/env bash
# Renders the application icon from the SVGs into every size the app and the installers use.
# Needs rsvg-convert (librsvg2-bin), ImageMagick (for .ico) and png2icns (icnsutils, for .icns).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24; do
  rsvg-convert -w "$size" -h "$size" lambdadesk-small.svg -o "icons/lambdadesk-$size.png"
done
for size in 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" lambdadesk.svg -o "icons/lambdadesk-$size.png"
done
convert icons/lambdadesk-{16,24,32,48,64,128,256}.png icons/lambdadesk.ico
png2icns icons/lambdadesk.icns icons/lambdadesk-{16,32,48,128,256,512}.png >/dev/null
resources=../src/main/resources/dev/lambdadesk/ui/icons
mkdir -p "$resources"
for size in 16 24 32 48 64 128 256; do
  cp "icons/lambdadesk-$size.png" "$resources/"
done
