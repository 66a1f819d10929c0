#include "ReportDetails.h"

#include "ReportWorkflow.h"

using namespace Qt::StringLiterals;

ReportDetails::ReportDetails(QObject *parent)
    : QObject(parent)
{
    connect(&m_reader, &StoreReader::answered, this, [this](const QVariantMap &r) {
        // An answer for another report than the one shown now is not shown.
        if (r.value(u"reportId"_s).toLongLong() != m_reportId)
            return;
        m_history = r.value(u"history"_s).toList();
        m_duplicates = r.value(u"duplicates"_s).toList();
        m_assets = r.value(u"assets"_s).toList();
        m_photos = r.value(u"photos"_s).toList();
        setStatus(Ready);
        emit detailsChanged();
    });
    connect(&m_reader, &StoreReader::failed, this, [this](const QString &error) {
        clear();
        setStatus(Error, error);
    });
}

void ReportDetails::setStorePath(const QString &path)
{
    if (path == m_reader.storePath())
        return;
    m_reader.setStorePath(path);
    emit storePathChanged();
    read(false);
}

void ReportDetails::setReportId(qint64 id)
{
    if (id == m_reportId)
        return;
    m_reportId = id;
    emit reportIdChanged();
    read(false);
}

void ReportDetails::setRevision(int revision)
{
    if (revision == m_revision)
        return;
    m_revision = revision;
    emit revisionChanged();
    read(true);
}

void ReportDetails::setDuplicateRadius(double metres)
{
    if (qFuzzyCompare(metres, m_radius))
        return;
    m_radius = metres;
    emit duplicateRadiusChanged();
    read(true);
}

void ReportDetails::clear()
{
    const bool had = !m_history.isEmpty() || !m_duplicates.isEmpty() || !m_assets.isEmpty() || !m_photos.isEmpty();
    m_history.clear();
    m_duplicates.clear();
    m_assets.clear();
    m_photos.clear();
    if (had)
        emit detailsChanged();
}

void ReportDetails::read(bool sameReport)
{
    // Another report's history must not stay on this report's card while it loads; the
    // same report's stays until the new reading replaces it.
    if (!sameReport)
        clear();
    if (m_reportId < 0 || m_reader.storePath().isEmpty()) {
        m_reader.cancel();
        setStatus(Null);
        return;
    }
    setStatus(Loading);
    m_reader.request([id = m_reportId, radius = m_radius](Store &store) {
        return QVariantMap{{u"reportId"_s, id},
                           {u"history"_s, ReportWorkflow::historyIn(store, id)},
                           {u"duplicates"_s, ReportWorkflow::duplicateCandidatesIn(store, id, radius)},
                           {u"assets"_s, ReportWorkflow::nearestAssetsIn(store, id)},
                           {u"photos"_s, ReportWorkflow::photosIn(store, id)}};
    });
}

void ReportDetails::setStatus(Status status, const QString &error)
{
    if (m_status == status && m_errorString == error)
        return;
    m_status = status;
    m_errorString = error;
    emit statusChanged();
}

ReportFigures::ReportFigures(QObject *parent)
    : QObject(parent)
{
    connect(&m_reader, &StoreReader::answered, this, [this](const QVariantMap &r) {
        m_values = r;
        setStatus(Ready);
        emit valuesChanged();
    });
    connect(&m_reader, &StoreReader::failed, this, [this](const QString &error) { setStatus(Error, error); });
}

void ReportFigures::setStorePath(const QString &path)
{
    if (path == m_reader.storePath())
        return;
    m_reader.setStorePath(path);
    emit storePathChanged();
    if (!m_values.isEmpty()) {
        m_values.clear();
        emit valuesChanged();
    }
    refresh();
}

void ReportFigures::refresh()
{
    if (m_reader.storePath().isEmpty()) {
        setStatus(Null);
        return;
    }
    // The old figures stay up until the new ones are there.
    setStatus(Loading);
    m_reader.request([](Store &store) { return ReportWorkflow::statisticsIn(store); });
}

void ReportFigures::setStatus(Status status, const QString &error)
{
    if (m_status == status && m_errorString == error)
        return;
    m_status = status;
    m_errorString = error;
    emit statusChanged();
}
