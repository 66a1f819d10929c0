#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

/// One citizen report as the store keeps it (table `reports`).
struct Report
{
    qint64 id = -1;
    QString source;
    QString serviceRequestId;
    QString serviceCode;
    QString serviceName;
    QString domain;
    bool unknownCategory = false;
    QString description;
    QString address;
    std::optional<double> lat;   ///< as received (WGS84)
    std::optional<double> lon;
    QString locationSource;      ///< "open311", "csv" or "exif"
    std::optional<QPointF> position;  ///< D96/TM (EPSG:3794)
    QString status = QStringLiteral("new");
    QString remoteStatus;
    qint64 duplicateOf = -1;
    int priority = 3;
    QString service;
    QDateTime dueAt;
    QString publicAnswer;
    QString language = QStringLiteral("sl");  ///< what the citizen wrote in and is answered in
    QString answerLanguage;                   ///< the language of publicAnswer; empty: none given
    QString internalNotes;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    QString mediaUrl;
    QDateTime requestedAt;
    QDateTime updatedAt;        ///< remote updated_datetime last imported
    QDateTime localUpdatedAt;
    QDateTime resolvedAt;
    QStringList localFields;    ///< fields decided in the console; a re-import keeps them
    QStringList warnings;

    bool isOpen() const;
    /// Open and past its due date at `now`.
    bool isOverdue(const QDateTime &now) const;
    /// The reporter's contact for people who do not need it: "j***@g***.com", "*** *** 123".
    QString maskedContact() const;
    QJsonObject toJson(bool withContact = false) const;
};

namespace ReportStatus {

/// Every status in workflow order: new, acknowledged, assigned, in_progress, resolved, rejected, duplicate.
const QStringList &all();
bool isValid(const QString &status);
bool isClosed(const QString &status);
/// Why the move is not allowed, or an empty string when it is.
QString whyNot(const QString &from, const QString &to);

} // namespace ReportStatus

namespace ReportLanguage {

/// The languages answers are written in (the reply templates have texts in them): sl, en.
const QStringList &answerable();
/// A language code as a record gives it ("sl", "en-GB", "SL_si") reduced to its primary
/// subtag in lower case; empty when it is not a language code.
QString normalized(const QString &code);

} // namespace ReportLanguage

namespace ReportText {

/// Case folded and without diacritics, as the rest of the console matches typed text.
QString fold(const QString &text);
/// "j***@g***.com" / "*** *** 123".
QString maskEmail(const QString &email);
QString maskPhone(const QString &phone);
QString isoUtc(const QDateTime &t);
/// Open311 dates (ISO 8601 with offset) and plain dates.
QDateTime parseDate(const QString &text);

} // namespace ReportText

namespace ReportGeometry {

/// A GeoPackage geometry blob of a point in EPSG:3794.
QByteArray pointBlob(QPointF d96);
/// The point of a GeoPackage point blob; nullopt when it is not one.
std::optional<QPointF> pointOf(QByteArrayView blob);

/// The generous WGS84 box of Slovenia used to catch wrong or swapped coordinates.
constexpr double kMinLon = 13.3, kMaxLon = 16.7, kMinLat = 45.3, kMaxLat = 47.0;
bool insideSlovenia(double lon, double lat);

} // namespace ReportGeometry
