#!/usr/bin/env python3
"""QGIS opens the sample store's sensor stations as a point layer: valid, every station, in
D96/TM with its spatial index, the Drava-Ptuj gauge where ARSO places it. Exit 77 (skipped)
without PyQGIS."""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
try:
    from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                           QgsFeatureSource, QgsPointXY, QgsProject, QgsVectorLayer)
except ImportError:
    print("PyQGIS is not installed (python3-qgis); skipped")
    sys.exit(77)

store, expected = sys.argv[1], int(sys.argv[2])
app = QgsApplication([], False)
app.initQgis()
layer = QgsVectorLayer(store + "|layername=sensor_stations", "sensor_stations", "ogr")
problems = []
if not layer.isValid():
    problems.append("the layer is not valid")
elif layer.featureCount() != expected:
    problems.append("%d stations, expected %d" % (layer.featureCount(), expected))
if layer.isValid() and layer.crs().authid() != "EPSG:3794":
    problems.append("CRS " + layer.crs().authid())
if layer.isValid() and layer.hasSpatialIndex() != QgsFeatureSource.SpatialIndexPresent:
    problems.append("no spatial index")
if layer.isValid():
    ptuj = [f for f in layer.getFeatures() if f["code"] == "2110"]
    to_d96 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), layer.crs(), QgsProject.instance())
    arso = to_d96.transform(QgsPointXY(15.8724, 46.4172))
    if len(ptuj) != 1:
        problems.append("no Drava-Ptuj gauge (2110)")
    elif ptuj[0].geometry().asPoint().distance(arso) > 1.0:
        problems.append("Drava-Ptuj is %.1f m from ARSO's position" % ptuj[0].geometry().asPoint().distance(arso))
print("; ".join(problems) if problems else "QGIS reads %d sensor stations in EPSG:3794 with a spatial index" % expected)
sys.stdout.flush()
# PyQGIS can crash while tearing down its application at interpreter exit; the answer is in.
os._exit(1 if problems else 0)
