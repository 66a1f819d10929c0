#include "ReportImporter.h"

#include "CoordinateTransformer.h"
#include "ExifLocation.h"
#include "LocalReference.h"
#include "ReportRow.h"
#include "ReportWriter.h"
#include "SpatialIndex.h"
#include "SqliteStatement.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>

#include <sqlite3.h>

#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReportImport, "ptuj.reports.import", QtInfoMsg)

namespace {

constexpr auto kUnknownDomain = "administration";

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
    QString t = text.trimmed();
    // A decimal comma (46,41 from a Slovenian spreadsheet) is a way of writing, not an error.
    if (!t.contains(u'.') && t.count(u',') == 1)
        t.replace(u',', u'.');
    const double v = t.toDouble(&ok);
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

ReportImporter::ReportImporter(Store &store)
    : m_store(store)
{
}

ReportImportSummary ReportImporter::run(const QList<Open311::ServiceRequest> &requests,
                                        const QList<Open311::ServiceDefinition> &services,
                                        const ReportImportOptions &options)
{
    ReportImportSummary summary;
    summary.source = options.source;
    summary.received = int(requests.size());
    sqlite3 *db = m_store.db();
    const QDateTime importTime = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    const QString at = ReportText::isoUtc(importTime);

    const CoordinateTransformer &toD96 = *CoordinateTransformer::forThread(u"EPSG:4326"_s, u"EPSG:3794"_s);
    if (!toD96.isValid()) {
        summary.error = QCoreApplication::translate("ReportImporter", "cannot transform WGS84 to D96/TM: %1").arg(toD96.errorString());
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
        summary.error = QCoreApplication::translate("ReportImporter", "nothing was imported, the store is unchanged: %1").arg(explainStoreError(message));
        qCWarning(lcReportImport) << summary.error;
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
    const QHash<QString, ReportCategory> categories = loadReportCategories(db);

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
    const auto setAside = SpatialIndex::suspendTriggers(db, u"reports"_s, u"geom"_s, &error);
    if (!setAside)
        return fail(error);
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

    for (qsizetype i = 0; i < requests.size(); ++i) {
        const Open311::ServiceRequest &in = requests[i];
        const QString id = in.serviceRequestId.trimmed();
        const auto reject = [&](const QString &reason) {
            ++summary.rejected;
            summary.rejections.append(QJsonObject{{u"index"_s, int(i)}, {u"service_request_id"_s, id},
                                                  {u"reason"_s, reason}});
        };
        if (id.isEmpty()) {
            reject(QCoreApplication::translate("ReportImporter", "no service_request_id"));
            continue;
        }
        if (!in.problem.isEmpty()) {
            reject(in.problem);
            continue;
        }
        if (lastIndex.value(id) != i) {
            reject(QCoreApplication::translate("ReportImporter", "duplicate service_request_id in this batch: this entry is ignored, the last one (entry %1) is kept")
                       .arg(lastIndex.value(id)));
            continue;
        }
        QStringList warnings;

        // Photo first: its EXIF position stands in for a missing location. http(s) photos
        // stay links. A local one is read only from a local import, and only inside the
        // import file's folder (LocalReference); a remote source never names a local path.
        std::optional<Photo> photo;
        const QString media = in.mediaUrl.trimmed();
        if (!media.isEmpty() && LocalReference::isLocal(media)) {
            if (options.mediaBaseDir.isEmpty()) {
                warnings.append(QCoreApplication::translate("ReportImporter", "the photo '%1' names a local file, which a remote source may not: it is not read "
                                "(the report is kept without the photo)").arg(media.left(200)));
            } else {
                LocalReference::Result read = LocalReference::readInside(options.mediaBaseDir, media);
                if (read.ok) {
                    Photo p{QFileInfo(read.path).fileName(), std::move(read.data), std::nullopt};
                    p.exif = ExifLocation::read(p.data);
                    photo = std::move(p);
                } else {
                    warnings.append(QCoreApplication::translate("ReportImporter", "photo not read: %1; the report is kept without the photo").arg(read.error));
                }
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
                warnings.append(QCoreApplication::translate("ReportImporter", "no location given; the photo's GPS position is used"));
            } else {
                reject(QCoreApplication::translate("ReportImporter", "no location: neither lat/long nor a photo with a GPS position; ask the reporter where it is"));
                continue;
            }
        } else {
            lat = number(latText);
            lon = number(lonText);
            if (!lat || !lon || std::abs(*lat) > 90 || std::abs(*lon) > 180) {
                reject(QCoreApplication::translate("ReportImporter", "broken coordinates (lat '%1', long '%2'): not numbers in degrees").arg(latText, lonText));
                continue;
            }
        }
        if (!ReportGeometry::insideSlovenia(*lon, *lat)) {
            const bool swapped = ReportGeometry::insideSlovenia(*lat, *lon);
            reject(QCoreApplication::translate("ReportImporter", "coordinates outside Slovenia (lat %1, long %2)%3; accepted: longitude %4–%5° E, latitude %6–%7° N (WGS84)")
                       .arg(*lat)
                       .arg(*lon)
                       .arg(swapped ? QCoreApplication::translate("ReportImporter", ": lat and long look swapped") : QString())
                       .arg(ReportGeometry::kMinLon)
                       .arg(ReportGeometry::kMaxLon)
                       .arg(ReportGeometry::kMinLat)
                       .arg(ReportGeometry::kMaxLat));
            continue;
        }
        const auto d96 = toD96.transform(QPointF(*lon, *lat));
        if (!d96) {
            reject(QCoreApplication::translate("ReportImporter", "broken coordinates (lat %1, long %2): PROJ cannot transform them").arg(*lat).arg(*lon));
            continue;
        }

        const QString code = in.serviceCode.trimmed();
        const auto category = categories.constFind(code);
        const bool known = category != categories.constEnd() && !category->domain.isEmpty();
        if (!known)
            warnings.append(QCoreApplication::translate("ReportImporter", "unknown service_code '%1': kept for triage in the %2 domain; map the code in the "
                            "category table").arg(code, QLatin1StringView(kUnknownDomain)));

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
        // Closed elsewhere without a word to the citizen: kept as the source says, and flagged
        // so a clerk writes the answer the console would have required.
        if ((r.status == u"resolved"_s || r.status == u"rejected"_s) && in.statusNotes.trimmed().isEmpty()
            && r.publicAnswer.trimmed().isEmpty())
            warnings.append(QCoreApplication::translate("ReportImporter", "%1 in %2 without a public answer (status_notes); the citizen has not been told why: "
                            "write the answer in the report card")
                                .arg(r.status == u"resolved"_s ? u"resolved"_s : u"rejected"_s, options.source));
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

        r.warnings = warnings;

        qint64 reportId = r.id;
        if (!current) {
            const auto newId = writer.insert(r, &error);
            if (!newId)
                return fail(error);
            reportId = *newId;
            if (!writeIndex(reportId, *r.position))
                return fail(index.errorString());
            if (!writer.history().add(reportId, at, options.actor.name(), u"import"_s, QString(), QString(),
                                      u"created from %1 (%2)"_s.arg(options.source, id), &error))
                return fail(error);
            ++summary.imported;
        } else {
            const int changed = writer.update(*current, r, at, options.actor.name(), u"import"_s, &error);
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
                                                    {u"warning"_s, QCoreApplication::translate("ReportImporter", "marked a duplicate of %1, which is not in the store; "
                                                                   "kept as a report of its own").arg(originalId)}});
                continue;
            }
            if (oldOriginal == QString::number(original) && oldStatus == u"duplicate"_s)
                continue;
            mark.reset();
            mark.bind(1, original).bind(2, fid);
            if (!mark.exec()
                || !writer.history().add(fid, at, options.actor.name(), u"import"_s, u"status"_s, oldStatus, u"duplicate"_s, &error)
                || !writer.history().add(fid, at, options.actor.name(), u"import"_s, u"duplicate_of"_s, oldOriginal,
                                         QString::number(original), &error))
                return fail(mark.errorString().isEmpty() ? error : mark.errorString());
        }
    }
    if (!SpatialIndex::restoreTriggers(db, *setAside, &error))
        return fail(error);
    // The GeoPackage wants last_change with milliseconds; the extent helps QGIS zoom to the layer.
    SqliteStatement touch(db, "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                              "min_x = (SELECT min(minx) FROM rtree_reports_geom), min_y = (SELECT min(miny) FROM rtree_reports_geom), "
                              "max_x = (SELECT max(maxx) FROM rtree_reports_geom), max_y = (SELECT max(maxy) FROM rtree_reports_geom) "
                              "WHERE table_name = 'reports'");
    if (!touch.exec())
        return fail(touch.errorString());
    if (options.actor.isValid()
        && !rememberPerson(db, options.actor.name(), options.actor.displayName(), ReportText::isoUtc(options.now), &error))
        return fail(error);
    if (!m_store.commit(&error))
        return fail(error);
    summary.ok = true;
    return summary;
}

