#include "ReportWriter.h"

#include "ReportRow.h"

#include <QSet>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString shown(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

// Fields that are not worth a history row of their own: the location shows as lat/lon,
// the rest is bookkeeping; contacts are personal data and stay out of the audit trail.
bool audited(const QString &column)
{
    static const QSet<QString> skipped = {u"geom"_s,          u"local_updated_at"_s, u"local_fields"_s, u"warnings"_s,
                                          u"updated_at"_s,    u"contact_name"_s,     u"contact_email"_s,
                                          u"contact_phone"_s, u"location_source"_s,  u"remote_status"_s,
                                          u"resolved_at"_s,   u"unknown_category"_s};
    return !skipped.contains(column);
}

} // namespace

HistoryWriter::HistoryWriter(sqlite3 *db)
    : m_insert(db, "INSERT INTO report_history (report_id, at, who, action, field, old_value, new_value) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)")
{
}

bool HistoryWriter::add(qint64 reportId, const QString &at, const QString &who, const QString &action, const QString &field,
                        const QString &oldValue, const QString &newValue, QString *error)
{
    m_insert.reset();
    m_insert.bind(1, reportId).bind(2, at).bind(3, who).bind(4, action);
    m_insert.bind(5, field.isEmpty() ? QVariant() : QVariant(field));
    m_insert.bind(6, oldValue.isNull() ? QVariant() : QVariant(oldValue));
    m_insert.bind(7, newValue.isNull() ? QVariant() : QVariant(newValue));
    if (!m_insert.exec()) {
        setError(error, m_insert.errorString());
        return false;
    }
    return true;
}

ReportWriter::ReportWriter(sqlite3 *db)
    : m_db(db)
    , m_history(db)
    , m_insert(db, [] {
        const QStringList cols = ReportRow::columns();
        return (u"INSERT INTO reports ("_s + cols.join(u", "_s) + u") VALUES ("_s
                + QStringList(cols.size(), u"?"_s).join(u", "_s) + u')')
            .toUtf8();
    }().constData())
    , m_update(db, [] {
        QStringList sets;
        for (const QString &c : ReportRow::columns())
            sets.append(c + u" = ?"_s);
        return (u"UPDATE reports SET "_s + sets.join(u", "_s) + u" WHERE fid = ?"_s).toUtf8();
    }().constData())
{
}

std::optional<qint64> ReportWriter::insert(const Report &r, QString *error)
{
    m_insert.reset();
    const QVariantList values = ReportRow::values(r);
    for (qsizetype i = 0; i < values.size(); ++i)
        m_insert.bind(int(i) + 1, values[i]);
    if (!m_insert.exec()) {
        setError(error, m_insert.errorString());
        return std::nullopt;
    }
    return sqlite3_last_insert_rowid(m_db);
}

int ReportWriter::update(const Report &before, const Report &after, const QString &at, const QString &who,
                         const QString &action, QString *error)
{
    const QVariantList oldValues = ReportRow::values(before);
    const QVariantList newValues = ReportRow::values(after);
    const QStringList &cols = ReportRow::columns();
    int changed = 0;
    bool anyChange = false;
    for (qsizetype i = 0; i < cols.size(); ++i) {
        if (oldValues[i] == newValues[i])
            continue;
        anyChange = true;
        ++changed;
        if (!audited(cols[i]))
            continue;
        if (!m_history.add(after.id, at, who, action, cols[i], shown(oldValues[i]), shown(newValues[i]), error))
            return -1;
    }
    if (!anyChange)
        return 0;
    m_update.reset();
    for (qsizetype i = 0; i < newValues.size(); ++i)
        m_update.bind(int(i) + 1, newValues[i]);
    m_update.bind(int(newValues.size()) + 1, after.id);
    if (!m_update.exec()) {
        setError(error, m_update.errorString());
        return -1;
    }
    return changed;
}

bool rememberPerson(sqlite3 *db, const QString &who, const QString &displayName, const QString &at, QString *error)
{
    SqliteStatement q(db, "INSERT INTO report_people (who, display_name, seen_at) VALUES (?, ?, ?) "
                          "ON CONFLICT (who) DO UPDATE SET display_name = excluded.display_name, seen_at = excluded.seen_at "
                          "WHERE display_name IS NOT excluded.display_name");
    q.bind(1, who).bind(2, displayName.isEmpty() ? who : displayName).bind(3, at);
    if (!q.exec()) {
        setError(error, q.errorString());
        return false;
    }
    return true;
}

QHash<QString, ReportCategory> loadReportCategories(sqlite3 *db)
{
    QHash<QString, ReportCategory> out;
    SqliteStatement q(db, "SELECT service_code, domain, name_sl, default_service, default_priority, due_days "
                          "FROM report_categories");
    while (q.next())
        out.insert(q.text(0), {q.text(1), q.text(2), q.text(3), int(q.integer(4)), int(q.integer(5))});
    return out;
}
