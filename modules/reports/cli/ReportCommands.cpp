#include "ReportCommands.h"

#include "CliSupport.h"

#include "InputPolicy.h"
#include "LocalReference.h"
#include "ReportInboxModel.h"
#include "ReportQueries.h"
#include "ReportSchema.h"
#include "ReportService.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace {

using CliSupport::fail;
using CliSupport::printJson;

bool parse(QCommandLineParser &parser, const QStringList &arguments, int *code)
{
    parser.addOption(CliSupport::storeOption());
    return CliSupport::parse(parser, arguments, code);
}

std::unique_ptr<Store> openStore(const QCommandLineParser &parser, Store::Mode mode, QString *error)
{
    auto store = Store::open(CliSupport::storePath(parser), mode, error);
    // A read-only open does not migrate: an older store has no report tables yet.
    if (store && ReportSchema::version(store->db()) < 1) {
        *error = u"the store %1 has no reports yet; run 'ptuj-console reports import' on it first"_s.arg(store->path());
        return nullptr;
    }
    return store;
}

QCommandLineOption userOption()
{
    return CliSupport::userOption(u"Who makes the change (recorded in the history); default: $PTUJ_USER, else the system user."_s);
}

// A report id given on the command line: a positive whole number.
std::optional<qint64> reportId(const QString &text, const QString &what, QString *error)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        *error = u"%1 '%2' is not a report id (a whole number, as 'reports list' shows it)"_s.arg(what, text);
        return std::nullopt;
    }
    return id;
}

std::optional<QDateTime> dateOption(const QCommandLineParser &parser, const QString &name, QString *error)
{
    if (!parser.isSet(name))
        return QDateTime();
    const QDateTime d = ReportText::parseDate(parser.value(name));
    if (!d.isValid()) {
        *error = u"--%1 '%2' is not a date; use YYYY-MM-DD or an ISO 8601 time"_s.arg(name, parser.value(name));
        return std::nullopt;
    }
    return d;
}

int importReports(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import Open311 GeoReport v2 service requests (JSON or XML) or CSV from a file "
                                     "or an endpoint, all or nothing; prints a JSON summary."_s);
    parser.addOption({u"url"_s, u"Open311 API root (serves services.json and requests.json)."_s, u"url"_s});
    parser.addOption({u"source"_s, u"Name of the source system."_s, u"name"_s, u"izboljsajmo-ptuj"_s});
    parser.addOption({u"since"_s, u"Only requests updated since this date (start_date for an endpoint)."_s, u"date"_s});
    parser.addOption({u"until"_s, u"Endpoint only: end_date (default now)."_s, u"date"_s});
    parser.addOption({u"page-size"_s, u"Endpoint only: requests per page."_s, u"n"_s, u"200"_s});
    parser.addOption({u"timeout"_s, u"Endpoint only: seconds to wait for each answer."_s, u"seconds"_s, u"30"_s});
    parser.addOption({u"services"_s, u"File only: the Open311 services list (JSON or XML) that goes with it."_s, u"file"_s});
    parser.addOption(userOption());
    parser.addPositionalArgument(u"file"_s, u"An Open311 JSON/XML or CSV file (instead of --url)."_s);
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(u"url"_s) == (files.size() == 1) || files.size() > 1)
        return fail(u"reports import needs either --url URL or one file; see --help"_s, 2);
    QString error;
    const auto since = dateOption(parser, u"since"_s, &error);
    const auto until = since ? dateOption(parser, u"until"_s, &error) : std::nullopt;
    if (!since || !until)
        return fail(error, 2);
    Open311Client::Options fetch;
    fetch.startDate = *since;
    fetch.endDate = *until;
    bool pageOk = false;
    fetch.pageSize = parser.value(u"page-size"_s).toInt(&pageOk);
    if (!pageOk || fetch.pageSize < 1 || fetch.pageSize > 10000)
        return fail(u"--page-size '%1' is not a number from 1 to 10000"_s.arg(parser.value(u"page-size"_s)), 2);
    const auto timeout = InputPolicy::timeoutMilliseconds(parser.value(u"timeout"_s), &error);
    if (!timeout)
        return fail(error, 2);
    fetch.timeoutMs = *timeout;
    auto store = openStore(parser, Store::Mode::ReadWrite, &error);
    if (!store)
        return fail(error);
    ReportService service(*store);
    ReportImportOptions options;
    options.source = parser.value(u"source"_s);
    options.actor = Actor::fromCommandLine(parser.value(u"user"_s));
    ReportImportSummary summary;
    if (parser.isSet(u"url"_s)) {
        summary = service.importEndpoint(QUrl(parser.value(u"url"_s)), fetch, options);
    } else {
        const auto read = [](const QString &path, QByteArray *data, QString *message) {
            LocalReference::Result r = LocalReference::readDocument(path);
            if (!r.ok) {
                *message = u"cannot read %1: %2"_s.arg(path, r.error);
                return false;
            }
            *data = std::move(r.data);
            return true;
        };
        QList<Open311::ServiceDefinition> services;
        QByteArray data;
        if (parser.isSet(u"services"_s)) {
            const QString path = parser.value(u"services"_s);
            if (!read(path, &data, &error))
                return fail(error);
            auto parsed = Open311::parseServices(data, Open311::detectFormat(data, QFileInfo(path).suffix()), path);
            if (!parsed.ok)
                return fail(parsed.error);
            services = parsed.items;
        }
        const QString path = files.first();
        if (!read(path, &data, &error))
            return fail(error);
        auto parsed = Open311::parseRequests(data, Open311::detectFormat(data, QFileInfo(path).suffix()), path);
        if (!parsed.ok)
            return fail(parsed.error);
        // A file has no query: --since filters it here.
        QList<Open311::ServiceRequest> requests;
        for (const auto &r : std::as_const(parsed.items)) {
            const QDateTime t = ReportText::parseDate(r.updatedDatetime.isEmpty() ? r.requestedDatetime : r.updatedDatetime);
            if (!since->isValid() || !t.isValid() || t >= *since)
                requests.append(r);
        }
        options.mediaBaseDir = QFileInfo(path).absolutePath();
        summary = service.importRequests(requests, services, options);
    }
    if (!summary.ok)
        return fail(summary.error);
    return printJson(summary.toJson());
}

int exportReports(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Export the status updates and public answers decided in the console as Open311 "
                                     "GeoReport v2 JSON."_s);
    parser.addOption({u"format"_s, u"Output format: open311 (the only one)."_s, u"format"_s, u"open311"_s});
    parser.addOption({u"since"_s, u"Only changes made since this date."_s, u"date"_s});
    parser.addOption({u"out"_s, u"Write to this file instead of stdout."_s, u"file"_s});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    if (parser.value(u"format"_s) != u"open311"_s)
        return fail(u"unknown --format '%1'; use open311"_s.arg(parser.value(u"format"_s)), 2);
    QString error;
    const auto since = dateOption(parser, u"since"_s, &error);
    if (!since)
        return fail(error, 2);
    auto store = openStore(parser, Store::Mode::ReadOnly, &error);
    if (!store)
        return fail(error);
    const QJsonArray out = ReportService(*store).exportOpen311(*since);
    if (parser.isSet(u"out"_s)) {
        if (!CliSupport::writeFile(parser.value(u"out"_s), QJsonDocument(out).toJson(), &error))
            return fail(error);
        return printJson(QJsonObject{{u"exported"_s, out.size()}, {u"file"_s, parser.value(u"out"_s)}});
    }
    return printJson(out);
}

int listReports(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List reports like the inbox: filtered, most urgent first."_s);
    parser.addOption({u"status"_s, u"Comma-separated statuses."_s, u"list"_s});
    parser.addOption({u"domain"_s, u"Domain id."_s, u"id"_s});
    parser.addOption({u"category"_s, u"service_code."_s, u"code"_s});
    parser.addOption({u"service"_s, u"Assigned service id."_s, u"id"_s});
    parser.addOption({u"text"_s, u"Text (case and diacritics ignored)."_s, u"text"_s});
    parser.addOption({u"overdue"_s, u"Only open reports past their due date."_s});
    parser.addOption({u"newest"_s, u"Newest first instead of by priority."_s});
    parser.addOption({u"limit"_s, u"At most this many."_s, u"n"_s, u"50"_s});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    QString error;
    auto store = openStore(parser, Store::Mode::ReadOnly, &error);
    if (!store)
        return fail(error);
    ReportInboxModel model;
    if (!model.load(*store))
        return fail(model.errorString());
    if (parser.isSet(u"status"_s))
        model.setStatuses(parser.value(u"status"_s).split(u',', Qt::SkipEmptyParts));
    model.setDomain(parser.value(u"domain"_s));
    model.setCategory(parser.value(u"category"_s));
    model.setService(parser.value(u"service"_s));
    model.setText(parser.value(u"text"_s));
    model.setOverdueOnly(parser.isSet(u"overdue"_s));
    if (parser.isSet(u"newest"_s))
        model.setSortOrder(ReportInboxModel::NewestFirst);
    QJsonArray rows;
    const int limit = parser.value(u"limit"_s).toInt();
    for (int row = 0; row < model.rowCount() && row < limit; ++row)
        rows.append(model.reportAt(row)->toJson());
    return printJson(QJsonObject{{u"total"_s, model.totalCount()}, {u"matching"_s, model.rowCount()}, {u"reports"_s, rows}});
}

int showReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"One report with its history, possible duplicates and nearest assets."_s);
    parser.addOption({u"radius"_s, u"Duplicate search radius in metres."_s, u"m"_s, u"50"_s});
    parser.addPositionalArgument(u"id"_s, u"Report id (fid)."_s);
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(u"reports show needs one report id"_s, 2);
    QString error;
    const auto parsedId = reportId(parser.positionalArguments().first(), u"the report"_s, &error);
    if (!parsedId)
        return fail(error, 2);
    bool radiusOk = false;
    const double radius = parser.value(u"radius"_s).toDouble(&radiusOk);
    if (!radiusOk || !std::isfinite(radius) || radius < 0 || radius > 10000)
        return fail(u"--radius '%1' is not a distance in metres from 0 to 10000"_s.arg(parser.value(u"radius"_s)), 2);
    auto store = openStore(parser, Store::Mode::ReadOnly, &error);
    if (!store)
        return fail(error);
    const qint64 id = *parsedId;
    const auto report = ReportService(*store).report(id);
    if (!report)
        return fail(u"there is no report %1"_s.arg(parser.positionalArguments().first()));
    ReportQueries queries(*store);
    QJsonObject o = report->toJson();
    QJsonArray history, duplicates, assets;
    for (const ReportHistoryEntry &e : queries.history(id))
        history.append(QJsonObject{{u"at"_s, ReportText::isoUtc(e.at)}, {u"who"_s, e.who}, {u"action"_s, e.action},
                                   {u"field"_s, e.field}, {u"old"_s, e.oldValue}, {u"new"_s, e.newValue}});
    for (const DuplicateCandidate &d : queries.duplicateCandidates(id, radius))
        duplicates.append(QJsonObject{{u"id"_s, d.id}, {u"service_request_id"_s, d.serviceRequestId}, {u"status"_s, d.status},
                                      {u"distance_m"_s, qRound(d.distanceMetres * 10) / 10.0}});
    for (const NearestAsset &a : queries.nearestAssets(id))
        assets.append(QJsonObject{{u"layer"_s, a.layer}, {u"fid"_s, a.fid}, {u"name"_s, a.name},
                                  {u"distance_m"_s, qRound(a.distanceMetres * 10) / 10.0}});
    o.insert(u"history"_s, history);
    o.insert(u"duplicate_candidates"_s, duplicates);
    o.insert(u"nearest_assets"_s, assets);
    o.insert(u"photos"_s, int(queries.photos(id, false).size()));
    return printJson(o);
}

int setReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Triage one report: each option is one audited change, applied in the order "
                                     "category, language, assign, priority, due, answer, duplicate-of, status, note."_s);
    parser.addOption({u"status"_s, u"New status (acknowledged, assigned, in_progress, resolved, rejected)."_s, u"status"_s});
    parser.addOption({u"assign"_s, u"Service id (see reports stats)."_s, u"service"_s});
    parser.addOption({u"priority"_s, u"1 (urgent) … 4 (low)."_s, u"n"_s});
    parser.addOption({u"due"_s, u"Due date."_s, u"date"_s});
    parser.addOption({u"category"_s, u"service_code."_s, u"code"_s});
    parser.addOption({u"answer"_s, u"Public answer for the citizen."_s, u"text"_s});
    parser.addOption({u"answer-language"_s, u"Language of --answer (sl, en); default: the report's."_s, u"code"_s});
    parser.addOption({u"language"_s, u"The language the citizen wrote in, which answers follow (sl, en)."_s, u"code"_s});
    parser.addOption({u"duplicate-of"_s, u"Mark as a duplicate of this report id."_s, u"id"_s});
    parser.addOption({u"note"_s, u"Internal note."_s, u"text"_s});
    parser.addOption(userOption());
    parser.addPositionalArgument(u"id"_s, u"Report id (fid)."_s);
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(u"reports set needs one report id"_s, 2);
    QString error;
    const auto due = dateOption(parser, u"due"_s, &error);
    if (!due)
        return fail(error, 2);
    const auto parsedId = reportId(parser.positionalArguments().first(), u"the report"_s, &error);
    if (!parsedId)
        return fail(error, 2);
    std::optional<qint64> original;
    if (parser.isSet(u"duplicate-of"_s) && !(original = reportId(parser.value(u"duplicate-of"_s), u"--duplicate-of"_s, &error)))
        return fail(error, 2);
    bool priorityOk = true;
    const int priority = parser.isSet(u"priority"_s) ? parser.value(u"priority"_s).toInt(&priorityOk) : 0;
    if (!priorityOk)
        return fail(u"--priority '%1' is not a number from 1 (urgent) to 4 (low)"_s.arg(parser.value(u"priority"_s)), 2);
    auto store = openStore(parser, Store::Mode::ReadWrite, &error);
    if (!store)
        return fail(error);
    ReportService service(*store);
    const qint64 id = *parsedId;
    const Actor actor = Actor::fromCommandLine(parser.value(u"user"_s));
    const auto step = [&](const QString &option, const std::function<bool()> &apply) {
        return !parser.isSet(option) || apply();
    };
    const QString status = parser.value(u"status"_s);
    const QString answerLanguage = parser.value(u"answer-language"_s);
    const bool ok =
        step(u"category"_s, [&] { return service.setCategory(id, parser.value(u"category"_s), actor, &error); })
        && step(u"language"_s, [&] { return service.setLanguage(id, parser.value(u"language"_s), actor, &error); })
        && step(u"assign"_s, [&] { return service.assign(id, parser.value(u"assign"_s), actor, &error); })
        && step(u"priority"_s, [&] { return service.setPriority(id, priority, actor, &error); })
        && step(u"due"_s, [&] { return service.setDueDate(id, *due, actor, &error); })
        && step(u"answer"_s, [&] {
               // resolve/reject take the answer with the status in one change.
               return (status == u"resolved"_s || status == u"rejected"_s)
                   || service.setPublicAnswer(id, parser.value(u"answer"_s), actor, &error, answerLanguage);
           })
        && step(u"duplicate-of"_s, [&] {
               return service.markDuplicate(id, *original, actor, &error);
           })
        && step(u"status"_s, [&] {
               if (status == u"resolved"_s)
                   return service.resolve(id, parser.value(u"answer"_s), actor, &error, answerLanguage);
               if (status == u"rejected"_s)
                   return service.reject(id, parser.value(u"answer"_s), actor, &error, answerLanguage);
               return service.setStatus(id, status, actor, &error);
           })
        && step(u"note"_s, [&] { return service.addNote(id, parser.value(u"note"_s), actor, &error); });
    if (!ok)
        return fail(error);
    const auto report = service.report(id);
    return report ? printJson(report->toJson()) : fail(u"there is no report %1"_s.arg(id));
}

int stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Statistics (open by domain and service, median time to resolve, overdue), "
                                     "services, categories, reply templates and optionally a grid aggregation."_s);
    parser.addOption({u"grid"_s, u"Also count reports per cell of this many metres."_s, u"metres"_s});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    QString error;
    auto store = openStore(parser, Store::Mode::ReadOnly, &error);
    if (!store)
        return fail(error);
    ReportQueries queries(*store);
    QJsonObject o = queries.statistics(QDateTime::currentDateTimeUtc()).toJson();
    o.insert(u"services"_s, queries.services());
    o.insert(u"categories"_s, queries.categories());
    o.insert(u"reply_templates"_s, queries.replyTemplates());
    if (parser.isSet(u"grid"_s)) {
        QJsonArray cells;
        for (const ReportGridCell &c : queries.grid(parser.value(u"grid"_s).toDouble()))
            cells.append(QJsonObject{{u"x"_s, c.centre.x()}, {u"y"_s, c.centre.y()}, {u"lon"_s, c.centreLonLat.x()},
                                     {u"lat"_s, c.centreLonLat.y()}, {u"count"_s, c.count}, {u"open"_s, c.open}});
        o.insert(u"grid"_s, cells);
    }
    return printJson(o);
}

} // namespace

QList<CliCommand> ReportCommands::commands()
{
    return {{u"reports"_s,
             u"citizen reports: import/export Open311, list, show, set, stats (see: ptuj-console reports --help)"_s, run}};
}

int ReportCommands::run(const QStringList &arguments)
{
    return CliSupport::runSubcommand(arguments, u"reports"_s, {
        {u"import"_s, importReports},
        {u"export"_s, exportReports},
        {u"list"_s, listReports},
        {u"show"_s, showReport},
        {u"set"_s, setReport},
        {u"stats"_s, stats},
    });
}
