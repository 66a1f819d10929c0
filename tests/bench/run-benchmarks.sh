#!/usr/bin/env bash
# Runs every benchmark with its peer side by side and prints the ratios.
# Run it through scripts/bench (which builds first and enters the build environment).
#
# PTUJ_BENCH_SECTIONS=import,reprojection,query,reports,map,render,stall picks sections (default: all), e.g.
#   PTUJ_BENCH_SECTIONS=render scripts/devenv tests/bench/run-benchmarks.sh build-bench
set -euo pipefail
build=${1:-build}
bin=$build/bin
here=$(dirname "${BASH_SOURCE[0]}")
work=$(mktemp -d /tmp/ptuj-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
n=${PTUJ_BENCH_POINTS:-1000000}
polygons=${PTUJ_BENCH_POLYGONS:-200000}
sections=${PTUJ_BENCH_SECTIONS:-import,reprojection,query,reports,map,render,stall}
want() { [[ ",$sections," == *",$1,"* ]]; }

best() { sort -n | head -1; }
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
