#pragma once

#include <QObject>
#include <QQmlEngine>

/// Which basemap the map shows, remembered between runs (QSettings, "basemap/…").
class BasemapSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY changed)
    Q_PROPERTY(QString onlineUrl READ onlineUrl WRITE setOnlineUrl NOTIFY changed)
    Q_PROPERTY(QString onlineAttribution READ onlineAttribution WRITE setOnlineAttribution NOTIFY changed)
    Q_PROPERTY(int cacheMegabytes READ cacheMegabytes WRITE setCacheMegabytes NOTIFY changed)
    /// The template the map should use now: empty for the store's own basemap.
    Q_PROPERTY(QString effectiveUrl READ effectiveUrl NOTIFY changed)

public:
    enum Mode {
        Store,  ///< the console's own basemap from the store (works offline)
        Online, ///< the configured XYZ source, cached in the store
        None,
    };
    Q_ENUM(Mode)

    explicit BasemapSettings(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QString onlineUrl() const { return m_onlineUrl; }
    void setOnlineUrl(const QString &url);
    QString onlineAttribution() const { return m_onlineAttribution; }
    void setOnlineAttribution(const QString &text);
    int cacheMegabytes() const { return m_cacheMegabytes; }
    void setCacheMegabytes(int megabytes);
    QString effectiveUrl() const { return m_mode == Online ? m_onlineUrl : QString(); }

    /// Empty when the template is usable, else what is wrong with it.
    Q_INVOKABLE QString checkUrl(const QString &url) const;

signals:
    void changed();

private:
    void save();

    Mode m_mode = Store;
    QString m_onlineUrl;
    QString m_onlineAttribution;
    int m_cacheMegabytes = 200;
};
