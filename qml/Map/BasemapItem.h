#pragma once

#include "TileKey.h"

#include <QGeoCoordinate>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QQuickItem>
#include <QSet>
#include <QThread>

class TileLoader;

/// The basemap under the store's layers: tiles from the store (the console's own basemap,
/// seeded or drawn on demand) or from a configured online XYZ source cached in the store.
///
/// Why an item over the `itemsoverlay` plugin and not the `osm` plugin fed by a local
/// server: Debian's Qt Location ships no private headers, so a geoservices plugin cannot
/// be built against it, and a local HTTP server would add a port, a thread and a failure
/// mode for what is a table lookup. The item draws one texture node per tile, positioned
/// with the same Web Mercator maths as the vector layers, so both stay aligned; while a
/// tile loads, its parent (or grandparent) stands in, scaled up.
class BasemapItem : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString storePath READ storePath WRITE setStorePath NOTIFY sourceChanged)
    /// Online XYZ template "https://…/{z}/{x}/{y}.png"; empty = the store's own basemap.
    Q_PROPERTY(QString onlineUrl READ onlineUrl WRITE setOnlineUrl NOTIFY sourceChanged)
    Q_PROPERTY(int cacheMegabytes READ cacheMegabytes WRITE setCacheMegabytes NOTIFY sourceChanged)
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY cameraChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY cameraChanged)
    /// Tiles of the current view that are shown at their own zoom level.
    Q_PROPERTY(bool complete READ complete NOTIFY progressChanged)
    Q_PROPERTY(int missingTiles READ missingTiles NOTIFY progressChanged)
    /// Why tiles are missing (e.g. the network is down), empty when none are.
    Q_PROPERTY(QString problem READ problem NOTIFY progressChanged)
    /// Why the online source is not shown where the store's own basemap stands in for it
    /// (e.g. no network); empty while it is shown, or when no online source is set.
    Q_PROPERTY(QString fallbackReason READ fallbackReason NOTIFY fallbackChanged)
    /// The store layers the offline basemap is drawn from (for attribution).

public:
    explicit BasemapItem(QQuickItem *parent = nullptr);
    ~BasemapItem() override;

    QString storePath() const { return m_storePath; }
    void setStorePath(const QString &path);
    QString onlineUrl() const { return m_onlineUrl; }
    void setOnlineUrl(const QString &url);
    int cacheMegabytes() const { return m_cacheMegabytes; }
    void setCacheMegabytes(int megabytes);
    QGeoCoordinate center() const { return m_center; }
    void setCenter(const QGeoCoordinate &center);
    double zoomLevel() const { return m_zoomLevel; }
    void setZoomLevel(double zoomLevel);
    bool complete() const { return m_complete; }
    int missingTiles() const { return m_missing; }
    QString problem() const { return m_problem; }
    QString fallbackReason() const { return m_fallbackReason; }
    /// Asks the online source again for every tile (after the network is back).
    Q_INVOKABLE void retry();

signals:
    void sourceChanged();
    void cameraChanged();
    void progressChanged();
    void fallbackChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    int tileZoom() const;
    QList<TileKey> visibleTiles() const;
    void restartLoader();
    void viewChanged();
    void tileLoaded(const TileKey &key, const QImage &image);
    void tileFailed(const TileKey &key, const QString &reason);
    void tileFellBack(const TileKey &key, const QString &reason);
    void updateProgress();

    QString m_storePath;
    QString m_onlineUrl;
    QString m_fallbackReason;
    QSet<TileKey> m_fallbackTiles; ///< shown from the store in place of the online source
    int m_cacheMegabytes = 200;
    QGeoCoordinate m_center;
    double m_zoomLevel = 12;

    QThread m_thread;
    QPointer<TileLoader> m_loader;
    int m_generation = 0; ///< bumps when the source changes: old tiles are dropped

    QHash<TileKey, QImage> m_images; ///< loaded, not yet turned into textures
    QSet<TileKey> m_available;       ///< tiles that have a texture or an image
    QList<TileKey> m_recent;         ///< least recently shown first, for eviction
    QSet<TileKey> m_requested;
    QHash<TileKey, QString> m_failed;
    QList<TileKey> m_evicted;        ///< textures to delete in the next paint
    bool m_dropAll = false;
    bool m_complete = false;
    int m_missing = 0;
    QString m_problem;
};
