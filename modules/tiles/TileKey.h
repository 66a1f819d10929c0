#pragma once

#include "WebMercator.h"

#include <QHashFunctions>
#include <QMetaType>
#include <QRect>
#include <QRectF>

#include <algorithm>
#include <cmath>

/// One tile of the Web Mercator (XYZ / GoogleMapsCompatible) pyramid: 2^z × 2^z tiles of
/// 256 px, column x from the west, row y from the north — the same numbering GeoPackage
/// uses for tile_column / tile_row, so stored tiles need no flipping.
struct TileKey
{
    int z = 0;
    int x = 0;
    int y = 0;

    bool operator==(const TileKey &) const = default;

    static constexpr int kSize = 256;
    /// Half the world's width in Web Mercator metres.
    static constexpr double kWorldHalf = M_PI * WebMercator::kRadius;

    bool isValid() const { return z >= 0 && z <= 24 && x >= 0 && y >= 0 && x < (1 << z) && y < (1 << z); }
    /// Mercator metres per tile pixel at this zoom.
    double resolution() const { return 2 * kWorldHalf / (kSize * double(1 << z)); }
    /// The tile's area in Mercator metres (y up: top() is the southern edge in QRectF terms).
    QRectF bounds() const
    {
        const double span = 2 * kWorldHalf / double(1 << z);
        return {-kWorldHalf + x * span, kWorldHalf - (y + 1) * span, span, span};
    }
    /// The tile one level up that contains this one.
    TileKey parent() const { return {z - 1, x / 2, y / 2}; }

    /// Columns and rows (inclusive) of the tiles at zoom z that cover a Mercator box.
    static QRect range(const QRectF &mercator, int z)
    {
        const int n = 1 << z;
        const double span = 2 * kWorldHalf / n;
        const auto clampIndex = [n](double v) { return std::clamp(int(std::floor(v)), 0, n - 1); };
        const int x0 = clampIndex((mercator.left() + kWorldHalf) / span);
        const int x1 = clampIndex((mercator.right() + kWorldHalf) / span);
        const int y0 = clampIndex((kWorldHalf - mercator.bottom()) / span);
        const int y1 = clampIndex((kWorldHalf - mercator.top()) / span);
        return QRect(QPoint(x0, y0), QPoint(x1, y1));
    }
};

inline size_t qHash(const TileKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.z, k.x, k.y);
}

Q_DECLARE_METATYPE(TileKey)
