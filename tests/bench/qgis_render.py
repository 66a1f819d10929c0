#!/usr/bin/env python3
"""QGIS peer of bench_render: the same GeoPackage layers drawn headless at 1600x1000 in
EPSG:3857 into the same boxes, timed per complete frame.

Layers are opened with the ogr provider and drawn with simple symbols matching ours (10 px
circles with a 1.5 px white outline; fills at 28 % opacity with a 1 px outline), no labels.
Each extent gets freshly opened layers, so its first render is "cold" (provider, spatial
index and feature reads from scratch; the OS file cache is warm). Warm frames are timed with
QgsMapRendererSequentialJob (one thread, as a print or a server render) and
QgsMapRendererParallelJob (one thread per layer, what the desktop canvas uses).

Output lines mirror bench_render's ("KIND ENGINE EXTENT ...") so the shell can pair them.
"""
import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsMapRendererParallelJob,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

WIDTH, HEIGHT = 1600, 1000
MERCATOR = QgsCoordinateReferenceSystem("EPSG:3857")
# Colours only matter for the picture: the domains of the benchmark layers (water, agriculture).
POINT_COLOUR = "33,125,187,255"
FILL_COLOUR = (154, 125, 10)


def open_layers(store, names):
    layers = []
    for name in names:
        layer = QgsVectorLayer(f"{store}|layername={name}", name, "ogr")
        if not layer.isValid():
            sys.exit(f"qgis_render: cannot open layer {name} in {store}")
        if layer.geometryType() == Qgis.GeometryType.Point:
            symbol = QgsMarkerSymbol.createSimple({
                "name": "circle", "color": POINT_COLOUR, "size": "10", "size_unit": "Pixel",
                "outline_color": "255,255,255,255", "outline_width": "1.5", "outline_width_unit": "Pixel"})
        else:
            r, g, b = FILL_COLOUR
            symbol = QgsFillSymbol.createSimple({
                "color": f"{r},{g},{b},71", "outline_color": f"{r},{g},{b},255",
                "outline_width": "1", "outline_width_unit": "Pixel", "outline_style": "solid"})
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        layers.append(layer)
    return layers


def set_labels(layers, field, enabled):
    """Labels like ours (11 px text, 1.5 px white halo) on the point layers having the field;
    QGIS's labelling engine places them without overlap."""
    if field is None:
        return
    for layer in layers:
        if layer.geometryType() != Qgis.GeometryType.Point or layer.fields().indexOf(field) < 0:
            continue
        if enabled and layer.labeling() is None:
            halo = QgsTextBufferSettings()
            halo.setEnabled(True)
            halo.setSize(1.5)
            halo.setSizeUnit(Qgis.RenderUnit.Pixels)
            halo.setColor(QColor("white"))
            text = QgsTextFormat()
            text.setSize(11)
            text.setSizeUnit(Qgis.RenderUnit.Pixels)
            text.setColor(QColor(0x1d, 0x1d, 0x1b))
            text.setBuffer(halo)
            pal = QgsPalLayerSettings()
            pal.fieldName = field
            pal.setFormat(text)
            layer.setLabeling(QgsVectorLayerSimpleLabeling(pal))
        layer.setLabelsEnabled(enabled)


def fitted_extents(layers):
    """Full extent (layers' bounds in EPSG:3857 fitted to the frame) and the 1 % box around
    its centre; used only when the caller does not pass bench_render's boxes."""
    box = QgsRectangle()
    box.setNull()
    for layer in layers:
        ct = QgsCoordinateTransform(layer.crs(), MERCATOR, QgsProject.instance())
        box.combineExtentWith(ct.transformBoundingBox(layer.extent()))
    mpp = max(box.width() / WIDTH, box.height() / HEIGHT)
    c = box.center()

    def around(m):
        w, h = WIDTH * m / 2, HEIGHT * m / 2
        return QgsRectangle(c.x() - w, c.y() - h, c.x() + w, c.y() + h)

    return {"full": around(mpp), "1pct": around(mpp / 10)}


def settings(layers, extent):
    s = QgsMapSettings()
    s.setLayers(list(reversed(layers)))  # QGIS draws the list's last layer first
    s.setDestinationCrs(MERCATOR)
    s.setTransformContext(QgsProject.instance().transformContext())
    s.setOutputSize(QSize(WIDTH, HEIGHT))
    s.setOutputDpi(96)
    s.setBackgroundColor(QColor(0, 0, 0, 0))
    s.setFlag(Qgis.MapSettingsFlag.Antialiasing, True)
    s.setFlag(Qgis.MapSettingsFlag.DrawLabeling, True)  # only layers with labels enabled
    s.setExtent(extent)
    return s


def frame(job_class, s):
    start = time.perf_counter()
    job = job_class(s)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    ms = (time.perf_counter() - start) * 1000
    if image.isNull():
        sys.exit("qgis_render: empty image")
    return ms, image


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("layers", help="comma-separated, bottom layer first")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--extent", action="append", default=[], metavar="NAME=XMIN,YMIN,XMAX,YMAX",
                        help="a box in EPSG:3857 (as bench_render prints them); default full and 1pct")
    parser.add_argument("--jobs", default="seq,par", help="seq, par or seq,par")
    parser.add_argument("--labels", metavar="FIELD=EXTENT[,EXTENT]",
                        help="also time frames with point labels from FIELD at these extents (as qgis-seq-labels…)")
    parser.add_argument("--save", metavar="DIR", help="write the last frame of each extent and job as PNG")
    args = parser.parse_args()
    names = [n for n in args.layers.split(",") if n]
    jobs = {"seq": QgsMapRendererSequentialJob, "par": QgsMapRendererParallelJob}
    jobs = {k: v for k, v in jobs.items() if k in args.jobs.split(",")}

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()

    label_field, label_extents = None, []
    if args.labels:
        label_field, where = args.labels.split("=", 1)
        label_extents = where.split(",")

    start = time.perf_counter()
    layers = open_layers(args.store, names)
    print(f"load qgis all {(time.perf_counter() - start) * 1000:.0f} ms (open {len(layers)} layers; "
          "features are read while drawing)")
    hints = {layer.name(): int(layer.simplifyMethod().simplifyHints()) for layer in layers}
    print(f"  QGIS vector simplification hints (default settings): {hints}")
    if args.extent:
        extents = {}
        for e in args.extent:
            name, box = e.split("=", 1)
            extents[name] = QgsRectangle(*map(float, box.split(",")))
    else:
        extents = fitted_extents(layers)

    for name, extent in extents.items():
        layers = open_layers(args.store, names)  # fresh providers: the first frame is cold
        s = settings(layers, extent)
        v = s.visibleExtent()
        print(f"extent {name} EPSG:3857 {v.xMinimum():.3f} {v.yMinimum():.3f} {v.xMaximum():.3f} "
              f"{v.yMaximum():.3f} ({s.mapUnitsPerPixel():.2f} m/px)")
        cold, _ = frame(QgsMapRendererSequentialJob, s)
        print(f"cold qgis-seq {name} {cold:.1f} ms")
        variants = [(key, job_class, False) for key, job_class in jobs.items()]
        if name in label_extents:
            variants += [(key + "-labels", job_class, True) for key, job_class in jobs.items()]
        for key, job_class, labels in variants:
            set_labels(layers, label_field, labels)
            times = []
            for _ in range(args.rounds):
                ms, image = frame(job_class, s)
                times.append(ms)
            print(f"frame qgis-{key} {name} median {statistics.median(times):.1f} best {min(times):.1f} ms "
                  f"({args.rounds} rounds)")
            if args.save:
                image.save(os.path.join(args.save, f"qgis-{key}-{name}.png"))
        del layers
    app.exitQgis()


if __name__ == "__main__":
    main()
