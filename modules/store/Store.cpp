#include "Store.h"

#include "DomainRegistry.h"
#include "InputPolicy.h"
#include "LayerRoles.h"
#include "LayerStyle.h"
#include "SchemaRegistry.h"
#include "SqliteStatement.h"
#include "StoreSchema.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QScopeGuard>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "ptuj.store", QtInfoMsg)

namespace {

int g_busyTimeoutMs = 2000;

QString lastGdalError()
{
    return QString::fromUtf8(CPLGetLastErrorMsg());
}

// Less than a few pages free: SQLite cannot write its journal, GDAL cannot open the file.
bool diskIsFull(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < 256 * 1024;
}

bool hasWritePermission(const QFileInfo &info)
{
    // Checked on the permission bits, not access(2): as root every file is writable, but a
    // store someone made read-only is meant to stay unchanged.
    // (WriteUser is left out: Qt derives it from access(2).)
    constexpr auto anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return (info.permissions() & anyWrite) != 0;
}

QStringList fromJsonArray(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

QString toJsonArray(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

const char *kCatalogueColumns =
    "layer, domain, title_sl, title_en, description_sl, description_en, format, owner, update_interval, "
    "period_of_use, users, links, source, licence, crs, geometry_type, feature_count, min_x, min_y, max_x, max_y, "
    "imported_at, illustrative";

// Roles came with store step 3, field aliases with step 5; a store opened read-only before
// them has none.
QByteArray catalogueSelect(int storeVersion)
{
    return QByteArray("SELECT ")
        .append(kCatalogueColumns)
        .append(storeVersion >= 3 ? ", roles, attribution" : ", '[]', NULL")
        .append(storeVersion >= 5 ? ", fields" : ", '[]'");
}

CatalogueEntry readEntry(const SqliteStatement &q)
{
    CatalogueEntry e;
    e.layer = q.text(0);
    e.domain = q.text(1);
    e.titleSl = q.text(2);
    e.titleEn = q.text(3);
    e.descriptionSl = q.text(4);
    e.descriptionEn = q.text(5);
    e.format = q.text(6);
    e.owner = q.text(7);
    e.updateInterval = q.text(8);
    e.periodOfUse = q.text(9);
    e.users = fromJsonArray(q.text(10));
    e.links = fromJsonArray(q.text(11));
    e.source = q.text(12);
    e.licence = q.text(13);
    e.crs = q.text(14);
    e.geometryType = q.text(15);
    e.featureCount = q.integer(16);
    if (!q.isNull(17))
        e.extent = QRectF(QPointF(q.real(17), q.real(18)), QPointF(q.real(19), q.real(20)));
    e.importedAt = QDateTime::fromString(q.text(21), Qt::ISODate);
    e.illustrative = q.integer(22) != 0;
    e.roles = fromJsonArray(q.text(23));
    e.attribution = q.text(24);
    e.fields = CatalogueEntry::fieldsFromJson(QJsonDocument::fromJson(q.text(25).toUtf8()).array());
    return e;
}

} // namespace

QString explainStoreError(const QString &message)
{
    const QString m = message.toLower();
    if (m.contains(u"locked"_s) || m.contains(u"busy"_s))
        return QCoreApplication::translate("Store", "the store is locked by another program that is writing to it; close that program (or wait for it) and try again (%1)").arg(message);
    if (m.contains(u"malformed"_s) || m.contains(u"not a database"_s) || m.contains(u"corrupt"_s))
        return QCoreApplication::translate("Store", "the store is damaged (%1); restore it from a backup or rebuild it").arg(message);
    if (m.contains(u"readonly"_s) || m.contains(u"read-only"_s))
        return QCoreApplication::translate("Store", "the store is read-only (%1)").arg(message);
    if (m.contains(u"disk is full"_s) || m.contains(u"database or disk is full"_s) || m.contains(u"no space left"_s))
        return QCoreApplication::translate("Store", "the disk holding the store is full (%1); free some space and try again").arg(message);
    return message;
}

void Store::setBusyTimeout(int milliseconds)
{
    g_busyTimeoutMs = milliseconds;
}

QString Store::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"ptuj.gpkg"_s);
}

std::unique_ptr<Store> Store::open(const QString &path, Mode mode, QString *errorString)
{
    return open(path, mode, SchemaRegistry::global(), errorString);
}

std::unique_ptr<Store> Store::open(const QString &path, Mode mode, const SchemaRegistry &schema, QString *errorString)
{
    static const bool registered = [] { GDALAllRegister(); return true; }();
    Q_UNUSED(registered);
    const auto fail = [errorString](const QString &message) -> std::unique_ptr<Store> {
        qCDebug(lcStore) << message;
        if (errorString)
            *errorString = message;
        return nullptr;
    };

    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir())
        return fail(QCoreApplication::translate("Store", "%1 is a directory, not a store file (a .gpkg)").arg(path));
    if (!exists && mode != Mode::Create)
        return fail(QCoreApplication::translate("Store", "the store %1 does not exist").arg(path));
    const bool write = mode != Mode::ReadOnly;
    if (write && exists && !hasWritePermission(info))
        return fail(QCoreApplication::translate("Store", "the store %1 is read-only (no write permission); make it writable or work on a copy").arg(path));

    std::unique_ptr<Store> store(new Store);
    store->m_path = info.absoluteFilePath();
    store->m_writable = write;
    const QByteArray nativePath = QFile::encodeName(store->m_path);
    CPLErrorReset();
    if (!exists) {
        if (!QDir().mkpath(info.absolutePath()))
            return fail(QCoreApplication::translate("Store", "cannot create the folder of %1").arg(path));
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        store->m_dataset = driver ? driver->Create(nativePath.constData(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr;
        if (!store->m_dataset)
            return fail(QCoreApplication::translate("Store", "cannot create the store %1: %2").arg(path, explainStoreError(lastGdalError())));
    } else {
        // An import killed mid-write leaves a hot rollback journal (see beginBulkWrite()).
        // SQLite rolls it back at the next open, but only on a connection that may write, so
        // a read-only open (the map, `layers`) first lets a short writable one do it.
        if (!write && QFileInfo::exists(store->m_path + u"-journal"_s)) {
            if (!hasWritePermission(info))
                return fail(QCoreApplication::translate("Store", "the store %1 was left mid-write by an interrupted import and is read-only here; "
                            "open it once with write permission so the console can undo the unfinished write").arg(path));
            sqlite3 *recover = nullptr;
            QString error;
            const bool opened = sqlite3_open_v2(nativePath.constData(), &recover, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK;
            if (opened)
                sqlite3_busy_timeout(recover, g_busyTimeoutMs);
            const bool rolledBack = opened && sqliteExec(recover, "SELECT count(*) FROM sqlite_master", &error);
            if (!opened)
                error = QString::fromUtf8(sqlite3_errmsg(recover));
            sqlite3_close(recover);
            if (!rolledBack)
                return fail(QCoreApplication::translate("Store", "cannot undo the unfinished write an interrupted import left in %1: %2").arg(path, explainStoreError(error)));
        }
        const char *const drivers[] = {"GPKG", nullptr};
        store->m_dataset = GDALDataset::Open(nativePath.constData(),
                                             GDAL_OF_VECTOR | (write ? GDAL_OF_UPDATE : GDAL_OF_READONLY), drivers,
                                             nullptr, nullptr);
        if (!store->m_dataset) {
            const QString reason = lastGdalError();
            if (diskIsFull(store->m_path))
                return fail(QCoreApplication::translate("Store", "the disk holding %1 is full (%2 free): SQLite cannot open the store's journal; free some "
                            "space and try again").arg(path, InputPolicy::formatBytes(QStorageInfo(info.absolutePath()).bytesAvailable())));
            return fail(QCoreApplication::translate("Store", "%1 is not a GeoPackage store or it is damaged%2").arg(
                path, reason.isEmpty() ? QString() : u" ("_s + reason + u')'));
        }
    }
    store->m_db = static_cast<sqlite3 *>(store->m_dataset->GetInternalHandle("SQLITE_HANDLE"));
    if (!store->m_db)
        return fail(QCoreApplication::translate("Store", "%1: GDAL gives no SQLite handle for the store").arg(path));
    sqlite3_busy_timeout(store->m_db, g_busyTimeoutMs);

    // A newer console's tables are neither written (this build would damage them) nor read.
    const auto newer = schema.newerThanThisBuild(store->m_db);
    const auto tooNew = [&](const QString &consequence) {
        return fail(QCoreApplication::translate("Store", "the store %1 has schema version %2%3, written by a newer version of the console (this one knows "
                    "version %4%5): open it with a console that knows version %2 or newer")
                        .arg(path)
                        .arg(newer->found)
                        .arg(newer->module.isEmpty() ? QString() : QCoreApplication::translate("Store", " of the %1 module").arg(newer->module))
                        .arg(newer->known)
                        .arg(consequence));
    };
    if (write) {
        QString error;
        // WAL lets the map read while an import writes. An 8 MB page cache (SQLite's
        // default is 2 MB) holds the pages an import touches again; a larger one only holds
        // the new pages until commit: 64 MB took 163 MB of peak memory for 200,000 parcels
        // (ogr2ogr: 73 MB) and was no faster there (tests/bench, "polygons").
        if (!sqliteExec(store->m_db, "PRAGMA journal_mode=WAL; PRAGMA cache_size=-8192", &error))
            return fail(QCoreApplication::translate("Store", "cannot open %1 for writing: %2").arg(path, explainStoreError(error)));
        if (newer)
            return tooNew(QCoreApplication::translate("Store", " and would damage it"));
        // Every module's pending steps in one transaction: a step that fails leaves the
        // store as it was and the open fails.
        if (schema.needsMigration(store->m_db)) {
            if (!store->beginWrite(&error))
                return fail(error);
            if (!schema.migrate(store->m_db, &error)) {
                store->rollback();
                return fail(QCoreApplication::translate("Store", "cannot prepare the store %1: %2; the store is unchanged").arg(path, explainStoreError(error)));
            }
            if (!store->commit(&error))
                return fail(error);
        }
    } else if (newer) {
        return tooNew(QString());
    }
    return store;
}

Store::~Store()
{
    if (m_inTransaction)
        rollback();
    if (m_dataset)
        GDALClose(m_dataset);
}

bool Store::beginWrite(QString *errorString)
{
    if (!m_writable) {
        if (errorString)
            *errorString = QCoreApplication::translate("Store", "the store %1 is open read-only").arg(m_path);
        return false;
    }
    CPLErrorReset();
    if (m_dataset->StartTransaction() != OGRERR_NONE) {
        if (errorString)
            *errorString = explainStoreError(lastGdalError());
        return false;
    }
    m_inTransaction = true;
    // Take the write lock now (a no-op write), so "locked" surfaces before any work is done.
    QString error;
    if (!sqliteExec(m_db, "CREATE TABLE IF NOT EXISTS ptuj_meta (key TEXT PRIMARY KEY NOT NULL, value);"
                          "UPDATE ptuj_meta SET value = value WHERE key = 'schema_version'",
                    &error)) {
        rollback();
        if (errorString)
            *errorString = explainStoreError(error);
        return false;
    }
    return true;
}

// In WAL mode every page an import writes goes to the -wal file and again into the store at
// the checkpoint: 150 MB written and 250 MB read for 200,000 parcels (74 MB of store), against
// ogr2ogr's 75 MB (tests/bench, "polygons"). The rollback journal keeps only the pages that
// existed before the transaction (a new layer's pages are appended after them), and a kill
// mid-import still leaves the store as it was: the next open rolls the hot journal back.
// SQLite leaves WAL only when no other connection has the store open; while the console's map
// reads it, the import stays in WAL so the map keeps reading as the import writes.
bool Store::beginBulkWrite(QString *errorString)
{
    if (m_writable && !m_inTransaction) {
        sqlite3_busy_timeout(m_db, 0); // another reader: stay in WAL at once, never wait
        SqliteStatement mode(m_db, "PRAGMA journal_mode=DELETE");
        m_leftWal = mode.next() && mode.text(0) == u"delete"_s;
        sqlite3_busy_timeout(m_db, g_busyTimeoutMs);
    }
    if (beginWrite(errorString))
        return true;
    restoreWal();
    return false;
}

void Store::restoreWal()
{
    if (!m_leftWal)
        return;
    m_leftWal = false;
    // Fails only when another program opened the store since; it stays in rollback-journal
    // mode then, which is valid, and the next open for writing asks for WAL again.
    sqliteExec(m_db, "PRAGMA journal_mode=WAL", nullptr);
}

bool Store::commit(QString *errorString)
{
    if (!m_inTransaction)
        return true;
    // SQLite undoes a transaction by itself when the disk fills while it commits; GDAL then
    // reports only the follow-up "no transaction is active". Every message is kept so the
    // first cause (the full disk) is the one the user reads.
    QStringList messages;
    CPLPushErrorHandlerEx(
        [](CPLErr, CPLErrorNum, const char *message) {
            static_cast<QStringList *>(CPLGetErrorHandlerUserData())->append(QString::fromUtf8(message));
        },
        &messages);
    CPLErrorReset();
    const bool ok = m_dataset->CommitTransaction() == OGRERR_NONE;
    CPLPopErrorHandler();
    m_inTransaction = false;
    const auto backToWal = qScopeGuard([this] { restoreWal(); });
    if (!ok) {
        const int code = sqlite3_extended_errcode(m_db);
        if ((code & 0xff) == SQLITE_FULL)
            messages.prepend(u"database or disk is full"_s);
        if (sqlite3_get_autocommit(m_db) == 0)
            m_dataset->RollbackTransaction();
        if (errorString) {
            const QString joined = messages.join(u"; "_s);
            QString reason = explainStoreError(joined);
            if (reason == joined && diskIsFull(m_path))
                reason = explainStoreError(u"database or disk is full ("_s + joined + u')');
            *errorString = QCoreApplication::translate("Store", "%1; the change was undone, the store is as it was").arg(reason);
        }
    }
    return ok;
}

void Store::rollback()
{
    if (!m_inTransaction)
        return;
    m_dataset->RollbackTransaction();
    m_inTransaction = false;
    restoreWal();
}

QStringList Store::layerNames() const
{
    QStringList names;
    SqliteStatement q(m_db, "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name");
    while (q.next())
        names.append(q.text(0));
    return names;
}

bool Store::hasLayer(const QString &name) const
{
    SqliteStatement q(m_db, "SELECT 1 FROM gpkg_contents WHERE lower(table_name) = lower(?)");
    q.bind(1, name);
    return q.next();
}

QStringList Store::columnsOf(const QString &layer) const
{
    QStringList columns;
    QString quoted = layer;
    quoted.replace(u'"', u"\"\""_s);
    SqliteStatement q(m_db, (u"PRAGMA table_info(\""_s + quoted + u"\")"_s).toUtf8().constData());
    while (q.next())
        columns.append(q.text(1));
    return columns;
}

QHash<qint64, QVariantMap> Store::attributesOf(const QString &layer, const QList<qint64> &fids) const
{
    QHash<qint64, QVariantMap> out;
    QString quoted = layer;
    quoted.replace(u'"', u"\"\""_s);
    SqliteStatement q(m_db, (u"SELECT * FROM \""_s + quoted + u"\" WHERE fid = ?"_s).toUtf8().constData());
    SqliteStatement geometry(m_db, "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?");
    geometry.bind(1, layer);
    const QString geometryColumn = geometry.next() ? geometry.text(0) : QString();
    for (const qint64 fid : fids) {
        q.reset();
        q.bind(1, fid);
        if (!q.next())
            continue;
        QVariantMap attributes;
        for (int c = 0;; ++c) {
            const QString name = q.columnName(c);
            if (name.isEmpty())
                break;
            if (name != u"fid"_s && name != geometryColumn)
                attributes.insert(name, q.value(c));
        }
        out.insert(fid, attributes);
    }
    return out;
}

QList<CatalogueEntry> Store::catalogue() const
{
    QList<CatalogueEntry> out;
    const int version = StoreSchema::version(m_db);
    if (version < 1)
        return out;
    SqliteStatement q(m_db, catalogueSelect(version).append(" FROM ptuj_catalogue ORDER BY layer").constData());
    while (q.next())
        out.append(readEntry(q));
    attachSymbology(out);
    return out;
}

void Store::attachSymbology(QList<CatalogueEntry> &entries) const
{
    const QHash<QString, Symbology> stored = LayerStyle::readAll(m_db);
    // Stored styles first; then each layer nobody styled takes the next automatic variant
    // of its domain and kind that no layer of the store uses yet, in the catalogue's order.
    QList<Symbology> taken;
    for (CatalogueEntry &e : entries) {
        if (const auto it = stored.constFind(e.layer); it != stored.cend()) {
            e.symbology = *it;
            e.symbologyStored = true;
            taken.append(*it);
        }
    }
    for (CatalogueEntry &e : entries) {
        if (e.symbologyStored)
            continue;
        e.symbology = automaticSymbology(e, taken);
        taken.append(e.symbology);
    }
}

Symbology Store::automaticSymbology(const CatalogueEntry &entry, const QList<Symbology> &taken)
{
    const auto domains = DomainRegistry::domains();
    int domainIndex = 0;
    for (qsizetype i = 0; i < domains.size(); ++i) {
        if (domains.at(i).id == entry.domain)
            domainIndex = int(i);
    }
    const Symbology::Kind kind = Symbology::kindOf(entry.geometryType).value_or(Symbology::Kind::Point);
    Symbology s = Symbology::nextAutomatic(DomainRegistry::colorOf(entry.domain), kind, domainIndex, taken);
    // Administrative areas frame the others: outlines only.
    if (kind == Symbology::Kind::Polygon && entry.domain == u"administration"_s) {
        s.symbol.fill = Symbol::Fill::None;
        s.symbol.width = entry.roles.contains(LayerRoles::MunicipalBoundary) ? 0.8 : 0.3;
        if (entry.roles.contains(LayerRoles::MunicipalBoundary))
            s.symbol.color = QColor(0xb0, 0x3a, 0x2e);
        else if (entry.roles.contains(LayerRoles::Districts))
            s.symbol.dash = Symbol::Dash::Dash;
    }
    return s;
}

bool Store::writeSymbology(const QString &layer, const Symbology &symbology, const QString &author, QString *errorString)
{
    const auto entry = catalogueEntry(layer);
    if (!entry) {
        if (errorString)
            *errorString = QCoreApplication::translate("Store", "the store has no layer named %1").arg(layer);
        return false;
    }
    const auto kind = Symbology::kindOf(entry->geometryType);
    if (!kind) {
        if (errorString)
            *errorString = QCoreApplication::translate("Store", "layer %1 has no geometry to style").arg(layer);
        return false;
    }
    if (!beginWrite(errorString))
        return false;
    QString error;
    if (!LayerStyle::write(m_db, layer, u"geom"_s, *kind, symbology, author, &error)) {
        rollback();
        if (errorString)
            *errorString = explainStoreError(error);
        return false;
    }
    return commit(errorString);
}

std::optional<CatalogueEntry> Store::catalogueEntry(const QString &layer) const
{
    // From the whole catalogue: a layer's automatic style depends on the other layers'.
    for (CatalogueEntry &e : catalogue()) {
        if (e.layer == layer)
            return std::move(e);
    }
    return std::nullopt;
}

bool Store::writeCatalogueEntry(const CatalogueEntry &e, QString *errorString)
{
    if (!DomainRegistry::find(e.domain)) {
        if (errorString)
            *errorString = QCoreApplication::translate("Store", "unknown domain '%1'; use one of: %2").arg(e.domain, [] {
                QStringList ids;
                for (const Domain &d : DomainRegistry::domains())
                    ids.append(d.id);
                return ids.join(u", "_s);
            }());
        return false;
    }
    if (const QString why = LayerRoles::whyNot(e.roles); !why.isEmpty()) {
        if (errorString)
            *errorString = why;
        return false;
    }
    SqliteStatement q(m_db, QByteArray("INSERT OR REPLACE INTO ptuj_catalogue (").append(kCatalogueColumns)
                                .append(", roles, attribution, fields) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").constData());
    const bool hasExtent = !e.extent.isNull();
    const QVariantList values = {
        e.layer, e.domain, e.titleSl, e.titleEn, e.descriptionSl, e.descriptionEn, e.format, e.owner,
        e.updateInterval, e.periodOfUse, toJsonArray(e.users), toJsonArray(e.links), e.source, e.licence, e.crs,
        e.geometryType, e.featureCount,
        hasExtent ? QVariant(e.extent.left()) : QVariant(), hasExtent ? QVariant(e.extent.top()) : QVariant(),
        hasExtent ? QVariant(e.extent.right()) : QVariant(), hasExtent ? QVariant(e.extent.bottom()) : QVariant(),
        e.importedAt.toUTC().toString(Qt::ISODateWithMs), e.illustrative ? 1 : 0, toJsonArray(e.roles),
        e.attribution, QString::fromUtf8(QJsonDocument(e.fieldsToJson()).toJson(QJsonDocument::Compact)),
    };
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bind(int(i) + 1, values[i]);
    if (!q.exec()) {
        if (errorString)
            *errorString = explainStoreError(q.errorString());
        return false;
    }
    return true;
}

QStringList Store::layersWithRole(const QString &role) const
{
    QStringList out;
    if (StoreSchema::version(m_db) < 3)
        return out;
    SqliteStatement q(m_db, "SELECT c.layer FROM ptuj_catalogue c WHERE EXISTS "
                            "(SELECT 1 FROM json_each(CASE WHEN json_valid(c.roles) THEN c.roles ELSE '[]' END) "
                            "WHERE json_each.value = ?) ORDER BY c.layer");
    q.bind(1, role);
    while (q.next())
        out.append(q.text(0));
    return out;
}

bool Store::updateCatalogue(const QString &layer, const QJsonObject &metadata, QString *errorString)
{
    auto entry = catalogueEntry(layer);
    if (!entry) {
        if (errorString)
            *errorString = QCoreApplication::translate("Store", "the store has no layer named %1").arg(layer);
        return false;
    }
    const QStringList unknown = entry->applyMetadata(metadata);
    if (!unknown.isEmpty()) {
        if (errorString)
            *errorString = QCoreApplication::translate("Store", "unknown catalogue field(s) %1; editable fields: %2").arg(
                unknown.join(u", "_s), CatalogueEntry::editableKeys().join(u", "_s));
        return false;
    }
    if (!beginWrite(errorString))
        return false;
    if (!writeCatalogueEntry(*entry, errorString)) {
        rollback();
        return false;
    }
    return commit(errorString);
}
