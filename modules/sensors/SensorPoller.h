#pragma once

#include "Actor.h"

#include <QObject>
#include <QString>

class QThread;
class SensorPollWorker;

/// Polls the store's sources that have an address (ARSO, SensorThings), each on its own
/// schedule (`sensor_sources.poll_seconds`; ARSO every 30 minutes), on a worker thread with
/// its own store connection. A failed poll is logged on the source (`last_error`) and
/// reported, and the readings already stored stay as they were: the Sensors page shows them
/// as stale with their age, never as an empty sensor.
class SensorPoller : public QObject
{
    Q_OBJECT

public:
    explicit SensorPoller(QString storePath, Actor actor, QObject *parent = nullptr);
    ~SensorPoller() override;

    /// How often the worker looks for sources that are due (default 30 s).
    void setCheckInterval(int milliseconds);
    /// Starts the worker; the first due sources are polled at once.
    void start();
    /// Polls every source with an address now, whatever its schedule.
    void pollNow();
    /// Stops after the poll in progress (each answer waits at most its timeout).
    void stop();
    bool isRunning() const;

signals:
    void polled(const QString &source, int imported, int alarmsRaised);
    void failed(const QString &source, const QString &error);
    /// Every due source was polled once.
    void roundFinished();

private:
    QString m_storePath;
    Actor m_actor;
    int m_checkMs = 30000;
    QThread *m_thread = nullptr;
    SensorPollWorker *m_worker = nullptr;
};
