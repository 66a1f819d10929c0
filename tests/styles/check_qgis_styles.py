#!/usr/bin/env python3
"""QGIS reads the console's styles from a GeoPackage as the console draws them.

For every layer of the store, QGIS (python3-qgis, a peer — never linked) opens the layer,
which loads its default style from layer_styles; its renderer must be of the console's
type (single, categorised, graduated) over the same field, with the same classes (value
or range, label, colour) in the same order, and a single symbol of the same colour.
Also: no two layers of the store share kind, colour and shape/dash/pattern (layers must
be told apart). Exit 1 with every difference listed.
"""
import json
import os
import sqlite3
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (QgsApplication, QgsVectorLayer, QgsCategorizedSymbolRenderer,  # noqa: E402
                       QgsGraduatedSymbolRenderer, QgsSingleSymbolRenderer)

store = sys.argv[1]
app = QgsApplication([], False)
app.initQgis()
problems = []

db = sqlite3.connect(store)
rows = db.execute("SELECT c.layer, c.geometry_type, s.style FROM ptuj_catalogue c "
                  "JOIN ptuj_layer_symbology s ON s.layer = c.layer ORDER BY c.layer").fetchall()
missing = db.execute("SELECT layer FROM ptuj_catalogue WHERE layer NOT IN "
                     "(SELECT layer FROM ptuj_layer_symbology)").fetchall()
for (layer,) in missing:
    problems.append(f"{layer}: no style stored")
if not rows:
    problems.append("no styles in the store")


def hexcolor(symbol):
    return symbol.color().name()


def kind_of(geometry_type):
    g = geometry_type.lower()
    return "polygon" if "polygon" in g else "line" if "line" in g else "point"


seen = {}
for layer, geometry_type, text in rows:
    style = json.loads(text)
    kind = kind_of(geometry_type)
    qlayer = QgsVectorLayer(f"{store}|layername={layer}", layer, "ogr")
    if not qlayer.isValid():
        problems.append(f"{layer}: QGIS cannot open it")
        continue
    renderer = qlayer.renderer()
    want = style.get("type", "single")
    if want == "single":
        if not isinstance(renderer, QgsSingleSymbolRenderer):
            problems.append(f"{layer}: QGIS shows {renderer.type()}, the console one symbol")
        elif hexcolor(renderer.symbol()) != style["symbol"]["color"]:
            problems.append(f"{layer}: colour {hexcolor(renderer.symbol())} in QGIS, {style['symbol']['color']} here")
    elif want == "categorised":
        if not isinstance(renderer, QgsCategorizedSymbolRenderer):
            problems.append(f"{layer}: QGIS shows {renderer.type()}, the console categories")
        else:
            if renderer.classAttribute() != style["field"]:
                problems.append(f"{layer}: QGIS classifies by {renderer.classAttribute()}, the console by {style['field']}")
            cats = [c for c in renderer.categories() if str(c.value()) not in ("", "NULL")]
            got = [(str(c.value()), c.label(), hexcolor(c.symbol())) for c in cats]
            exp = [(c["value"], c["label_sl"], c["symbol"]["color"]) for c in style["classes"]]
            if got != exp:
                problems.append(f"{layer}: categories differ\n  QGIS:    {got}\n  console: {exp}")
    elif want == "graduated":
        if not isinstance(renderer, QgsGraduatedSymbolRenderer):
            problems.append(f"{layer}: QGIS shows {renderer.type()}, the console ranges")
        else:
            got = [(round(r.lowerValue(), 6), round(r.upperValue(), 6), r.label(), hexcolor(r.symbol()))
                   for r in renderer.ranges()]
            exp = [(round(c["min"], 6), round(c["max"], 6), c["label_sl"], c["symbol"]["color"]) for c in style["classes"]]
            if got != exp:
                problems.append(f"{layer}: ranges differ\n  QGIS:    {got}\n  console: {exp}")
    # Told apart: every symbol of the layer against every other layer's of the same kind.
    symbols = [style["symbol"]] if want == "single" else [c["symbol"] for c in style.get("classes", [])]
    for s in symbols:
        key = (kind, s["color"], s.get("shape"), s.get("dash"), s.get("fill"))
        if kind == "point":
            key = (kind, s["color"], s.get("shape"))
        elif kind == "line":
            key = (kind, s["color"], s.get("dash"), s.get("width"))
        other = seen.get(key)
        if other and other != layer:
            problems.append(f"{layer} and {other} share a symbol: {key}")
        seen[key] = layer

print(f"{len(rows)} layer styles read by QGIS {app.version() if hasattr(app, 'version') else ''}".strip())
for p in problems:
    print("PROBLEM:", p)
sys.stdout.flush()
# Leave without tearing QGIS down: its exit in a headless process may crash after the work is done.
os._exit(1 if problems else 0)
