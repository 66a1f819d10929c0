#include "ReportRow.h"

#include "SqliteStatement.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant date(const QDateTime &t)
{
    return t.isValid() ? QVariant(ReportText::isoUtc(t)) : QVariant();
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonList(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

QDateTime readDate(const SqliteStatement &q, int column)
{
    return q.isNull(column) ? QDateTime() : ReportText::parseDate(q.text(column));
}

} // namespace

const char *ReportRow::selectColumns()
{
    return "fid, geom, source, service_request_id, service_code, service_name, domain, unknown_category, "
           "description, address, lat, lon, location_source, status, remote_status, duplicate_of, priority, "
           "service, due_at, public_answer, internal_notes, contact_name, contact_email, contact_phone, media_url, "
           "requested_at, updated_at, local_updated_at, resolved_at, local_fields, warnings, language, answer_language";
}

const QStringList &ReportRow::columns()
{
    static const QStringList names = [] {
        QStringList all = QString::fromLatin1(selectColumns()).split(u", "_s);
        all.removeFirst();
        return all;
    }();
    return names;
}

QVariantList ReportRow::values(const Report &r)
{
    return {
        r.position ? QVariant(ReportGeometry::pointBlob(*r.position)) : QVariant(),
        r.source,
        r.serviceRequestId,
        text(r.serviceCode),
        text(r.serviceName),
        r.domain,
        r.unknownCategory ? 1 : 0,
        text(r.description),
        text(r.address),
        r.lat ? QVariant(*r.lat) : QVariant(),
        r.lon ? QVariant(*r.lon) : QVariant(),
        text(r.locationSource),
        r.status,
        text(r.remoteStatus),
        r.duplicateOf > 0 ? QVariant(r.duplicateOf) : QVariant(),
        r.priority,
        text(r.service),
        date(r.dueAt),
        text(r.publicAnswer),
        text(r.internalNotes),
        text(r.contactName),
        text(r.contactEmail),
        text(r.contactPhone),
        text(r.mediaUrl),
        date(r.requestedAt),
        date(r.updatedAt),
        date(r.localUpdatedAt),
        date(r.resolvedAt),
        jsonList(r.localFields),
        jsonList(r.warnings),
        r.language.isEmpty() ? u"sl"_s : r.language,
        text(r.answerLanguage),
    };
}

Report ReportRow::read(const SqliteStatement &q, int first)
{
    Report r;
    int c = first;
    r.id = q.integer(c++);
    if (!q.isNull(c))
        r.position = ReportGeometry::pointOf(q.blob(c));
    ++c;
    r.source = q.text(c++);
    r.serviceRequestId = q.text(c++);
    r.serviceCode = q.text(c++);
    r.serviceName = q.text(c++);
    r.domain = q.text(c++);
    r.unknownCategory = q.integer(c++) != 0;
    r.description = q.text(c++);
    r.address = q.text(c++);
    if (!q.isNull(c))
        r.lat = q.real(c);
    ++c;
    if (!q.isNull(c))
        r.lon = q.real(c);
    ++c;
    r.locationSource = q.text(c++);
    r.status = q.text(c++);
    r.remoteStatus = q.text(c++);
    r.duplicateOf = q.isNull(c) ? -1 : q.integer(c);
    ++c;
    r.priority = int(q.integer(c++));
    r.service = q.text(c++);
    r.dueAt = readDate(q, c++);
    r.publicAnswer = q.text(c++);
    r.internalNotes = q.text(c++);
    r.contactName = q.text(c++);
    r.contactEmail = q.text(c++);
    r.contactPhone = q.text(c++);
    r.mediaUrl = q.text(c++);
    r.requestedAt = readDate(q, c++);
    r.updatedAt = readDate(q, c++);
    r.localUpdatedAt = readDate(q, c++);
    r.resolvedAt = readDate(q, c++);
    r.localFields = fromJsonList(q.text(c++));
    r.warnings = fromJsonList(q.text(c++));
    r.language = q.text(c++);
    r.answerLanguage = q.text(c++);
    return r;
}

std::optional<Report> ReportRow::load(sqlite3 *db, qint64 id)
{
    SqliteStatement q(db, QByteArray("SELECT ").append(selectColumns()).append(" FROM reports WHERE fid = ?").constData());
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    return read(q);
}
