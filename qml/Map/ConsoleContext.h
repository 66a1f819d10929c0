#pragma once

#include "Actor.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>

class CatalogueModel;

/// The application context: which store the console works on, where the bundled data
/// lives, who acts and which program renders prints. app/ builds exactly one and hands it
/// to the root QML object as a required property; nothing else carries this configuration.
class ConsoleContext : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application builds the one context and passes it to Main")
    Q_PROPERTY(QString storePath READ storePath CONSTANT)
    Q_PROPERTY(QString dataDirectory READ dataDirectory CONSTANT)
    /// Who is working, recorded by every write (accounts come later).
    Q_PROPERTY(Actor actor READ actor CONSTANT)
    /// The console binary that renders prints (normally this program).
    Q_PROPERTY(QString renderProgram READ renderProgram CONSTANT)
    Q_PROPERTY(CatalogueModel *catalogue READ catalogue CONSTANT)
    /// The capabilities the window is made of, as "Module.Uri/TypeName" (a Capability), in
    /// the order the Shell lays out their pages, overlays and actions. app/ lists them.
    Q_PROPERTY(QStringList capabilities READ capabilities CONSTANT)

public:
    struct Settings
    {
        QString storePath;
        QString dataDirectory;   ///< empty: DataPaths::defaultDirectory()
        Actor actor;
        QString renderProgram;   ///< empty: QCoreApplication::applicationFilePath()
        QStringList capabilities;
    };

    explicit ConsoleContext(const Settings &settings, QObject *parent = nullptr);

    QString storePath() const { return m_settings.storePath; }
    QString dataDirectory() const { return m_settings.dataDirectory; }
    Actor actor() const { return m_settings.actor; }
    QString renderProgram() const { return m_settings.renderProgram; }
    CatalogueModel *catalogue() const { return m_catalogue; }
    QStringList capabilities() const { return m_settings.capabilities; }

    /// URL of a file below the data directory.
    Q_INVOKABLE QUrl dataFile(const QString &relativePath) const;

    /// The per-user store, created from the bundled sample store on first use.
    /// Returns the path, or an empty string with errorString set.
    static QString seededDefault(const QString &sampleStore, QString *errorString);

private:
    Settings m_settings;
    CatalogueModel *m_catalogue;
};
