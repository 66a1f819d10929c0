#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QVariantMap>

#include <functional>
#include <memory>

class Store;

/// Reads of one store on a worker thread, one at a time, for the reports capability's
/// adapters: a read asked for while another runs waits, and a newer one replaces it (the
/// clerk stepping through 50 reports gets the card of the one they stop on, not 50 cards).
/// The worker's read-only connection is opened once and kept.
class StoreReader : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<QVariantMap(Store &store)>;

    explicit StoreReader(QObject *parent = nullptr);
    ~StoreReader() override;

    void setStorePath(const QString &path);
    QString storePath() const { return m_path; }
    /// Runs the job on the worker; `answered` brings its result, or `failed` why it could not run.
    void request(Job job);
    /// Drops a waiting job (the running one finishes, its answer is dropped too).
    void cancel();
    bool isBusy() const { return m_watcher.isRunning() || m_waiting != nullptr; }

signals:
    void answered(const QVariantMap &result);
    void failed(const QString &error);

private:
    struct Connection;
    void startWaiting();
    void done();

    QString m_path;
    std::shared_ptr<Connection> m_connection;
    Job m_waiting;
    bool m_dropAnswer = false;
    QFutureWatcher<QVariantMap> m_watcher;
};
