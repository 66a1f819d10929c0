#include "SpatialIndex.h"

#include "SqliteStatement.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// A name as SQL writes it: bare when it is a plain identifier (the spec's own text), else quoted.
QString identifier(const QString &name)
{
    static const QRegularExpression plain(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    if (plain.match(name).hasMatch())
        return name;
    QString quoted = name;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

bool exec(sqlite3 *db, const QString &sql, QString *errorString)
{
    return sqliteExec(db, sql.toUtf8().constData(), errorString);
}

// The GeoPackage 1.2 triggers (F.3): %1 the layer, %2 its geometry column, %3 its id
// column, %4 the index, %5 the trigger. SQLite keeps each statement as written here.
constexpr const char16_t *kTriggers[] = {
    uR"sql(CREATE TRIGGER %5 AFTER INSERT ON %1
    WHEN (new.%2 NOT NULL AND NOT ST_IsEmpty(NEW.%2))
BEGIN
    INSERT OR REPLACE INTO %4 VALUES (NEW.%3, ST_MinX(NEW.%2), ST_MaxX(NEW.%2), ST_MinY(NEW.%2), ST_MaxY(NEW.%2));
END)sql",
    uR"sql(CREATE TRIGGER %5 AFTER UPDATE OF %2 ON %1
    WHEN OLD.%3 = NEW.%3 AND (NEW.%2 NOTNULL AND NOT ST_IsEmpty(NEW.%2))
BEGIN
    INSERT OR REPLACE INTO %4 VALUES (NEW.%3, ST_MinX(NEW.%2), ST_MaxX(NEW.%2), ST_MinY(NEW.%2), ST_MaxY(NEW.%2));
END)sql",
    uR"sql(CREATE TRIGGER %5 AFTER UPDATE OF %2 ON %1
    WHEN OLD.%3 = NEW.%3 AND (NEW.%2 ISNULL OR ST_IsEmpty(NEW.%2))
BEGIN
    DELETE FROM %4 WHERE id = OLD.%3;
END)sql",
    uR"sql(CREATE TRIGGER %5 AFTER UPDATE ON %1
    WHEN OLD.%3 != NEW.%3 AND (NEW.%2 NOTNULL AND NOT ST_IsEmpty(NEW.%2))
BEGIN
    DELETE FROM %4 WHERE id = OLD.%3;
    INSERT OR REPLACE INTO %4 VALUES (NEW.%3, ST_MinX(NEW.%2), ST_MaxX(NEW.%2), ST_MinY(NEW.%2), ST_MaxY(NEW.%2));
END)sql",
    uR"sql(CREATE TRIGGER %5 AFTER UPDATE ON %1
    WHEN OLD.%3 != NEW.%3 AND (NEW.%2 ISNULL OR ST_IsEmpty(NEW.%2))
BEGIN
    DELETE FROM %4 WHERE id IN (OLD.%3, NEW.%3);
END)sql",
    uR"sql(CREATE TRIGGER %5 AFTER DELETE ON %1
    WHEN old.%2 NOT NULL
BEGIN
    DELETE FROM %4 WHERE id = OLD.%3;
END)sql",
};
constexpr const char *kTriggerSuffixes[] = {"insert", "update1", "update2", "update3", "update4", "delete"};

QString triggerName(const QString &table, const QString &geometryColumn, const char *suffix)
{
    return SpatialIndex::tableName(table, geometryColumn) + u'_' + QLatin1StringView(suffix);
}

} // namespace

QString SpatialIndex::tableName(const QString &table, const QString &geometryColumn)
{
    return u"rtree_"_s + table + u'_' + geometryColumn;
}

QStringList SpatialIndex::triggerNames(const QString &table, const QString &geometryColumn)
{
    QStringList names;
    for (const char *suffix : {"insert", "update1", "update2", "update3", "update4", "update5", "update6", "update7", "delete"})
        names.append(triggerName(table, geometryColumn, suffix));
    return names;
}

bool SpatialIndex::create(sqlite3 *db, const QString &table, const QString &geometryColumn, const QString &idColumn,
                          QString *errorString)
{
    if (!sqliteExec(db,
                    "CREATE TABLE IF NOT EXISTS gpkg_extensions (\n"
                    "    table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,\n"
                    "    CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))",
                    errorString))
        return false;
    SqliteStatement extension(db, "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
                                  "VALUES (?, ?, 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', "
                                  "'write-only')");
    extension.bind(1, table).bind(2, geometryColumn);
    if (!extension.exec()) {
        if (errorString)
            *errorString = extension.errorString();
        return false;
    }
    const QString index = identifier(tableName(table, geometryColumn));
    if (!exec(db, u"CREATE VIRTUAL TABLE %1 USING rtree(id, minx, maxx, miny, maxy)"_s.arg(index), errorString))
        return false;
    for (size_t i = 0; i < std::size(kTriggers); ++i) {
        const QString sql = QString::fromUtf16(kTriggers[i]).arg(
            identifier(table), identifier(geometryColumn), identifier(idColumn), index,
            identifier(triggerName(table, geometryColumn, kTriggerSuffixes[i])));
        if (!exec(db, sql, errorString))
            return false;
    }
    return true;
}

std::optional<SpatialIndex::SuspendedTriggers> SpatialIndex::suspendTriggers(sqlite3 *db, const QString &table,
                                                                           const QString &geometryColumn,
                                                                           QString *errorString)
{
    SuspendedTriggers suspended;
    SqliteStatement q(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ? AND tbl_name = ?");
    for (const char *suffix : {"insert", "update1", "update6", "update7"}) {
        const QString name = triggerName(table, geometryColumn, suffix);
        q.reset();
        q.bind(1, name).bind(2, table);
        if (q.next()) {
            suspended.names.append(name);
            suspended.sql.append(q.text(0).toUtf8());
        }
    }
    for (const QString &name : std::as_const(suspended.names)) {
        if (!exec(db, u"DROP TRIGGER "_s + identifier(name), errorString))
            return std::nullopt;
    }
    return suspended;
}

bool SpatialIndex::restoreTriggers(sqlite3 *db, const SuspendedTriggers &triggers, QString *errorString)
{
    for (const QByteArray &sql : triggers.sql) {
        if (!sqliteExec(db, sql.constData(), errorString))
            return false;
    }
    return true;
}
