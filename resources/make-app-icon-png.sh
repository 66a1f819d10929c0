#!/bin/sh
# Renders the application icon app/ptuj-console.svg to the PNG sizes the desktop and the
# window need (app/ptuj-console-<size>.png). An authoring tool, run by hand after editing
# the SVG; the PNGs are committed, so the build does not need rsvg-convert.
#   Debian/Ubuntu: apt-get install librsvg2-bin
set -eu
cd "$(dirname "$0")/app"
command -v rsvg-convert >/dev/null 2>&1 || {
    echo "make-app-icon-png.sh: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2
    exit 1
}
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
        --output "ptuj-console-$size.png" ptuj-console.svg
done
# Optional: shrink the files losslessly when optipng is there (the pixels stay the same).
if command -v optipng >/dev/null 2>&1; then
    optipng -quiet -o5 ptuj-console-*.png
fi
ls -l ptuj-console-*.png
