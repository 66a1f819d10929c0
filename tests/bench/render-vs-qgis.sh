#!/usr/bin/env bash
# "== headless render vs QGIS": 200,000 small polygons (20 vertices each, ~4M vertices) are
# imported beside the 1M points, then both layers are drawn at 1600x1000 by our MapRenderer
# (bench_render) and by QGIS 3.40 (qgis_render.py) into the same two EPSG:3857 boxes: the
# full extent and a 1 % extent (a tenth each way) around its centre.
# Called by run-benchmarks.sh with BIN WORK [POLYGONS]; WORK/ours.gpkg already holds the points.
# PTUJ_BENCH_SAVE=DIR keeps the last picture of each engine and extent there for comparison.
set -euo pipefail
bin=$1
work=$2
polygons=${3:-200000}
here=$(dirname "${BASH_SOURCE[0]}")
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }

echo "== headless render vs QGIS: points + $polygons polygons at 1600x1000"
s=$(date +%s.%N)
"$here/import-parcels.sh" "$bin" "$work" "$polygons"
e=$(date +%s.%N)
printf '  imported %s polygons (%s vertices) in %.1f s\n' "$polygons" "$((polygons * 20))" "$(calc "$e - $s")"

layers=parcels,points # bottom first
save_ours=(); save_qgis=()
if [ -n "${PTUJ_BENCH_SAVE:-}" ]; then
    mkdir -p "$PTUJ_BENCH_SAVE"
    save_ours=(--save "$PTUJ_BENCH_SAVE"); save_qgis=(--save "$PTUJ_BENCH_SAVE")
fi
"$bin/bench_render" "$work/ours.gpkg" "$layers" 3 "${save_ours[@]}" | tee "$work/ours-render.txt" | sed 's/^/  /'

if ! python3 -c 'import qgis.core' 2>/dev/null; then
    echo "  SKIPPED the QGIS peer: python3-qgis is not installed in this environment (no ratios)"
    exit 0
fi
extents=()
while read -r _ name _ x0 y0 x1 y1 _; do
    extents+=(--extent "$name=$x0,$y0,$x1,$y1")
done < <(grep '^extent ' "$work/ours-render.txt")
# Ours labels every point when zoomed in as far as the 1 % box; QGIS labels them too there
# (as separate "-labels" figures), placing only those that do not overlap.
python3 "$here/qgis_render.py" "$work/ours.gpkg" "$layers" --rounds 3 "${extents[@]}" --labels name=1pct \
    "${save_qgis[@]}" 2>"$work/qgis.err" \
    | tee "$work/qgis-render.txt" | sed 's/^/  /' || { cat "$work/qgis.err" >&2; exit 1; }

# "frame ENGINE EXTENT median M best B ms …" from both sides.
median() { awk -v e="$1" -v x="$2" '$1 == "frame" && $2 == e && $3 == x { print $5 }' "$work"/*-render.txt; }
ratio() {
    local ours seq par
    ours=$(median "$2" "$3"); seq=$(median "qgis-seq$4" "$3"); par=$(median "qgis-par$4" "$3")
    printf '    %-30s ours %7.1f ms   QGIS sequential %7.1f ms -> %5.2f   parallel %7.1f ms -> %5.2f\n' \
        "$1" "$ours" "$seq" "$(calc "$ours / $seq")" "$par" "$(calc "$ours / $par")"
}
echo "  ratio ours/QGIS per complete frame (medians; goal <= 0.5):"
ratio "full extent (no labels drawn)" ours full ""
ratio "1 % extent, geometry only" ours-nolabels 1pct ""
ratio "1 % extent, with point labels" ours 1pct -labels
