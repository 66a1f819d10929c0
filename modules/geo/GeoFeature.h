#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QVariantMap>

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
