#include "TileLoader.h"

#include "Basemap.h"
#include "Store.h"
#include "TileSeeder.h"
#include "TileStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTiles, "ptuj.map.tiles", QtInfoMsg)

namespace {
// Trim the online cache after this many new tiles, not after each one.
constexpr int kTrimEvery = 64;
// After the network failed, how long tiles come from the store before it is asked again.
constexpr qint64 kNetworkRetryMs = 60000;
}

TileLoader::TileLoader(const Config &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_source(sourceKey(config.urlTemplate))
{
}

TileLoader::~TileLoader() = default;

QString TileLoader::sourceKey(const QString &urlTemplate)
{
    return urlTemplate.section(u'?', 0, 0);
}

QUrl TileLoader::tileUrl(const QString &urlTemplate, const TileKey &key)
{
    QString url = urlTemplate;
    url.replace(u"{z}"_s, QString::number(key.z))
        .replace(u"{x}"_s, QString::number(key.x))
        .replace(u"{y}"_s, QString::number(key.y))
        // TMS sources count rows from the south.
        .replace(u"{-y}"_s, QString::number((1 << key.z) - 1 - key.y));
    return QUrl(url);
}

void TileLoader::request(const QList<TileKey> &wanted)
{
    m_queue.clear();
    for (const TileKey &key : wanted) {
        if (key.isValid() && !m_inFlight.contains(key))
            m_queue.append(key);
    }
    if (!m_scheduled && !m_queue.isEmpty()) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &TileLoader::processNext);
    }
}

bool TileLoader::openStore()
{
    if (!m_storeTried) {
        m_storeTried = true;
        QString error;
        // Writable when possible: drawn and fetched tiles are kept for the next time.
        m_store = Store::open(m_config.storePath, Store::Mode::ReadWrite, &error);
        if (!m_store)
            m_store = Store::open(m_config.storePath, Store::Mode::ReadOnly, &error);
        if (!m_store)
            qCWarning(lcTiles) << "tiles: cannot open the store:" << error;
        else if (m_source.isEmpty())
            checkStoredBasemap();
    }
    return m_store != nullptr;
}

void TileLoader::checkStoredBasemap()
{
    // Tiles drawn before a basemap layer was re-imported or given another role show the old map.
    m_sources = Basemap::Sources::fromRoles(*m_store);
    const QString current = Basemap::signature(*m_store, m_sources);
    if (TileStore::basemapSignature(m_store->db()) == current)
        return;
    QString error;
    if (m_store->isWritable() && m_store->beginWrite(&error)
        && TileStore::restartBasemap(m_store->db(), current, &error) && m_store->commit(&error)) {
        qCInfo(lcTiles) << "tiles: the basemap layers changed; stored tiles are drawn again";
        return;
    }
    m_store->rollback();
    // Read-only: every tile is drawn from the layers, none read from the out-of-date pyramid.
    m_storedBasemapStale = true;
    qCInfo(lcTiles) << "tiles: stored tiles are out of date and the store is read-only; drawing every tile" << error;
}

void TileLoader::processNext()
{
    m_scheduled = false;
    if (m_queue.isEmpty())
        return;
    if (!openStore()) {
        const TileKey key = m_queue.takeFirst();
        emit failed(key, QCoreApplication::translate("TileLoader", "the store cannot be opened"));
    } else if (m_source.isEmpty()) {
        // A few tiles per turn, so a new request() can replace the rest of the queue.
        for (int i = 0; i < 4 && !m_queue.isEmpty(); ++i) {
            const TileKey key = m_queue.takeFirst();
            QImage image = fromStore(key);
            if (image.isNull())
                image = drawAndKeep(key);
            if (image.isNull())
                emit failed(key, QCoreApplication::translate("TileLoader", "no basemap layers in the store"));
            else
                emit loaded(key, image);
        }
    } else {
        while (!m_queue.isEmpty() && m_inFlight.size() < m_config.parallelFetches) {
            const TileKey key = m_queue.takeFirst();
            QImage image = fromStore(key);
            if (!image.isNull())
                emit loaded(key, image);
            else if (QDateTime::currentMSecsSinceEpoch() < m_networkDownUntil) {
                if (!fallBack(key, m_networkProblem))
                    emit failed(key, m_networkProblem);
            } else
                fetch(key);
        }
    }
    if (!m_queue.isEmpty() && (m_source.isEmpty() || m_inFlight.size() < m_config.parallelFetches)) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &TileLoader::processNext);
    }
}

QImage TileLoader::fromStore(const TileKey &key)
{
    if (m_source.isEmpty() && m_storedBasemapStale)
        return {};
    const auto data = m_source.isEmpty() ? TileStore::basemapTile(m_store->db(), key)
                                         : TileStore::cachedTile(m_store->db(), m_source, key, m_store->isWritable());
    if (!data)
        return {};
    return QImage::fromData(*data);
}

QImage TileLoader::ownTile(const TileKey &key)
{
    if (!m_storedBasemapStale) {
        if (const auto data = TileStore::basemapTile(m_store->db(), key)) {
            QImage image = QImage::fromData(*data);
            if (!image.isNull())
                return image;
        }
    }
    return drawAndKeep(key);
}

bool TileLoader::fallBack(const TileKey &key, const QString &reason)
{
    const QImage image = ownTile(key);
    if (image.isNull())
        return false;
    emit loaded(key, image);
    emit fellBack(key, reason);
    return true;
}

QImage TileLoader::drawAndKeep(const TileKey &key)
{
    if (!m_basemapTried) {
        m_basemapTried = true;
        QString error;
        m_basemap = Basemap::load(*m_store, &error, m_sources);
        if (!m_basemap)
            qCWarning(lcTiles) << "tiles: no basemap:" << error;
    }
    if (!m_basemap)
        return {};
    const QImage image = m_basemap->renderTile(key);
    if (m_store->isWritable() && key.z <= TileStore::kMaxZoom) {
        QString error;
        if (!m_store->beginWrite(&error) || !TileStore::writeBasemapTile(m_store->db(), key, TileSeeder::encodePng(image), &error)
            || !TileStore::extendBasemapExtent(m_store->db(), key.bounds(), &error) || !m_store->commit(&error)) {
            m_store->rollback();
            qCDebug(lcTiles) << "tiles: drawn tile not kept:" << error;
        }
    }
    return image;
}

void TileLoader::fetch(const TileKey &key)
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setTransferTimeout(m_config.timeoutMs);
    }
    QNetworkRequest request(tileUrl(m_config.urlTemplate, key));
    request.setHeader(QNetworkRequest::UserAgentHeader, u"ptuj-console (Mestna obcina Ptuj)"_s);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_inFlight.insert(key);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, key] { fetched(reply, key); });
}

void TileLoader::fetched(QNetworkReply *reply, const TileKey &key)
{
    reply->deleteLater();
    m_inFlight.remove(key);
    const QByteArray data = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QImage image = reply->error() == QNetworkReply::NoError ? QImage::fromData(data) : QImage();
    if (image.isNull()) {
        QString reason;
        if (reply->error() != QNetworkReply::NoError)
            reason = reply->errorString();
        else
            reason = QCoreApplication::translate("TileLoader", "the server answered %1 with something that is not an image (%2)").arg(status).arg(
                reply->header(QNetworkRequest::ContentTypeHeader).toString());
        // No answer at all (no network, no such host, a timeout): ask the network no more
        // for a minute; the tiles come from the store meanwhile.
        if (status == 0) {
            m_networkDownUntil = QDateTime::currentMSecsSinceEpoch() + kNetworkRetryMs;
            m_networkProblem = reason;
        }
        if (!fallBack(key, reason))
            emit failed(key, reason);
    } else {
        emit loaded(key, image);
        QString error;
        if (m_store->isWritable()) {
            const bool trim = ++m_writesSinceTrim >= kTrimEvery;
            if (!m_store->beginWrite(&error)
                || !TileStore::writeCachedTile(m_store->db(), m_source, key, data, &error)
                || (trim && TileStore::trimCache(m_store->db(), m_config.cacheBytes, &error) < 0)
                || !m_store->commit(&error)) {
                m_store->rollback();
                qCDebug(lcTiles) << "tiles: fetched tile not cached:" << error;
            } else if (trim) {
                m_writesSinceTrim = 0;
            }
        }
    }
    if (!m_scheduled && !m_queue.isEmpty()) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &TileLoader::processNext);
    }
}
