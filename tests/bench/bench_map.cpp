// Map drawing: our VectorMapItem (one texture per view, drawn on a worker) against Qt
// Location's own MapItemView with a MapCircle per point, in the same run and window size.
// Measures the first complete picture and the frame times of a scripted 300-frame pan.
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>
#include <vector>

Q_IMPORT_QML_PLUGIN(PtujConsole_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(PtujConsole_MapPlugin)

namespace {

const char *kOurs = R"(
import QtQuick
import QtLocation
import QtPositioning
import PtujConsole.Map
Window {
    width: 1600; height: 1000; visible: true
    property alias map: map
    readonly property bool ready: layers.status === MapLayers.Ready && item.upToDate
    Map { id: map; anchors.fill: parent; plugin: Plugin { name: "itemsoverlay" }
          center: QtPositioning.coordinate(46.437, 15.878); zoomLevel: 12.7 }
    MapLayers { id: layers; storePath: STORE; onlyLayers: [LAYER] }
    VectorMapItem { id: item; anchors.fill: map; layers: layers; center: map.center; zoomLevel: map.zoomLevel }
}
)";

const char *kNaive = R"(
import QtQuick
import QtLocation
import QtPositioning
import PtujConsole.Map
Window {
    width: 1600; height: 1000; visible: true
    property alias map: map
    property var points: layers.status === MapLayers.Ready ? layers.pointsOf(LAYER).slice(0, COUNT) : []
    readonly property bool ready: points.length > 0 && map.mapItems.length >= points.length
    Map { id: map; anchors.fill: parent; plugin: Plugin { name: "itemsoverlay" }
          center: QtPositioning.coordinate(46.437, 15.878); zoomLevel: 12.7
          MapItemView { model: points
              delegate: MapCircle { required property var modelData; center: modelData.coordinate
                                    radius: 25; color: "#e67e22"; border.width: 0; autoFadeIn: false } } }
    MapLayers { id: layers; storePath: STORE; onlyLayers: [LAYER] }
}
)";

struct Result
{
    double firstMs = 0;
    double p50 = 0, p95 = 0;
};

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[size_t(p * double(v.size() - 1))];
}

Result run(const QByteArray &qml)
{
    QQmlApplicationEngine engine;
    QElapsedTimer clock;
    clock.start();
    engine.loadData(qml);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        std::fprintf(stderr, "bench scene failed to load\n");
        std::exit(1);
    }
    Result r;
    // First complete picture: ready, and a frame rendered after that.
    while (!window->property("ready").toBool() && clock.elapsed() < 120000) {
        window->update();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    bool swapped = false;
    auto c = QObject::connect(window, &QQuickWindow::frameSwapped, [&] { swapped = true; });
    window->update();
    while (!swapped)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    r.firstMs = clock.nsecsElapsed() / 1e6;
    QObject::disconnect(c);

    // Scripted pan: one map.pan() per frame, 300 frames; the interval between frames.
    QObject *map = window->property("map").value<QObject *>();
    std::vector<double> intervals;
    QElapsedTimer frame;
    int frames = 0;
    c = QObject::connect(window, &QQuickWindow::frameSwapped, [&] {
        if (frames > 0)
            intervals.push_back(frame.nsecsElapsed() / 1e6);
        frame.start();
        ++frames;
        QMetaObject::invokeMethod(map, "pan", Q_ARG(int, frames % 200 < 100 ? 6 : -6), Q_ARG(int, 2));
        window->update();
    });
    window->update();
    while (frames <= 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QObject::disconnect(c);
    r.p50 = percentile(intervals, 0.5);
    r.p95 = percentile(intervals, 0.95);
    return r;
}

QByteArray scene(const char *tmpl, const QString &store, const QString &layer, int count)
{
    QByteArray q(tmpl);
    q.replace("STORE", (u'"' + store + u'"').toUtf8());
    q.replace("LAYER", (u'"' + layer + u'"').toUtf8());
    q.replace("COUNT", QByteArray::number(count));
    return q;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_map STORE LAYER NAIVE_COUNT\n");
        return 2;
    }
    const QString store = QString::fromLocal8Bit(argv[1]);
    const QString layer = QString::fromLocal8Bit(argv[2]);
    const int naiveCount = std::atoi(argv[3]);

    const Result ours = run(scene(kOurs, store, layer, 0));
    const Result naive = run(scene(kNaive, store, layer, naiveCount));
    std::printf("map drawing at 1600x1000, layer %s\n", argv[2]);
    std::printf("  ours (VectorMapItem, all points): first picture %.0f ms, pan p50 %.1f ms, p95 %.1f ms\n",
                ours.firstMs, ours.p50, ours.p95);
    std::printf("  peer (MapItemView + MapCircle, %d points): first picture %.0f ms, pan p50 %.1f ms, p95 %.1f ms\n",
                naiveCount, naive.firstMs, naive.p50, naive.p95);
    std::printf("  ratio pan p95 peer/ours: %.1fx (goal >= 20x at 5,000 items; p95 <= 50 ms)\n", naive.p95 / ours.p95);
    return 0;
}
