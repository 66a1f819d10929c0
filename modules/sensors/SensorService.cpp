#include "SensorService.h"

#include "AlarmEvaluator.h"
#include "ArsoHydroParser.h"
#include "BoundedHttp.h"
#include "InputPolicy.h"
#include "SensorCsvParser.h"
#include "SensorThingsClient.h"
#include "SensorThingsParser.h"
#include "SqliteStatement.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SensorService", text);
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace

QJsonObject SensorImportSummary::toJson() const
{
    QJsonObject o{
        {u"ok"_s, ok},
        {u"format"_s, format},
        {u"source"_s, origin},
        {u"received"_s, qint64(received)},
        {u"imported"_s, qint64(counts.imported)},
        {u"skipped"_s, qint64(counts.skipped)},
        {u"rejected"_s, qint64(rejectedCount)},
        {u"stations"_s, qint64(counts.stations)},
        {u"datastreams"_s, qint64(counts.datastreams)},
        {u"new_datastreams"_s, qint64(counts.newDatastreams)},
        {u"alarms"_s, QJsonObject{{u"raised"_s, counts.alarmsRaised}, {u"escalated"_s, counts.alarmsEscalated},
                                  {u"cleared"_s, counts.alarmsCleared}}},
        {u"rejections"_s, toArray(rejected)},
        {u"warnings"_s, toArray(warnings)},
    };
    if (requests > 0)
        o.insert(u"requests"_s, requests);
    if (!ok)
        o.insert(u"error"_s, error);
    return o;
}

SensorService::SensorService(Store &store)
    : m_store(store)
{
}

QString SensorService::detectFormat(const QByteArray &data)
{
    if (ArsoHydroParser::looksLike(data))
        return u"arso"_s;
    if (SensorThingsParser::looksLike(data))
        return u"sta"_s;
    const QByteArray head = data.left(data.indexOf('\n')).toLower();
    if (head.contains("station") && head.contains("time") && head.contains("value"))
        return u"csv"_s;
    return {};
}

SensorImportSummary SensorService::importData(const QByteArray &data, const QString &origin, const SensorImportOptions &options)
{
    SensorImportSummary summary;
    summary.origin = origin;
    const QString format = options.format.isEmpty() ? detectFormat(data) : options.format;
    summary.format = format;
    SensorBatch batch;
    if (format == u"arso"_s)
        batch = ArsoHydroParser::parse(data, origin);
    else if (format == u"sta"_s)
        batch = SensorThingsParser::parseThings(data, origin).batch;
    else if (format == u"csv"_s)
        batch = SensorCsvParser::parse(data, origin);
    else {
        summary.error = tr("%1 is not sensor data this console reads (ARSO hydrological XML, SensorThings JSON, or CSV "
                           "with station, datastream, time and value); name the format with --format if it is one")
                            .arg(origin);
        return summary;
    }
    if (!batch.error.isEmpty()) {
        summary.error = batch.error;
        return summary;
    }
    return write(std::move(batch), format, origin, options, false);
}

SensorImportSummary SensorService::importUrl(const QUrl &url, const SensorImportOptions &options)
{
    SensorImportSummary summary;
    summary.origin = url.toDisplayString();
    if (const QString why = InputPolicy::whyNotEndpoint(url); !why.isEmpty()) {
        summary.error = why;
        return summary;
    }
    QString format = options.format;
    if (format.isEmpty())
        format = url.path().endsWith(u".xml"_s, Qt::CaseInsensitive) ? u"arso"_s : u"sta"_s;
    summary.format = format;
    const QString location = url.toString(QUrl::FullyEncoded);
    QNetworkAccessManager manager;
    SensorBatch batch;
    int requests = 0;
    if (format == u"sta"_s) {
        SensorThingsClient::Options o;
        o.timeoutMs = options.timeoutMs;
        o.now = options.now;
        // The store's latest reading per datastream, so only newer ones are asked for.
        SqliteStatement q(m_store.db(), "SELECT s.code, d.key, d.latest_t FROM sensor_datastreams d "
                                        "JOIN sensor_stations s ON s.fid = d.station_id WHERE d.latest_t IS NOT NULL");
        while (q.next())
            o.stored.insert(SensorBatch::streamId(q.text(0), q.text(1)), q.integer(2));
        SensorThingsClient client(manager, url, o);
        batch = client.fetch();
        requests = client.requests();
    } else if (format == u"arso"_s || format == u"csv"_s) {
        BoundedHttp::Limits limits;
        limits.timeoutMs = options.timeoutMs;
        const BoundedHttp::Answer a = BoundedHttp::get(manager, url, limits);
        requests = 1;
        if (!a.ok)
            batch.error = a.error;
        else
            batch = format == u"arso"_s ? ArsoHydroParser::parse(a.body, summary.origin) : SensorCsvParser::parse(a.body, summary.origin);
    } else {
        summary.error = tr("--format '%1' is not one of sta, arso, csv").arg(format);
        return summary;
    }
    if (!batch.error.isEmpty()) {
        // A failed poll is logged on the source and reported; the stored readings stay as they were.
        recordPoll(format, location, batch.error);
        summary.error = tr("%1; the readings already stored are unchanged").arg(batch.error);
        summary.requests = requests;
        return summary;
    }
    SensorImportOptions o = options;
    if (o.pollSeconds == 0 && format == u"arso"_s) {
        // ARSO publishes every half hour: the schedule of a new ARSO source, never over one
        // a user set.
        SqliteStatement known(m_store.db(), "SELECT 1 FROM sensor_sources WHERE kind = ? AND location = ?");
        known.bind(1, format).bind(2, location);
        if (!known.next())
            o.pollSeconds = 1800;
    }
    summary = write(std::move(batch), format, location, o, true);
    summary.origin = url.toDisplayString();
    summary.requests = requests;
    if (summary.ok)
        recordPoll(format, location, {});
    return summary;
}

void SensorService::recordPoll(const QString &kind, const QString &location, const QString &error)
{
    QString e;
    if (!m_store.beginWrite(&e))
        return;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const auto id = SensorWriter::sourceId(m_store.db(), kind, location, 0, &e);
    SqliteStatement q(m_store.db(), error.isEmpty()
                                        ? "UPDATE sensor_sources SET last_poll_at = ?, last_ok_at = ?1, last_error = NULL WHERE id = ?2"
                                        : "UPDATE sensor_sources SET last_poll_at = ?, last_error = ?3 WHERE id = ?2");
    q.bind(1, now);
    if (id)
        q.bind(2, *id);
    if (!error.isEmpty())
        q.bind(3, error.left(500));
    if (id && q.exec())
        m_store.commit(&e);
    else
        m_store.rollback();
}

SensorImportSummary SensorService::write(SensorBatch &&batch, const QString &kind, const QString &location,
                                         const SensorImportOptions &options, bool checkStale)
{
    SensorImportSummary summary;
    summary.format = kind;
    summary.origin = location;
    summary.received = batch.observationCount();
    if (!options.actor.isValid()) {
        summary.error = tr("no one is named as making this import; set PTUJ_USER or give --user");
        return summary;
    }
    QString error;
    if (!m_store.beginBulkWrite(&error)) {
        summary.error = error;
        return summary;
    }
    const auto sourceId = SensorWriter::sourceId(m_store.db(), kind, location, options.pollSeconds, &error);
    bool ok = sourceId.has_value();
    if (ok) {
        SensorWriter writer(m_store.db(), {*sourceId, options.illustrative, options.actor.name()});
        ok = writer.write(batch, &summary.counts, &error);
    }
    if (ok && checkStale) {
        AlarmEvaluator stale(m_store.db(), options.actor.name());
        ok = stale.checkStale(options.now > 0 ? options.now : QDateTime::currentSecsSinceEpoch(), &error);
        summary.counts.alarmsRaised += stale.raised();
    }
    if (!ok) {
        m_store.rollback();
        summary.error = tr("nothing was imported: %1").arg(explainStoreError(error));
        return summary;
    }
    if (!m_store.commit(&error)) {
        summary.error = tr("nothing was imported: %1").arg(explainStoreError(error));
        return summary;
    }
    summary.ok = true;
    summary.warnings = batch.warnings + summary.counts.warnings;
    summary.rejected = batch.rejected + summary.counts.rejected;
    summary.rejectedCount = batch.rejectedCount() + summary.counts.rejected.size() + summary.counts.moreRejected;
    if (summary.rejected.size() > SensorBatch::kListed)
        summary.rejected = summary.rejected.mid(0, SensorBatch::kListed);
    return summary;
}

bool SensorService::setLevels(qint64 datastreamId, const QList<SensorLevel> &levels, std::optional<double> hysteresis,
                              const Actor &actor, QString *errorString)
{
    if (!actor.isValid()) {
        *errorString = tr("no one is named as making this change; set PTUJ_USER or give --user");
        return false;
    }
    if (!m_store.beginWrite(errorString))
        return false;
    sqlite3 *db = m_store.db();
    bool ok = true;
    {
        SqliteStatement exists(db, "SELECT 1 FROM sensor_datastreams WHERE id = ?");
        exists.bind(1, datastreamId);
        if (!exists.next()) {
            m_store.rollback();
            *errorString = tr("there is no datastream %1; 'ptuj-console sensors list' shows their ids").arg(datastreamId);
            return false;
        }
    }
    SqliteStatement drop(db, "DELETE FROM sensor_levels WHERE datastream_id = ?");
    drop.bind(1, datastreamId);
    ok = drop.exec();
    SqliteStatement add(db, "INSERT INTO sensor_levels (datastream_id, name, value, low, origin) VALUES (?, ?, ?, ?, 'user')");
    for (const SensorLevel &l : levels) {
        add.reset();
        add.bind(1, datastreamId).bind(2, l.name).bind(3, l.value).bind(4, l.low ? 1 : 0);
        ok = ok && add.exec();
    }
    if (ok && hysteresis) {
        SqliteStatement h(db, "UPDATE sensor_datastreams SET hysteresis = ? WHERE id = ?");
        h.bind(1, *hysteresis).bind(2, datastreamId);
        ok = h.exec();
    }
    // Open level alarms were judged against the old levels: they clear, and the next new
    // reading is judged afresh. History already stored raises nothing.
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    SqliteStatement open(db, "SELECT a.id, a.level, s.last_t FROM sensor_alarms a JOIN sensor_alarm_state s "
                             "ON s.datastream_id = a.datastream_id WHERE a.datastream_id = ? AND a.kind IN ('high','low') "
                             "AND a.cleared_t IS NULL");
    open.bind(1, datastreamId);
    QList<std::tuple<qint64, QString, qint64>> toClear;
    while (open.next())
        toClear.append({open.integer(0), open.text(1), open.integer(2)});
    for (const auto &[id, level, t] : toClear) {
        SqliteStatement c(db, "UPDATE sensor_alarms SET cleared_t = ? WHERE id = ?");
        c.bind(1, t).bind(2, id);
        SqliteStatement e(db, "INSERT INTO sensor_alarm_events (alarm_id, event, level, t, at, who, note) "
                              "VALUES (?, 'cleared', ?, ?, ?, ?, 'levels changed')");
        e.bind(1, id).bind(2, level).bind(3, t).bind(4, at).bind(5, actor.name());
        ok = ok && c.exec() && e.exec();
    }
    SqliteStatement reset(db, "UPDATE sensor_alarm_state SET high = 0, low = 0, high_alarm = NULL, low_alarm = NULL "
                              "WHERE datastream_id = ?");
    reset.bind(1, datastreamId);
    ok = ok && reset.exec();
    if (!ok) {
        *errorString = explainStoreError(QString::fromUtf8(sqlite3_errmsg(db)));
        m_store.rollback();
        return false;
    }
    return m_store.commit(errorString);
}

bool SensorService::acknowledge(qint64 alarmId, const QString &note, const Actor &actor, QString *errorString)
{
    if (!actor.isValid()) {
        *errorString = tr("no one is named as acknowledging; set PTUJ_USER or give --user");
        return false;
    }
    if (!m_store.beginWrite(errorString))
        return false;
    sqlite3 *db = m_store.db();
    SqliteStatement q(db, "SELECT acknowledged_at, acknowledged_by, level, value, t FROM sensor_alarms WHERE id = ?");
    q.bind(1, alarmId);
    if (!q.next()) {
        m_store.rollback();
        *errorString = tr("there is no alarm %1; 'ptuj-console sensors alarms' lists them").arg(alarmId);
        return false;
    }
    if (!q.isNull(0)) {
        *errorString = tr("alarm %1 was already acknowledged by %2 at %3").arg(alarmId).arg(q.text(1), q.text(0));
        m_store.rollback();
        return false;
    }
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    SqliteStatement u(db, "UPDATE sensor_alarms SET acknowledged_at = ?, acknowledged_by = ?, note = ? WHERE id = ?");
    u.bind(1, at).bind(2, actor.name()).bind(3, note.isEmpty() ? QVariant() : QVariant(note.left(2000))).bind(4, alarmId);
    SqliteStatement e(db, "INSERT INTO sensor_alarm_events (alarm_id, event, level, value, t, at, who, note) "
                          "VALUES (?, 'acknowledged', ?, ?, ?, ?, ?, ?)");
    e.bind(1, alarmId).bind(2, q.text(2)).bind(3, q.value(3)).bind(4, q.value(4)).bind(5, at).bind(6, actor.name());
    e.bind(7, note.isEmpty() ? QVariant() : QVariant(note.left(2000)));
    if (!u.exec() || !e.exec()) {
        *errorString = explainStoreError(u.errorString().isEmpty() ? e.errorString() : u.errorString());
        m_store.rollback();
        return false;
    }
    return m_store.commit(errorString);
}
