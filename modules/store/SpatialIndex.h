#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3;

/// A layer's GeoPackage R-tree (GeoPackage 1.2, annex F.3 "RTree Spatial Indexes"): the
/// virtual table `rtree_<t>_<c>` and the triggers `rtree_<t>_<c>_insert`, `_update1` …
/// `_update7`, `_delete` that keep it current, so QGIS, GDAL and the console all find the
/// layer's features by box whoever edits it.
namespace SpatialIndex {

/// rtree_<table>_<geometryColumn>.
QString tableName(const QString &table, const QString &geometryColumn);
/// The names the spec gives the index's triggers (1.2 has _insert, _update1–4, _delete;
/// 1.4 replaces _update1 and _update3 by _update5–7), whichever a store has.
QStringList triggerNames(const QString &table, const QString &geometryColumn);

/// Creates the index of a layer whose gpkg_contents and gpkg_geometry_columns rows exist:
/// the R-tree, its gpkg_extensions row and the spec's six triggers, in the spec's text.
/// Call inside a transaction.
bool create(sqlite3 *db, const QString &table, const QString &geometryColumn, const QString &idColumn,
            QString *errorString);

/// Triggers set aside by suspendTriggers(), with their SQL as the store had it.
struct SuspendedTriggers
{
    QStringList names;
    QList<QByteArray> sql;
};

/// Drops the triggers that compute a row's box with ST_MinX … on insert and on a new
/// geometry (_insert, _update1, _update6, _update7, whichever the store has), so a bulk
/// writer can write the index itself from positions it already knows; the triggers that
/// only delete entries stay. Call inside a transaction and restoreTriggers() before the
/// commit; a rollback brings them back by itself.
std::optional<SuspendedTriggers> suspendTriggers(sqlite3 *db, const QString &table, const QString &geometryColumn,
                                                 QString *errorString);
/// Creates the suspended triggers again, exactly as they were.
bool restoreTriggers(sqlite3 *db, const SuspendedTriggers &triggers, QString *errorString);

} // namespace SpatialIndex
