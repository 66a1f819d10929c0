// Reprojection throughput 3794 → 3857: our CoordinateTransformer (transform created once,
// batch API) against PROJ called point by point with a transform created per call, the
// pattern PROJ issue #1367 warns about.
#include "CoordinateTransformer.h"

#include <proj.h>

#include <QElapsedTimer>

#include <cstdio>
#include <random>
#include <vector>

int main()
{
    constexpr size_t n = 10'000'000;
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> ex(558000, 576000), ny(137000, 152000);
    std::vector<double> xs(n), ys(n);
    for (size_t i = 0; i < n; ++i) {
        xs[i] = ex(rng);
        ys[i] = ny(rng);
    }

    CoordinateTransformer t(QStringLiteral("EPSG:3794"), QStringLiteral("EPSG:3857"));
    QElapsedTimer clock;
    double best = 1e9;
    for (int round = 0; round < 3; ++round) {
        auto bx = xs, by = ys;
        clock.start();
        t.transform(bx, by);
        best = std::min(best, clock.nsecsElapsed() / 1e9);
    }
    const double ours = n / best;

    // Peer: a new PJ per 1,000-point call (what code that does not cache transforms pays).
    constexpr size_t peerN = 200'000;
    PJ_CONTEXT *ctx = proj_context_create();
    auto px = std::vector<double>(xs.begin(), xs.begin() + peerN);
    auto py = std::vector<double>(ys.begin(), ys.begin() + peerN);
    clock.start();
    for (size_t i = 0; i < peerN; i += 1000) {
        PJ *raw = proj_create_crs_to_crs(ctx, "EPSG:3794", "EPSG:3857", nullptr);
        PJ *pj = proj_normalize_for_visualization(ctx, raw);
        proj_trans_generic(pj, PJ_FWD, px.data() + i, sizeof(double), 1000, py.data() + i, sizeof(double), 1000,
                           nullptr, 0, 0, nullptr, 0, 0);
        proj_destroy(pj);
        proj_destroy(raw);
    }
    const double peer = peerN / (clock.nsecsElapsed() / 1e9);
    proj_context_destroy(ctx);

    std::printf("reprojection 3794->3857, %zu coordinates, one core\n", n);
    std::printf("  ours (transform created once, batch): %.2f M coords/s (goal >= 5 M/s)\n", ours / 1e6);
    std::printf("  peer (transform created per 1000-point call): %.2f M coords/s\n", peer / 1e6);
    std::printf("  ratio ours/peer: %.1fx\n", ours / peer);
    return 0;
}
