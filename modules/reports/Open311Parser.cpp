#include "Open311Parser.h"

#include "NestingDepth.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

QString jsonText(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        // Ids and coordinates come as numbers from some servers; keep all their digits.
        return QString::number(v.toDouble(), 'g', 17);
    }
    return v.toString();
}

Open311::ServiceRequest requestFromJson(const QJsonObject &o)
{
    Open311::ServiceRequest r;
    r.serviceRequestId = jsonText(o, u"service_request_id"_s);
    r.status = jsonText(o, u"status"_s);
    r.statusNotes = jsonText(o, u"status_notes"_s);
    r.serviceCode = jsonText(o, u"service_code"_s);
    r.serviceName = jsonText(o, u"service_name"_s);
    r.description = jsonText(o, u"description"_s);
    r.agencyResponsible = jsonText(o, u"agency_responsible"_s);
    r.requestedDatetime = jsonText(o, u"requested_datetime"_s);
    r.updatedDatetime = jsonText(o, u"updated_datetime"_s);
    r.expectedDatetime = jsonText(o, u"expected_datetime"_s);
    r.address = jsonText(o, u"address"_s);
    r.lat = jsonText(o, u"lat"_s);
    r.lon = jsonText(o, u"long"_s);
    if (r.lon.isEmpty())
        r.lon = jsonText(o, u"lon"_s);
    r.mediaUrl = jsonText(o, u"media_url"_s);
    r.email = jsonText(o, u"email"_s);
    r.phone = jsonText(o, u"phone"_s);
    r.name = (jsonText(o, u"first_name"_s) + u' ' + jsonText(o, u"last_name"_s)).trimmed();
    r.ptujStatus = jsonText(o, u"ptuj_status"_s);
    r.ptujPriority = jsonText(o, u"ptuj_priority"_s);
    r.ptujDuplicateOf = jsonText(o, u"ptuj_duplicate_of"_s);
    return r;
}

void setRequestField(Open311::ServiceRequest &r, QStringView name, const QString &value)
{
    if (name == u"service_request_id") r.serviceRequestId = value;
    else if (name == u"status") r.status = value;
    else if (name == u"status_notes") r.statusNotes = value;
    else if (name == u"service_code") r.serviceCode = value;
    else if (name == u"service_name") r.serviceName = value;
    else if (name == u"description") r.description = value;
    else if (name == u"agency_responsible") r.agencyResponsible = value;
    else if (name == u"requested_datetime") r.requestedDatetime = value;
    else if (name == u"updated_datetime") r.updatedDatetime = value;
    else if (name == u"expected_datetime") r.expectedDatetime = value;
    else if (name == u"address") r.address = value;
    else if (name == u"lat") r.lat = value;
    else if (name == u"long" || name == u"lon") r.lon = value;
    else if (name == u"media_url") r.mediaUrl = value;
    else if (name == u"email") r.email = value;
    else if (name == u"phone") r.phone = value;
    else if (name == u"first_name" || name == u"last_name" || name == u"name")
        r.name = (r.name + u' ' + value).trimmed();
    else if (name == u"ptuj_status") r.ptujStatus = value;
    else if (name == u"ptuj_priority") r.ptujPriority = value;
    else if (name == u"ptuj_duplicate_of") r.ptujDuplicateOf = value;
}

void setServiceField(Open311::ServiceDefinition &s, QStringView name, const QString &value)
{
    if (name == u"service_code") s.serviceCode = value;
    else if (name == u"service_name") s.serviceName = value;
    else if (name == u"description") s.description = value;
    else if (name == u"group") s.group = value;
}

// An Open311 error answer: [{"code": 403, "description": "..."}].
QString open311Error(const QJsonArray &array)
{
    QStringList messages;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        if (o.contains(u"code"_s) && o.contains(u"description"_s) && !o.contains(u"service_request_id"_s)
            && !o.contains(u"service_code"_s))
            messages.append(u"%1: %2"_s.arg(jsonText(o, u"code"_s), o.value(u"description"_s).toString()));
    }
    return messages.size() == array.size() ? messages.join(u"; "_s) : QString();
}

template<typename T, typename FromJson>
Open311::Parsed<T> parseJsonArray(const QByteArray &data, const QString &origin, const char *what, FromJson fromJson)
{
    Open311::Parsed<T> out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (doc.isNull()) {
        out.error = QCoreApplication::translate("Open311", "%1 is not valid JSON (%2 at byte %3); check that it is an Open311 GeoReport v2 %4 answer").arg(
            origin, error.errorString()).arg(error.offset).arg(QLatin1StringView(what));
        return out;
    }
    QJsonArray array = doc.array();
    if (doc.isObject()) {
        // Some servers wrap the list: {"service_requests": [...]} or {"requests": [...]}.
        const QJsonObject o = doc.object();
        for (const auto &key : {u"service_requests"_s, u"requests"_s, u"services"_s}) {
            if (o.value(key).isArray())
                array = o.value(key).toArray();
        }
        if (array.isEmpty() && !o.isEmpty()) {
            out.error = QCoreApplication::translate("Open311", "%1 is a JSON object, not the list of %2 Open311 GeoReport v2 returns").arg(
                origin, QLatin1StringView(what));
            return out;
        }
    }
    if (!array.isEmpty()) {
        const QString apiError = open311Error(array);
        if (!apiError.isEmpty()) {
            out.error = QCoreApplication::translate("Open311", "%1 answered with an Open311 error: %2").arg(origin, apiError);
            return out;
        }
    }
    for (const QJsonValue &v : std::as_const(array)) {
        if (!v.isObject()) {
            out.error = QCoreApplication::translate("Open311", "%1: an entry of the %2 list is not a JSON object").arg(origin, QLatin1StringView(what));
            return out;
        }
        out.items.append(fromJson(v.toObject()));
    }
    out.ok = true;
    return out;
}

// <service_requests><request>…</request></service_requests> and <services><service>…</service></services>.
template<typename T, typename SetField>
Open311::Parsed<T> parseXmlList(const QByteArray &data, const QString &origin, QStringView itemElement, SetField setField)
{
    Open311::Parsed<T> out;
    QXmlStreamReader xml(data);
    T current;
    bool inItem = false;
    QStringList errors;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == itemElement) {
                current = T();
                inItem = true;
            } else if (xml.name() == u"error") {
                inItem = false;
            } else if (inItem) {
                const QString name = xml.name().toString();
                const QString value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                setField(current, name, value.trimmed());
            } else if (xml.name() == u"description" || xml.name() == u"code") {
                errors.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == itemElement) {
            out.items.append(current);
            inItem = false;
        }
    }
    if (xml.hasError()) {
        out.items.clear();
        out.error = QCoreApplication::translate("Open311", "%1 is not valid XML (%2, line %3, column %4); check that it is an Open311 GeoReport v2 answer")
                        .arg(origin, xml.errorString())
                        .arg(xml.lineNumber())
                        .arg(xml.columnNumber());
        return out;
    }
    if (out.items.isEmpty() && !errors.isEmpty()) {
        out.error = QCoreApplication::translate("Open311", "%1 answered with an Open311 error: %2").arg(origin, errors.join(u": "_s));
        return out;
    }
    out.ok = true;
    return out;
}

struct CsvTable
{
    QList<QStringList> rows;
    QList<qsizetype> lines;      ///< line each row starts on (1-based)
    qsizetype unterminatedQuoteLine = 0;
    QChar separator = u',';
};

// The separator is the one character of , ; and tab that the header row uses most, outside
// quotes: a semicolon file may then carry decimal commas ("46,41") and a comma file
// semicolons inside its text, instead of both splitting every row.
QChar detectCsvSeparator(const QString &text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'\n')
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

// RFC 4180: quoted fields may hold the separator, quotes ("") and line breaks.
CsvTable parseCsv(const QString &text)
{
    CsvTable table;
    table.separator = detectCsvSeparator(text);
    QStringList row;
    QString field;
    bool quoted = false;
    qsizetype line = 1, rowLine = 1, quoteLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n')
            ++line;
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
            quoteLine = line;
        } else if (c == table.separator) {
            row.append(field);
            field.clear();
        } else if (c == u'\n') {
            row.append(field);
            field.clear();
            if (!(row.size() == 1 && row.first().isEmpty())) {
                table.rows.append(row);
                table.lines.append(rowLine);
            }
            row.clear();
            rowLine = line;
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (quoted)
        table.unterminatedQuoteLine = quoteLine;
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        table.rows.append(row);
        table.lines.append(rowLine);
    }
    return table;
}

// Qt's JSON parser and readElementText recurse: a document nested 100,000 deep would
// overflow the stack, so depth is checked before either sees it.
QString nestingProblem(const QByteArray &data, Open311::Format format, const QString &origin)
{
    if (format == Open311::Format::Json)
        return NestingDepth::checkJson(data, origin);
    if (format == Open311::Format::Xml)
        return NestingDepth::checkXml(data, origin);
    return {};
}

QString separatorName(QChar c)
{
    return c == u';'    ? QCoreApplication::translate("Open311", "semicolon (;)")
           : c == u'\t' ? QCoreApplication::translate("Open311", "tab")
                         : QCoreApplication::translate("Open311", "comma (,)");
}

} // namespace

QString Open311::htmlInsteadOfData(const QByteArray &data, const QString &origin)
{
    const QByteArray head = data.left(512).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html"))
        return QCoreApplication::translate("Open311", "%1 returned an HTML page instead of Open311 data; use the API's base URL (the one that serves "
               "services.json and requests.json), not the web site's address").arg(origin);
    return {};
}

Open311::Format Open311::detectFormat(const QByteArray &data, const QString &contentTypeOrSuffix)
{
    const QString hint = contentTypeOrSuffix.toLower();
    if (hint.contains(u"json"_s))
        return Format::Json;
    if (hint.contains(u"xml"_s))
        return Format::Xml;
    if (hint.contains(u"csv"_s))
        return Format::Csv;
    for (const char c : data) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (c == '[' || c == '{')
            return Format::Json;
        if (c == '<')
            return Format::Xml;
        return Format::Csv;
    }
    return Format::Json;
}

Open311::Parsed<Open311::ServiceRequest> Open311::parseRequests(const QByteArray &data, Format format, const QString &origin)
{
    const QString html = htmlInsteadOfData(data, origin);
    if (!html.isEmpty())
        return {false, html, {}};
    if (format == Format::Auto)
        format = detectFormat(data, {});
    if (const QString deep = nestingProblem(data, format, origin); !deep.isEmpty())
        return {false, deep, {}};
    if (format == Format::Json)
        return parseJsonArray<ServiceRequest>(data, origin, "requests", requestFromJson);
    if (format == Format::Xml)
        return parseXmlList<ServiceRequest>(data, origin, u"request", setRequestField);

    Parsed<ServiceRequest> out;
    const CsvTable table = parseCsv(QString::fromUtf8(data));
    if (table.unterminatedQuoteLine > 0) {
        out.error = QCoreApplication::translate("Open311", "%1: the quote that opens a value on line %2 is never closed, so every row after it would be read "
                    "as one value; close the quote (a quote inside a value is written \"\")")
                        .arg(origin)
                        .arg(table.unterminatedQuoteLine);
        return out;
    }
    const QList<QStringList> &rows = table.rows;
    if (rows.isEmpty()) {
        out.ok = true;
        return out;
    }
    QStringList header = rows.first();
    for (QString &h : header)
        h = h.trimmed().toLower();
    if (!header.contains(u"service_request_id"_s)) {
        out.error = QCoreApplication::translate("Open311", "%1: the CSV has no service_request_id column (columns: %2); name the columns like Open311 "
                    "(service_request_id, service_code, description, lat, long, requested_datetime …)")
                        .arg(origin, header.join(u", "_s));
        return out;
    }
    for (qsizetype i = 1; i < rows.size(); ++i) {
        ServiceRequest r;
        for (qsizetype c = 0; c < header.size() && c < rows[i].size(); ++c)
            setRequestField(r, header[c], rows[i][c].trimmed());
        // More values than columns means a value held the separator unquoted: every value
        // after it sits in the wrong column, so the row cannot be trusted.
        if (rows[i].size() > header.size())
            r.problem = QCoreApplication::translate("Open311", "line %1 has %2 values but the header names %3 columns: a value that contains the %4 "
                        "separator must be in quotes").arg(table.lines[i]).arg(rows[i].size()).arg(header.size())
                            .arg(separatorName(table.separator));
        out.items.append(r);
    }
    out.ok = true;
    return out;
}

Open311::Parsed<Open311::ServiceDefinition> Open311::parseServices(const QByteArray &data, Format format, const QString &origin)
{
    const QString html = htmlInsteadOfData(data, origin);
    if (!html.isEmpty())
        return {false, html, {}};
    if (format == Format::Auto)
        format = detectFormat(data, {});
    if (const QString deep = nestingProblem(data, format, origin); !deep.isEmpty())
        return {false, deep, {}};
    if (format == Format::Xml)
        return parseXmlList<ServiceDefinition>(data, origin, u"service", setServiceField);
    return parseJsonArray<ServiceDefinition>(data, origin, "services", [](const QJsonObject &o) {
        return ServiceDefinition{jsonText(o, u"service_code"_s), jsonText(o, u"service_name"_s),
                                 jsonText(o, u"description"_s), jsonText(o, u"group"_s)};
    });
}
