#include "FeatureListExport.h"

#include "GeoJsonGeometry.h"
#include "MapLayers.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtConcurrent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

/// A CSV cell: quoted when it must be; text a spreadsheet would run as a formula
/// ("=HYPERLINK(…)" in a citizen's or a source's text) is made plain text by a leading
/// apostrophe.
QString csvCell(const QString &value)
{
    QString v = value;
    bool isNumber = false;
    v.toDouble(&isNumber);
    if (!isNumber && !v.isEmpty() && QStringView(u"=+-@\t\r").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        v = u'"' + v.replace(u"\""_s, u"\"\""_s) + u'"';
    return v;
}

QString number(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

FeatureListExport::FeatureListExport(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const QString error = m_watcher.result();
        emit busyChanged();
        if (error.isEmpty())
            emit finished(true, tr("Saved %n feature(s) to %1.", "", int(m_count)).arg(QFileInfo(m_path).fileName()), m_path);
        else
            emit finished(false, tr("Nothing was saved: %1").arg(error), m_path);
    });
}

FeatureListExport::~FeatureListExport()
{
    m_watcher.waitForFinished();
}

QList<FeatureListExport::Row> FeatureListExport::rowsOf(const MapLayers &layers, const QVariantList &hits)
{
    QList<Row> rows;
    for (const QVariant &v : hits) {
        const QVariantMap hit = v.toMap();
        Row r;
        r.layer = hit.value(u"layer"_s).toString();
        r.titleSl = hit.value(u"titleSl"_s).toString();
        r.titleEn = hit.value(u"titleEn"_s).toString();
        r.fid = hit.value(u"fid"_s).toLongLong();
        r.label = hit.value(u"label"_s).toString();
        r.distance = hit.value(u"distance"_s).toDouble();
        const CatalogueEntry *entry = layers.entryOf(r.layer);
        const QVariantMap attributes = hit.value(u"attributes"_s).toMap();
        r.fields = entry ? entry->shownFields(attributes) : CatalogueEntry().shownFields(attributes);
        if (const QList<GeoFeature> *features = layers.featuresOf(r.layer)) {
            for (const GeoFeature &f : *features) {
                if (f.fid == r.fid) {
                    r.feature = f;
                    break;
                }
            }
        }
        r.feature.attributes.clear();
        rows.append(r);
    }
    return rows;
}

QByteArray FeatureListExport::toCsv(const QList<Row> &rows)
{
    // Fixed columns, then every attribute any row shows, by its column name.
    QStringList columns;
    for (const Row &r : rows) {
        for (const ShownField &f : r.fields) {
            if (!columns.contains(f.name))
                columns.append(f.name);
        }
    }
    QStringList header = {u"layer"_s, u"layer_title_sl"_s, u"layer_title_en"_s, u"fid"_s, u"name"_s,
                          u"distance_m"_s, u"lon"_s, u"lat"_s};
    for (const QString &c : columns)
        header.append(csvCell(c));
    QString out = header.join(u',') + u"\r\n"_s;
    for (const Row &r : rows) {
        const auto box = r.feature.bounds();
        const QPointF at = box ? box->center() : QPointF(qQNaN(), qQNaN());
        QStringList cells = {csvCell(r.layer), csvCell(r.titleSl), csvCell(r.titleEn), QString::number(r.fid),
                             csvCell(r.label), number(r.distance, 1),
                             box ? number(at.x(), 7) : QString(), box ? number(at.y(), 7) : QString()};
        for (const QString &c : columns) {
            QString value;
            for (const ShownField &f : r.fields) {
                if (f.name == c)
                    value = f.value;
            }
            cells.append(csvCell(value));
        }
        out += cells.join(u',') + u"\r\n"_s;
    }
    // A byte-order mark, so that spreadsheets read č, š and ž as UTF-8.
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray FeatureListExport::toGeoJson(const QList<Row> &rows)
{
    QJsonArray features;
    for (const Row &r : rows) {
        QJsonObject properties{{u"layer"_s, r.layer},     {u"layer_title_sl"_s, r.titleSl},
                               {u"layer_title_en"_s, r.titleEn}, {u"fid"_s, r.fid},
                               {u"name"_s, r.label},      {u"distance_m"_s, std::round(r.distance * 10) / 10}};
        for (const ShownField &f : r.fields) {
            if (!properties.contains(f.name))
                properties.insert(f.name, f.value);
        }
        features.append(QJsonObject{{u"type"_s, u"Feature"_s}, {u"geometry"_s, GeoJsonGeometry::of(r.feature)},
                                    {u"properties"_s, properties}});
    }
    return QJsonDocument(QJsonObject{{u"type"_s, u"FeatureCollection"_s}, {u"features"_s, features}}).toJson();
}

bool FeatureListExport::write(const QString &path, Format format, const QList<Row> &rows, QString *errorString)
{
    QSaveFile file(path);
    const QByteArray data = format == Format::Csv ? toCsv(rows) : toGeoJson(rows);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (errorString)
            *errorString = tr("cannot write %1 (%2); choose a folder you may write to").arg(path, file.errorString());
        return false;
    }
    return true;
}

void FeatureListExport::save(MapLayers *layers, const QVariantList &hits, const QUrl &file)
{
    if (busy())
        return;
    m_path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!layers || m_path.isEmpty()) {
        emit finished(false, tr("Nothing was saved: no file chosen"), m_path);
        return;
    }
    const Format format = m_path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? Format::Csv : Format::GeoJson;
    const QList<Row> rows = rowsOf(*layers, hits);
    m_count = rows.size();
    m_watcher.setFuture(QtConcurrent::run([path = m_path, format, rows] {
        QString error;
        return write(path, format, rows, &error) ? QString() : error;
    }));
    emit busyChanged();
}
