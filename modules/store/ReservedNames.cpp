#include "ReservedNames.h"

#include "SqliteStatement.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

const QList<ReservedNames::Prefix> &ReservedNames::prefixes()
{
    static const QList<Prefix> list{
        {"gpkg_", QT_TRANSLATE_NOOP("ReservedNames", "the GeoPackage format's own tables")},
        {"gpkgext_", QT_TRANSLATE_NOOP("ReservedNames", "GeoPackage extensions")},
        {"sqlite_", QT_TRANSLATE_NOOP("ReservedNames", "SQLite's own tables")},
        {"rtree_", QT_TRANSLATE_NOOP("ReservedNames", "the spatial indexes of the layers")},
        {"ptuj_", QT_TRANSLATE_NOOP("ReservedNames", "the console's own tables")},
    };
    return list;
}

QString ReservedNames::ownerOf(sqlite3 *db, const QString &table)
{
    SqliteStatement exists(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ptuj_owned_tables'");
    if (!exists.next())
        return {};
    SqliteStatement q(db, "SELECT owner FROM ptuj_owned_tables WHERE lower(table_name) = lower(?)");
    q.bind(1, table);
    return q.next() ? q.text(0) : QString();
}

QString ReservedNames::whyNot(sqlite3 *db, const QString &name)
{
    const QString lower = name.toLower();
    if (lower.isEmpty())
        return QCoreApplication::translate("ReservedNames", "a layer needs a name; give one with --layer");
    for (const Prefix &p : prefixes()) {
        if (lower.startsWith(QLatin1StringView(p.prefix)))
            return QCoreApplication::translate("ReservedNames", "the name %1 is reserved: names that begin with %2 belong to %3; choose another name with --layer")
                .arg(name, QLatin1StringView(p.prefix), QCoreApplication::translate("ReservedNames", p.owner));
    }
    if (const QString owner = ownerOf(db, name); !owner.isEmpty())
        return QCoreApplication::translate("ReservedNames", "%1 is one of the console's own tables (it belongs to the %2 module); an import may not create or "
               "replace it: choose another name with --layer").arg(name, owner);

    // Anything else of that name that is not a layer: an index, a trigger, a view, a table
    // another program keeps in the file.
    SqliteStatement other(db, "SELECT type, tbl_name FROM sqlite_master WHERE lower(name) = lower(?)");
    other.bind(1, name);
    while (other.next()) {
        const QString type = other.text(0);
        if (type != u"table"_s)
            return (type == u"index"_s
                        ? QCoreApplication::translate("ReservedNames", "the store already has an %1 named %2 (of table %3); "
                                                      "choose another layer name with --layer")
                        : QCoreApplication::translate("ReservedNames", "the store already has a %1 named %2 (of table %3); "
                                                      "choose another layer name with --layer"))
                .arg(type, name, other.text(1));
        SqliteStatement layer(db, "SELECT 1 FROM gpkg_contents WHERE lower(table_name) = lower(?) "
                                  "AND data_type IN ('features', 'attributes')");
        layer.bind(1, name);
        if (!layer.next())
            return QCoreApplication::translate("ReservedNames", "the store already has a table named %1 that is not a layer; choose another name with --layer").arg(
                name);
    }
    return {};
}

bool ReservedNames::claim(sqlite3 *db, const QString &owner, const QStringList &tables, QString *errorString)
{
    SqliteStatement insert(db, "INSERT OR REPLACE INTO ptuj_owned_tables (table_name, owner) VALUES (?, ?)");
    for (const QString &t : tables) {
        insert.reset();
        insert.bind(1, t).bind(2, owner);
        if (!insert.exec()) {
            if (errorString)
                *errorString = insert.errorString();
            return false;
        }
    }
    return true;
}
