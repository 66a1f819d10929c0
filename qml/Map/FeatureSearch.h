#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

#include <atomic>
#include <memory>

#include "MapLayers.h"

/// Search as you type, off the GUI thread: each new text cancels the search still running
/// for the previous one, and only the answer for the latest text is shown. Results have the
/// form of MapLayers::search().
class FeatureSearch : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MapLayers *layers READ layers WRITE setLayers NOTIFY layersChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(QVariantList results READ results NOTIFY resultsChanged)
    /// Null: no text to search for; Loading: searching; Ready: results are for `text`.
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(qreal progress READ progress NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)

public:
    enum Status { Null, Loading, Ready, Error };
    Q_ENUM(Status)

    explicit FeatureSearch(QObject *parent = nullptr);
    ~FeatureSearch() override;

    MapLayers *layers() const { return m_layers; }
    void setLayers(MapLayers *layers);
    QString text() const { return m_text; }
    void setText(const QString &text);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    QVariantList results() const { return m_results; }
    Status status() const { return m_status; }
    qreal progress() const { return m_status == Ready ? 1.0 : 0.0; }
    QString errorString() const { return m_errorString; }

    /// Forgets the text and the results; an answer still on its way is dropped.
    Q_INVOKABLE void clear();

signals:
    void layersChanged();
    void textChanged();
    void limitChanged();
    void resultsChanged();
    void statusChanged();

private:
    void start();
    void drop();
    void finished();
    void setStatus(Status status, const QString &error = {});

    QPointer<MapLayers> m_layers;
    QString m_text;
    int m_limit = 20;
    QVariantList m_results;
    Status m_status = Null;
    QString m_errorString;
    QFutureWatcher<QVariantList> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QString m_running;   // the text the running search is for
    bool m_again = false; // the text changed while it ran
};
