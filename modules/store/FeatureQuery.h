#pragma once

#include "GeoFeature.h"

#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class Store;
class CoordinateTransformer;

/// Features of one store layer inside a box, found through the layer's R-tree.
///
/// Points are filtered exactly; lines and polygons by their bounding box. Geometry comes
/// back in the requested CRS, decoded without GDAL so a viewport of thousands of features
/// takes milliseconds. Reuse one instance for many queries: statements and transforms are
/// prepared once per layer and CRS.
class FeatureQuery
{
public:
    struct Result
    {
        bool ok = false;
        QString error;
        QString layerCrs;
        QList<GeoFeature> features;
    };

    explicit FeatureQuery(Store &store);
    ~FeatureQuery();

    /// Read only these attribute columns (all when empty); for large layers where only a
    /// label is needed up front.
    void setAttributeColumns(const QStringList &columns);

    /// bbox is minx,miny,maxx,maxy in bboxCrs (x = longitude/easting); limit < 0 means all.
    Result run(const QString &layer, const QRectF &bbox, const QString &bboxCrs = QStringLiteral("EPSG:4326"),
               qsizetype limit = -1, bool withAttributes = true);

private:
    struct LayerInfo;
    bool prepare(const QString &layer, const QString &bboxCrs, QString *error);

    Store &m_store;
    std::unique_ptr<LayerInfo> m_info;
    QStringList m_attributeColumns;
};
