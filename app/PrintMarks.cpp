#include "PrintMarks.h"

#include "WebMercator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PrintMarks", text);
}

struct Reader
{
    qsizetype positions = 0;
    bool tooMany = false;

    bool position(const QJsonValue &v, QPointF *out)
    {
        const QJsonArray a = v.toArray();
        if (a.size() < 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
            return false;
        const double lon = a.at(0).toDouble(), lat = a.at(1).toDouble();
        if (!std::isfinite(lon) || !std::isfinite(lat) || std::abs(lon) > 180 || std::abs(lat) > 85.06)
            return false;
        if (++positions > PrintMarks::kMaxPositions) {
            tooMany = true;
            return false;
        }
        *out = WebMercator::fromLonLat(QPointF(lon, lat));
        return true;
    }

    bool line(const QJsonValue &v, QList<QPointF> *out)
    {
        for (const QJsonValue &p : v.toArray()) {
            QPointF at;
            if (!position(p, &at))
                return false;
            out->append(at);
        }
        return out->size() >= 2;
    }

    // A polygon's outer ring (holes are not drawn for marks).
    bool ring(const QJsonValue &v, QList<QPointF> *out)
    {
        const QJsonArray rings = v.toArray();
        return !rings.isEmpty() && line(rings.first(), out) && out->size() >= 3;
    }

    bool geometry(const QJsonObject &g, PrintPage::Mark *m)
    {
        const QString type = g.value(u"type"_s).toString();
        const QJsonValue c = g.value(u"coordinates"_s);
        if (type == u"Point"_s) {
            QPointF at;
            if (!position(c, &at))
                return false;
            m->points.append(at);
        } else if (type == u"MultiPoint"_s) {
            for (const QJsonValue &p : c.toArray()) {
                QPointF at;
                if (!position(p, &at))
                    return false;
                m->points.append(at);
            }
        } else if (type == u"LineString"_s) {
            if (!line(c, &m->lines.emplace_back()))
                return false;
        } else if (type == u"MultiLineString"_s) {
            for (const QJsonValue &l : c.toArray()) {
                if (!line(l, &m->lines.emplace_back()))
                    return false;
            }
        } else if (type == u"Polygon"_s) {
            if (!ring(c, &m->areas.emplace_back()))
                return false;
        } else if (type == u"MultiPolygon"_s) {
            for (const QJsonValue &p : c.toArray()) {
                if (!ring(p, &m->areas.emplace_back()))
                    return false;
            }
        } else if (type == u"GeometryCollection"_s) {
            for (const QJsonValue &part : g.value(u"geometries"_s).toArray()) {
                // One level: a collection inside a collection is not a mark's shape.
                const QJsonObject o = part.toObject();
                if (o.value(u"type"_s) == u"GeometryCollection"_s || !geometry(o, m))
                    return false;
            }
        } else {
            return false;
        }
        return true;
    }
};

} // namespace

namespace PrintMarks {

bool read(const QString &path, QList<PrintPage::Mark> *marks, QString *errorString)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString = tr("cannot read the marks file %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxBytes) {
        *errorString = tr("the marks file %1 is larger than %2 MB").arg(path).arg(kMaxBytes >> 20);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(kMaxBytes), &parseError);
    const QJsonArray features = doc.object().value(u"features"_s).toArray();
    if (parseError.error != QJsonParseError::NoError || doc.object().value(u"type"_s) != u"FeatureCollection"_s) {
        *errorString = tr("the marks file %1 is not a GeoJSON FeatureCollection (%2)").arg(path, parseError.errorString());
        return false;
    }
    if (features.size() > kMaxFeatures) {
        *errorString = tr("the marks file %1 has %2 features; at most %3 are printed").arg(path).arg(features.size()).arg(kMaxFeatures);
        return false;
    }
    Reader reader;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject f = features.at(i).toObject();
        const QJsonObject properties = f.value(u"properties"_s).toObject();
        const QString kind = properties.value(u"mark"_s).toString();
        PrintPage::Mark m;
        if (kind == u"report"_s)
            m.kind = PrintPage::Mark::Kind::Report;
        else if (kind == u"selection"_s)
            m.kind = PrintPage::Mark::Kind::Selection;
        else if (kind == u"measure"_s)
            m.kind = PrintPage::Mark::Kind::Measure;
        else {
            *errorString = tr("feature %1 of the marks file has mark '%2'; it must be report, selection or measure")
                               .arg(i + 1).arg(kind.left(40));
            return false;
        }
        if (!reader.geometry(f.value(u"geometry"_s).toObject(), &m)) {
            *errorString = reader.tooMany ? tr("the marks file %1 has more than %2 coordinates").arg(path).arg(kMaxPositions)
                                          : tr("feature %1 of the marks file has no usable WGS84 geometry").arg(i + 1);
            return false;
        }
        const QString color = properties.value(u"color"_s).toString();
        if (QColor::isValidColorName(color) && color.startsWith(u'#') && color.size() == 7)
            m.color = QColor::fromString(color);
        m.label = properties.value(u"label"_s).toString().left(60);
        marks->append(m);
    }
    return true;
}

} // namespace PrintMarks
