#include "BasemapItem.h"

#include "Basemap.h"
#include "TileLoader.h"
#include "WebMercator.h"

#include <QQuickWindow>
#include <QSGSimpleTextureNode>
#include <QSGTransformNode>
#include <QSGTexture>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Tiles kept as textures: a few screens' worth at two zoom levels.
constexpr qsizetype kKeptTiles = 400;
// How many zoom levels up a stand-in tile may come from.
constexpr int kStandInLevels = 5;

// The root node owns the tile textures, so they are deleted on the render thread. A
// transform node (identity): with a plain QSGNode as the item's root the tiles were drawn
// without the item's position in the window.
class TileRootNode : public QSGTransformNode
{
public:
    ~TileRootNode() override { qDeleteAll(textures); }
    QHash<TileKey, QSGTexture *> textures;
};

} // namespace

BasemapItem::BasemapItem(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    m_thread.setObjectName(u"basemap tiles"_s);
    m_thread.start();
}

BasemapItem::~BasemapItem()
{
    if (m_loader)
        m_loader->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

void BasemapItem::setStorePath(const QString &path)
{
    if (path == m_storePath)
        return;
    m_storePath = path;
    emit sourceChanged();
    restartLoader();
}

void BasemapItem::setOnlineUrl(const QString &url)
{
    if (url == m_onlineUrl)
        return;
    m_onlineUrl = url;
    emit sourceChanged();
    restartLoader();
}

void BasemapItem::setCacheMegabytes(int megabytes)
{
    if (megabytes == m_cacheMegabytes)
        return;
    m_cacheMegabytes = megabytes;
    emit sourceChanged();
    restartLoader();
}

void BasemapItem::setCenter(const QGeoCoordinate &center)
{
    if (center == m_center)
        return;
    m_center = center;
    emit cameraChanged();
    viewChanged();
}

void BasemapItem::setZoomLevel(double zoomLevel)
{
    if (qFuzzyCompare(zoomLevel, m_zoomLevel))
        return;
    m_zoomLevel = zoomLevel;
    emit cameraChanged();
    viewChanged();
}

void BasemapItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        viewChanged();
}

int BasemapItem::tileZoom() const
{
    // Tiles are drawn at most ~1.4× enlarged or shrunk to 0.7×, never blurry further.
    return std::clamp(int(std::floor(m_zoomLevel + 0.5)), 0, 20);
}

QList<TileKey> BasemapItem::visibleTiles() const
{
    if (!m_center.isValid() || width() <= 0 || height() <= 0)
        return {};
    const WebMercator::Viewport view{WebMercator::fromLonLat(QPointF(m_center.longitude(), m_center.latitude())),
                                     WebMercator::metersPerPixel(m_zoomLevel), size()};
    const int z = tileZoom();
    const QRect range = TileKey::range(view.bounds(), z);
    QList<TileKey> keys;
    keys.reserve(range.width() * range.height());
    for (int y = range.top(); y <= range.bottom(); ++y)
        for (int x = range.left(); x <= range.right(); ++x)
            keys.append({z, x, y});
    // Nearest the middle first: that is where the eye is.
    const QPointF mid = view.center;
    std::sort(keys.begin(), keys.end(), [&mid](const TileKey &a, const TileKey &b) {
        const QPointF da = a.bounds().center() - mid, db = b.bounds().center() - mid;
        return QPointF::dotProduct(da, da) < QPointF::dotProduct(db, db);
    });
    return keys;
}

void BasemapItem::restartLoader()
{
    if (m_loader) {
        m_loader->deleteLater();
        m_loader = nullptr;
    }
    ++m_generation;
    m_images.clear();
    m_available.clear();
    m_recent.clear();
    m_requested.clear();
    m_failed.clear();
    m_fallbackTiles.clear();
    if (!m_fallbackReason.isEmpty()) {
        m_fallbackReason.clear();
        emit fallbackChanged();
    }
    m_dropAll = true;
    if (!m_storePath.isEmpty()) {
        auto *loader = new TileLoader({.storePath = m_storePath,
                                       .urlTemplate = m_onlineUrl,
                                       .cacheBytes = qint64(m_cacheMegabytes) << 20});
        loader->moveToThread(&m_thread);
        const int generation = m_generation;
        connect(loader, &TileLoader::loaded, this, [this, generation](const TileKey &key, const QImage &image) {
            if (generation == m_generation)
                tileLoaded(key, image);
        });
        connect(loader, &TileLoader::failed, this, [this, generation](const TileKey &key, const QString &reason) {
            if (generation == m_generation)
                tileFailed(key, reason);
        });
        connect(loader, &TileLoader::fellBack, this, [this, generation](const TileKey &key, const QString &reason) {
            if (generation == m_generation)
                tileFellBack(key, reason);
        });
        m_loader = loader;
    }
    update();
    viewChanged();
}

void BasemapItem::viewChanged()
{
    update();
    const QList<TileKey> visible = visibleTiles();
    QList<TileKey> wanted;
    for (const TileKey &key : visible) {
        if (!m_available.contains(key) && !m_failed.contains(key))
            wanted.append(key);
    }
    // Ask again for everything still missing: the loader drops tiles the view left.
    if (m_loader && !wanted.isEmpty()) {
        for (const TileKey &key : std::as_const(wanted))
            m_requested.insert(key);
        TileLoader *loader = m_loader;
        QMetaObject::invokeMethod(loader, [loader, wanted] { loader->request(wanted); }, Qt::QueuedConnection);
    }
    updateProgress();
}

void BasemapItem::tileFellBack(const TileKey &key, const QString &reason)
{
    m_fallbackTiles.insert(key);
    updateProgress();
    if (m_fallbackReason.isEmpty() && !reason.isEmpty()) {
        m_fallbackReason = reason;
        emit fallbackChanged();
    }
}

void BasemapItem::retry()
{
    restartLoader();
}

void BasemapItem::tileLoaded(const TileKey &key, const QImage &image)
{
    m_requested.remove(key);
    m_fallbackTiles.remove(key);
    m_failed.remove(key);
    m_images.insert(key, image);
    m_available.insert(key);
    m_recent.removeOne(key);
    m_recent.append(key);
    while (m_recent.size() > kKeptTiles) {
        const TileKey old = m_recent.takeFirst();
        m_available.remove(old);
        m_images.remove(old);
        m_evicted.append(old);
    }
    updateProgress();
    update();
}

void BasemapItem::tileFailed(const TileKey &key, const QString &reason)
{
    m_requested.remove(key);
    m_failed.insert(key, reason);
    updateProgress();
}

void BasemapItem::updateProgress()
{
    int missing = 0;
    QString problem;
    bool fallback = false;
    for (const TileKey &key : visibleTiles()) {
        fallback = fallback || m_fallbackTiles.contains(key);
        if (m_available.contains(key))
            continue;
        ++missing;
        if (problem.isEmpty())
            problem = m_failed.value(key);
    }
    // The notice goes once no tile in view stands in for the online source any more.
    if (!fallback && !m_fallbackReason.isEmpty()) {
        m_fallbackReason.clear();
        emit fallbackChanged();
    }
    const bool complete = missing == 0 && m_loader;
    if (missing != m_missing || problem != m_problem || complete != m_complete) {
        m_missing = missing;
        m_problem = problem;
        m_complete = complete;
        emit progressChanged();
    }
}

QSGNode *BasemapItem::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *root = static_cast<TileRootNode *>(old);
    if (!root)
        root = new TileRootNode;
    if (m_dropAll) {
        qDeleteAll(root->textures);
        root->textures.clear();
        m_dropAll = false;
    }
    for (const TileKey &key : std::as_const(m_evicted))
        delete root->textures.take(key);
    m_evicted.clear();
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it) {
        delete root->textures.take(it.key());
        root->textures.insert(it.key(), window()->createTextureFromImage(it.value()));
    }
    m_images.clear();

    while (QSGNode *child = root->firstChild()) {
        root->removeChildNode(child);
        delete child;
    }
    if (!m_center.isValid())
        return root;
    const WebMercator::Viewport view{WebMercator::fromLonLat(QPointF(m_center.longitude(), m_center.latitude())),
                                     WebMercator::metersPerPixel(m_zoomLevel), size()};
    const auto screenRect = [&view](const QRectF &mercator) {
        // Rounded to whole pixels so neighbouring tiles meet without a hairline gap.
        const QPointF tl = view.toPixel(QPointF(mercator.left(), mercator.bottom()));
        const QPointF br = view.toPixel(QPointF(mercator.right(), mercator.top()));
        return QRectF(QPointF(std::round(tl.x()), std::round(tl.y())), QPointF(std::round(br.x()), std::round(br.y())));
    };
    // Cut at the item's edges (no scissor needed): the map beside it stays uncovered.
    const QRectF bounds(QPointF(0, 0), size());
    const auto addNode = [&](QSGTexture *texture, const QRectF &fullRect, const QRectF &fullSource) {
        const QRectF rect = fullRect.intersected(bounds);
        if (rect.isEmpty())
            return;
        const double sx = fullSource.width() / fullRect.width(), sy = fullSource.height() / fullRect.height();
        const QRectF source(fullSource.left() + (rect.left() - fullRect.left()) * sx,
                            fullSource.top() + (rect.top() - fullRect.top()) * sy, rect.width() * sx, rect.height() * sy);
        auto *node = new QSGSimpleTextureNode;
        node->setTexture(texture);
        node->setOwnsTexture(false);
        node->setFiltering(QSGTexture::Linear);
        node->setRect(rect);
        node->setSourceRect(source);
        root->appendChildNode(node);
    };
    // Stand-ins first (below), then the tiles themselves.
    QList<std::pair<QSGTexture *, std::pair<QRectF, QRectF>>> standIns, own;
    for (const TileKey &key : visibleTiles()) {
        if (QSGTexture *t = root->textures.value(key)) {
            own.append({t, {screenRect(key.bounds()), QRectF(QPointF(0, 0), t->textureSize())}});
            continue;
        }
        // The nearest loaded ancestor, cut to this tile's part of it.
        TileKey up = key;
        for (int level = 1; level <= kStandInLevels && up.z > 0; ++level) {
            up = up.parent();
            QSGTexture *t = root->textures.value(up);
            if (!t)
                continue;
            const double part = 1.0 / (1 << level);
            const double size = t->textureSize().width() * part;
            const QRectF source((key.x - (up.x << level)) * size, (key.y - (up.y << level)) * size, size, size);
            standIns.append({t, {screenRect(key.bounds()), source}});
            break;
        }
    }
    for (const auto &[t, rects] : std::as_const(standIns))
        addNode(t, rects.first, rects.second);
    for (const auto &[t, rects] : std::as_const(own))
        addNode(t, rects.first, rects.second);

    return root;
}
