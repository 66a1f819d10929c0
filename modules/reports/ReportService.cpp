#include "ReportService.h"

#include "CoordinateTransformer.h"
#include "DomainRegistry.h"
#include "ExifLocation.h"
#include "ReportRow.h"
#include "SqliteStatement.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <sqlite3.h>

#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReports, "ptuj.reports", QtInfoMsg)

namespace {

constexpr auto kUnknownDomain = "administration";

struct Category
{
    QString domain;
    QString nameSl;
    QString defaultService;
    int defaultPriority = 3;
    int dueDays = 14;
};

QHash<QString, Category> loadCategories(sqlite3 *db)
{
    QHash<QString, Category> out;
    SqliteStatement q(db, "SELECT service_code, domain, name_sl, default_service, default_priority, due_days "
                          "FROM report_categories");
    while (q.next())
        out.insert(q.text(0), {q.text(1), q.text(2), q.text(3), int(q.integer(4)), int(q.integer(5))});
    return out;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString shown(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

// Appends history rows through one prepared statement.
class HistoryWriter
{
public:
    explicit HistoryWriter(sqlite3 *db)
        : m_insert(db, "INSERT INTO report_history (report_id, at, who, action, field, old_value, new_value) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)")
    {
    }
    bool add(qint64 reportId, const QString &at, const QString &who, const QString &action, const QString &field,
             const QString &oldValue, const QString &newValue, QString *error)
    {
        m_insert.reset();
        m_insert.bind(1, reportId).bind(2, at).bind(3, who).bind(4, action);
        m_insert.bind(5, field.isEmpty() ? QVariant() : QVariant(field));
        m_insert.bind(6, oldValue.isNull() ? QVariant() : QVariant(oldValue));
        m_insert.bind(7, newValue.isNull() ? QVariant() : QVariant(newValue));
        if (!m_insert.exec()) {
            setError(error, m_insert.errorString());
            return false;
        }
        return true;
    }

private:
    SqliteStatement m_insert;
};

// Fields that are not worth a history row of their own: the location shows as lat/lon,
// the rest is bookkeeping; contacts are personal data and stay out of the audit trail.
bool audited(const QString &column)
{
    static const QSet<QString> skipped = {u"geom"_s,          u"local_updated_at"_s, u"local_fields"_s, u"warnings"_s,
                                          u"updated_at"_s,    u"contact_name"_s,     u"contact_email"_s,
                                          u"contact_phone"_s, u"location_source"_s,  u"remote_status"_s,
                                          u"resolved_at"_s,   u"unknown_category"_s};
    return !skipped.contains(column);
}

// Writes the changed columns of `after` and one history row per audited change.
class ReportWriter
{
public:
    explicit ReportWriter(sqlite3 *db)
        : m_db(db)
        , m_history(db)
        , m_insert(db, [] {
            const QStringList cols = ReportRow::columns();
            return (u"INSERT INTO reports ("_s + cols.join(u", "_s) + u") VALUES ("_s
                    + QStringList(cols.size(), u"?"_s).join(u", "_s) + u')')
                .toUtf8();
        }().constData())
        , m_update(db, [] {
            QStringList sets;
            for (const QString &c : ReportRow::columns())
                sets.append(c + u" = ?"_s);
            return (u"UPDATE reports SET "_s + sets.join(u", "_s) + u" WHERE fid = ?"_s).toUtf8();
        }().constData())
    {
    }

    std::optional<qint64> insert(const Report &r, QString *error)
    {
        m_insert.reset();
        const QVariantList values = ReportRow::values(r);
        for (qsizetype i = 0; i < values.size(); ++i)
            m_insert.bind(int(i) + 1, values[i]);
        if (!m_insert.exec()) {
            setError(error, m_insert.errorString());
            return std::nullopt;
        }
        return sqlite3_last_insert_rowid(m_db);
    }

    /// Returns the number of columns that changed (history rows only for audited ones); -1 on error.
    int update(const Report &before, const Report &after, const QString &at, const QString &who,
               const QString &action, QString *error)
    {
        const QVariantList oldValues = ReportRow::values(before);
        const QVariantList newValues = ReportRow::values(after);
        const QStringList &cols = ReportRow::columns();
        int changed = 0;
        bool anyChange = false;
        for (qsizetype i = 0; i < cols.size(); ++i) {
            if (oldValues[i] == newValues[i])
                continue;
            anyChange = true;
            ++changed;
            if (!audited(cols[i]))
                continue;
            if (!m_history.add(after.id, at, who, action, cols[i], shown(oldValues[i]), shown(newValues[i]), error))
                return -1;
        }
        if (!anyChange)
            return 0;
        m_update.reset();
        for (qsizetype i = 0; i < newValues.size(); ++i)
            m_update.bind(int(i) + 1, newValues[i]);
        m_update.bind(int(newValues.size()) + 1, after.id);
        if (!m_update.exec()) {
            setError(error, m_update.errorString());
            return -1;
        }
        return changed;
    }

    HistoryWriter &history() { return m_history; }

private:
    sqlite3 *m_db;
    HistoryWriter m_history;
    SqliteStatement m_insert;
    SqliteStatement m_update;
};

QString mimeTypeOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"jpg"_s || suffix == u"jpeg"_s)
        return u"image/jpeg"_s;
    if (suffix == u"png"_s)
        return u"image/png"_s;
    if (suffix == u"webp"_s)
        return u"image/webp"_s;
    if (suffix == u"heic"_s)
        return u"image/heic"_s;
    return u"application/octet-stream"_s;
}

struct Photo
{
    QString fileName;
    QByteArray data;
    std::optional<QPointF> exif;
};

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString statusFromRemote(const QString &remote, const QString &current, const QString &extension)
{
    // The finer status of a peer that speaks the console's extension (duplicate is set
    // once its original is known, after the batch).
    if (ReportStatus::isValid(extension) && extension != u"duplicate"_s)
        return extension;
    if (extension == u"duplicate"_s && current == u"duplicate"_s)
        return current;
    if (remote.compare(u"closed"_s, Qt::CaseInsensitive) == 0)
        return u"resolved"_s;
    return ReportStatus::isClosed(current) ? u"acknowledged"_s : current;
}

void markLocal(Report &r, const QString &field)
{
    if (!r.localFields.contains(field))
        r.localFields.append(field);
}

} // namespace

QJsonObject ReportImportSummary::toJson() const
{
    QJsonObject o{
        {u"ok"_s, ok},
        {u"source"_s, source},
        {u"received"_s, received},
        {u"imported"_s, imported},
        {u"updated"_s, updated},
        {u"unchanged"_s, unchanged},
        {u"kept_with_warning"_s, keptWithWarning},
        {u"rejected"_s, rejected},
        {u"services"_s, services},
        {u"rejections"_s, rejections},
        {u"warnings"_s, warnings},
        {u"kept_local"_s, keptLocal},
    };
    if (!ok)
        o.insert(u"error"_s, error);
    return o;
}

ReportService::ReportService(Store &store)
    : m_store(store)
{
}

QDateTime ReportService::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

std::optional<Report> ReportService::report(qint64 id) const
{
    return ReportRow::load(m_store.db(), id);
}

std::optional<Report> ReportService::reportBySourceId(const QString &source, const QString &serviceRequestId) const
{
    SqliteStatement q(m_store.db(), QByteArray("SELECT ").append(ReportRow::selectColumns())
                                        .append(" FROM reports WHERE source = ? AND service_request_id = ?").constData());
    q.bind(1, source).bind(2, serviceRequestId);
    if (!q.next())
        return std::nullopt;
    return ReportRow::read(q);
}

ReportImportSummary ReportService::importFile(const QString &path, const ReportImportOptions &options)
{
    ReportImportSummary summary;
    summary.source = options.source;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        summary.error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return summary;
    }
    const QByteArray data = file.readAll();
    const auto parsed = Open311::parseRequests(data, Open311::detectFormat(data, QFileInfo(path).suffix()), path);
    if (!parsed.ok) {
        summary.error = parsed.error;
        return summary;
    }
    ReportImportOptions withBase = options;
    if (withBase.mediaBaseDir.isEmpty())
        withBase.mediaBaseDir = QFileInfo(path).absolutePath();
    return importRequests(parsed.items, {}, withBase);
}

ReportImportSummary ReportService::importEndpoint(const QUrl &baseUrl, const Open311Client::Options &fetchOptions,
                                                  const ReportImportOptions &options)
{
    Open311Client client;
    const Open311Client::Result fetched = client.fetch(baseUrl, fetchOptions);
    if (!fetched.ok) {
        ReportImportSummary summary;
        summary.source = options.source;
        summary.error = fetched.error;
        return summary;
    }
    return importRequests(fetched.requests, fetched.services, options);
}

ReportImportSummary ReportService::importRequests(const QList<Open311::ServiceRequest> &requests,
                                                  const QList<Open311::ServiceDefinition> &services,
                                                  const ReportImportOptions &options)
{
    ReportImportSummary summary;
    summary.source = options.source;
    summary.received = int(requests.size());
    sqlite3 *db = m_store.db();
    const QDateTime importTime = options.now.isValid() ? options.now : now();
    const QString at = ReportText::isoUtc(importTime);

    CoordinateTransformer toD96(u"EPSG:4326"_s, u"EPSG:3794"_s);
    if (!toD96.isValid()) {
        summary.error = u"cannot transform WGS84 to D96/TM: %1"_s.arg(toD96.errorString());
        return summary;
    }
    QString error;
    if (!m_store.beginWrite(&error)) {
        summary.error = error;
        return summary;
    }
    const auto fail = [&](const QString &message) {
        m_store.rollback();
        summary = ReportImportSummary();
        summary.source = options.source;
        summary.received = int(requests.size());
        summary.error = u"nothing was imported, the store is unchanged: %1"_s.arg(explainStoreError(message));
        qCWarning(lcReports) << summary.error;
        return summary;
    };

    // Services the endpoint lists: new codes become categories without a domain until
    // someone maps them, so their reports are flagged rather than guessed.
    {
        SqliteStatement upsert(db, "INSERT INTO report_categories (service_code, domain, name_sl) VALUES (?, NULL, ?) "
                                   "ON CONFLICT (service_code) DO UPDATE SET name_sl = coalesce(name_sl, excluded.name_sl)");
        for (const auto &s : services) {
            if (s.serviceCode.isEmpty())
                continue;
            upsert.reset();
            upsert.bind(1, s.serviceCode).bind(2, s.serviceName);
            if (!upsert.exec())
                return fail(upsert.errorString());
            ++summary.services;
        }
    }
    const QHash<QString, Category> categories = loadCategories(db);

    QHash<QString, QString> serviceByName;
    {
        SqliteStatement q(db, "SELECT id, name FROM report_services");
        while (q.next()) {
            serviceByName.insert(q.text(1).toCaseFolded(), q.text(0));
            serviceByName.insert(q.text(0).toCaseFolded(), q.text(0));
        }
    }
    QList<std::pair<QString, QString>> duplicates;  // service_request_id → the one it duplicates

    // The last entry of an id wins: a later entry in one answer is the newer state.
    QHash<QString, qsizetype> lastIndex;
    for (qsizetype i = 0; i < requests.size(); ++i)
        lastIndex.insert(requests[i].serviceRequestId.trimmed(), i);

    // The R-tree triggers call GDAL's ST_MinX … on every row, which was half the time of a
    // large import (measured: 30,000 requests 2.4 s with them, 1.1 s without). Within this
    // transaction they are set aside and the index is written directly from the known
    // position; their exact SQL is put back before commit, so QGIS edits keep the index.
    QList<QByteArray> setAside;
    {
        SqliteStatement triggers(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                     "('rtree_reports_geom_insert', 'rtree_reports_geom_update1')");
        QStringList names;
        while (triggers.next()) {
            names.append(triggers.text(0));
            setAside.append(triggers.text(1).toUtf8());
        }
        for (const QString &name : std::as_const(names)) {
            if (!sqliteExec(db, (u"DROP TRIGGER \""_s + name + u'"').toUtf8().constData(), &error))
                return fail(error);
        }
    }
    SqliteStatement index(db, "INSERT OR REPLACE INTO rtree_reports_geom (id, minx, maxx, miny, maxy) VALUES (?, ?, ?, ?, ?)");
    const auto writeIndex = [&index](qint64 fid, QPointF p) {
        index.reset();
        index.bind(1, fid).bind(2, p.x()).bind(3, p.x()).bind(4, p.y()).bind(5, p.y());
        return index.exec();
    };

    ReportWriter writer(db);
    SqliteStatement find(db, QByteArray("SELECT ").append(ReportRow::selectColumns())
                                 .append(" FROM reports WHERE source = ? AND service_request_id = ?").constData());
    SqliteStatement photoExists(db, "SELECT 1 FROM report_photos WHERE report_id = ? AND file_name = ?");
    SqliteStatement addPhoto(db, "INSERT INTO report_photos (report_id, file_name, mime_type, size, data, exif_lat, "
                                 "exif_lon, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QDir mediaDir(options.mediaBaseDir.isEmpty() ? QDir::currentPath() : options.mediaBaseDir);

    for (qsizetype i = 0; i < requests.size(); ++i) {
        const Open311::ServiceRequest &in = requests[i];
        const QString id = in.serviceRequestId.trimmed();
        const auto reject = [&](const QString &reason) {
            ++summary.rejected;
            summary.rejections.append(QJsonObject{{u"index"_s, int(i)}, {u"service_request_id"_s, id},
                                                  {u"reason"_s, reason}});
        };
        if (id.isEmpty()) {
            reject(u"no service_request_id"_s);
            continue;
        }
        if (lastIndex.value(id) != i) {
            reject(u"duplicate service_request_id in this batch: this entry is ignored, the last one (entry %1) is kept"_s
                       .arg(lastIndex.value(id)));
            continue;
        }
        QStringList warnings;

        // Photo first: its EXIF position stands in for a missing location.
        std::optional<Photo> photo;
        const QString media = in.mediaUrl.trimmed();
        if (!media.isEmpty() && !media.startsWith(u"http://"_s) && !media.startsWith(u"https://"_s)) {
            const QUrl url(media);
            const QString local = url.isLocalFile() ? url.toLocalFile() : mediaDir.absoluteFilePath(media);
            QFile f(local);
            if (f.open(QIODevice::ReadOnly)) {
                Photo p{QFileInfo(local).fileName(), f.readAll(), std::nullopt};
                p.exif = ExifLocation::read(p.data);
                photo = p;
            } else {
                warnings.append(u"photo file %1 not found; the report is kept without the photo"_s.arg(media));
            }
        }

        // Location: as received, or from the photo.
        std::optional<double> lat, lon;
        QString locationSource = u"open311"_s;
        const QString latText = in.lat.trimmed(), lonText = in.lon.trimmed();
        if (latText.isEmpty() && lonText.isEmpty()) {
            if (photo && photo->exif) {
                lon = photo->exif->x();
                lat = photo->exif->y();
                locationSource = u"exif"_s;
                warnings.append(u"no location given; the photo's GPS position is used"_s);
            } else {
                reject(u"no location: neither lat/long nor a photo with a GPS position; ask the reporter where it is"_s);
                continue;
            }
        } else {
            lat = number(latText);
            lon = number(lonText);
            if (!lat || !lon || std::abs(*lat) > 90 || std::abs(*lon) > 180) {
                reject(u"broken coordinates (lat '%1', long '%2'): not numbers in degrees"_s.arg(latText, lonText));
                continue;
            }
        }
        if (!ReportGeometry::insideSlovenia(*lon, *lat)) {
            const bool swapped = ReportGeometry::insideSlovenia(*lat, *lon);
            reject(u"coordinates outside Slovenia (lat %1, long %2)%3; accepted: longitude %4–%5° E, latitude %6–%7° N (WGS84)"_s
                       .arg(*lat)
                       .arg(*lon)
                       .arg(swapped ? u": lat and long look swapped"_s : QString())
                       .arg(ReportGeometry::kMinLon)
                       .arg(ReportGeometry::kMaxLon)
                       .arg(ReportGeometry::kMinLat)
                       .arg(ReportGeometry::kMaxLat));
            continue;
        }
        const auto d96 = toD96.transform(QPointF(*lon, *lat));
        if (!d96) {
            reject(u"broken coordinates (lat %1, long %2): PROJ cannot transform them"_s.arg(*lat).arg(*lon));
            continue;
        }

        const QString code = in.serviceCode.trimmed();
        const auto category = categories.constFind(code);
        const bool known = category != categories.constEnd() && !category->domain.isEmpty();
        if (!known)
            warnings.append(u"unknown service_code '%1': kept for triage in the %2 domain; map the code in the "
                            "category table"_s.arg(code, QLatin1StringView(kUnknownDomain)));

        // The remote state as a report.
        find.reset();
        find.bind(1, options.source).bind(2, id);
        const bool exists = find.next();
        const std::optional<Report> current = exists ? std::optional<Report>(ReportRow::read(find)) : std::nullopt;
        if (!find.errorString().isEmpty())
            return fail(find.errorString());
        const QDateTime remoteUpdated = ReportText::parseDate(in.updatedDatetime);
        if (current && current->updatedAt.isValid() && remoteUpdated.isValid() && remoteUpdated <= current->updatedAt) {
            ++summary.unchanged;
            continue;
        }

        Report r = current.value_or(Report());
        r.source = options.source;
        r.serviceRequestId = id;
        if (!r.localFields.contains(u"service_code"_s)) {
            r.serviceCode = code;
            r.serviceName = in.serviceName.isEmpty() && known ? category->nameSl : in.serviceName;
            r.domain = known ? category->domain : QString::fromLatin1(kUnknownDomain);
            r.unknownCategory = !known;
        } else if (code != r.serviceCode) {
            summary.keptLocal.append(QJsonObject{{u"service_request_id"_s, id}, {u"field"_s, u"service_code"_s},
                                                 {u"local"_s, r.serviceCode}, {u"remote"_s, code}});
        }
        r.description = in.description;
        r.address = in.address;
        r.lat = lat;
        r.lon = lon;
        r.position = *d96;
        r.locationSource = locationSource;
        r.remoteStatus = in.status;
        r.mediaUrl = media;
        r.requestedAt = ReportText::parseDate(in.requestedDatetime);
        r.updatedAt = remoteUpdated;
        if (!in.email.isEmpty())
            r.contactEmail = in.email;
        if (!in.phone.isEmpty())
            r.contactPhone = in.phone;
        if (!in.name.isEmpty())
            r.contactName = in.name;
        r.warnings = warnings;

        const QString remoteStatus = statusFromRemote(in.status, r.status, in.ptujStatus);
        if (r.localFields.contains(u"status"_s)) {
            if (remoteStatus != r.status && current)
                summary.keptLocal.append(QJsonObject{{u"service_request_id"_s, id}, {u"field"_s, u"status"_s},
                                                     {u"local"_s, r.status}, {u"remote"_s, in.status}});
        } else {
            if (remoteStatus == u"resolved"_s && r.status != u"resolved"_s)
                r.resolvedAt = remoteUpdated.isValid() ? remoteUpdated : importTime;
            r.status = remoteStatus;
        }
        if (r.localFields.contains(u"public_answer"_s)) {
            if (!in.statusNotes.isEmpty() && in.statusNotes != r.publicAnswer)
                summary.keptLocal.append(QJsonObject{{u"service_request_id"_s, id}, {u"field"_s, u"public_answer"_s},
                                                     {u"local"_s, r.publicAnswer}, {u"remote"_s, in.statusNotes}});
        } else {
            r.publicAnswer = in.statusNotes;
        }
        if (!current) {
            // Routing by category: default service, priority and due date.
            if (known) {
                r.service = category->defaultService;
                r.priority = std::clamp(category->defaultPriority, 1, 4);
                if (r.requestedAt.isValid())
                    r.dueAt = r.requestedAt.addDays(category->dueDays);
            }
            if (r.status == u"resolved"_s && !r.resolvedAt.isValid())
                r.resolvedAt = r.requestedAt;
        }
        if (!r.localFields.contains(u"priority"_s)) {
            const int priority = in.ptujPriority.toInt();
            if (priority >= 1 && priority <= 4)
                r.priority = priority;
        }
        if (!r.localFields.contains(u"service"_s) && !in.agencyResponsible.isEmpty()) {
            const QString serviceId = serviceByName.value(in.agencyResponsible.trimmed().toCaseFolded());
            if (!serviceId.isEmpty())
                r.service = serviceId;
        }
        if (!in.ptujDuplicateOf.isEmpty() && !r.localFields.contains(u"duplicate_of"_s))
            duplicates.append({id, in.ptujDuplicateOf.trimmed()});
        const QDateTime expected = ReportText::parseDate(in.expectedDatetime);
        if (expected.isValid() && !r.localFields.contains(u"due_at"_s))
            r.dueAt = expected;

        qint64 reportId = r.id;
        if (!current) {
            const auto newId = writer.insert(r, &error);
            if (!newId)
                return fail(error);
            reportId = *newId;
            if (!writeIndex(reportId, *r.position))
                return fail(index.errorString());
            if (!writer.history().add(reportId, at, options.user, u"import"_s, QString(), QString(),
                                      u"created from %1 (%2)"_s.arg(options.source, id), &error))
                return fail(error);
            ++summary.imported;
        } else {
            const int changed = writer.update(*current, r, at, options.user, u"import"_s, &error);
            if (changed < 0)
                return fail(error);
            if (changed == 0) {
                ++summary.unchanged;
                continue;
            }
            if (current->position != r.position && !writeIndex(reportId, *r.position))
                return fail(index.errorString());
            ++summary.updated;
        }
        if (photo) {
            photoExists.reset();
            photoExists.bind(1, reportId).bind(2, photo->fileName);
            if (!photoExists.next()) {
                addPhoto.reset();
                addPhoto.bind(1, reportId).bind(2, photo->fileName).bind(3, mimeTypeOf(photo->fileName));
                addPhoto.bind(4, qint64(photo->data.size())).bind(5, photo->data);
                addPhoto.bind(6, photo->exif ? QVariant(photo->exif->y()) : QVariant());
                addPhoto.bind(7, photo->exif ? QVariant(photo->exif->x()) : QVariant());
                addPhoto.bind(8, at);
                if (!addPhoto.exec())
                    return fail(addPhoto.errorString());
            }
        }
        if (!warnings.isEmpty()) {
            ++summary.keptWithWarning;
            for (const QString &w : std::as_const(warnings))
                summary.warnings.append(QJsonObject{{u"service_request_id"_s, id}, {u"warning"_s, w}});
        }
    }
    if (!duplicates.isEmpty()) {
        SqliteStatement lookup(db, "SELECT fid, status, duplicate_of FROM reports WHERE source = ? AND service_request_id = ?");
        SqliteStatement mark(db, "UPDATE reports SET status = 'duplicate', duplicate_of = ? WHERE fid = ?");
        for (const auto &[dupId, originalId] : std::as_const(duplicates)) {
            lookup.reset();
            lookup.bind(1, options.source).bind(2, originalId);
            const qint64 original = lookup.next() ? lookup.integer(0) : -1;
            lookup.reset();
            lookup.bind(1, options.source).bind(2, dupId);
            if (!lookup.next())
                continue;
            const qint64 fid = lookup.integer(0);
            const QString oldStatus = lookup.text(1);
            const QString oldOriginal = lookup.isNull(2) ? QString() : QString::number(lookup.integer(2));
            if (original < 0 || original == fid) {
                summary.warnings.append(QJsonObject{{u"service_request_id"_s, dupId},
                                                    {u"warning"_s, u"marked a duplicate of %1, which is not in the store; "
                                                                   "kept as a report of its own"_s.arg(originalId)}});
                continue;
            }
            if (oldOriginal == QString::number(original) && oldStatus == u"duplicate"_s)
                continue;
            mark.reset();
            mark.bind(1, original).bind(2, fid);
            if (!mark.exec()
                || !writer.history().add(fid, at, options.user, u"import"_s, u"status"_s, oldStatus, u"duplicate"_s, &error)
                || !writer.history().add(fid, at, options.user, u"import"_s, u"duplicate_of"_s, oldOriginal,
                                         QString::number(original), &error))
                return fail(mark.errorString().isEmpty() ? error : mark.errorString());
        }
    }
    for (const QByteArray &sql : std::as_const(setAside)) {
        if (!sqliteExec(db, sql.constData(), &error))
            return fail(error);
    }
    // The GeoPackage wants last_change with milliseconds; the extent helps QGIS zoom to the layer.
    SqliteStatement touch(db, "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                              "min_x = (SELECT min(minx) FROM rtree_reports_geom), min_y = (SELECT min(miny) FROM rtree_reports_geom), "
                              "max_x = (SELECT max(maxx) FROM rtree_reports_geom), max_y = (SELECT max(maxy) FROM rtree_reports_geom) "
                              "WHERE table_name = 'reports'");
    if (!touch.exec())
        return fail(touch.errorString());
    if (!m_store.commit(&error))
        return fail(error);
    summary.ok = true;
    return summary;
}

bool ReportService::edit(qint64 id, const QString &user, const QString &action, QString *error, const Change &change,
                         const AfterWrite &after)
{
    if (user.trimmed().isEmpty()) {
        setError(error, u"who makes the change is not known; sign in (or pass --user)"_s);
        return false;
    }
    if (!m_store.beginWrite(error))
        return false;
    const auto current = ReportRow::load(m_store.db(), id);
    if (!current) {
        m_store.rollback();
        setError(error, u"there is no report %1"_s.arg(id));
        return false;
    }
    Report updated = *current;
    const QString why = change(updated);
    if (!why.isEmpty()) {
        m_store.rollback();
        setError(error, u"report %1 (%2): %3"_s.arg(id).arg(current->serviceRequestId, why));
        return false;
    }
    updated.localUpdatedAt = now();
    ReportWriter writer(m_store.db());
    QString message;
    if (writer.update(*current, updated, ReportText::isoUtc(now()), user, action, &message) < 0
        || (after && !after(*current, updated, &message))) {
        m_store.rollback();
        setError(error, explainStoreError(message));
        return false;
    }
    return m_store.commit(error);
}

bool ReportService::setStatus(qint64 id, const QString &status, const QString &user, QString *error)
{
    return edit(id, user, u"status"_s, error, [&](Report &r) -> QString {
        const QString why = ReportStatus::whyNot(r.status, status);
        if (!why.isEmpty())
            return why;
        if ((status == u"resolved"_s || status == u"rejected"_s) && r.publicAnswer.trimmed().isEmpty())
            return u"%1 needs a public answer for the citizen; write one or pick a reply template"_s.arg(
                status == u"resolved"_s ? u"resolving"_s : u"rejecting"_s);
        if (status == u"duplicate"_s && r.duplicateOf <= 0)
            return u"say which report it duplicates (mark duplicate)"_s;
        if (status == u"assigned"_s && r.service.isEmpty())
            return u"assign a service first"_s;
        if (ReportStatus::isClosed(r.status) && !ReportStatus::isClosed(status)) {
            r.resolvedAt = QDateTime();
            if (r.status == u"duplicate"_s)
                r.duplicateOf = -1;
        }
        if (status == u"resolved"_s)
            r.resolvedAt = now();
        r.status = status;
        markLocal(r, u"status"_s);
        return {};
    });
}

bool ReportService::acknowledge(qint64 id, const QString &user, QString *error)
{
    return setStatus(id, u"acknowledged"_s, user, error);
}

bool ReportService::reopen(qint64 id, const QString &user, QString *error)
{
    return setStatus(id, u"acknowledged"_s, user, error);
}

bool ReportService::assign(qint64 id, const QString &serviceId, const QString &user, QString *error)
{
    SqliteStatement q(m_store.db(), "SELECT name FROM report_services WHERE id = ? AND active = 1");
    q.bind(1, serviceId);
    if (!q.next()) {
        QStringList ids;
        SqliteStatement all(m_store.db(), "SELECT id FROM report_services WHERE active = 1 ORDER BY id");
        while (all.next())
            ids.append(all.text(0));
        setError(error, u"unknown service '%1'; use one of: %2"_s.arg(serviceId, ids.join(u", "_s)));
        return false;
    }
    return edit(id, user, u"assign"_s, error, [&](Report &r) -> QString {
        if (ReportStatus::isClosed(r.status))
            return u"the report is %1; reopen it before assigning it"_s.arg(r.status);
        r.service = serviceId;
        markLocal(r, u"service"_s);
        if (r.status == u"new"_s || r.status == u"acknowledged"_s) {
            r.status = u"assigned"_s;
            markLocal(r, u"status"_s);
        }
        return {};
    });
}

bool ReportService::setPriority(qint64 id, int priority, const QString &user, QString *error)
{
    return edit(id, user, u"priority"_s, error, [&](Report &r) -> QString {
        if (priority < 1 || priority > 4)
            return u"priority %1 is out of range; use 1 (urgent) to 4 (low)"_s.arg(priority);
        r.priority = priority;
        markLocal(r, u"priority"_s);
        return {};
    });
}

bool ReportService::setDueDate(qint64 id, const QDateTime &due, const QString &user, QString *error)
{
    return edit(id, user, u"due"_s, error, [&](Report &r) -> QString {
        r.dueAt = due;
        markLocal(r, u"due_at"_s);
        return {};
    });
}

bool ReportService::setCategory(qint64 id, const QString &serviceCode, const QString &user, QString *error)
{
    const QHash<QString, Category> categories = loadCategories(m_store.db());
    const auto category = categories.constFind(serviceCode);
    if (category == categories.constEnd() || category->domain.isEmpty()) {
        setError(error, u"unknown or unmapped category '%1'; use one of: %2"_s.arg(serviceCode, [&] {
            QStringList codes;
            for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
                if (!it->domain.isEmpty())
                    codes.append(it.key());
            }
            codes.sort();
            return codes.join(u", "_s);
        }()));
        return false;
    }
    return edit(id, user, u"category"_s, error, [&](Report &r) -> QString {
        r.serviceCode = serviceCode;
        r.serviceName = category->nameSl;
        r.domain = category->domain;
        r.unknownCategory = false;
        markLocal(r, u"service_code"_s);
        return {};
    });
}

bool ReportService::setPublicAnswer(qint64 id, const QString &publicAnswer, const QString &user, QString *error)
{
    return edit(id, user, u"answer"_s, error, [&](Report &r) -> QString {
        r.publicAnswer = publicAnswer.trimmed();
        markLocal(r, u"public_answer"_s);
        return {};
    });
}

bool ReportService::resolve(qint64 id, const QString &publicAnswer, const QString &user, QString *error)
{
    return edit(id, user, u"resolve"_s, error, [&](Report &r) -> QString {
        const QString why = ReportStatus::whyNot(r.status, u"resolved"_s);
        if (!why.isEmpty())
            return why;
        if (publicAnswer.trimmed().isEmpty())
            return u"resolving needs a public answer for the citizen; write one or pick a reply template"_s;
        r.status = u"resolved"_s;
        r.resolvedAt = now();
        r.publicAnswer = publicAnswer.trimmed();
        markLocal(r, u"status"_s);
        markLocal(r, u"public_answer"_s);
        return {};
    });
}

bool ReportService::reject(qint64 id, const QString &publicAnswer, const QString &user, QString *error)
{
    return edit(id, user, u"reject"_s, error, [&](Report &r) -> QString {
        const QString why = ReportStatus::whyNot(r.status, u"rejected"_s);
        if (!why.isEmpty())
            return why;
        if (publicAnswer.trimmed().isEmpty())
            return u"rejecting needs a public answer that tells the citizen why"_s;
        r.status = u"rejected"_s;
        r.publicAnswer = publicAnswer.trimmed();
        markLocal(r, u"status"_s);
        markLocal(r, u"public_answer"_s);
        return {};
    });
}

bool ReportService::addNote(qint64 id, const QString &note, const QString &user, QString *error)
{
    return edit(id, user, u"note"_s, error, [&](Report &r) -> QString {
        if (note.trimmed().isEmpty())
            return u"the note is empty"_s;
        const QString line = u"[%1 %2] %3"_s.arg(now().toUTC().toString(u"yyyy-MM-dd HH:mm"_s), user, note.trimmed());
        r.internalNotes = r.internalNotes.isEmpty() ? line : r.internalNotes + u'\n' + line;
        return {};
    });
}

bool ReportService::addFollower(qint64 id, const QString &contact, const QString &user, QString *error)
{
    return edit(id, user, u"follow"_s, error, [&](Report &) -> QString {
        return contact.trimmed().isEmpty() ? u"no contact given"_s : QString();
    }, [&](const Report &, const Report &after, QString *message) {
        SqliteStatement add(m_store.db(), "INSERT OR IGNORE INTO report_followers (report_id, contact, added_at) VALUES (?, ?, ?)");
        add.bind(1, after.id).bind(2, contact.trimmed()).bind(3, ReportText::isoUtc(now()));
        if (!add.exec()) {
            *message = add.errorString();
            return false;
        }
        return HistoryWriter(m_store.db()).add(after.id, ReportText::isoUtc(now()), user, u"follow"_s, u"followers"_s,
                                               QString(), u"+1"_s, message);
    });
}

bool ReportService::markDuplicate(qint64 id, qint64 originalId, const QString &user, QString *error)
{
    // Point at the root of a chain, so followers gather on one report.
    qint64 root = originalId;
    for (int guard = 0; guard < 100; ++guard) {
        const auto original = ReportRow::load(m_store.db(), root);
        if (!original) {
            setError(error, u"there is no report %1 to mark report %2 a duplicate of"_s.arg(root).arg(id));
            return false;
        }
        if (original->status != u"duplicate"_s || original->duplicateOf <= 0)
            break;
        root = original->duplicateOf;
    }
    if (root == id) {
        setError(error, u"report %1 cannot be a duplicate of itself"_s.arg(id));
        return false;
    }
    return edit(id, user, u"duplicate"_s, error, [&](Report &r) -> QString {
        const QString why = ReportStatus::whyNot(r.status, u"duplicate"_s);
        if (!why.isEmpty())
            return why;
        r.status = u"duplicate"_s;
        r.duplicateOf = root;
        markLocal(r, u"status"_s);
        markLocal(r, u"duplicate_of"_s);
        return {};
    }, [&](const Report &, const Report &after, QString *message) {
        sqlite3 *db = m_store.db();
        const QString at = ReportText::isoUtc(now());
        const auto count = [db](qint64 reportId) {
            SqliteStatement q(db, "SELECT count(*) FROM report_followers WHERE report_id = ?");
            q.bind(1, reportId);
            return q.next() ? q.integer(0) : 0;
        };
        const qint64 before = count(root);
        SqliteStatement move(db, "INSERT OR IGNORE INTO report_followers (report_id, contact, added_at) "
                                 "SELECT ?, contact, added_at FROM report_followers WHERE report_id = ?");
        move.bind(1, root).bind(2, after.id);
        SqliteStatement drop(db, "DELETE FROM report_followers WHERE report_id = ?");
        drop.bind(1, after.id);
        SqliteStatement reporter(db, "INSERT OR IGNORE INTO report_followers (report_id, contact, added_at) VALUES (?, ?, ?)");
        const QString contact = !after.contactEmail.isEmpty() ? after.contactEmail : after.contactPhone;
        reporter.bind(1, root).bind(2, contact).bind(3, at);
        // Reports that duplicated this one now duplicate the original.
        SqliteStatement repoint(db, "UPDATE reports SET duplicate_of = ? WHERE duplicate_of = ?");
        repoint.bind(1, root).bind(2, after.id);
        if (!move.exec() || !drop.exec() || (!contact.isEmpty() && !reporter.exec()) || !repoint.exec()) {
            *message = !move.errorString().isEmpty() ? move.errorString()
                     : !drop.errorString().isEmpty() ? drop.errorString()
                     : !reporter.errorString().isEmpty() ? reporter.errorString() : repoint.errorString();
            return false;
        }
        const qint64 afterCount = count(root);
        HistoryWriter history(db);
        return history.add(root, at, user, u"merge"_s, u"followers"_s, QString::number(before),
                           QString::number(afterCount), message)
            && history.add(root, at, user, u"merge"_s, u"duplicates"_s, QString(),
                           u"+ report %1 (%2)"_s.arg(after.id).arg(after.serviceRequestId), message);
    });
}

bool ReportService::saveReplyTemplate(const QString &name, const QString &status, const QString &textSl,
                                      const QString &textEn, QString *error)
{
    if (name.trimmed().isEmpty() || textSl.trimmed().isEmpty()) {
        setError(error, u"a reply template needs a name and a Slovenian text"_s);
        return false;
    }
    if (!m_store.beginWrite(error))
        return false;
    SqliteStatement q(m_store.db(), "INSERT INTO report_reply_templates (name, status, text_sl, text_en) VALUES (?, ?, ?, ?) "
                                    "ON CONFLICT (name) DO UPDATE SET status = excluded.status, text_sl = excluded.text_sl, "
                                    "text_en = excluded.text_en");
    q.bind(1, name.trimmed()).bind(2, status.isEmpty() ? QVariant() : QVariant(status)).bind(3, textSl).bind(4, textEn);
    if (!q.exec()) {
        m_store.rollback();
        setError(error, explainStoreError(q.errorString()));
        return false;
    }
    return m_store.commit(error);
}

QJsonArray ReportService::exportOpen311(const QDateTime &since) const
{
    QJsonArray out;
    SqliteStatement q(m_store.db(),
                      "SELECT r.service_request_id, r.status, r.public_answer, r.local_updated_at, r.service_code, "
                      "s.name, r.due_at, d.service_request_id, r.source, r.priority "
                      "FROM reports r LEFT JOIN report_services s ON s.id = r.service "
                      "LEFT JOIN reports d ON d.fid = r.duplicate_of "
                      "WHERE r.local_updated_at IS NOT NULL AND (? IS NULL OR r.local_updated_at >= ?) "
                      "ORDER BY r.local_updated_at, r.fid");
    const QVariant sinceText = since.isValid() ? QVariant(ReportText::isoUtc(since)) : QVariant();
    q.bind(1, sinceText).bind(2, sinceText);
    while (q.next()) {
        const QString status = q.text(1);
        QJsonObject o{
            {u"service_request_id"_s, q.text(0)},
            {u"status"_s, ReportStatus::isClosed(status) ? u"closed"_s : u"open"_s},
            {u"status_notes"_s, q.text(2)},
            {u"updated_datetime"_s, q.text(3)},
            {u"service_code"_s, q.text(4)},
            {u"agency_responsible"_s, q.text(5)},
            {u"expected_datetime"_s, q.isNull(6) ? QJsonValue() : QJsonValue(q.text(6))},
            // Extensions: the console's finer status, so a peer that understands them can use them.
            {u"ptuj_status"_s, status},
            {u"ptuj_priority"_s, q.integer(9)},
            {u"ptuj_source"_s, q.text(8)},
        };
        if (!q.isNull(7))
            o.insert(u"ptuj_duplicate_of"_s, q.text(7));
        out.append(o);
    }
    return out;
}
