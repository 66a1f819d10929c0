#!/usr/bin/env python3
"""QGIS, as the peer the strategy names, opens the sample store's reports layer: valid,
every report, D96/TM, with its spatial index. Exit 77 (skipped) without PyQGIS."""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
try:
    from qgis.core import QgsApplication, QgsFeatureSource, QgsVectorLayer
except ImportError:
    print("PyQGIS is not installed (python3-qgis); skipped")
    sys.exit(77)

store, expected = sys.argv[1], int(sys.argv[2])
app = QgsApplication([], False)
app.initQgis()
layer = QgsVectorLayer(store + "|layername=reports", "reports", "ogr")
problems = []
if not layer.isValid():
    problems.append("the layer is not valid")
if layer.featureCount() != expected:
    problems.append("%d features, expected %d" % (layer.featureCount(), expected))
if layer.crs().authid() != "EPSG:3794":
    problems.append("CRS " + layer.crs().authid())
if layer.hasSpatialIndex() != QgsFeatureSource.SpatialIndexPresent:
    problems.append("no spatial index")
statuses = {f["status"] for f in layer.getFeatures()}
if not {"new", "resolved", "duplicate"} <= statuses:
    problems.append("statuses " + ", ".join(sorted(statuses)))
print("; ".join(problems) if problems else "QGIS reads %d reports in EPSG:3794 with a spatial index" % expected)
sys.stdout.flush()
# PyQGIS can crash while tearing down its application at interpreter exit; the answer is in.
os._exit(1 if problems else 0)
