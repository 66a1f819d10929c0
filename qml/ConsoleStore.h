#pragma once

#include <QObject>
#include <QQmlEngine>

class CatalogueModel;

/// The store the console works on, and its catalogue, for QML.
class ConsoleStore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString path READ path CONSTANT)
    Q_PROPERTY(CatalogueModel *catalogue READ catalogue CONSTANT)
    /// Who is working, recorded in the reports' history (accounts come later).
    Q_PROPERTY(QString userName READ userName CONSTANT)

public:
    static ConsoleStore *create(QQmlEngine *, QJSEngine *);

    QString path() const;
    static QString userName();
    CatalogueModel *catalogue() const { return m_catalogue; }

    /// The store to open; set by main() (--store, or the seeded per-user store) and tests.
    static void setPath(const QString &path);
    /// The per-user store, created from the bundled sample store on first use.
    /// Returns the path, or an empty string with errorString set.
    static QString seededDefault(const QString &sampleStore, QString *errorString);

private:
    explicit ConsoleStore(QObject *parent = nullptr);

    CatalogueModel *m_catalogue;
};
