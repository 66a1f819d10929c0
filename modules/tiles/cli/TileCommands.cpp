#include "TileCommands.h"

#include "CliSupport.h"
#include "InputPolicy.h"
#include "Store.h"
#include "TileSeeder.h"
#include "TileStore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

std::atomic_bool g_interrupted = false;

// The tiles' messages have always named the command: "ptuj-console tiles: …".
int fail(const QString &message, int code = 1)
{
    return CliSupport::fail(message, code, u"tiles"_s);
}

// False when stdout cannot take the answer (a full disk, a closed pipe): the command fails.
bool print(const QJsonObject &o)
{
    return CliSupport::printJson(o, u"tiles"_s) == 0;
}

bool parseZoom(const QString &text, int *from, int *to)
{
    static const QRegularExpression pattern(u"^(\\d{1,2})(?:-(\\d{1,2}))?$"_s);
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    *from = m.captured(1).toInt();
    *to = m.captured(2).isEmpty() ? *from : m.captured(2).toInt();
    return true;
}

bool parseBox(const QString &text, QRectF *box)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 4)
        return false;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok)
            return false;
    }
    if (v[0] >= v[2] || v[1] >= v[3] || v[0] < -180 || v[2] > 180 || v[1] < -85 || v[3] > 85)
        return false;
    *box = QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
    return true;
}

int seed(QCommandLineParser &parser)
{
    int from = 0, to = 0;
    if (!parseZoom(parser.value(u"zoom"_s), &from, &to))
        return fail(u"--zoom must be a level or a range such as 10-17, not '%1'"_s.arg(parser.value(u"zoom"_s)), 2);
    const bool force = parser.isSet(u"force"_s);
    TileSeeder::Options options{.minZoom = from, .maxZoom = to, .force = force,
                                .maxTiles = force ? 0 : InputPolicy::kMaxTilesWithoutForce, .cancel = &g_interrupted};
    if (parser.isSet(u"bbox"_s) && !parseBox(parser.value(u"bbox"_s), &options.lonLatBox))
        return fail(u"--bbox must be minlon,minlat,maxlon,maxlat in degrees, e.g. 15.80,46.38,15.96,46.48"_s, 2);
    QString error;
    auto store = Store::open(parser.value(u"store"_s), Store::Mode::ReadWrite, &error);
    if (!store)
        return fail(error);
    const bool quiet = parser.isSet(u"quiet"_s);
    int lastPercent = -1;
    options.progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(100 * done / total) : 100;
        if (!quiet && percent != lastPercent) {
            std::fprintf(stderr, "\rseeding: %lld of %lld tiles (%d %%)", static_cast<long long>(done),
                         static_cast<long long>(total), percent);
            lastPercent = percent;
        }
    };
    // Ctrl+C stops after the batch in hand; what is written stays.
    std::signal(SIGINT, [](int) { g_interrupted = true; });
    std::signal(SIGTERM, [](int) { g_interrupted = true; });
    const TileSeeder::Result r = TileSeeder::seed(*store, options);
    if (!quiet && lastPercent >= 0)
        std::fputs("\n", stderr);
    if (!r.ok && !r.cancelled)
        return fail(r.error);
    if (!print({{u"ok"_s, r.ok},
           {u"zoom"_s, u"%1-%2"_s.arg(from).arg(to)},
           {u"tiles"_s, r.total},
           {u"rendered"_s, r.rendered},
           {u"skipped"_s, r.skipped},
           {u"bytes"_s, r.bytes},
           {u"seconds"_s, r.seconds},
           {u"cancelled"_s, r.cancelled}}))
        return 1;
    if (!r.ok)
        return fail(r.error, r.cancelled ? 130 : 1);
    return 0;
}

int status(QCommandLineParser &parser)
{
    QString error;
    auto store = Store::open(parser.value(u"store"_s), Store::Mode::ReadOnly, &error);
    if (!store)
        return fail(error);
    QJsonObject zooms;
    qint64 total = 0;
    const auto counts = TileStore::basemapCounts(store->db());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        zooms.insert(QString::number(it.key()), it.value());
        total += it.value();
    }
    const auto usage = TileStore::cacheUsage(store->db());
    return print({{u"basemap"_s, QJsonObject{{u"tiles"_s, total}, {u"byZoom"_s, zooms}}},
                  {u"cache"_s, QJsonObject{{u"tiles"_s, usage.tiles}, {u"bytes"_s, usage.bytes}}}})
               ? 0
               : 1;
}

int trim(QCommandLineParser &parser)
{
    bool ok = false;
    const double megabytes = parser.value(u"max-mb"_s).toDouble(&ok);
    if (!ok || megabytes < 0)
        return fail(u"--max-mb must be a size in megabytes, e.g. 200"_s, 2);
    QString error;
    auto store = Store::open(parser.value(u"store"_s), Store::Mode::ReadWrite, &error);
    if (!store)
        return fail(error);
    if (!store->beginWrite(&error))
        return fail(error);
    const qint64 removed = TileStore::trimCache(store->db(), qint64(megabytes * 1024 * 1024), &error);
    if (removed < 0 || !store->commit(&error)) {
        store->rollback();
        return fail(error);
    }
    const auto usage = TileStore::cacheUsage(store->db());
    return print({{u"removed"_s, removed}, {u"tiles"_s, usage.tiles}, {u"bytes"_s, usage.bytes}}) ? 0 : 1;
}

} // namespace

QList<CliCommand> TileCommands::commands()
{
    return {{u"tiles"_s, u"the offline basemap in the store: seed, status, trim (see: ptuj-console tiles --help)"_s, run,
             CliCommand::Application::Gui}};
}

int TileCommands::run(const QStringList &arguments)
{
    // arguments: "program tiles", subcommand, options…
    const QString sub = arguments.value(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The store's offline basemap and online tile cache.\n\n"
        "  tiles seed   --store S --zoom 10-17 [--bbox minlon,minlat,maxlon,maxlat] [--force]\n"
        "               draw the basemap from the store's layers into the store (resumable)\n"
        "  tiles status --store S   tiles per zoom level and the online cache's size\n"
        "  tiles trim   --store S --max-mb N   shrink the online cache, least recently used first"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"subcommand"_s, u"seed, status or trim"_s);
    parser.addOption({u"store"_s, u"The store (a GeoPackage)."_s, u"path"_s});
    parser.addOption({u"zoom"_s, u"seed: zoom levels, e.g. 10-17."_s, u"range"_s, u"10-17"_s});
    parser.addOption({u"bbox"_s, u"seed: area in degrees (default: the municipality)."_s, u"box"_s});
    parser.addOption({u"force"_s, u"seed: redraw tiles already in the store, and draw more than 100,000 tiles."_s});
    parser.addOption({u"quiet"_s, u"seed: no progress on stderr."_s});
    parser.addOption({u"max-mb"_s, u"trim: the cache's size cap in megabytes."_s, u"mb"_s});
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + u' ' + sub);
    if (!parser.parse(rest))
        return fail(parser.errorText() + u"; see ptuj-console tiles --help"_s, 2);
    if (parser.isSet(u"help"_s) || sub.isEmpty() || sub == u"--help"_s || sub == u"-h"_s) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return sub.isEmpty() ? 2 : 0;
    }
    if (!parser.isSet(u"store"_s))
        return fail(u"--store is required"_s, 2);
    if (sub == u"seed"_s)
        return seed(parser);
    if (sub == u"status"_s)
        return status(parser);
    if (sub == u"trim"_s)
        return trim(parser);
    return fail(u"unknown subcommand '%1': seed, status or trim"_s.arg(sub), 2);
}
