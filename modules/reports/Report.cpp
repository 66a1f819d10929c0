#include "Report.h"

#include "GeoPackagePoint.h"

#include "Text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>
#include <QtEndian>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

bool Report::isOpen() const
{
    return !ReportStatus::isClosed(status);
}

bool Report::isOverdue(const QDateTime &now) const
{
    return isOpen() && dueAt.isValid() && dueAt < now;
}

QString Report::maskedContact() const
{
    QStringList parts;
    if (!contactEmail.isEmpty())
        parts.append(ReportText::maskEmail(contactEmail));
    if (!contactPhone.isEmpty())
        parts.append(ReportText::maskPhone(contactPhone));
    return parts.join(u", "_s);
}

QJsonObject Report::toJson(bool withContact) const
{
    QJsonObject o{
        {u"id"_s, id},
        {u"source"_s, source},
        {u"service_request_id"_s, serviceRequestId},
        {u"service_code"_s, serviceCode},
        {u"service_name"_s, serviceName},
        {u"domain"_s, domain},
        {u"unknown_category"_s, unknownCategory},
        {u"description"_s, description},
        {u"address"_s, address},
        {u"lat"_s, optionalNumber(lat)},
        {u"lon"_s, optionalNumber(lon)},
        {u"location_source"_s, locationSource},
        {u"status"_s, status},
        {u"duplicate_of"_s, duplicateOf > 0 ? QJsonValue(duplicateOf) : QJsonValue()},
        {u"priority"_s, priority},
        {u"service"_s, service},
        {u"due_at"_s, ReportText::isoUtc(dueAt)},
        {u"public_answer"_s, publicAnswer},
        {u"language"_s, language},
        {u"answer_language"_s, answerLanguage},
        {u"contact"_s, maskedContact()},
        {u"requested_at"_s, ReportText::isoUtc(requestedAt)},
        {u"updated_at"_s, ReportText::isoUtc(updatedAt)},
        {u"local_updated_at"_s, ReportText::isoUtc(localUpdatedAt)},
        {u"warnings"_s, QJsonArray::fromStringList(warnings)},
    };
    if (position) {
        o.insert(u"x"_s, position->x());
        o.insert(u"y"_s, position->y());
    }
    if (withContact) {
        o.insert(u"contact_name"_s, contactName);
        o.insert(u"contact_email"_s, contactEmail);
        o.insert(u"contact_phone"_s, contactPhone);
        o.insert(u"internal_notes"_s, internalNotes);
    }
    return o;
}

const QStringList &ReportLanguage::answerable()
{
    static const QStringList languages = {u"sl"_s, u"en"_s};
    return languages;
}

QString ReportLanguage::normalized(const QString &code)
{
    // BCP 47 / POSIX locale names: the primary subtag is 2–3 letters.
    const QString primary = code.trimmed().section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (primary.size() < 2 || primary.size() > 3)
        return {};
    for (const QChar c : primary)
        if (c < u'a' || c > u'z')
            return {};
    return primary;
}

const QStringList &ReportStatus::all()
{
    static const QStringList statuses = {u"new"_s,      u"acknowledged"_s, u"assigned"_s, u"in_progress"_s,
                                         u"resolved"_s, u"rejected"_s,     u"duplicate"_s};
    return statuses;
}

bool ReportStatus::isValid(const QString &status)
{
    return all().contains(status);
}

bool ReportStatus::isClosed(const QString &status)
{
    return status == u"resolved"_s || status == u"rejected"_s || status == u"duplicate"_s;
}

QString ReportStatus::whyNot(const QString &from, const QString &to)
{
    if (!isValid(to))
        return QCoreApplication::translate("ReportStatus", "'%1' is not a status; use one of: %2").arg(to, all().join(u", "_s));
    if (from == to)
        return QCoreApplication::translate("ReportStatus", "the report is already %1").arg(to);
    if (isClosed(from)) {
        if (to == u"acknowledged"_s)
            return {};  // reopening
        return QCoreApplication::translate("ReportStatus", "the report is %1; reopen it (status acknowledged) before setting it to %2").arg(from, to);
    }
    if (to == u"new"_s)
        return QCoreApplication::translate("ReportStatus", "a report cannot go back to new once it has been triaged; use acknowledged");
    if (from == u"in_progress"_s && to == u"acknowledged"_s)
        return QCoreApplication::translate("ReportStatus", "the work has started; set it back to assigned, or resolve or reject it");
    return {};
}

QString ReportText::fold(const QString &text)
{
    return Text::fold(text);
}

QString ReportText::maskEmail(const QString &email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0)
        return u"***"_s;
    const QString domain = email.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(u'.');
    const QString host = dot > 0 ? domain.left(dot) : domain;
    const QString tld = dot > 0 ? domain.mid(dot) : QString();
    return email.left(1) + u"***@"_s + host.left(1) + u"***"_s + tld;
}

QString ReportText::maskPhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.size() < 3)
        return u"***"_s;
    return u"*** *** "_s + digits.right(3);
}

QString ReportText::isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime ReportText::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(t, Qt::ISODate);
    if (!d.isValid()) {
        const QDate date = QDate::fromString(t.left(10), Qt::ISODate);
        if (date.isValid())
            d = QDateTime(date, QTime(0, 0), QTimeZone::UTC);
    }
    // Open311 times without an offset are the server's; we take them as UTC rather than
    // this workstation's zone so two workstations import the same instant.
    if (d.isValid() && d.timeSpec() == Qt::LocalTime)
        d.setTimeZone(QTimeZone::UTC);
    return d.toUTC();
}

QByteArray ReportGeometry::pointBlob(QPointF d96)
{
    return GeoPackagePoint::blob(d96, 3794);
}

std::optional<QPointF> ReportGeometry::pointOf(QByteArrayView blob)
{
    return GeoPackagePoint::read(blob);
}

bool ReportGeometry::insideSlovenia(double lon, double lat)
{
    return lon >= kMinLon && lon <= kMaxLon && lat >= kMinLat && lat <= kMaxLat;
}
