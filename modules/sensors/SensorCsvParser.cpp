#include "SensorCsvParser.h"

#include "DomainRegistry.h"
#include "SensorTime.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SensorCsvParser", text);
}

// Splits one line into fields; a field may be quoted ("…", "" for a quote). The views point
// into `line` or, for a quoted field with doubled quotes, into `scratch`.
void splitLine(QByteArrayView line, char delimiter, QList<QByteArray> &scratch, QList<QByteArrayView> &fields)
{
    fields.clear();
    scratch.clear();
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (true) {
        if (i < n && line[i] == '"') {
            QByteArray value;
            ++i;
            while (i < n) {
                if (line[i] == '"') {
                    if (i + 1 < n && line[i + 1] == '"') {
                        value.append('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                value.append(line[i++]);
            }
            while (i < n && line[i] != delimiter)
                ++i;
            scratch.append(value);
            fields.append(QByteArrayView(scratch.last()));
        } else {
            const qsizetype start = i;
            while (i < n && line[i] != delimiter)
                ++i;
            fields.append(line.sliced(start, i - start).trimmed());
        }
        if (i >= n)
            break;
        ++i; // the delimiter
    }
}

std::optional<double> number(QByteArrayView text, bool commaDecimal)
{
    QByteArray copy;
    if (commaDecimal && text.contains(',')) {
        copy = text.toByteArray().replace(',', '.');
        text = copy;
    }
    double v = 0;
    const char *end = text.data() + text.size();
    const auto r = std::from_chars(text.data(), end, v);
    if (r.ec != std::errc() || r.ptr != end || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

SensorBatch SensorCsvParser::parse(const QByteArray &data, const QString &origin)
{
    SensorBatch batch;
    QByteArrayView all(data);
    if (all.startsWith("\xEF\xBB\xBF"))
        all = all.sliced(3);
    const qsizetype headerEnd = all.indexOf('\n');
    const QByteArrayView header = (headerEnd < 0 ? all : all.first(headerEnd)).trimmed();
    const char delimiter = header.count(';') > header.count(',') ? ';' : ',';
    QList<QByteArray> scratch;
    QList<QByteArrayView> fields;
    splitLine(header, delimiter, scratch, fields);
    QHash<QString, int> column;
    for (int i = 0; i < fields.size(); ++i)
        column.insert(QString::fromUtf8(fields[i]).trimmed().toLower(), i);
    const auto col = [&](std::initializer_list<const char *> names) {
        for (const char *n : names)
            if (column.contains(QLatin1StringView(n)))
                return column.value(QLatin1StringView(n));
        return -1;
    };
    const int cStation = col({"station", "station_code"}), cStream = col({"datastream", "key", "property"});
    const int cTime = col({"time", "phenomenontime"}), cValue = col({"value", "result"}), cUnit = col({"unit"});
    const int cName = col({"station_name"}), cLon = col({"lon"}), cLat = col({"lat"}), cDomain = col({"domain"});
    if (cStation < 0 || cStream < 0 || cTime < 0 || cValue < 0) {
        batch.error = tr("%1 is not sensor CSV: the first line must name the columns station, datastream, time and value "
                         "(found: %2)")
                          .arg(origin, QString::fromUtf8(header.left(200).toByteArray()));
        return batch;
    }
    const bool commaDecimal = delimiter == ';';

    QSet<QString> stationsSeen;
    QHash<QString, qsizetype> streamIndex; // streamId → index in batch.datastreams and `lists`
    QList<QList<SensorObservation>> lists;
    qsizetype noOffset = 0, noValue = 0;
    qsizetype lineNo = 1;
    qsizetype pos = headerEnd < 0 ? all.size() : headerEnd + 1;
    QString lastStreamId;
    QList<SensorObservation> *lastList = nullptr;
    QByteArray lastStation, lastStream;
    while (pos < all.size()) {
        qsizetype end = all.indexOf('\n', pos);
        if (end < 0)
            end = all.size();
        QByteArrayView line = all.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        splitLine(line, delimiter, scratch, fields);
        const auto field = [&](int c) { return c >= 0 && c < fields.size() ? fields[c] : QByteArrayView(); };
        const QByteArrayView station = field(cStation), stream = field(cStream);
        if (station.isEmpty() || stream.isEmpty() || station.size() > 32 || stream.size() > 64) {
            batch.reject(tr("%1, line %2: no station or datastream (or one longer than 32/64 characters); left out").arg(origin).arg(lineNo));
            continue;
        }
        const auto parsed = SensorTime::parseIso(field(cTime));
        if (!parsed) {
            batch.reject(tr("%1, line %2: '%3' is not an ISO 8601 time; left out")
                             .arg(origin)
                             .arg(lineNo)
                             .arg(QString::fromUtf8(field(cTime).left(40).toByteArray())));
            continue;
        }
        if (!parsed->hadOffset)
            ++noOffset;
        SensorObservation obs;
        obs.t = parsed->seconds;
        const QByteArrayView valueText = field(cValue);
        if (valueText.isEmpty()) {
            ++noValue;
        } else if (const auto v = number(valueText, commaDecimal)) {
            obs.value = *v;
        } else {
            batch.reject(tr("%1, line %2: value '%3' is not a number; left out")
                             .arg(origin)
                             .arg(lineNo)
                             .arg(QString::fromUtf8(valueText.left(40).toByteArray())));
            continue;
        }
        // Rows come grouped by datastream in every export we know: remember the last one.
        if (!lastList || station != lastStation || stream != lastStream) {
            lastStation = station.toByteArray();
            lastStream = stream.toByteArray();
            const QString code = QString::fromUtf8(lastStation), key = QString::fromUtf8(lastStream);
            lastStreamId = SensorBatch::streamId(code, key);
            if (!streamIndex.contains(lastStreamId)) {
                SensorDatastreamInfo ds;
                ds.stationCode = code;
                ds.key = key;
                ds.name = key;
                ds.property = key;
                ds.unit = QString::fromUtf8(field(cUnit).left(32).toByteArray());
                ds.onlyIfNew = true;
                streamIndex.insert(lastStreamId, batch.datastreams.size());
                batch.datastreams.append(ds);
                lists.append(QList<SensorObservation>());
            }
            lastList = &lists[streamIndex.value(lastStreamId)];
            if (!stationsSeen.contains(code) && cLon >= 0 && cLat >= 0) {
                const auto lon = number(field(cLon), commaDecimal), lat = number(field(cLat), commaDecimal);
                if (lon && lat && *lon >= -180 && *lon <= 180 && *lat >= -90 && *lat <= 90) {
                    stationsSeen.insert(code);
                    SensorStationInfo s;
                    s.code = code;
                    s.name = QString::fromUtf8(field(cName).left(200).toByteArray());
                    if (s.name.isEmpty())
                        s.name = code;
                    const QString domain = QString::fromUtf8(field(cDomain).left(32).toByteArray());
                    s.domain = DomainRegistry::find(domain) ? domain : u"environment"_s;
                    s.lonLat = QPointF(*lon, *lat);
                    batch.stations.append(s);
                }
            }
        }
        lastList->append(obs);
    }
    // `lists` no longer grows: its lists move out whole.
    for (qsizetype i = 0; i < batch.datastreams.size(); ++i)
        batch.observations.insert(SensorBatch::streamId(batch.datastreams[i].stationCode, batch.datastreams[i].key),
                                  std::move(lists[i]));
    if (noOffset > 0)
        batch.warnings.append(QCoreApplication::translate("SensorCsvParser", "%1: %n time(s) without a time zone were read as UTC", nullptr, int(noOffset)).arg(origin));
    if (noValue > 0)
        batch.warnings.append(QCoreApplication::translate("SensorCsvParser", "%1: %n row(s) without a value were kept as readings without a value", nullptr, int(noValue)).arg(origin));
    return batch;
}
