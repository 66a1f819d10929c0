#include "SensorWriter.h"

#include "AlarmEvaluator.h"
#include "CoordinateTransformer.h"
#include "GeoPackagePoint.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SensorWriter", text);
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

SensorWriter::SensorWriter(sqlite3 *db, Options options)
    : m_db(db)
    , m_options(std::move(options))
{
}

std::optional<qint64> SensorWriter::sourceId(sqlite3 *db, const QString &kind, const QString &location, int pollSeconds,
                                             QString *errorString)
{
    SqliteStatement upsert(db, "INSERT INTO sensor_sources (kind, location, poll_seconds) VALUES (?, ?, ?) "
                               "ON CONFLICT (kind, location) DO UPDATE SET poll_seconds = coalesce(excluded.poll_seconds, poll_seconds)");
    upsert.bind(1, kind).bind(2, location).bind(3, pollSeconds > 0 ? QVariant(pollSeconds) : QVariant());
    if (!upsert.exec()) {
        *errorString = upsert.errorString();
        return std::nullopt;
    }
    SqliteStatement q(db, "SELECT id FROM sensor_sources WHERE kind = ? AND location = ?");
    q.bind(1, kind).bind(2, location);
    if (!q.next()) {
        *errorString = q.errorString();
        return std::nullopt;
    }
    return q.integer(0);
}

bool SensorWriter::write(const SensorBatch &batch, SensorWriteCounts *counts, QString *errorString)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QVariant source = m_options.sourceId > 0 ? QVariant(m_options.sourceId) : QVariant();

    // Stations.
    const CoordinateTransformer &toD96 = *CoordinateTransformer::forThread(u"EPSG:4326"_s, u"EPSG:3794"_s);
    // Two statements, not an upsert: the R-tree's GeoPackage triggers run under the outer
    // statement's conflict policy, and an upsert's turns their INSERT OR REPLACE into a failure.
    SqliteStatement findStation(m_db, "SELECT fid FROM sensor_stations WHERE code = ?");
    SqliteStatement addStation(m_db,
        "INSERT INTO sensor_stations (geom, code, name, river, domain, elevation_m, source_id, illustrative, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement updateStation(m_db,
        "UPDATE sensor_stations SET geom = coalesce(?1, geom), name = ?3, river = coalesce(?4, river), domain = ?5, "
        "elevation_m = coalesce(?6, elevation_m), source_id = coalesce(?7, source_id), illustrative = ?8, updated_at = ?9 "
        "WHERE code = ?2");
    for (const SensorStationInfo &s : batch.stations) {
        QVariant geom;
        if (s.lonLat && toD96.isValid()) {
            if (const auto p = toD96.transform(*s.lonLat))
                geom = GeoPackagePoint::blob(*p, 3794);
        }
        findStation.reset();
        findStation.bind(1, s.code);
        SqliteStatement &station = findStation.next() ? updateStation : addStation;
        station.reset();
        station.bind(1, geom).bind(2, s.code).bind(3, s.name).bind(4, s.river.isEmpty() ? QVariant() : QVariant(s.river));
        station.bind(5, s.domain).bind(6, s.elevation ? QVariant(*s.elevation) : QVariant()).bind(7, source);
        station.bind(8, m_options.illustrative ? 1 : 0).bind(9, now);
        if (!station.exec()) {
            *errorString = tr("cannot write station %1: %2").arg(s.code, station.errorString());
            return false;
        }
        ++counts->stations;
    }

    // Station ids by code.
    QHash<QString, qint64> stationIds;
    {
        SqliteStatement q(m_db, "SELECT code, fid FROM sensor_stations");
        while (q.next())
            stationIds.insert(q.text(0), q.integer(1));
    }

    // Datastreams.
    SqliteStatement find(m_db, "SELECT id FROM sensor_datastreams WHERE station_id = ? AND key = ?");
    SqliteStatement insert(m_db, "INSERT INTO sensor_datastreams (station_id, source_id, key, name, property, unit, "
                                 "interval_seconds, rate_per_hour, remote_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement update(m_db, "UPDATE sensor_datastreams SET source_id = coalesce(?, source_id), name = ?, property = ?, "
                                 "unit = ?, interval_seconds = coalesce(?, interval_seconds), "
                                 "rate_per_hour = coalesce(rate_per_hour, ?), remote_ref = coalesce(?, remote_ref) WHERE id = ?");
    SqliteStatement userLevels(m_db, "SELECT count(*) FROM sensor_levels WHERE datastream_id = ? AND origin = 'user'");
    SqliteStatement dropLevels(m_db, "DELETE FROM sensor_levels WHERE datastream_id = ? AND origin = 'source'");
    SqliteStatement addLevel(m_db, "INSERT OR REPLACE INTO sensor_levels (datastream_id, name, value, low, origin) "
                                   "VALUES (?, ?, ?, ?, 'source')");
    QHash<QString, qint64> streamIds;
    QSet<QString> unknownStations;
    for (const SensorDatastreamInfo &d : batch.datastreams) {
        const auto sid = stationIds.constFind(d.stationCode);
        if (sid == stationIds.cend()) {
            unknownStations.insert(d.stationCode);
            continue;
        }
        find.reset();
        find.bind(1, *sid).bind(2, d.key);
        std::optional<qint64> id;
        if (find.next())
            id = find.integer(0);
        const QVariant interval = d.intervalSeconds > 0 ? QVariant(d.intervalSeconds) : QVariant();
        const QVariant rate = d.ratePerHour ? QVariant(*d.ratePerHour) : QVariant();
        const QVariant remote = d.remoteRef.isEmpty() ? QVariant() : QVariant(d.remoteRef);
        if (!id) {
            insert.reset();
            insert.bind(1, *sid).bind(2, source).bind(3, d.key).bind(4, d.name).bind(5, d.property);
            insert.bind(6, d.unit.isEmpty() ? QVariant() : QVariant(d.unit)).bind(7, interval).bind(8, rate).bind(9, remote);
            if (!insert.exec()) {
                *errorString = tr("cannot write datastream %1 of station %2: %3").arg(d.key, d.stationCode, insert.errorString());
                return false;
            }
            id = sqlite3_last_insert_rowid(m_db);
            ++counts->newDatastreams;
            if (d.onlyIfNew)
                counts->warnings.append(tr("station %1: new datastream %2 created from its readings").arg(d.stationCode, d.key));
        } else if (!d.onlyIfNew) {
            update.reset();
            update.bind(1, source).bind(2, d.name).bind(3, d.property).bind(4, d.unit.isEmpty() ? QVariant() : QVariant(d.unit));
            update.bind(5, interval).bind(6, rate).bind(7, remote).bind(8, *id);
            if (!update.exec()) {
                *errorString = tr("cannot write datastream %1 of station %2: %3").arg(d.key, d.stationCode, update.errorString());
                return false;
            }
        }
        streamIds.insert(SensorBatch::streamId(d.stationCode, d.key), *id);
        ++counts->datastreams;
        // The source's levels, unless a user has set this datastream's own.
        if (!d.levels.isEmpty()) {
            userLevels.reset();
            userLevels.bind(1, *id);
            if (userLevels.next() && userLevels.integer(0) == 0) {
                dropLevels.reset();
                dropLevels.bind(1, *id);
                bool ok = dropLevels.exec();
                for (const SensorLevel &l : d.levels) {
                    addLevel.reset();
                    addLevel.bind(1, *id).bind(2, l.name).bind(3, l.value).bind(4, l.low ? 1 : 0);
                    ok = ok && addLevel.exec();
                }
                if (!ok) {
                    *errorString = tr("cannot write the levels of %1: %2").arg(d.key, sqliteError(m_db));
                    return false;
                }
            }
        }
    }
    for (const QString &code : std::as_const(unknownStations))
        counts->rejected.append(tr("station %1 is not in the store and its rows do not say where it is; its readings are left out "
                                   "(import the station first, or add station_name, lon and lat columns)").arg(code));

    // Observations, datastream by datastream.
    sqlite3_stmt *obs = nullptr;
    if (sqlite3_prepare_v3(m_db, "INSERT OR IGNORE INTO sensor_observations (datastream_id, t, value, span, text) "
                                 "VALUES (?, ?, ?, ?, ?)", -1, SQLITE_PREPARE_PERSISTENT, &obs, nullptr) != SQLITE_OK) {
        *errorString = sqliteError(m_db);
        return false;
    }
    SqliteStatement latest(m_db, "UPDATE sensor_datastreams SET observation_count = observation_count + ?, "
                                 "latest_t = ?, latest_value = ?, latest_text = ? WHERE id = ? AND (latest_t IS NULL OR latest_t <= ?)");
    SqliteStatement countOnly(m_db, "UPDATE sensor_datastreams SET observation_count = observation_count + ? WHERE id = ?");
    AlarmEvaluator alarms(m_db, m_options.who);
    bool ok = true;
    std::vector<SensorObservation> inserted;
    for (auto it = batch.observations.cbegin(); ok && it != batch.observations.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const auto sid = streamIds.constFind(it.key());
        if (sid == streamIds.cend()) {
            const QString code = it.key().section(QChar(0x1f), 0, 0);
            if (!unknownStations.contains(code)) {
                const QString why = QCoreApplication::translate("SensorWriter", "datastream %1 of station %2 is not in the store; %n reading(s) left out",
                                                                nullptr, int(it.value().size()))
                                        .arg(it.key().section(QChar(0x1f), 1), code);
                if (counts->rejected.size() < SensorBatch::kListed)
                    counts->rejected.append(why);
                else
                    ++counts->moreRejected;
            }
            counts->rejectedReadings += it.value().size();
            continue;
        }
        const qint64 id = *sid;
        inserted.clear();
        const SensorObservation *newest = nullptr;
        for (const SensorObservation &o : it.value()) {
            sqlite3_bind_int64(obs, 1, id);
            sqlite3_bind_int64(obs, 2, o.t);
            if (o.value)
                sqlite3_bind_double(obs, 3, *o.value);
            else
                sqlite3_bind_null(obs, 3);
            if (o.span > 0)
                sqlite3_bind_int(obs, 4, o.span);
            else
                sqlite3_bind_null(obs, 4);
            if (!o.text.isEmpty()) {
                const QByteArray t = o.text.toUtf8();
                sqlite3_bind_text(obs, 5, t.constData(), int(t.size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_null(obs, 5);
            }
            if (sqlite3_step(obs) != SQLITE_DONE) {
                *errorString = tr("cannot write readings: %1").arg(sqliteError(m_db));
                ok = false;
                break;
            }
            sqlite3_reset(obs);
            if (sqlite3_changes(m_db) == 1) {
                inserted.push_back(o);
                if (!newest || o.t > newest->t)
                    newest = &o;
            } else {
                ++counts->skipped;
            }
        }
        if (!ok)
            break;
        counts->imported += qsizetype(inserted.size());
        if (inserted.empty())
            continue;
        latest.reset();
        latest.bind(1, qint64(inserted.size())).bind(2, newest->t).bind(3, newest->value ? QVariant(*newest->value) : QVariant());
        latest.bind(4, newest->text.isEmpty() ? QVariant() : QVariant(newest->text)).bind(5, id).bind(6, newest->t);
        ok = latest.exec();
        if (ok && sqlite3_changes(m_db) == 0) {
            // Only older readings arrived (a back-fill): the latest value stays.
            countOnly.reset();
            countOnly.bind(1, qint64(inserted.size())).bind(2, id);
            ok = countOnly.exec();
        }
        if (!ok) {
            *errorString = tr("cannot write readings: %1").arg(sqliteError(m_db));
            break;
        }
        ok = alarms.evaluate(id, inserted, errorString);
    }
    sqlite3_finalize(obs);
    counts->alarmsRaised += alarms.raised();
    counts->alarmsEscalated += alarms.escalated();
    counts->alarmsCleared += alarms.cleared();
    return ok;
}
