#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

/// Where the bundled Ptuj sample data lives (build/data in a build tree,
/// share/ptuj-console/data when installed, or --data-dir).
class DataPaths : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString directory READ directory CONSTANT)

public:
    using QObject::QObject;

    QString directory() const;
    /// URL of a file below the data directory.
    Q_INVOKABLE QUrl file(const QString &relativePath) const;

    /// Overrides the search; used by --data-dir and tests.
    static void setDirectory(const QString &directory);
    /// The first of <bin>/../data and <bin>/../share/ptuj-console/data that exists.
    static QString defaultDirectory();
    /// The directory in use: the one set, else the default.
    static QString current();
};
