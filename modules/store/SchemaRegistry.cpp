#include "SchemaRegistry.h"

#include "SqliteStatement.h"
#include "StoreSchema.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSchema, "ptuj.store.schema", QtInfoMsg)

namespace {

std::optional<qint64> metaValue(sqlite3 *db, const QString &key)
{
    SqliteStatement q(db, "SELECT value FROM ptuj_meta WHERE key = ?");
    q.bind(1, key);
    if (!q.next())
        return std::nullopt;
    return q.integer(0);
}

bool setMeta(sqlite3 *db, const QString &key, qint64 value, QString *errorString)
{
    SqliteStatement set(db, "INSERT OR REPLACE INTO ptuj_meta (key, value) VALUES (?, ?)");
    set.bind(1, key).bind(2, value);
    if (set.exec())
        return true;
    if (errorString)
        *errorString = set.errorString();
    return false;
}

QString versionKey(const QString &module)
{
    return u"schema."_s + module;
}

const QString kLegacyKey = u"schema.legacy"_s;

// The single number of a store from before per-module versions; 0 for any other store.
int legacyVersion(sqlite3 *db)
{
    if (const auto kept = metaValue(db, kLegacyKey))
        return int(*kept);
    const int format = SchemaRegistry::formatVersion(db);
    return format < SchemaRegistry::kFormatVersion ? format : 0;
}

} // namespace

QString SchemaRegistry::storeModule()
{
    return u"store"_s;
}

SchemaRegistry::SchemaRegistry()
{
    const bool added = add(StoreSchema::migrations());
    Q_ASSERT(added);
    Q_UNUSED(added);
}

SchemaRegistry &SchemaRegistry::global()
{
    static SchemaRegistry registry;
    return registry;
}

bool SchemaRegistry::add(const QList<StoreMigration> &migrations, QString *errorString)
{
    const auto fail = [errorString](const QString &message) {
        qCWarning(lcSchema) << message;
        if (errorString)
            *errorString = message;
        return false;
    };
    if (migrations.isEmpty())
        return fail(u"a module with no schema steps cannot be added"_s);
    const QString module = migrations.first().module;
    if (module.isEmpty() || module.contains(u'.') || module != module.toLower())
        return fail(u"'%1' is not a module name for the schema (lower case, no dots)"_s.arg(module));
    if (contains(module))
        return fail(u"the schema steps of the %1 module were added already"_s.arg(module));
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        const StoreMigration &m = migrations[i];
        if (m.module != module)
            return fail(u"the steps of the %1 module include one of the %2 module"_s.arg(module, m.module));
        if (m.version != i + 1)
            return fail(u"the steps of the %1 module are not numbered 1, 2, …: step %2 has version %3"_s.arg(module)
                            .arg(i + 1)
                            .arg(m.version));
        if (!m.apply)
            return fail(u"step %1 of the %2 module has nothing to apply"_s.arg(m.version).arg(module));
    }
    m_modules.append(module);
    m_steps.insert(module, migrations);
    return true;
}

bool SchemaRegistry::contains(const QString &module) const
{
    return m_steps.contains(module);
}

QStringList SchemaRegistry::modules() const
{
    return m_modules;
}

int SchemaRegistry::latestVersion(const QString &module) const
{
    return int(m_steps.value(module).size());
}

int SchemaRegistry::formatVersion(sqlite3 *db)
{
    return int(metaValue(db, u"schema_version"_s).value_or(0));
}

int SchemaRegistry::storedVersion(sqlite3 *db, const QString &module, const QList<StoreMigration> &steps)
{
    if (const auto v = metaValue(db, versionKey(module)))
        return int(*v);
    const int legacy = legacyVersion(db);
    int held = 0;
    for (const StoreMigration &m : steps) {
        if (m.legacyVersion > 0 && m.legacyVersion <= legacy)
            held = std::max(held, m.version);
    }
    return held;
}

int SchemaRegistry::version(sqlite3 *db, const QString &module) const
{
    return storedVersion(db, module, m_steps.value(module));
}

QList<StoreMigration> SchemaRegistry::pending(sqlite3 *db) const
{
    QList<StoreMigration> out;
    for (const QString &module : m_modules) {
        const int from = version(db, module);
        for (const StoreMigration &m : m_steps.value(module)) {
            if (m.version > from)
                out.append(m);
        }
    }
    return out;
}

bool SchemaRegistry::needsMigration(sqlite3 *db) const
{
    return formatVersion(db) != kFormatVersion || !pending(db).isEmpty();
}

std::optional<SchemaRegistry::Newer> SchemaRegistry::newerThanThisBuild(sqlite3 *db) const
{
    if (const int format = formatVersion(db); format > kFormatVersion)
        return Newer{{}, format, kFormatVersion};
    for (const QString &module : m_modules) {
        if (const int found = version(db, module); found > latestVersion(module))
            return Newer{module, found, latestVersion(module)};
    }
    return std::nullopt;
}

bool SchemaRegistry::migrate(sqlite3 *db, QString *errorString) const
{
    if (!sqliteExec(db, "CREATE TABLE IF NOT EXISTS ptuj_meta (key TEXT PRIMARY KEY NOT NULL, value)", errorString))
        return false;
    if (const auto newer = newerThanThisBuild(db)) {
        if (errorString)
            *errorString = QCoreApplication::translate("SchemaRegistry", "the store was written by a newer version of the console (schema version %1%2, this one "
                           "knows %3); update the console")
                               .arg(newer->found)
                               .arg(newer->module.isEmpty() ? QString()
                                                            : QCoreApplication::translate("SchemaRegistry", " of the %1 module").arg(newer->module))
                               .arg(newer->known);
        return false;
    }
    // A single-number store keeps its number, so a module added to a later build still
    // finds out which of its steps the store already holds.
    if (const int format = formatVersion(db); format > 0 && format < kFormatVersion && !metaValue(db, kLegacyKey)) {
        if (!setMeta(db, kLegacyKey, format, errorString))
            return false;
    }
    for (const QString &module : m_modules) {
        const int from = version(db, module);
        for (const StoreMigration &m : m_steps.value(module)) {
            if (m.version <= from)
                continue;
            QString error;
            if (!m.apply(db, &error)) {
                if (errorString)
                    *errorString = QCoreApplication::translate("SchemaRegistry", "step %1 of the %2 module (%3) failed: %4").arg(m.version).arg(module, m.description,
                                                                                     error);
                return false;
            }
            qCDebug(lcSchema) << "applied" << module << m.version << m.description;
        }
        if (!setMeta(db, versionKey(module), latestVersion(module), errorString))
            return false;
    }
    // Consoles from before the per-module versions read only this number: one above what
    // they know makes them refuse the store instead of writing into tables they do not know.
    return setMeta(db, u"schema_version"_s, kFormatVersion, errorString);
}

StoreMigration StoreMigration::sql(const QString &module, int version, const QString &description, const char *sql,
                                   int legacyVersion)
{
    return {module, version, description, [sql](sqlite3 *db, QString *errorString) { return sqliteExec(db, sql, errorString); },
            legacyVersion};
}
