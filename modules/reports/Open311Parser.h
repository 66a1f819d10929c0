#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// Reading and writing Open311 GeoReport v2 documents (JSON and XML) and report CSV.
namespace Open311 {

/// One entry of a `requests` answer, fields as received (text, so broken values can be named).
struct ServiceRequest
{
    QString serviceRequestId;
    QString status;          ///< open / closed
    QString statusNotes;
    QString serviceCode;
    QString serviceName;
    QString description;
    QString agencyResponsible;
    QString requestedDatetime;
    QString updatedDatetime;
    QString expectedDatetime;
    QString address;
    QString lat;
    QString lon;
    QString mediaUrl;
    QString email;
    QString phone;
    QString name;
    // Extensions the console writes on export (and its sample data carries): the finer
    // status, priority and the service_request_id a duplicate points at.
    QString ptujStatus;
    QString ptujPriority;
    QString ptujDuplicateOf;
    /// Set when the entry itself is malformed (a CSV row with more values than columns):
    /// the importer rejects it with this reason, the rest of the batch goes on.
    QString problem;
};

/// One entry of a `services` answer.
struct ServiceDefinition
{
    QString serviceCode;
    QString serviceName;
    QString description;
    QString group;
};

enum class Format { Auto, Json, Xml, Csv };

template<typename T>
struct Parsed
{
    bool ok = false;
    QString error;  ///< what is wrong and what to do, when !ok
    QList<T> items;
};

/// Requests from a JSON array, an XML <service_requests> document or a CSV table
/// (header row with Open311 field names; "long" or "lon"). `origin` names the input in errors.
Parsed<ServiceRequest> parseRequests(const QByteArray &data, Format format, const QString &origin);
Parsed<ServiceDefinition> parseServices(const QByteArray &data, Format format, const QString &origin);

/// The format by content type, then by file suffix, then by the first character.
Format detectFormat(const QByteArray &data, const QString &contentTypeOrSuffix);
/// An error message when the bytes are an HTML page rather than an API answer.
QString htmlInsteadOfData(const QByteArray &data, const QString &origin);

} // namespace Open311
