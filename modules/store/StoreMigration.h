#pragma once

#include <QList>
#include <QString>

#include <functional>

struct sqlite3;

/// One step of a module's tables in the store: tables, indexes, triggers, seed rows.
///
/// Each module numbers its own steps 1, 2, … and the store keeps the version reached per
/// module in ptuj_meta (`schema.<module>`). A released step is never edited: a change is
/// the next step.
struct StoreMigration
{
    /// The module that owns the step, e.g. "reports" (lower case, no dots).
    QString module;
    /// 1, 2, … within the module.
    int version = 0;
    /// One line: what the step adds; named when it fails.
    QString description;
    /// Applies the step inside the store's migration transaction; false with a message.
    std::function<bool(sqlite3 *db, QString *errorString)> apply;
    /// Stores written before the per-module versions kept one number (ptuj_meta
    /// `schema_version`, 1–3); a store at this number or above already holds the step.
    /// 0: no store of that layout holds it.
    int legacyVersion = 0;

    /// A step that runs these SQL statements.
    static StoreMigration sql(const QString &module, int version, const QString &description, const char *sql,
                              int legacyVersion = 0);
};
