#include "SensorPoller.h"

#include "SensorSchema.h"
#include "SensorService.h"
#include "SqliteStatement.h"
#include "Store.h"

#include <QDateTime>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

/// Lives on the poller's thread: owns the store connection and the timer.
class SensorPollWorker : public QObject
{
    Q_OBJECT

public:
    SensorPollWorker(QString storePath, Actor actor, int checkMs)
        : m_storePath(std::move(storePath))
        , m_actor(std::move(actor))
        , m_checkMs(checkMs)
    {
    }

    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_checkMs);
        connect(m_timer, &QTimer::timeout, this, [this] { poll(false); });
        m_timer->start();
        poll(false);
    }

    void poll(bool all)
    {
        if (!m_store) {
            QString error;
            m_store = Store::open(m_storePath, Store::Mode::ReadWrite, &error);
            if (!m_store) {
                emit failed(m_storePath, error);
                return;
            }
        }
        struct Due
        {
            QString kind, location;
        };
        QList<Due> due;
        {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            SqliteStatement q(m_store->db(), "SELECT kind, location, poll_seconds, last_poll_at FROM sensor_sources "
                                             "WHERE kind IN ('arso','sta') AND (location LIKE 'http://%' OR location LIKE 'https://%')");
            while (q.next()) {
                const int every = q.isNull(2) ? (q.text(0) == u"arso"_s ? 1800 : 300) : int(q.integer(2));
                const QDateTime last = QDateTime::fromString(q.text(3), Qt::ISODate);
                if (all || !last.isValid() || last.addSecs(every) <= now)
                    due.append({q.text(0), q.text(1)});
            }
        }
        for (const Due &d : std::as_const(due)) {
            if (QThread::currentThread()->isInterruptionRequested())
                return;
            SensorImportOptions options;
            options.format = d.kind;
            options.actor = m_actor;
            const SensorImportSummary s = SensorService(*m_store).importUrl(QUrl(d.location), options);
            if (s.ok)
                emit polled(d.location, int(s.counts.imported), s.counts.alarmsRaised);
            else
                emit failed(d.location, s.error);
        }
        emit roundFinished();
    }

    void end()
    {
        delete m_timer;
        m_timer = nullptr;
        m_store.reset();
    }

signals:
    void polled(const QString &source, int imported, int alarmsRaised);
    void failed(const QString &source, const QString &error);
    void roundFinished();

private:
    QString m_storePath;
    Actor m_actor;
    int m_checkMs;
    QTimer *m_timer = nullptr;
    std::unique_ptr<Store> m_store;
};

SensorPoller::SensorPoller(QString storePath, Actor actor, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_actor(std::move(actor))
{
}

SensorPoller::~SensorPoller()
{
    stop();
}

void SensorPoller::setCheckInterval(int milliseconds)
{
    m_checkMs = std::max(100, milliseconds);
}

bool SensorPoller::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SensorPoller::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"sensor-poller"_s);
    m_worker = new SensorPollWorker(m_storePath, m_actor, m_checkMs);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &SensorPollWorker::begin);
    connect(m_worker, &SensorPollWorker::polled, this, &SensorPoller::polled);
    connect(m_worker, &SensorPollWorker::failed, this, &SensorPoller::failed);
    connect(m_worker, &SensorPollWorker::roundFinished, this, &SensorPoller::roundFinished);
    m_thread->start();
}

void SensorPoller::pollNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->poll(true); }, Qt::QueuedConnection);
}

void SensorPoller::stop()
{
    if (!m_thread)
        return;
    m_thread->requestInterruption();
    QMetaObject::invokeMethod(m_worker, &SensorPollWorker::end, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

#include "SensorPoller.moc"
