#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QVariantMap>

#include <optional>

/// A ring or line as longitude/latitude (or easting/northing) pairs.
using GeoRing = QList<QPointF>;
/// A polygon: the exterior ring first, then its holes.
using GeoPolygon = QList<GeoRing>;

/// One feature with its attributes and geometry, split into parts by kind.
struct GeoFeature
{
    qint64 fid = -1;
    QVariantMap attributes;
    QList<GeoPolygon> polygons;
    QList<GeoRing> lines;
    QList<QPointF> points;

    bool hasGeometry() const { return !polygons.isEmpty() || !lines.isEmpty() || !points.isEmpty(); }

    /// Bounding box of every part (polygon exteriors, lines, points); nullopt without
    /// geometry. A single point gives an empty (zero-size) box at the point.
    std::optional<QRectF> bounds() const
    {
        double minX = qInf(), minY = qInf(), maxX = -qInf(), maxY = -qInf();
        const auto grow = [&](const QList<QPointF> &pts) {
            for (const QPointF &p : pts) {
                minX = std::min(minX, p.x());
                maxX = std::max(maxX, p.x());
                minY = std::min(minY, p.y());
                maxY = std::max(maxY, p.y());
            }
        };
        grow(points);
        for (const GeoRing &line : lines)
            grow(line);
        for (const GeoPolygon &polygon : polygons)
            grow(polygon.value(0));
        if (!(minX <= maxX))
            return std::nullopt;
        return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    }
};

/// The features of one layer and what the reader found out about it.
struct GeoLayerData
{
    QString name;
    QString sourceCrs;       ///< authority code of the source CRS, e.g. "EPSG:4326"
    QList<GeoFeature> features;
    QRectF extent;           ///< in the output CRS; x = longitude/easting
    int skippedEmpty = 0;    ///< features without geometry (kept, with no parts)
};
