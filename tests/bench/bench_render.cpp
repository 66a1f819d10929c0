// Headless rendering of whole frames: the store's layers loaded once as the map loads them
// (FeatureQuery in WGS84 → Web Mercator RenderScene), then MapRenderer::render timed at
// 1600×1000 for the layers' full extent and for a 1 % extent around its centre. The QGIS
// peer (qgis_render.py) draws the same layers into the same boxes, which this prints.
//
// Output lines are "KIND ENGINE EXTENT …" so run-benchmarks.sh can pair them with the peer's.
#include "DomainRegistry.h"
#include "FeatureQuery.h"
#include "LayerScene.h"
#include "MapRenderer.h"
#include "RenderScene.h"
#include "Store.h"
#include "WebMercator.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using LayerScene::kLargeLayer;
using LayerScene::project;
constexpr QSize kFrame(1600, 1000);

struct Timing
{
    double first = 0, median = 0, best = 0;
};

Timing timeFrames(const RenderScene &scene, const WebMercator::Viewport &view, int rounds)
{
    std::vector<double> ms;
    QElapsedTimer clock;
    for (int i = 0; i < rounds; ++i) {
        clock.start();
        const QImage image = MapRenderer::render(scene, view, {});
        ms.push_back(clock.nsecsElapsed() / 1e6);
        if (image.isNull())
            std::fprintf(stderr, "render returned no image\n");
    }
    Timing t;
    t.first = ms.front();
    std::sort(ms.begin(), ms.end());
    t.median = ms[ms.size() / 2];
    t.best = ms.front();
    return t;
}

// The scene with some of its layers, optionally without point labels (the QGIS peer draws
// none unless asked, and ours draws every label when zoomed in, overlapping or not).
RenderScene subset(const RenderScene &scene, qsizetype index, bool withLabels)
{
    RenderScene out;
    for (qsizetype i = 0; i < scene.layers.size(); ++i) {
        if (index < 0 || i == index)
            out.layers.append(scene.layers.at(i));
    }
    if (!withLabels) {
        for (RenderScene::Layer &l : out.layers) {
            for (RenderScene::Point &p : l.points)
                p.label.clear();
        }
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    // Labels need fonts, hence a GUI application; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_render STORE LAYER[,LAYER…] [rounds] [--save DIR]\n");
        return 2;
    }
    const QString storePath = QString::fromLocal8Bit(argv[1]);
    const QStringList layers = QString::fromLocal8Bit(argv[2]).split(u',', Qt::SkipEmptyParts);
    const int rounds = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
    const QString saveDir = argc > 5 && qstrcmp(argv[4], "--save") == 0 ? QString::fromLocal8Bit(argv[5]) : QString();

    QString error;
    auto store = Store::open(storePath, Store::Mode::ReadOnly, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    // Load once, as MapLayers::reload() does: every feature in WGS84, projected once.
    RenderScene scene;
    FeatureQuery query(*store);
    const QRectF world(QPointF(-180, -90), QPointF(180, 90));
    QElapsedTimer total;
    total.start();
    for (const QString &name : layers) {
        const auto entry = store->catalogueEntry(name);
        if (!entry) {
            std::fprintf(stderr, "no layer %s in %s\n", qPrintable(name), argv[1]);
            return 1;
        }
        QElapsedTimer clock;
        clock.start();
        const bool large = entry->featureCount >= kLargeLayer;
        QStringList columns;
        if (large) {
            const QStringList all = store->columnsOf(entry->layer);
            for (const QString &c : LayerScene::labelColumns()) {
                if (all.contains(c)) {
                    columns = {c};
                    break;
                }
            }
        }
        query.setAttributeColumns(columns);
        const auto result = query.run(entry->layer, world, u"EPSG:4326"_s, -1, !large || !columns.isEmpty());
        if (!result.ok) {
            std::fprintf(stderr, "layer %s: %s\n", qPrintable(name), qPrintable(result.error));
            return 1;
        }
        const double read = clock.nsecsElapsed() / 1e6;
        scene.layers.append(project(*entry, result.features));
        std::printf("  load ours %s: %lld features, read %.0f ms, projected %.0f ms\n", qPrintable(name),
                    static_cast<long long>(result.features.size()), read, clock.nsecsElapsed() / 1e6 - read);
    }
    std::printf("load ours all %.0f ms\n", total.nsecsElapsed() / 1e6);

    // Full extent: the layers' bounds fitted into the frame; 1 %: a tenth of it each way.
    QRectF bounds;
    for (const RenderScene::Layer &l : scene.layers)
        bounds = bounds.isNull() ? l.bounds : bounds.united(l.bounds);
    const double mpp = std::max(bounds.width() / kFrame.width(), bounds.height() / kFrame.height());
    const std::pair<const char *, WebMercator::Viewport> views[] = {
        {"full", {bounds.center(), mpp, QSizeF(kFrame)}},
        {"1pct", {bounds.center(), mpp / 10, QSizeF(kFrame)}},
    };
    for (const auto &[name, view] : views) {
        const QRectF b = view.bounds();
        std::printf("extent %s EPSG:3857 %.3f %.3f %.3f %.3f (%.2f m/px)\n", name, b.left(), b.top(), b.right(),
                    b.bottom(), view.metersPerPixel);
    }

    // "ours" is the picture the app draws; "ours-nolabels" the same geometry without labels.
    const RenderScene bare = subset(scene, -1, false);
    for (const auto &[name, view] : views) {
        const Timing t = timeFrames(scene, view, rounds);
        std::printf("frame ours %s median %.1f best %.1f ms (first %.1f ms, %d rounds)\n", name, t.median, t.best,
                    t.first, rounds);
        const Timing b = timeFrames(bare, view, rounds);
        std::printf("frame ours-nolabels %s median %.1f best %.1f ms (first %.1f ms, %d rounds)\n", name, b.median,
                    b.best, b.first, rounds);
        if (!saveDir.isEmpty()) {
            const QString suffix = QString::fromLatin1(name) + u".png"_s;
            MapRenderer::render(scene, view, {}).save(saveDir + u"/ours-"_s + suffix);
            MapRenderer::render(bare, view, {}).save(saveDir + u"/ours-nolabels-"_s + suffix);
        }
    }

    // Where the time goes: each layer alone, without labels.
    for (const auto &[name, view] : views) {
        for (qsizetype i = 0; i < scene.layers.size(); ++i) {
            const Timing t = timeFrames(subset(scene, i, false), view, std::min(rounds, 3));
            std::printf("  part ours-nolabels %s %s alone: median %.1f ms\n", name,
                        qPrintable(scene.layers.at(i).name), t.median);
        }
    }
    return 0;
}
