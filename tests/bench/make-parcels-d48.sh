#!/usr/bin/env bash
# Writes POLYGONS small irregular parcels around Ptuj as an ESRI Shapefile in D48/GK
# (EPSG:3912) with CP1250 attributes (owner and locality names with č š ž Č Š Ž, and a .cpg
# saying CP1250): what a surveyor's office still delivers. Used by the "polygons" benchmark.
# Usage: make-parcels-d48.sh WORK POLYGONS   (writes WORK/parcels-d48.shp, .shx, .dbf, .prj, .cpg)
set -euo pipefail
work=$1
polygons=$2
# 12-vertex rings (11 corners + closing vertex), 6-20 m in radius, over 18 x 15 km of D48/GK
# around Ptuj. The names are UTF-8 here; the Shapefile driver writes them in CP1250.
awk -v n="$polygons" 'BEGIN { srand(3); pi = atan2(0, -1)
    split("Žabjak,Štuki,Čreta,Spuhlja,Rogoznica,Budina,Brstje,Kicar,Grajena,Šturmovci,Žabovci,Čučkova", place, ",")
    split("Šalamun,Čeh,Žnidarič,Kovačič,Horvat,Šegula,Čuš,Žumer,Kočevar,Emeršič", owner, ",")
    print "wkt,id,owner,locality,area_m2"
    for (i = 0; i < n; i++) {
        cx = 558400 + rand() * 18000; cy = 136600 + rand() * 15000; r = 6 + rand() * 14
        ring = ""
        for (k = 0; k < 11; k++) {
            a = 2 * pi * k / 11; d = r * (0.7 + 0.6 * rand())
            x = cx + d * cos(a); y = cy + d * sin(a)
            if (k == 0) { x0 = x; y0 = y }
            ring = ring sprintf("%.2f %.2f,", x, y)
        }
        printf "\"POLYGON ((%s%.2f %.2f))\",%d,%s %d,%s,%.1f\n", ring, x0, y0, i, owner[i % 10 + 1], i % 97,
            place[int(i / 10) % 12 + 1], pi * r * r
    } }' > "$work/parcels-d48.csv"
rm -f "$work"/parcels-d48.{shp,shx,dbf,prj,cpg}
ogr2ogr -f "ESRI Shapefile" "$work/parcels-d48.shp" "$work/parcels-d48.csv" -nln parcels-d48 -a_srs EPSG:3912 \
    -nlt POLYGON -oo GEOM_POSSIBLE_NAMES=wkt -oo KEEP_GEOM_COLUMNS=NO -oo AUTODETECT_TYPE=YES \
    -lco ENCODING=CP1250
rm -f "$work/parcels-d48.csv"
