#include "ReportQueries.h"

#include "CoordinateTransformer.h"
#include "FeatureQuery.h"
#include "LayerRoles.h"
#include "PlanarGeometry.h"
#include "Report.h"
#include "ReportRow.h"
#include "ReportSchema.h"
#include "SqliteStatement.h"
#include "Store.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

double distanceToFeature(QPointF p, const GeoFeature &f)
{
    double best = qInf();
    for (const QPointF &q : f.points)
        best = std::min(best, QLineF(p, q).length());
    for (const GeoRing &line : f.lines)
        best = std::min(best, PlanarGeometry::lineDistance(p, line));
    for (const GeoPolygon &polygon : f.polygons) {
        if (PlanarGeometry::polygonContains(polygon, p))
            return 0;
        for (const GeoRing &ring : polygon)
            best = std::min(best, PlanarGeometry::lineDistance(p, ring));
    }
    return best;
}

QString featureName(const GeoFeature &f)
{
    for (const auto &key : {u"name"_s, u"naziv"_s, u"NAZIV"_s, u"ime"_s, u"id"_s}) {
        const QString v = f.attributes.value(key).toString();
        if (!v.isEmpty())
            return v;
    }
    return u"#%1"_s.arg(f.fid);
}

} // namespace

QJsonObject ReportStatistics::toJson() const
{
    QJsonObject byDomain, byService;
    for (auto it = openByDomain.cbegin(); it != openByDomain.cend(); ++it)
        byDomain.insert(it.key(), it.value());
    for (auto it = openByService.cbegin(); it != openByService.cend(); ++it)
        byService.insert(it.key().isEmpty() ? u"(unassigned)"_s : it.key(), it.value());
    return {{u"total"_s, total},
            {u"open"_s, open},
            {u"overdue"_s, overdue},
            {u"resolved"_s, resolvedCount},
            {u"median_hours_to_resolve"_s, medianHoursToResolve},
            {u"open_by_domain"_s, byDomain},
            {u"open_by_service"_s, byService}};
}

ReportQueries::ReportQueries(Store &store)
    : m_store(store)
{
}

QList<DuplicateCandidate> ReportQueries::duplicateCandidates(qint64 reportId, double radiusMetres) const
{
    QList<DuplicateCandidate> out;
    const auto report = ReportRow::load(m_store.db(), reportId);
    if (!report || !report->position)
        return out;
    const QPointF p = *report->position;
    SqliteStatement q(m_store.db(),
                      "SELECT r.fid, r.service_request_id, r.status, r.description, r.requested_at, r.geom "
                      "FROM rtree_reports_geom t JOIN reports r ON r.fid = t.id "
                      "WHERE t.minx <= ? AND t.maxx >= ? AND t.miny <= ? AND t.maxy >= ? "
                      "AND r.fid <> ? AND r.service_code IS ? AND r.status NOT IN ('rejected', 'duplicate')");
    q.bind(1, p.x() + radiusMetres).bind(2, p.x() - radiusMetres).bind(3, p.y() + radiusMetres).bind(4, p.y() - radiusMetres);
    q.bind(5, reportId).bind(6, report->serviceCode.isEmpty() ? QVariant() : QVariant(report->serviceCode));
    while (q.next()) {
        const auto other = ReportGeometry::pointOf(q.blob(5));
        if (!other)
            continue;
        const double d = QLineF(p, *other).length();
        if (d > radiusMetres)
            continue;
        out.append({q.integer(0), q.text(1), q.text(2), q.text(3), ReportText::parseDate(q.text(4)), d});
    }
    std::sort(out.begin(), out.end(), [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
        return a.distanceMetres < b.distanceMetres || (a.distanceMetres == b.distanceMetres && a.id < b.id);
    });
    return out;
}

QStringList ReportQueries::assetLayers() const
{
    QStringList out;
    for (const QString &role : LayerRoles::assetRoles())
        out += m_store.layersWithRole(role);
    out.removeDuplicates();
    return out;
}

QList<NearestAsset> ReportQueries::nearestAssets(qint64 reportId, const QStringList &layers, double maxDistanceMetres) const
{
    QList<NearestAsset> out;
    const auto report = ReportRow::load(m_store.db(), reportId);
    if (!report || !report->position)
        return out;
    const QPointF p = *report->position;
    for (const QString &layer : layers) {
        if (!m_store.hasLayer(layer))
            continue;
        // Grow the box until something is found: most reports have an asset within 50 m.
        for (double half = std::min(50.0, maxDistanceMetres);; half = std::min(half * 4, maxDistanceMetres)) {
            FeatureQuery query(m_store);
            const QRectF box(QPointF(p.x() - half, p.y() - half), QPointF(p.x() + half, p.y() + half));
            const FeatureQuery::Result result = query.run(layer, box, u"EPSG:3794"_s, -1, true);
            NearestAsset best{layer, -1, QString(), qInf()};
            if (result.ok) {
                for (const GeoFeature &f : result.features) {
                    const double d = distanceToFeature(p, f);
                    if (d < best.distanceMetres) {
                        best.fid = f.fid;
                        best.name = featureName(f);
                        best.distanceMetres = d;
                    }
                }
            }
            // A feature found in a box of half-width h is the nearest only when d <= h.
            if (best.fid >= 0 && (best.distanceMetres <= half || half >= maxDistanceMetres)) {
                if (best.distanceMetres <= maxDistanceMetres)
                    out.append(best);
                break;
            }
            if (half >= maxDistanceMetres)
                break;
        }
    }
    std::sort(out.begin(), out.end(), [](const NearestAsset &a, const NearestAsset &b) {
        return a.distanceMetres < b.distanceMetres;
    });
    return out;
}

QList<ReportHistoryEntry> ReportQueries::history(qint64 reportId) const
{
    QList<ReportHistoryEntry> out;
    // Stores older than the reports module's step 3 (opened read-only) have no report_people.
    const bool people = ReportSchema::version(m_store.db()) >= 3;
    SqliteStatement q(m_store.db(), people ? "SELECT h.id, h.at, h.who, coalesce(p.display_name, h.who), h.action, h.field, "
                                             "h.old_value, h.new_value FROM report_history h "
                                             "LEFT JOIN report_people p ON p.who = h.who WHERE h.report_id = ? ORDER BY h.id"
                                           : "SELECT id, at, who, who, action, field, old_value, new_value FROM report_history "
                                             "WHERE report_id = ? ORDER BY id");
    q.bind(1, reportId);
    while (q.next())
        out.append({q.integer(0), ReportText::parseDate(q.text(1)), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6),
                    q.text(7)});
    return out;
}

QList<ReportPhoto> ReportQueries::photos(qint64 reportId, bool withData) const
{
    QList<ReportPhoto> out;
    SqliteStatement q(m_store.db(), withData ? "SELECT id, file_name, mime_type, size, data FROM report_photos WHERE report_id = ? ORDER BY id"
                                             : "SELECT id, file_name, mime_type, size, NULL FROM report_photos WHERE report_id = ? ORDER BY id");
    q.bind(1, reportId);
    while (q.next())
        out.append({q.integer(0), q.text(1), q.text(2), q.integer(3), q.blob(4).toByteArray()});
    return out;
}

ReportStatistics ReportQueries::statistics(const QDateTime &now) const
{
    ReportStatistics s;
    sqlite3 *db = m_store.db();
    const char *openCondition = "status NOT IN ('resolved', 'rejected', 'duplicate')";
    {
        SqliteStatement q(db, "SELECT count(*) FROM reports");
        s.total = q.next() ? int(q.integer(0)) : 0;
    }
    {
        SqliteStatement q(db, QByteArray("SELECT domain, count(*) FROM reports WHERE ").append(openCondition).append(" GROUP BY domain").constData());
        while (q.next()) {
            s.openByDomain.insert(q.text(0), int(q.integer(1)));
            s.open += int(q.integer(1));
        }
    }
    {
        SqliteStatement q(db, QByteArray("SELECT coalesce(s.name, r.service, ''), count(*) FROM reports r LEFT JOIN report_services s ON s.id = r.service WHERE r.")
                                  .append(openCondition).append(" GROUP BY 1").constData());
        while (q.next())
            s.openByService.insert(q.text(0), int(q.integer(1)));
    }
    {
        SqliteStatement q(db, QByteArray("SELECT count(*) FROM reports WHERE ").append(openCondition).append(" AND due_at < ?").constData());
        q.bind(1, ReportText::isoUtc(now));
        s.overdue = q.next() ? int(q.integer(0)) : 0;
    }
    {
        SqliteStatement q(db, "SELECT (julianday(resolved_at) - julianday(requested_at)) * 24 AS h FROM reports "
                              "WHERE status = 'resolved' AND resolved_at IS NOT NULL AND requested_at IS NOT NULL ORDER BY h");
        QList<double> hours;
        while (q.next())
            hours.append(q.real(0));
        s.resolvedCount = int(hours.size());
        if (!hours.isEmpty()) {
            const qsizetype n = hours.size();
            s.medianHoursToResolve = n % 2 ? hours[n / 2] : (hours[n / 2 - 1] + hours[n / 2]) / 2;
        }
    }
    return s;
}

QList<ReportGridCell> ReportQueries::grid(double cellMetres, const QStringList &statuses) const
{
    QList<ReportGridCell> out;
    if (!(cellMetres > 0))
        return out;
    // D96/TM coordinates are positive in Slovenia, so the integer cast is a floor.
    QByteArray sql = "SELECT CAST(t.minx / ?1 AS INTEGER) AS gx, CAST(t.miny / ?1 AS INTEGER) AS gy, count(*), "
                     "sum(r.status NOT IN ('resolved', 'rejected', 'duplicate')) "
                     "FROM rtree_reports_geom t JOIN reports r ON r.fid = t.id";
    if (!statuses.isEmpty()) {
        sql += " WHERE r.status IN (";
        for (qsizetype i = 0; i < statuses.size(); ++i)
            sql += i ? ",?" : "?";
        sql += ")";
    }
    sql += " GROUP BY gx, gy";
    SqliteStatement q(m_store.db(), sql.constData());
    q.bind(1, cellMetres);
    for (qsizetype i = 0; i < statuses.size(); ++i)
        q.bind(int(i) + 2, statuses[i]);
    const CoordinateTransformer &toWgs84 = *CoordinateTransformer::forThread(u"EPSG:3794"_s, u"EPSG:4326"_s);
    while (q.next()) {
        ReportGridCell cell;
        cell.centre = QPointF((double(q.integer(0)) + 0.5) * cellMetres, (double(q.integer(1)) + 0.5) * cellMetres);
        cell.centreLonLat = toWgs84.transform(cell.centre).value_or(QPointF());
        cell.count = int(q.integer(2));
        cell.open = int(q.integer(3));
        out.append(cell);
    }
    return out;
}

QJsonArray ReportQueries::services() const
{
    QJsonArray out;
    SqliteStatement q(m_store.db(), "SELECT id, name, email FROM report_services WHERE active = 1 ORDER BY name");
    while (q.next())
        out.append(QJsonObject{{u"id"_s, q.text(0)}, {u"name"_s, q.text(1)}, {u"email"_s, q.text(2)}});
    return out;
}

QJsonArray ReportQueries::categories() const
{
    QJsonArray out;
    SqliteStatement q(m_store.db(), "SELECT service_code, domain, name_sl, name_en, default_service FROM report_categories ORDER BY service_code");
    while (q.next())
        out.append(QJsonObject{{u"service_code"_s, q.text(0)}, {u"domain"_s, q.text(1)}, {u"name_sl"_s, q.text(2)},
                               {u"name_en"_s, q.text(3)}, {u"default_service"_s, q.text(4)}});
    return out;
}

QJsonArray ReportQueries::replyTemplates() const
{
    QJsonArray out;
    SqliteStatement q(m_store.db(), "SELECT id, name, status, text_sl, text_en, name_en FROM report_reply_templates ORDER BY id");
    while (q.next())
        out.append(QJsonObject{{u"id"_s, q.integer(0)}, {u"name"_s, q.text(1)}, {u"status"_s, q.text(2)},
                               {u"text_sl"_s, q.text(3)}, {u"text_en"_s, q.text(4)},
                               {u"name_en"_s, q.isNull(5) ? q.text(1) : q.text(5)}});
    return out;
}
