#include "FeatureSearch.h"

#include "MapLayers.h"
#include "Text.h"

FeatureSearch::FeatureSearch(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &FeatureSearch::finished);
}

FeatureSearch::~FeatureSearch()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_watcher.waitForFinished();
}

void FeatureSearch::setLayers(MapLayers *layers)
{
    if (m_layers == layers)
        return;
    if (m_layers)
        disconnect(m_layers, nullptr, this, nullptr);
    m_layers = layers;
    // New layers may hold what was not there before.
    if (m_layers)
        connect(m_layers, &MapLayers::layersReloaded, this, &FeatureSearch::start);
    emit layersChanged();
    start();
}

void FeatureSearch::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    emit textChanged();
    start();
}

void FeatureSearch::setLimit(int limit)
{
    if (m_limit == limit)
        return;
    m_limit = limit;
    emit limitChanged();
    start();
}

void FeatureSearch::clear()
{
    if (!m_text.isEmpty()) {
        m_text.clear();
        emit textChanged();
    }
    drop();
}

void FeatureSearch::drop()
{
    m_again = false;
    if (m_cancelled)
        m_cancelled->store(true);
    if (!m_results.isEmpty()) {
        m_results.clear();
        emit resultsChanged();
    }
    setStatus(Null);
}

void FeatureSearch::start()
{
    if (!m_layers || Text::fold(m_text.trimmed()).size() < 2) {
        drop();
        return;
    }
    setStatus(Loading);
    if (m_watcher.isRunning()) {
        // One search at a time: stop the one for the old text, start anew when it is back.
        m_cancelled->store(true);
        m_again = true;
        return;
    }
    m_again = false;
    m_running = m_text;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(m_layers->searchLater(m_text, m_limit, m_cancelled));
}

void FeatureSearch::finished()
{
    const bool current = !m_cancelled->load() && m_running == m_text;
    if (m_again || (!current && m_status == Loading)) {
        start();
        return;
    }
    if (!current)
        return;
    m_results = m_watcher.result();
    setStatus(Ready);
    emit resultsChanged();
}

void FeatureSearch::setStatus(Status status, const QString &error)
{
    if (m_status == status && m_errorString == error)
        return;
    m_status = status;
    m_errorString = error;
    emit statusChanged();
}
