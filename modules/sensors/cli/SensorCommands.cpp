#include "SensorCommands.h"

#include "CliSupport.h"

#include "InputPolicy.h"
#include "LocalReference.h"
#include "SensorQueries.h"
#include "SensorSchema.h"
#include "SensorService.h"
#include "SensorTime.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>

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
    // A read-only open does not migrate: an older store has no sensor tables yet.
    if (store && SensorSchema::version(store->db()) < 1) {
        *error = u"the store %1 has no sensors yet; run 'ptuj-console sensors import' on it first"_s.arg(store->path());
        return nullptr;
    }
    return store;
}

QCommandLineOption userOption()
{
    return CliSupport::userOption(u"Who makes the change (recorded with it); default: $PTUJ_USER, else the system user."_s);
}

std::optional<qint64> positiveId(const QString &text, const QString &what, QString *error)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        *error = u"%1 '%2' is not an id (a whole number, as 'sensors %3' shows it)"_s.arg(
            what, text, what == u"alarm"_s ? u"alarms"_s : u"list"_s);
        return std::nullopt;
    }
    return id;
}

// --from/--to: an ISO 8601 time or a date; nullopt with the error, or the default.
std::optional<qint64> timeOption(const QCommandLineParser &parser, const QString &name, qint64 fallback, QString *error)
{
    if (!parser.isSet(name))
        return fallback;
    const auto p = SensorTime::parseIso(parser.value(name).toLatin1());
    if (!p) {
        *error = u"--%1 '%2' is not a time; use YYYY-MM-DD or an ISO 8601 time such as 2026-12-01T06:00:00Z"_s.arg(
            name, parser.value(name));
        return std::nullopt;
    }
    return p->seconds;
}

int importSensors(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import sensor readings from a file or an address, all or nothing: SensorThings "
                                     "API v1.1, ARSO hydrological XML, or CSV; only readings newer than the store's "
                                     "are written; prints a JSON summary."_s);
    parser.addOption({u"url"_s, u"A SensorThings service root (…/v1.1) or an ARSO XML address."_s, u"url"_s});
    parser.addOption({u"format"_s, u"sta, arso or csv (default: told from the data or the address)."_s, u"format"_s});
    parser.addOption({u"timeout"_s, u"Address only: seconds to wait for each answer."_s, u"seconds"_s, u"30"_s});
    parser.addOption({u"poll"_s, u"Address only: minutes between polls of this source (ARSO: 30)."_s, u"minutes"_s});
    parser.addOption({u"illustrative"_s, u"Mark the stations as an illustrative sample, not official data."_s});
    parser.addOption(userOption());
    parser.addPositionalArgument(u"file"_s, u"A SensorThings JSON, ARSO XML or CSV file (instead of --url)."_s);
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(u"url"_s) == (files.size() == 1) || files.size() > 1)
        return fail(u"sensors import needs either --url URL or one file; see --help"_s, 2);
    SensorImportOptions options;
    options.format = parser.value(u"format"_s).trimmed().toLower();
    if (!options.format.isEmpty() && options.format != u"sta"_s && options.format != u"arso"_s && options.format != u"csv"_s)
        return fail(u"--format '%1' is not one of sta, arso, csv"_s.arg(parser.value(u"format"_s)), 2);
    QString error;
    const auto timeout = InputPolicy::timeoutMilliseconds(parser.value(u"timeout"_s), &error);
    if (!timeout)
        return fail(error, 2);
    options.timeoutMs = *timeout;
    if (parser.isSet(u"poll"_s)) {
        bool ok = false;
        const int minutes = parser.value(u"poll"_s).toInt(&ok);
        if (!ok || minutes < 1 || minutes > 7 * 24 * 60)
            return fail(u"--poll '%1' is not a number of minutes from 1 to 10080"_s.arg(parser.value(u"poll"_s)), 2);
        options.pollSeconds = minutes * 60;
    }
    options.illustrative = parser.isSet(u"illustrative"_s);
    options.actor = Actor::fromCommandLine(parser.value(u"user"_s));
    // Like a layer import, the first import makes the store.
    auto store = Store::open(CliSupport::storePath(parser), Store::Mode::Create, &error);
    if (!store)
        return fail(error);
    SensorService service(*store);
    SensorImportSummary summary;
    if (parser.isSet(u"url"_s)) {
        summary = service.importUrl(QUrl(parser.value(u"url"_s)), options);
    } else {
        LocalReference::Result r = LocalReference::readDocument(files.first());
        if (!r.ok)
            return fail(u"cannot read %1: %2"_s.arg(files.first(), r.error));
        summary = service.importData(r.data, files.first(), options);
    }
    if (!summary.ok) {
        printJson(summary.toJson());
        return fail(summary.error);
    }
    return printJson(summary.toJson());
}

int listSensors(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List every datastream with its station, levels, count and latest reading (JSON)."_s);
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    QString error;
    auto store = openStore(parser, Store::Mode::ReadOnly, &error);
    if (!store)
        return fail(error);
    QJsonArray list;
    for (const auto &d : SensorQueries::datastreams(store->db()))
        list.append(d.toJson());
    return printJson(list);
}

int seriesOf(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The readings of one datastream in a period, oldest first (JSON, or CSV)."_s);
    parser.addOption({u"datastream"_s, u"The datastream's id (sensors list)."_s, u"id"_s});
    parser.addOption({u"from"_s, u"Start (ISO 8601 or a date; default: 7 days before the latest reading)."_s, u"time"_s});
    parser.addOption({u"to"_s, u"End, inclusive (default: the latest reading)."_s, u"time"_s});
    parser.addOption({u"buckets"_s, u"Reduce to this many equal buckets with min/max/mean (a chart's width in pixels)."_s, u"n"_s});
    parser.addOption({u"csv"_s, u"Print CSV (time,value) instead of JSON."_s});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    QString error;
    if (!parser.isSet(u"datastream"_s))
        return fail(u"sensors series needs --datastream ID; 'sensors list' shows the ids"_s, 2);
    const auto id = positiveId(parser.value(u"datastream"_s), u"datastream"_s, &error);
    if (!id)
        return fail(error, 2);
    auto store = openStore(parser, Store::Mode::ReadOnly, &error);
    if (!store)
        return fail(error);
    const auto ds = SensorQueries::datastream(store->db(), *id);
    if (!ds)
        return fail(u"there is no datastream %1; 'ptuj-console sensors list' shows their ids"_s.arg(*id));
    const qint64 latest = ds->latestT.value_or(QDateTime::currentSecsSinceEpoch());
    const auto to = timeOption(parser, u"to"_s, latest, &error);
    const auto from = to ? timeOption(parser, u"from"_s, *to - 7 * 86400, &error) : std::nullopt;
    if (!from || !to)
        return fail(error, 2);
    if (*from > *to)
        return fail(u"--from is after --to"_s, 2);
    if (parser.isSet(u"buckets"_s)) {
        bool ok = false;
        const int n = parser.value(u"buckets"_s).toInt(&ok);
        if (!ok || n < 1 || n > 100000)
            return fail(u"--buckets '%1' is not a number from 1 to 100000"_s.arg(parser.value(u"buckets"_s)), 2);
        QJsonArray rows;
        for (const auto &b : SensorQueries::buckets(store->db(), *id, *from, *to + 1, n))
            rows.append(QJsonObject{{u"time"_s, SensorTime::toIso(b.t)}, {u"min"_s, b.min}, {u"max"_s, b.max},
                                    {u"mean"_s, b.mean}, {u"count"_s, b.count}});
        return printJson(QJsonObject{{u"datastream"_s, *id}, {u"unit"_s, ds->unit}, {u"buckets"_s, rows}});
    }
    const auto points = SensorQueries::series(store->db(), *id, *from, *to);
    if (parser.isSet(u"csv"_s)) {
        QByteArray out = "time,value\n";
        for (const auto &p : points) {
            out += SensorTime::toIso(p.t).toLatin1() + ',';
            if (p.value)
                out += QByteArray::number(*p.value, 'g', 15);
            else if (!p.text.isEmpty())
                out += '"' + p.text.toUtf8().replace('"', "\"\"") + '"';
            out += '\n';
        }
        return CliSupport::writeStdout(out) ? 0 : 1;
    }
    QJsonArray rows;
    for (const auto &p : points)
        rows.append(QJsonObject{{u"time"_s, SensorTime::toIso(p.t)},
                                {u"value"_s, !p.text.isEmpty() ? QJsonValue(p.text) : p.value ? QJsonValue(*p.value) : QJsonValue()}});
    return printJson(QJsonObject{{u"datastream"_s, *id}, {u"unit"_s, ds->unit}, {u"from"_s, SensorTime::toIso(*from)},
                                 {u"to"_s, SensorTime::toIso(*to)}, {u"observations"_s, rows}});
}

int setLevels(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Set a datastream's alarm levels (they replace the source's); readings already "
                                     "stored raise nothing, the next new reading is judged against them."_s);
    parser.addOption({u"datastream"_s, u"The datastream's id (sensors list)."_s, u"id"_s});
    parser.addOption({u"set"_s, u"NAME=VALUE[,NAME=VALUE…]; a name beginning with 'low' is a lower limit."_s, u"levels"_s});
    parser.addOption({u"hysteresis"_s, u"The margin a value must fall back by before a level clears (default: 2 % of the level)."_s,
                      u"value"_s});
    parser.addOption(userOption());
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    QString error;
    if (!parser.isSet(u"datastream"_s) || !parser.isSet(u"set"_s))
        return fail(u"sensors levels needs --datastream ID and --set NAME=VALUE[,NAME=VALUE…]"_s, 2);
    const auto id = positiveId(parser.value(u"datastream"_s), u"datastream"_s, &error);
    if (!id)
        return fail(error, 2);
    QList<SensorLevel> levels;
    for (const QString &part : parser.value(u"set"_s).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString name = part.left(eq).trimmed();
        bool ok = false;
        const double value = eq > 0 ? part.mid(eq + 1).trimmed().toDouble(&ok) : 0;
        if (eq <= 0 || name.isEmpty() || name.size() > 64 || !ok || !std::isfinite(value))
            return fail(u"--set '%1' is not NAME=VALUE (e.g. warning=50,alarm=80)"_s.arg(part), 2);
        levels.append({name, value, name.toLower().startsWith(u"low"_s)});
    }
    std::optional<double> hysteresis;
    if (parser.isSet(u"hysteresis"_s)) {
        bool ok = false;
        const double h = parser.value(u"hysteresis"_s).toDouble(&ok);
        if (!ok || !std::isfinite(h) || h < 0)
            return fail(u"--hysteresis '%1' is not a number of zero or more"_s.arg(parser.value(u"hysteresis"_s)), 2);
        hysteresis = h;
    }
    auto store = openStore(parser, Store::Mode::ReadWrite, &error);
    if (!store)
        return fail(error);
    SensorService service(*store);
    if (!service.setLevels(*id, levels, hysteresis, Actor::fromCommandLine(parser.value(u"user"_s)), &error))
        return fail(error);
    const auto ds = SensorQueries::datastream(store->db(), *id);
    return printJson(ds ? ds->toJson() : QJsonObject());
}

int listAlarms(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Alarms, newest first, with their events (JSON)."_s);
    parser.addOption({u"open"_s, u"Only alarms not yet closed (active, or cleared but not acknowledged)."_s});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    QString error;
    auto store = openStore(parser, Store::Mode::ReadOnly, &error);
    if (!store)
        return fail(error);
    QJsonArray list;
    for (const auto &a : SensorQueries::alarms(store->db(), parser.isSet(u"open"_s)))
        list.append(a.toJson());
    return printJson(list);
}

int acknowledge(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Acknowledge an alarm (who and when are recorded)."_s);
    parser.addOption({u"note"_s, u"What was done or decided."_s, u"text"_s});
    parser.addOption(userOption());
    parser.addPositionalArgument(u"alarm"_s, u"The alarm's id (sensors alarms)."_s);
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    QString error;
    if (parser.positionalArguments().size() != 1)
        return fail(u"sensors ack needs one alarm id; 'sensors alarms --open' lists them"_s, 2);
    const auto id = positiveId(parser.positionalArguments().first(), u"alarm"_s, &error);
    if (!id)
        return fail(error, 2);
    auto store = openStore(parser, Store::Mode::ReadWrite, &error);
    if (!store)
        return fail(error);
    SensorService service(*store);
    if (!service.acknowledge(*id, parser.value(u"note"_s), Actor::fromCommandLine(parser.value(u"user"_s)), &error))
        return fail(error);
    for (const auto &a : SensorQueries::alarms(store->db(), false))
        if (a.id == *id)
            return printJson(a.toJson());
    return 0;
}

} // namespace

QList<CliCommand> SensorCommands::commands()
{
    return {{u"sensors"_s, u"sensors and gauges: import, list, series, levels, alarms, ack (see: ptuj-console sensors --help)"_s,
             run}};
}

int SensorCommands::run(const QStringList &arguments)
{
    return CliSupport::runSubcommand(arguments, u"sensors"_s, {
        {u"import"_s, importSensors},
        {u"list"_s, listSensors},
        {u"series"_s, seriesOf},
        {u"levels"_s, setLevels},
        {u"alarms"_s, listAlarms},
        {u"ack"_s, acknowledge},
    });
}
