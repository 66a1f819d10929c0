#pragma once

#include "Report.h"
#include "SqliteStatement.h"

#include <QHash>

#include <optional>

struct sqlite3;

/// Appends rows to the append-only report_history through one prepared statement.
class HistoryWriter
{
public:
    explicit HistoryWriter(sqlite3 *db);
    bool add(qint64 reportId, const QString &at, const QString &who, const QString &action, const QString &field,
             const QString &oldValue, const QString &newValue, QString *error);

private:
    SqliteStatement m_insert;
};

/// Inserts reports and writes changed columns with one history row per audited change
/// (contacts, the geometry blob and bookkeeping columns stay out of the audit trail).
class ReportWriter
{
public:
    explicit ReportWriter(sqlite3 *db);

    std::optional<qint64> insert(const Report &r, QString *error);
    /// Returns the number of columns that changed (history rows only for audited ones); -1 on error.
    int update(const Report &before, const Report &after, const QString &at, const QString &who,
               const QString &action, QString *error);
    HistoryWriter &history() { return m_history; }

private:
    sqlite3 *m_db;
    HistoryWriter m_history;
    SqliteStatement m_insert;
    SqliteStatement m_update;
};

/// Keeps the display name of who makes changes (report_people), so the history shows
/// "Mojca Horvat" where it records the login "mhorvat".
bool rememberPerson(sqlite3 *db, const QString &who, const QString &displayName, const QString &at, QString *error);

/// A row of report_categories: routing of a service_code.
struct ReportCategory
{
    QString domain;         ///< empty: not mapped yet
    QString nameSl;
    QString defaultService;
    int defaultPriority = 3;
    int dueDays = 14;
};

QHash<QString, ReportCategory> loadReportCategories(sqlite3 *db);
