#pragma once

#include "StoreMigration.h"

#include <QHash>
#include <QStringList>

#include <optional>

/// Every module's steps of the store's schema, and the runner that brings a store up to date.
///
/// GeoPackage reserves PRAGMA user_version for its own version (10300, 10400 …), so the
/// versions live in ptuj_meta: `schema.<module>` per module, and `schema_version`, the
/// layout of those keys (1–3: stores written before per-module versions, which kept one
/// number for all tables; 4: per-module versions). A store converted from the single
/// number keeps it as `schema.legacy`, so a module added later still knows what the store
/// held (StoreMigration::legacyVersion).
///
/// The store module's own steps are always there; the composition root adds the other
/// modules' steps (e.g. ReportSchema::migrations()) to global() at start-up, before any
/// store is opened. Adding is not thread-safe; reading is.
class SchemaRegistry
{
public:
    /// The layout of ptuj_meta this build writes (`schema_version`).
    static constexpr int kFormatVersion = 4;
    /// The module of the store's own tables.
    static QString storeModule();

    /// A registry with only the store's own steps (StoreSchema::migrations()).
    SchemaRegistry();
    /// The registry Store::open uses when it is given none.
    static SchemaRegistry &global();

    /// Adds one module's steps. False, and nothing added, when the module is there already
    /// or the steps are not all of one module numbered 1, 2, … with an apply function.
    bool add(const QList<StoreMigration> &migrations, QString *errorString = nullptr);
    bool contains(const QString &module) const;
    /// The modules in the order their steps run: the store first, then in the order added.
    QStringList modules() const;
    /// The version a module reaches with every step (0 for a module not added).
    int latestVersion(const QString &module) const;

    /// The version of a module in the store: `schema.<module>`, else what the single
    /// number of an older store held; 0 when the store has none of its tables.
    int version(sqlite3 *db, const QString &module) const;
    /// The steps the store lacks, in the order they run.
    QList<StoreMigration> pending(sqlite3 *db) const;
    /// True when migrate() has something to write: steps, or a single-number store to convert.
    bool needsMigration(sqlite3 *db) const;

    /// What a newer console wrote: the layout (module empty) or a module's version.
    struct Newer
    {
        QString module;
        int found = 0;
        int known = 0;
    };
    /// Set when this build does not know the store's layout or a module's version in it.
    std::optional<Newer> newerThanThisBuild(sqlite3 *db) const;

    /// Runs the pending steps in order and records the versions. Call inside a transaction
    /// and roll it back when this fails: a step may have done part of its work.
    bool migrate(sqlite3 *db, QString *errorString) const;

    /// The version of a module in the store given its steps (see version()).
    static int storedVersion(sqlite3 *db, const QString &module, const QList<StoreMigration> &steps);
    /// `schema_version` in ptuj_meta; 0 when the store has none.
    static int formatVersion(sqlite3 *db);

private:
    QStringList m_modules;
    QHash<QString, QList<StoreMigration>> m_steps;
};
