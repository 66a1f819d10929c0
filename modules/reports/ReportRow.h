#pragma once

#include "Report.h"

#include <QVariantList>

#include <optional>

class SqliteStatement;
struct sqlite3;

/// Reading and writing rows of the `reports` table; shared by the service and the queries.
namespace ReportRow {

/// "fid, geom, source, …, warnings": the columns readReport() expects, in order.
const char *selectColumns();
/// The writable columns (all but fid), in the order of values().
const QStringList &columns();
QVariantList values(const Report &r);
/// Reads a row selected with selectColumns() starting at `first`.
Report read(const SqliteStatement &q, int first = 0);
std::optional<Report> load(sqlite3 *db, qint64 id);

/// Columns that are the clerk's decisions: a re-import keeps them.
inline const QStringList &triageFields()
{
    static const QStringList fields = {QStringLiteral("status"), QStringLiteral("service"),
                                       QStringLiteral("priority"), QStringLiteral("due_at"),
                                       QStringLiteral("public_answer"), QStringLiteral("service_code"),
                                       QStringLiteral("duplicate_of")};
    return fields;
}

} // namespace ReportRow
