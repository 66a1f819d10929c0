#!/usr/bin/env bash
# Imports POLYGONS irregular parcels into WORK/ours.gpkg as the layer "parcels" (once: a store
# that has the layer keeps it). Used by render-vs-qgis.sh and the stall benchmark.
# Usage: import-parcels.sh BIN WORK POLYGONS
set -euo pipefail
bin=$1
work=$2
polygons=$3
if [ -f "$work/ours.gpkg" ] && [ "$(sqlite3 "$work/ours.gpkg" "SELECT count(*) FROM gpkg_contents WHERE table_name = 'parcels'")" = 1 ]; then
    exit 0
fi
# Irregular 20-vertex rings (19 corners + closing vertex), 8-25 m in radius, scattered over the
# same 18 x 15 km as the points: about as dense as the parcels of a municipality.
awk -v n="$polygons" 'BEGIN { srand(2); pi = atan2(0, -1); print "wkt,id";
    for (i = 0; i < n; i++) {
        cx = 558000 + rand() * 18000; cy = 137000 + rand() * 15000; r = 8 + rand() * 17
        ring = ""
        for (k = 0; k < 19; k++) {
            a = 2 * pi * k / 19; d = r * (0.7 + 0.6 * rand())
            x = cx + d * cos(a); y = cy + d * sin(a)
            if (k == 0) { x0 = x; y0 = y }
            ring = ring sprintf("%.2f %.2f,", x, y)
        }
        printf "\"POLYGON ((%s%.2f %.2f))\",%d\n", ring, x0, y0, i
    } }' > "$work/parcels.csv"
"$bin/ptuj-console" import --store "$work/ours.gpkg" --domain agriculture --layer parcels \
    --source-crs EPSG:3794 "$work/parcels.csv" > /dev/null
