#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

/// A prepared SQLite statement with bound parameters, finalised on destruction.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorString() const { return m_error; }

    /// Binds a value to the 1-based parameter; a null QVariant binds NULL.
    SqliteStatement &bind(int index, const QVariant &value);
    /// Advances to the next row; false when done or on error (see errorString()).
    bool next();
    /// Runs the statement to completion; false on error.
    bool exec();
    void reset();

    QVariant value(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    /// A blob (or text) column without copying; valid until the next step.
    QByteArrayView blob(int column) const;
    /// Name of a result column; empty past the last one.
    QString columnName(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

/// Runs one statement without parameters; false with errorString on failure.
bool sqliteExec(sqlite3 *db, const char *sql, QString *errorString = nullptr);
