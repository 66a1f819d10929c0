#include "StoreReader.h"

#include "ReportSchema.h"
#include "Store.h"

#include <QCoreApplication>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {
// The key under which a job's failure comes back.
const auto kError = u"__error"_s;
} // namespace

/// The worker's connection: used by one job at a time, so by one thread at a time.
struct StoreReader::Connection
{
    QString path;
    std::unique_ptr<Store> store;
};

StoreReader::StoreReader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &StoreReader::done);
}

StoreReader::~StoreReader()
{
    m_waiting = nullptr;
    m_watcher.waitForFinished();
}

void StoreReader::setStorePath(const QString &path)
{
    if (m_path == path)
        return;
    m_path = path;
    // A new connection for the new path; a running job keeps the old one until it ends.
    m_connection.reset();
}

void StoreReader::request(Job job)
{
    m_waiting = std::move(job);
    m_dropAnswer = false;
    if (!m_watcher.isRunning())
        startWaiting();
    else
        m_dropAnswer = true; // the running answer is for an older question
}

void StoreReader::cancel()
{
    m_waiting = nullptr;
    if (m_watcher.isRunning())
        m_dropAnswer = true;
}

void StoreReader::startWaiting()
{
    if (!m_waiting)
        return;
    if (!m_connection)
        m_connection = std::make_shared<Connection>(Connection{m_path, nullptr});
    Job job = std::move(m_waiting);
    m_waiting = nullptr;
    m_dropAnswer = false;
    m_watcher.setFuture(QtConcurrent::run([connection = m_connection, job = std::move(job)]() -> QVariantMap {
        if (!connection->store) {
            QString error;
            connection->store = Store::open(connection->path, Store::Mode::ReadOnly, &error);
            if (!connection->store)
                return {{kError, error}};
            if (ReportSchema::version(connection->store->db()) < 1) {
                connection->store.reset();
                return {{kError, QCoreApplication::translate("StoreReader", "the store has no reports yet; import some first")}};
            }
        }
        return job(*connection->store);
    }));
}

void StoreReader::done()
{
    const QVariantMap result = m_watcher.result();
    const bool drop = m_dropAnswer;
    if (!drop) {
        if (result.contains(kError))
            emit failed(result.value(kError).toString());
        else
            emit answered(result);
    }
    startWaiting();
}
