#pragma once

#include "Basemap.h"
#include "TileKey.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class Store;

/// Finds the images of basemap tiles for the map, on a worker thread.
///
/// Offline (the default) a tile comes from the store's `basemap` pyramid; a tile that was
/// never seeded is drawn from the store's vector layers and kept in the store, so the
/// next start has it. Online, tiles of the configured XYZ source come from the store's
/// cache, else from the network, and are cached with a size cap (least recently used go
/// first); a tile the network cannot give comes from the store's own basemap instead
/// (fellBack() says so and why), and for a minute after a network failure the loader asks
/// the network no more, so the map does not wait a timeout per tile.
///
/// Use it from another thread through queued calls: request() replaces the queue with the
/// tiles the view wants now (nearest first), so a fast pan never waits for tiles it left.
class TileLoader : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QString storePath;
        QString urlTemplate;           ///< online: "https://…/{z}/{x}/{y}.png"; empty = the store's basemap
        qint64 cacheBytes = 200ll << 20; ///< cap of the online cache
        int timeoutMs = 10000;
        int parallelFetches = 4;
    };

    explicit TileLoader(const Config &config, QObject *parent = nullptr);
    ~TileLoader() override;

    /// The cache key of an online source: its template without a query (no API keys).
    static QString sourceKey(const QString &urlTemplate);
    static QUrl tileUrl(const QString &urlTemplate, const TileKey &key);

public slots:
    void request(const QList<TileKey> &wanted);

signals:
    void loaded(const TileKey &key, const QImage &image);
    void failed(const TileKey &key, const QString &reason);
    /// The online source failed for this tile; loaded() had the store's own tile for it.
    void fellBack(const TileKey &key, const QString &reason);

private:
    void processNext();
    bool openStore();
    void checkStoredBasemap();
    QImage fromStore(const TileKey &key);
    QImage drawAndKeep(const TileKey &key);
    /// The store's own basemap tile (stored, else drawn and kept); null without basemap layers.
    QImage ownTile(const TileKey &key);
    /// Gives the store's own tile for one the online source could not give; false when
    /// there is none either.
    bool fallBack(const TileKey &key, const QString &reason);
    void fetch(const TileKey &key);
    void fetched(QNetworkReply *reply, const TileKey &key);

    Config m_config;
    QString m_source;
    std::unique_ptr<Store> m_store;
    bool m_storeTried = false;
    Basemap::Sources m_sources; ///< the basemap's layers by role, read when the store opens
    std::shared_ptr<const Basemap> m_basemap;
    bool m_basemapTried = false;
    bool m_storedBasemapStale = false; ///< read-only store whose tiles predate its basemap layers
    QList<TileKey> m_queue;
    QSet<TileKey> m_inFlight;
    QNetworkAccessManager *m_network = nullptr;
    bool m_scheduled = false;
    int m_writesSinceTrim = 0;
    qint64 m_networkDownUntil = 0; ///< msecs since epoch: no fetches before then
    QString m_networkProblem;      ///< why, while it lasts
};
