// Viewport queries on a large point layer: our FeatureQuery (R-tree join, own GeoPackage
// blob decoder) against GDAL's spatial filter on the same layer, in the same run.
#include "FeatureQuery.h"
#include "Store.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[size_t(p * double(v.size() - 1))];
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_query STORE LAYER [box-side-metres]\n");
        return 2;
    }
    const QString storePath = QString::fromLocal8Bit(argv[1]);
    const QString layer = QString::fromLocal8Bit(argv[2]);
    const double side = argc > 3 ? std::atof(argv[3]) : 800;
    QString error;
    auto store = Store::open(storePath, Store::Mode::ReadOnly, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const auto entry = store->catalogueEntry(layer);
    if (!entry) {
        std::fprintf(stderr, "no layer %s\n", qPrintable(layer));
        return 1;
    }
    const QRectF extent = entry->extent;
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> fx(extent.left(), extent.right() - side);
    std::uniform_real_distribution<double> fy(extent.top(), extent.bottom() - side);
    std::vector<QRectF> boxes;
    for (int i = 0; i < 200; ++i)
        boxes.emplace_back(fx(rng), fy(rng), side, side);

    FeatureQuery query(*store);
    std::vector<double> ours;
    qint64 total = 0;
    QElapsedTimer clock;
    for (const QRectF &box : boxes) {
        clock.start();
        const auto r = query.run(layer, box, entry->crs, -1, false);
        ours.push_back(clock.nsecsElapsed() / 1e6);
        total += r.features.size();
    }

    GDALDataset *ds = GDALDataset::Open(argv[1], GDAL_OF_VECTOR | GDAL_OF_READONLY);
    OGRLayer *l = ds->GetLayerByName(argv[2]);
    std::vector<double> peer;
    qint64 peerTotal = 0;
    for (const QRectF &box : boxes) {
        clock.start();
        l->SetSpatialFilterRect(box.left(), box.top(), box.right(), box.bottom());
        l->ResetReading();
        while (OGRFeature *f = l->GetNextFeature()) {
            ++peerTotal;
            OGRFeature::DestroyFeature(f);
        }
        peer.push_back(clock.nsecsElapsed() / 1e6);
    }
    GDALClose(ds);

    std::printf("viewport query on %s (%lld features), %zu boxes of %.0f m, %.0f features per box\n", argv[2],
                static_cast<long long>(entry->featureCount), boxes.size(), side, double(total) / double(boxes.size()));
    std::printf("  ours (R-tree join + own decoder): p50 %.2f ms, p95 %.2f ms (goal p95 <= 5 ms)\n",
                percentile(ours, 0.5), percentile(ours, 0.95));
    std::printf("  peer (GDAL spatial filter + OGRFeature): p50 %.2f ms, p95 %.2f ms (%lld features)\n",
                percentile(peer, 0.5), percentile(peer, 0.95), static_cast<long long>(peerTotal));
    std::printf("  ratio p95 peer/ours: %.1fx\n", percentile(peer, 0.95) / percentile(ours, 0.95));
    return 0;
}
