#include "StoreCommands.h"

#include "CliSupport.h"

#include "DomainRegistry.h"
#include "FeatureQuery.h"
#include "GeoJson.h"
#include "LayerRoles.h"
#include "Store.h"
#include "VectorImporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

using CliSupport::fail;
using CliSupport::parse;
using CliSupport::printJson;
using CliSupport::storeOption;
using CliSupport::storePath;

// --metadata takes inline JSON or @file.
std::optional<QJsonObject> readMetadata(const QString &value, QString *error)
{
    if (value.isEmpty())
        return QJsonObject();
    QByteArray json = value.toUtf8();
    if (value.startsWith(u'@')) {
        QFile file(value.mid(1));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read metadata file %1"_s.arg(value.mid(1));
            return std::nullopt;
        }
        json = file.readAll();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = u"--metadata is not a JSON object (%1)"_s.arg(parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

QJsonObject layerSummary(const CatalogueEntry &e)
{
    QJsonObject o{{u"name"_s, e.layer},       {u"domain"_s, e.domain},          {u"title_sl"_s, e.titleSl},
                  {u"title_en"_s, e.titleEn}, {u"features"_s, e.featureCount}, {u"crs"_s, e.crs},
                  {u"geometry_type"_s, e.geometryType}, {u"illustrative"_s, e.illustrative}};
    if (!e.extent.isNull())
        o.insert(u"extent"_s, QJsonArray{e.extent.left(), e.extent.top(), e.extent.right(), e.extent.bottom()});
    return o;
}

QJsonObject reportJson(const ImportReport &r)
{
    QJsonObject o = r.toJson();
    // The documented summary keys first-class; the rest is detail.
    o.insert(u"layer"_s, r.layer);
    return o;
}

} // namespace

QList<CliCommand> StoreCommands::commands()
{
    return {
        {u"import"_s, u"import a vector file into the store (see: ptuj-console import --help)"_s, importFile},
        {u"layers"_s, u"list the store's layers"_s, layers},
        {u"query"_s, u"features of a layer inside a box, as GeoJSON"_s, query},
        {u"catalogue"_s, u"show or edit the data and metadata catalogue"_s, catalogue},
        {u"build-store"_s, u"build a store from manifests (used for the sample store)"_s, buildStore},
    };
}

int StoreCommands::importFile(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import a vector file (any GDAL/OGR format) into the store, all or nothing."_s);
    parser.addOption(storeOption());
    parser.addOption({u"domain"_s, u"Strategy domain of the layer (required)."_s, u"id"_s});
    parser.addOption({u"layer"_s, u"Layer name in the store (default: from the source)."_s, u"name"_s});
    parser.addOption({u"source-layer"_s, u"Layer of a multi-layer source (default: all)."_s, u"name"_s});
    parser.addOption({u"source-crs"_s, u"CRS of the source when it has none or a wrong one, e.g. EPSG:3912."_s, u"crs"_s});
    parser.addOption({u"encoding"_s, u"Text encoding of the attributes, e.g. CP1250."_s, u"encoding"_s});
    parser.addOption({u"metadata"_s, u"Catalogue fields as a JSON object, or @file.json."_s, u"json"_s});
    parser.addOption({u"replace"_s, u"Replace a layer of the same name."_s});
    parser.addOption({u"role"_s, u"What the layer is for, e.g. municipal_boundary (repeatable; see catalogue "
                                 "--list-roles)."_s, u"role"_s});
    parser.addOption({u"allow-indirect"_s, u"Also read a file that only points at other files (VRT) and follow a data "
                                           "file's own links (a GeoJSON crs link); network access stays off."_s});
    parser.addPositionalArgument(u"file"_s, u"The source file."_s);
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(u"import needs exactly one source file; see --help"_s, 2);
    if (!parser.isSet(u"domain"_s))
        return fail(u"import needs --domain (one of the 14 strategy domains, e.g. water)"_s, 2);

    QString error;
    auto metadata = readMetadata(parser.value(u"metadata"_s), &error);
    if (!metadata)
        return fail(error, 2);
    if (parser.isSet(u"role"_s)) {
        const QStringList roles = parser.values(u"role"_s);
        if (const QString why = LayerRoles::whyNot(roles); !why.isEmpty())
            return fail(why, 2);
        metadata->insert(u"roles"_s, QJsonArray::fromStringList(roles));
    }
    ImportOptions options{
        .source = parser.positionalArguments().first(),
        .domain = parser.value(u"domain"_s),
        .layer = parser.value(u"layer"_s),
        .sourceLayer = parser.value(u"source-layer"_s),
        .sourceCrs = parser.value(u"source-crs"_s),
        .encoding = parser.value(u"encoding"_s),
        .metadata = *metadata,
        .replace = parser.isSet(u"replace"_s),
        .allowIndirect = parser.isSet(u"allow-indirect"_s),
    };
    auto store = Store::open(storePath(parser), Store::Mode::Create, &error);
    if (!store)
        return fail(error);
    const QList<ImportReport> reports = VectorImporter(options).run(*store);
    if (reports.size() == 1 && !reports.first().ok)
        return fail(u"import of %1 failed: %2; the store is unchanged"_s.arg(options.source, reports.first().error));
    if (reports.size() == 1)
        return printJson(reportJson(reports.first()));
    QJsonArray all;
    for (const ImportReport &r : reports)
        all.append(reportJson(r));
    return printJson(QJsonObject{{u"layers"_s, all}});
}

int StoreCommands::layers(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the layers of the store."_s);
    parser.addOption(storeOption());
    parser.addOption({u"json"_s, u"JSON output."_s});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    QString error;
    auto store = Store::open(storePath(parser), Store::Mode::ReadOnly, &error);
    if (!store)
        return fail(error);
    const QList<CatalogueEntry> entries = store->catalogue();
    if (parser.isSet(u"json"_s)) {
        QJsonArray out;
        for (const CatalogueEntry &e : entries)
            out.append(layerSummary(e));
        return printJson(out);
    }
    for (const CatalogueEntry &e : entries)
        std::printf("%-28s %-15s %9lld  %-10s %s\n", qPrintable(e.layer), qPrintable(e.domain),
                    static_cast<long long>(e.featureCount), qPrintable(e.crs), qPrintable(e.titleSl));
    return 0;
}

int StoreCommands::query(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Features of a layer inside a box (uses the spatial index), as GeoJSON."_s);
    parser.addOption(storeOption());
    parser.addOption({u"layer"_s, u"Layer to query."_s, u"name"_s});
    parser.addOption({u"bbox"_s, u"minx,miny,maxx,maxy (in --crs)."_s, u"box"_s});
    parser.addOption({u"crs"_s, u"CRS of the box and of the output (default EPSG:4326)."_s, u"crs"_s, u"EPSG:4326"_s});
    parser.addOption({u"limit"_s, u"At most this many features."_s, u"n"_s});
    parser.addOption({u"json"_s, u"JSON output (the default and only format)."_s});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.isSet(u"layer"_s) || !parser.isSet(u"bbox"_s))
        return fail(u"query needs --layer and --bbox minx,miny,maxx,maxy"_s, 2);
    const QStringList parts = parser.value(u"bbox"_s).split(u',');
    QList<double> v;
    for (const QString &p : parts) {
        bool ok = false;
        v.append(p.trimmed().toDouble(&ok));
        // "nan" parses as a number but compares false with everything: the box would match all.
        if (!ok || !std::isfinite(v.last()))
            return fail(u"--bbox must be four finite numbers minx,miny,maxx,maxy, not '%1'"_s.arg(parser.value(u"bbox"_s)), 2);
    }
    if (v.size() != 4 || v[0] > v[2] || v[1] > v[3])
        return fail(u"--bbox must be minx,miny,maxx,maxy with min <= max"_s, 2);
    qsizetype limit = -1;
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        limit = parser.value(u"limit"_s).toLongLong(&ok);
        if (!ok || limit < 0)
            return fail(u"--limit '%1' is not a number of features (0 or more)"_s.arg(parser.value(u"limit"_s)), 2);
    }

    QString error;
    auto store = Store::open(storePath(parser), Store::Mode::ReadOnly, &error);
    if (!store)
        return fail(error);
    FeatureQuery query(*store);
    const auto result = query.run(parser.value(u"layer"_s), QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3])),
                                  parser.value(u"crs"_s), limit);
    if (!result.ok)
        return fail(result.error);
    QJsonArray features;
    for (const GeoFeature &f : result.features)
        features.append(GeoJson::feature(f));
    return printJson(QJsonObject{{u"type"_s, u"FeatureCollection"_s},
                                 {u"layer"_s, parser.value(u"layer"_s)},
                                 {u"crs"_s, parser.value(u"crs"_s)},
                                 {u"count"_s, features.size()},
                                 {u"features"_s, features}});
}

int StoreCommands::catalogue(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Show or edit the data and metadata catalogue."_s);
    parser.addOption(storeOption());
    parser.addOption({u"json"_s, u"JSON output."_s});
    parser.addOption({u"layer"_s, u"Only this layer."_s, u"name"_s});
    parser.addOption({u"set"_s, u"Edit a field of --layer: key=value (repeatable; lists comma-separated, e.g. "
                                  "roles=municipal_boundary)."_s, u"key=value"_s});
    parser.addOption({u"role"_s, u"Only the layers with this role."_s, u"role"_s});
    parser.addOption({u"list-roles"_s, u"List the roles a layer can have (id, name_sl, name_en) and the layers "
                                       "that have each."_s});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    QString error;
    if (parser.isSet(u"role"_s)) {
        if (const QString why = LayerRoles::whyNot({parser.value(u"role"_s)}); !why.isEmpty())
            return fail(why, 2);
    }
    if (parser.isSet(u"list-roles"_s)) {
        auto store = Store::open(storePath(parser), Store::Mode::ReadOnly, &error);
        if (!store)
            return fail(error);
        QJsonArray roles;
        for (const LayerRole &r : LayerRoles::all())
            roles.append(QJsonObject{{u"id"_s, r.id}, {u"name_sl"_s, r.nameSl}, {u"name_en"_s, r.nameEn},
                                     {u"layers"_s, QJsonArray::fromStringList(store->layersWithRole(r.id))}});
        return printJson(roles);
    }
    const bool edit = parser.isSet(u"set"_s);
    if (edit && !parser.isSet(u"layer"_s))
        return fail(u"--set needs --layer"_s, 2);
    auto store = Store::open(storePath(parser), edit ? Store::Mode::ReadWrite : Store::Mode::ReadOnly, &error);
    if (!store)
        return fail(error);
    if (edit) {
        QJsonObject changes;
        for (const QString &kv : parser.values(u"set"_s)) {
            const qsizetype eq = kv.indexOf(u'=');
            if (eq <= 0)
                return fail(u"--set wants key=value, not '%1'"_s.arg(kv), 2);
            const QString key = kv.left(eq);
            const QString value = kv.mid(eq + 1);
            if (key == u"users"_s || key == u"links"_s || key == u"roles"_s)
                changes.insert(key, QJsonArray::fromStringList(value.split(u',', Qt::SkipEmptyParts)));
            else if (key == u"illustrative"_s)
                changes.insert(key, value == u"true"_s || value == u"1"_s);
            else
                changes.insert(key, value);
        }
        if (!store->updateCatalogue(parser.value(u"layer"_s), changes, &error))
            return fail(error);
    }
    QJsonArray out;
    for (const CatalogueEntry &e : store->catalogue()) {
        if (parser.isSet(u"layer"_s) && e.layer != parser.value(u"layer"_s))
            continue;
        if (parser.isSet(u"role"_s) && !e.roles.contains(parser.value(u"role"_s)))
            continue;
        out.append(e.toJson());
    }
    if (parser.isSet(u"layer"_s) && out.isEmpty())
        return fail(u"the store has no layer named %1"_s.arg(parser.value(u"layer"_s)));
    return printJson(out);
}

int StoreCommands::buildStore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Build a new store from manifests (JSON arrays of {file, layer, domain, catalogue fields…}); the "
        "store appears complete or not at all."_s);
    parser.addOption({u"out"_s, u"The store to write (replaced when complete)."_s, u"path"_s});
    parser.addPositionalArgument(u"manifest"_s, u"Manifest files; paths inside are relative to each manifest."_s,
                                 u"manifest..."_s);
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.isSet(u"out"_s) || parser.positionalArguments().isEmpty())
        return fail(u"build-store needs --out STORE and at least one manifest"_s, 2);

    const QString out = QFileInfo(parser.value(u"out"_s)).absoluteFilePath();
    const QString partial = out + u".partial"_s;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(partial + suffix);
    QString error;
    QJsonArray built;
    {
        auto store = Store::open(partial, Store::Mode::Create, &error);
        if (!store)
            return fail(error);
        for (const QString &manifestPath : parser.positionalArguments()) {
            QFile file(manifestPath);
            if (!file.open(QIODevice::ReadOnly))
                return fail(u"cannot read manifest %1"_s.arg(manifestPath));
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
            if (!doc.isArray())
                return fail(u"manifest %1 is not a JSON array (%2)"_s.arg(manifestPath, parseError.errorString()));
            const QDir base = QFileInfo(manifestPath).absoluteDir();
            for (const QJsonValue &item : doc.array()) {
                QJsonObject entry = item.toObject();
                ImportOptions options{
                    .source = base.absoluteFilePath(entry.take(u"file"_s).toString()),
                    .domain = entry.value(u"domain"_s).toString(),
                    .layer = entry.take(u"layer"_s).toString(),
                    .sourceCrs = entry.take(u"source_crs"_s).toString(),
                    .encoding = entry.take(u"encoding"_s).toString(),
                };
                options.metadata = entry;
                const QList<ImportReport> reports = VectorImporter(options).run(*store);
                if (reports.size() == 1 && !reports.first().ok)
                    return fail(u"%1: %2"_s.arg(options.source, reports.first().error));
                for (const ImportReport &r : reports)
                    built.append(QJsonObject{{u"layer"_s, r.layer}, {u"imported"_s, r.imported}, {u"rejected"_s, r.rejected}});
            }
        }
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        QFile::remove(partial + suffix);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(out + suffix);
    if (!QFile::rename(partial, out))
        return fail(u"cannot move the new store into place at %1"_s.arg(out));
    return printJson(QJsonObject{{u"store"_s, out}, {u"layers"_s, built}});
}
