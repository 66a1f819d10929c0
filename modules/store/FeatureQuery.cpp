#include "FeatureQuery.h"

#include "CoordinateTransformer.h"
#include "SpatialIndex.h"
#include "SqliteStatement.h"
#include "Store.h"
#include "WkbReader.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

struct FeatureQuery::LayerInfo
{
    QString layer;
    QString bboxCrs;
    QString layerCrs;
    std::unique_ptr<CoordinateTransformer> toLayer;   // bbox CRS → layer CRS
    std::unique_ptr<CoordinateTransformer> fromLayer; // layer CRS → bbox CRS
    std::unique_ptr<SqliteStatement> statement;         // fid, geometry and attributes
    std::unique_ptr<SqliteStatement> geometryStatement; // fid and geometry only
    std::unique_ptr<SqliteStatement> scan;              // the whole table, no index
    std::unique_ptr<SqliteStatement> geometryScan;
    QRectF extent;                                      // of the layer, from gpkg_contents
    QString geometryColumn;
    bool points = false;
};

FeatureQuery::FeatureQuery(Store &store)
    : m_store(store)
{
}

FeatureQuery::~FeatureQuery() = default;

namespace {

QString quoted(const QString &identifier)
{
    QString out = identifier;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

void transformParts(const CoordinateTransformer &t, GeoFeature &f)
{
    std::vector<double> xs, ys;
    const auto apply = [&](QList<QPointF> &pts) {
        xs.resize(size_t(pts.size()));
        ys.resize(size_t(pts.size()));
        for (qsizetype i = 0; i < pts.size(); ++i) {
            xs[size_t(i)] = pts[i].x();
            ys[size_t(i)] = pts[i].y();
        }
        t.transform(xs, ys);
        for (qsizetype i = 0; i < pts.size(); ++i)
            pts[i] = QPointF(xs[size_t(i)], ys[size_t(i)]);
    };
    apply(f.points);
    for (GeoRing &line : f.lines)
        apply(line);
    for (GeoPolygon &polygon : f.polygons) {
        for (GeoRing &ring : polygon)
            apply(ring);
    }
}

} // namespace

void FeatureQuery::setAttributeColumns(const QStringList &columns)
{
    if (columns == m_attributeColumns)
        return;
    m_attributeColumns = columns;
    m_info.reset();
}

bool FeatureQuery::prepare(const QString &layer, const QString &bboxCrs, QString *error)
{
    if (m_info && m_info->layer == layer && m_info->bboxCrs == bboxCrs)
        return true;
    m_info.reset();
    SqliteStatement g(m_store.db(), "SELECT g.table_name, g.column_name, g.geometry_type_name, s.organization, "
                                    "s.organization_coordsys_id FROM gpkg_geometry_columns g JOIN gpkg_spatial_ref_sys s "
                                    "ON s.srs_id = g.srs_id WHERE lower(g.table_name) = lower(?)");
    g.bind(1, layer);
    if (!g.next()) {
        *error = QCoreApplication::translate("FeatureQuery", "the store has no layer named %1").arg(layer);
        return false;
    }
    auto info = std::make_unique<LayerInfo>();
    info->layer = layer;
    info->bboxCrs = bboxCrs;
    const QString table = g.text(0);
    const QString column = g.text(1);
    info->geometryColumn = column;
    info->points = g.text(2).toUpper() == u"POINT"_s;
    info->layerCrs = g.text(3).toUpper() + u':' + QString::number(g.integer(4));
    if (info->layerCrs != bboxCrs) {
        info->toLayer = std::make_unique<CoordinateTransformer>(bboxCrs, info->layerCrs);
        info->fromLayer = std::make_unique<CoordinateTransformer>(info->layerCrs, bboxCrs);
        if (!info->toLayer->isValid() || !info->fromLayer->isValid()) {
            *error = QCoreApplication::translate("FeatureQuery", "cannot use CRS %1 with layer %2 (%3): %4").arg(bboxCrs, layer, info->layerCrs,
                                                                      info->toLayer->errorString());
            return false;
        }
    }
    const QString rtree = SpatialIndex::tableName(table, column);
    const QString sql = u"SELECT %3 FROM %1 AS r JOIN %2 AS t ON t.fid = r.id "
                        "WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?"_s;
    QString attributes = u"t.*"_s;
    if (!m_attributeColumns.isEmpty()) {
        attributes = u"t.fid, t."_s + quoted(column);
        for (const QString &c : m_attributeColumns)
            attributes += u", t."_s + quoted(c);
    }
    info->statement = std::make_unique<SqliteStatement>(
        m_store.db(), sql.arg(quoted(rtree), quoted(table), attributes).toUtf8().constData());
    info->geometryStatement = std::make_unique<SqliteStatement>(
        m_store.db(), sql.arg(quoted(rtree), quoted(table), u"t.fid, t."_s + quoted(column)).toUtf8().constData());
    // A box that covers the whole layer reads the table straight through: walking the
    // R-tree and looking every row up again by fid costs more than it saves.
    const QString scanSql = u"SELECT %2 FROM %1 AS t"_s;
    info->scan = std::make_unique<SqliteStatement>(m_store.db(), scanSql.arg(quoted(table), attributes).toUtf8().constData());
    info->geometryScan = std::make_unique<SqliteStatement>(
        m_store.db(), scanSql.arg(quoted(table), u"t.fid, t."_s + quoted(column)).toUtf8().constData());
    SqliteStatement extent(m_store.db(), "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?");
    extent.bind(1, table);
    if (extent.next() && !extent.isNull(0))
        info->extent = QRectF(QPointF(extent.real(0), extent.real(1)), QPointF(extent.real(2), extent.real(3)));
    if (!info->statement->isValid() || !info->geometryStatement->isValid()) {
        *error = QCoreApplication::translate("FeatureQuery", "layer %1 has no spatial index (%2)").arg(layer, info->statement->errorString());
        return false;
    }
    m_info = std::move(info);
    return true;
}

FeatureQuery::Result FeatureQuery::run(const QString &layer, const QRectF &bbox, const QString &bboxCrs,
                                       qsizetype limit, bool withAttributes)
{
    Result result;
    if (!prepare(layer, bboxCrs, &result.error))
        return result;
    result.layerCrs = m_info->layerCrs;

    // The query box in the layer's CRS: transform the edges, densified, and take their hull.
    QRectF box = bbox.normalized();
    if (m_info->toLayer) {
        double minX = qInf(), minY = qInf(), maxX = -qInf(), maxY = -qInf();
        constexpr int steps = 8;
        for (int i = 0; i <= steps; ++i) {
            const double fx = box.left() + box.width() * i / steps;
            const double fy = box.top() + box.height() * i / steps;
            for (const QPointF p : {QPointF(fx, box.top()), QPointF(fx, box.bottom()), QPointF(box.left(), fy),
                                    QPointF(box.right(), fy)}) {
                if (const auto q = m_info->toLayer->transform(p)) {
                    minX = std::min(minX, q->x());
                    maxX = std::max(maxX, q->x());
                    minY = std::min(minY, q->y());
                    maxY = std::max(maxY, q->y());
                }
            }
        }
        if (!(minX <= maxX)) {
            result.error = QCoreApplication::translate("FeatureQuery", "the box cannot be transformed to the layer's CRS %1").arg(m_info->layerCrs);
            return result;
        }
        box = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    }

    const bool whole = !m_info->extent.isNull() && box.contains(m_info->extent);
    SqliteStatement &q = whole ? (withAttributes ? *m_info->scan : *m_info->geometryScan)
                               : (withAttributes ? *m_info->statement : *m_info->geometryStatement);
    q.reset();
    if (!whole)
        q.bind(1, box.right()).bind(2, box.left()).bind(3, box.bottom()).bind(4, box.top());
    const QRectF requested = bbox.normalized();
    QList<int> attributeColumns;
    int geomColumn = -1, fidColumn = -1;
    QStringList names;
    while (q.next()) {
        if (names.isEmpty()) {
            for (int c = 0;; ++c) {
                const QString n = q.columnName(c);
                if (n.isEmpty())
                    break;
                names.append(n);
                if (n == u"fid"_s)
                    fidColumn = c;
                else if (n == m_info->geometryColumn)
                    geomColumn = c;
                else
                    attributeColumns.append(c);
            }
        }
        GeoFeature f;
        if (geomColumn >= 0) {
            const QByteArrayView blob = q.blob(geomColumn);
            if (!blob.isEmpty() && !WkbReader::readGeoPackage(blob, f))
                continue;
        }
        if (m_info->fromLayer)
            transformParts(*m_info->fromLayer, f);
        // The R-tree holds float-rounded boxes: check points exactly against the request.
        if (m_info->points && !f.points.isEmpty()) {
            const QPointF p = f.points.first();
            if (p.x() < requested.left() || p.x() > requested.right() || p.y() < requested.top()
                || p.y() > requested.bottom())
                continue;
        }
        if (fidColumn >= 0)
            f.fid = q.integer(fidColumn);
        if (withAttributes) {
            for (const int c : attributeColumns)
                f.attributes.insert(names[c], q.value(c));
        }
        result.features.append(std::move(f));
        if (limit >= 0 && result.features.size() >= limit)
            break;
    }
    if (!q.errorString().isEmpty()) {
        result.error = explainStoreError(q.errorString());
        return result;
    }
    result.ok = true;
    return result;
}
