#!/usr/bin/env bash
# Runs every benchmark with its peer side by side and prints the ratios.
# Run it through scripts/bench (which builds first and enters the build environment).
#
# PTUJ_BENCH_SECTIONS=import,polygons,reprojection,query,reports,sensors,map,render,stall picks sections (default: all), e.g.
#   PTUJ_BENCH_SECTIONS=render scripts/devenv tests/bench/run-benchmarks.sh build-bench
set -euo pipefail
build=${1:-build}
bin=$build/bin
here=$(dirname "${BASH_SOURCE[0]}")
work=$(mktemp -d /tmp/ptuj-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
n=${PTUJ_BENCH_POINTS:-1000000}
polygons=${PTUJ_BENCH_POLYGONS:-200000}
sections=${PTUJ_BENCH_SECTIONS:-import,polygons,reprojection,query,reports,sensors,map,render,stall}
want() { [[ ",$sections," == *",$1,"* ]]; }

best() { sort -n | head -1; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }

awk -v n="$n" 'BEGIN { srand(1); print "x,y,name,value";
    for (i = 0; i < n; i++) printf "%.2f,%.2f,p%d,%d\n", 558000 + rand() * 18000, 137000 + rand() * 15000, i, i }' \
    > "$work/points.csv"
import_points() {
    "$bin/ptuj-console" import --store "$work/ours.gpkg" --domain water --layer points \
        --source-crs EPSG:3794 "$work/points.csv" > /dev/null
}

if want import; then
echo "== import: $n points (CSV, EPSG:3794) into a GeoPackage with spatial index"
ogr_times=(); our_times=()
for round in 1 2 3; do
    rm -f "$work"/ogr.gpkg* "$work"/ours.gpkg*
    s=$(date +%s.%N)
    ogr2ogr -f GPKG "$work/ogr.gpkg" "$work/points.csv" -nln points -a_srs EPSG:3794 \
        -oo X_POSSIBLE_NAMES=x -oo Y_POSSIBLE_NAMES=y -oo AUTODETECT_TYPE=YES -oo KEEP_GEOM_COLUMNS=NO
    e=$(date +%s.%N); ogr_times+=("$(calc "$e - $s")")
    s=$(date +%s.%N)
    import_points
    e=$(date +%s.%N); our_times+=("$(calc "$e - $s")")
done
ogr=$(printf '%s\n' "${ogr_times[@]}" | best)
ours=$(printf '%s\n' "${our_times[@]}" | best)
printf '  ogr2ogr: %.2f s (%.0f features/s)   [best of 3: %s]\n' "$ogr" "$(calc "$n / $ogr")" "${ogr_times[*]}"
printf '  ours:    %.2f s (%.0f features/s)   [best of 3: %s] (with catalogue entry, style and import log)\n' \
    "$ours" "$(calc "$n / $ours")" "${our_times[*]}"
printf '  throughput ratio ours/ogr2ogr: %.2f (goal >= 0.9)\n' "$(calc "$ogr / $ours")"
rtree=$(sqlite3 "$work/ours.gpkg" "SELECT count(*) FROM rtree_points_geom")
echo "  R-tree rows in our store: $rtree"
echo
fi
if want polygons; then
echo "== import: $polygons polygons (Shapefile, D48/GK, CP1250 text) to D96/TM in a GeoPackage with spatial index"
"$here/make-parcels-d48.sh" "$work" "$polygons"
shp=$work/parcels-d48.shp
# A console store as every import finds it: the modules' tables and one small layer. GDAL
# builds a new layer's R-tree on a second thread only while it is the first layer of the
# file, so ogr2ogr into an empty GeoPackage gets that thread and ogr2ogr into this store,
# like our import, does not. Both peers are measured.
rm -f "$work"/seed-store.gpkg*
ogr2ogr -f "ESRI Shapefile" "$work/seed-one.shp" "$shp" -limit 1 2>/dev/null
"$bin/ptuj-console" import --store "$work/seed-store.gpkg" --domain agriculture --layer seed "$work/seed-one.shp" >/dev/null
ogr_runs=(); ogr_store_runs=(); our_runs=()
for round in 1 2 3 4 5; do
    rm -f "$work"/ogr-parcels.gpkg* "$work"/our-parcels.gpkg* "$work"/ogr-store.gpkg*
    cp "$work/seed-store.gpkg" "$work/ogr-store.gpkg"
    cp "$work/seed-store.gpkg" "$work/our-parcels.gpkg"
    ogr_store_runs+=("$("$here/measure.py" ogr2ogr -update "$work/ogr-store.gpkg" "$shp" -nln parcels \
        -t_srs EPSG:3794 -nlt MULTIPOLYGON -lco SPATIAL_INDEX=YES)")
    # The same output as ours: MultiPolygon in EPSG:3794 (PROJ's best operation for the area,
    # as our import uses), R-tree built (GPKG's default).
    ogr_runs+=("$("$here/measure.py" ogr2ogr -f GPKG "$work/ogr-parcels.gpkg" "$shp" -nln parcels \
        -t_srs EPSG:3794 -nlt MULTIPOLYGON -lco SPATIAL_INDEX=YES)")
    # Our import finds D48/GK in the .prj and CP1250 in the .cpg, reprojects to D96/TM itself,
    # validates (and repairs) every polygon and writes catalogue entry, style and import log.
    our_runs+=("$("$here/measure.py" "$bin/ptuj-console" import --store "$work/our-parcels.gpkg" \
        --domain agriculture --layer parcels "$shp")")
done
ogr=$(printf '%s\n' "${ogr_runs[@]}" | cut -d' ' -f1 | median)
ours=$(printf '%s\n' "${our_runs[@]}" | cut -d' ' -f1 | median)
ogr_rss=$(printf '%s\n' "${ogr_runs[@]}" | cut -d' ' -f2 | median)
our_rss=$(printf '%s\n' "${our_runs[@]}" | cut -d' ' -f2 | median)
printf '  ogr2ogr: %.2f s (%.0f features/s), peak RSS %.0f MB   [5 rounds: %s]\n' "$ogr" "$(calc "$polygons / $ogr")" \
    "$(calc "$ogr_rss / 1024")" "$(printf '%s\n' "${ogr_runs[@]}" | cut -d' ' -f1 | tr '\n' ' ')"
printf '  ours:    %.2f s (%.0f features/s), peak RSS %.0f MB   [5 rounds: %s] (validation on; catalogue entry, style and log)\n' \
    "$ours" "$(calc "$polygons / $ours")" "$(calc "$our_rss / 1024")" "$(printf '%s\n' "${our_runs[@]}" | cut -d' ' -f1 | tr '\n' ' ')"
ogr_store=$(printf '%s\n' "${ogr_store_runs[@]}" | cut -d' ' -f1 | median)
printf '  ogr2ogr into the same console store: %.2f s   [5 rounds: %s]\n' "$ogr_store" \
    "$(printf '%s\n' "${ogr_store_runs[@]}" | cut -d' ' -f1 | tr '\n' ' ')"
printf '  throughput ratio ours/ogr2ogr into an empty GeoPackage: %.2f (goal >= 1.0, medians of 5)\n' "$(calc "$ogr / $ours")"
printf '  throughput ratio ours/ogr2ogr into the same store: %.2f (goal >= 1.0, medians of 5)\n' "$(calc "$ogr_store / $ours")"
printf '  peak memory ours/ogr2ogr: %.2f (goal <= 1.5)\n' "$(calc "$our_rss / $ogr_rss")"
# Both stores must hold the same data: every feature, the CP1250 letters decoded, and the
# same D96/TM coordinates (the same PROJ operation) within a few centimetres.
ogr_count=$(sqlite3 "$work/ogr-parcels.gpkg" "SELECT count(*) FROM parcels")
our_count=$(sqlite3 "$work/our-parcels.gpkg" "SELECT count(*) FROM parcels")
rtree=$(sqlite3 "$work/our-parcels.gpkg" "SELECT count(*) FROM rtree_parcels_geom")
echo "  features: ogr2ogr $ogr_count, ours $our_count (R-tree rows $rtree; expected $polygons)"
# Feature 1 is "Čeh 1" in "Žabjak"; feature 11 "Čeh 11" in "Štuki" (make-parcels-d48.sh).
letters=$(sqlite3 "$work/our-parcels.gpkg" "SELECT count(*) FROM parcels WHERE (id = 1 AND owner = 'Čeh 1' AND locality = 'Žabjak')
    OR (id = 11 AND owner = 'Čeh 11' AND locality = 'Štuki')")
same_text=$(sqlite3 "$work/our-parcels.gpkg" "ATTACH '$work/ogr-parcels.gpkg' AS o;
    SELECT count(*) FROM parcels p JOIN o.parcels q ON q.id = p.id WHERE q.owner = p.owner AND q.locality = p.locality")
echo "  CP1250 text: known names decoded $letters/2, attributes equal to ogr2ogr's in $same_text of $our_count features"
# Each feature's box, read with the GeoPackage driver's SQL functions from both stores.
bbox_sql='SELECT id, ST_MinX(geom), ST_MinY(geom), ST_MaxX(geom), ST_MaxY(geom) FROM parcels ORDER BY id'
ogr2ogr -f CSV "$work/ogr-bbox.csv" "$work/ogr-parcels.gpkg" -sql "$bbox_sql"
ogr2ogr -f CSV "$work/our-bbox.csv" "$work/our-parcels.gpkg" -sql "$bbox_sql"
paste -d, "$work/ogr-bbox.csv" "$work/our-bbox.csv" | awk -F, 'NR > 1 {
        if ($1 != $6) { bad++; next }
        for (k = 2; k <= 5; k++) { d = $k - $(k + 5); if (d < 0) d = -d; if (d > max) max = d }
        n++ }
    END { printf "  coordinates: %d features compared, largest difference from ogr2ogr %.4f m%s\n", n, max,
          bad ? sprintf(" (%d rows out of step)", bad) : "" }'
rm -f "$work"/ogr-bbox.csv "$work"/our-bbox.csv
echo
fi
# The later sections read the points from our store.
if { want query || want map || want render || want stall; } && [ ! -f "$work/ours.gpkg" ]; then
    import_points
fi

if want reprojection; then
echo "== reprojection"
"$bin/bench_reprojection"
echo
fi

if want query; then
echo "== viewport query (about 2,000 of $n points per box)"
# 735 m boxes hold ~2,000 of the 1M points spread over 18 × 15 km.
"$bin/bench_query" "$work/ours.gpkg" points 735
echo
fi

if want reports; then
echo "== citizen reports: ${PTUJ_BENCH_REPORTS:-100000} Open311 requests (import, inbox, duplicates, grid)"
"$bin/bench_reports" "${PTUJ_BENCH_REPORTS:-100000}"
echo
fi

if want sensors; then
streams=${PTUJ_BENCH_STREAMS:-50}
echo "== sensors: $streams datastreams x one year at 15 minutes (CSV) into the store, beside sqlite3's .import of the same file"
# Readings grouped by datastream, as exports come; the first row of each station says where it is.
python3 - "$streams" > "$work/readings.csv" <<'PY'
import random, sys, time
streams = int(sys.argv[1]); rng = random.Random(7); start = 1733356800  # 2024-12-05T00:00:00Z
out = sys.stdout; out.write("station,datastream,time,value,unit,station_name,lon,lat,domain\n")
for s in range(streams):
    v = 50.0
    for i in range(35040):
        v += rng.random() - 0.5
        t = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(start + i * 900))
        where = f"Station {s},{15.80 + s * 0.003:.4f},{46.40 + s * 0.001:.4f},environment" if i == 0 else ",,,"
        out.write(f"S{s:02d},q,{t},{v:.2f},u,{where}\n")
PY
obs=$(( streams * 35040 ))
our_times=(); peer_times=()
for round in 1 2 3; do
    rm -f "$work"/sensors.gpkg* "$work"/plain.sqlite
    s=$(date +%s.%N)
    "$bin/ptuj-console" sensors import --store "$work/sensors.gpkg" "$work/readings.csv" > "$work/sensors-import.json"
    e=$(date +%s.%N); our_times+=("$(calc "$e - $s")")
    s=$(date +%s.%N)
    sqlite3 "$work/plain.sqlite" ".import --csv $work/readings.csv readings"
    e=$(date +%s.%N); peer_times+=("$(calc "$e - $s")")
done
ours=$(printf '%s\n' "${our_times[@]}" | best)
peer=$(printf '%s\n' "${peer_times[@]}" | best)
imported=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["imported"])' "$work/sensors-import.json")
printf '  ours:    %.2f s, %.0f observations/s (goal >= 200000), %s imported   [best of 3: %s]\n' \
    "$ours" "$(calc "$obs / $ours")" "$imported" "${our_times[*]}"
printf '  sqlite3 .import into a plain table without key or index: %.2f s (%.0f rows/s)   [best of 3: %s]\n' \
    "$peer" "$(calc "$obs / $peer")" "${peer_times[*]}"
printf '  throughput ratio ours/sqlite3 .import: %.2f\n' "$(calc "$peer / $ours")"
bytes=$(sqlite3 "$work/sensors.gpkg" "SELECT sum(pgsize) FROM dbstat WHERE name = 'sensor_observations'")
printf '  on disk: %s bytes in sensor_observations = %.1f bytes per observation (goal <= 32); whole store %s bytes = %.1f per observation; sqlite3 .import table %.1f per row\n' \
    "$bytes" "$(calc "$bytes / $obs")" "$(stat -c %s "$work/sensors.gpkg")" "$(calc "$(stat -c %s "$work/sensors.gpkg") / $obs")" \
    "$(calc "$(stat -c %s "$work/plain.sqlite") / $obs")"
"$bin/bench_sensors" "$work/sensors.gpkg"
echo
fi

if want map; then
echo "== map drawing: pan frame times, ours (all $n points) vs Qt Location MapItemView (5,000 points)"
"$bin/bench_map" "$work/ours.gpkg" points 5000
echo
fi

if want render; then
"$here/render-vs-qgis.sh" "$bin" "$work" "$polygons"
fi

if want stall; then
echo "== GUI-thread stalls: $n points + $polygons polygons, ${PTUJ_BENCH_REPORTS:-100000} reports; previous path vs today's"
"$here/import-parcels.sh" "$bin" "$work" "$polygons"
"$bin/bench_stall" "$work/ours.gpkg" "${PTUJ_BENCH_REPORTS:-100000}"
echo
fi
