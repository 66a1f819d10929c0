#pragma once

#include "TileKey.h"

#include <QRectF>
#include <QString>

#include <atomic>
#include <functional>

class Store;

/// Renders the console's basemap into the store's `basemap` tile pyramid for a range of
/// zoom levels, so the map works with no network.
///
/// Tiles are drawn in parallel and written in batches, one transaction each: a seed that
/// is cancelled or killed keeps every finished batch, and the next run carries on where it
/// stopped (tiles already in the store are skipped unless `force`).
class TileSeeder
{
public:
    struct Options
    {
        int minZoom = 10;
        int maxZoom = 17;
        QRectF lonLatBox;   ///< the area; empty = the basemap layers' extent (the municipality)
        bool force = false; ///< redraw tiles that are already stored
        /// Refuse to start when the area and zooms hold more tiles than this (0: no bound),
        /// so a mistyped --bbox or --zoom does not start drawing the world.
        qint64 maxTiles = 0;
        int batchSize = 64;
        const std::atomic_bool *cancel = nullptr;
        /// Called after each batch with tiles done and total (on the calling thread).
        std::function<void(qint64 done, qint64 total)> progress;
    };
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        qint64 total = 0;    ///< tiles in the area and zoom range
        qint64 rendered = 0; ///< drawn and written by this run
        qint64 skipped = 0;  ///< already in the store
        qint64 bytes = 0;    ///< PNG bytes written
        double seconds = 0;
        QRectF mercator;     ///< the seeded area
    };

    static Result seed(Store &store, const Options &options);
    /// Tiles at zoom levels [minZoom, maxZoom] covering a Mercator box.
    static qint64 countTiles(const QRectF &mercator, int minZoom, int maxZoom);
    /// PNG bytes of an opaque tile image, compressed for storage.
    static QByteArray encodePng(const QImage &image);
};
