#include "ReportWorkflow.h"

#include "ReportQueries.h"
#include "ReportSchema.h"
#include "ReportService.h"
#include "Store.h"

#include <QCoreApplication>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

ReportWorkflow::ReportWorkflow(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ReportWorkflow::done);
}

ReportWorkflow::~ReportWorkflow()
{
    m_queue.clear();
    m_watcher.waitForFinished();
}

void ReportWorkflow::setStorePath(const QString &path)
{
    if (m_storePath == path)
        return;
    m_storePath = path;
    m_readStore.reset();
    emit storePathChanged();
    setStatus(path.isEmpty() ? Null : Ready);
}

void ReportWorkflow::setActor(const Actor &actor)
{
    if (m_actor == actor)
        return;
    m_actor = actor;
    emit actorChanged();
}

void ReportWorkflow::setStatus(Status status, const QString &error)
{
    if (m_status == status && m_errorString == error)
        return;
    m_status = status;
    m_errorString = error;
    emit statusChanged();
}

void ReportWorkflow::enqueue(Job job)
{
    m_queue.push_back(std::move(job));
    if (!m_watcher.isRunning())
        startNext();
}

void ReportWorkflow::startNext()
{
    if (m_queue.empty())
        return;
    setStatus(Loading);
    m_watcher.setFuture(QtConcurrent::run(std::move(m_queue.front())));
    m_queue.pop_front();
}

void ReportWorkflow::done()
{
    const Outcome outcome = m_watcher.result();
    // What the GUI thread has read so far is stale now.
    m_readStore.reset();
    setStatus(outcome.error.isEmpty() ? Ready : Error, outcome.error);
    if (outcome.isImport) {
        emit imported(outcome.summary);
    } else {
        // Only the last action that changed something can be taken back; an undo is not
        // itself undone (the action can be repeated instead).
        if (outcome.action != u"undo"_s && !outcome.undo.empty()) {
            m_undo = outcome.undo;
            m_undoAction = outcome.action;
            emit undoChanged();
        }
        emit finished(outcome.action, outcome.changed, outcome.refused);
    }
    startNext();
}

void ReportWorkflow::perform(const QString &action, const QVariantList &ids, const QVariant &value)
{
    const QString path = m_storePath;
    const Actor actor = m_actor;
    enqueue([path, actor, action, ids, value] {
        Outcome out;
        out.action = action;
        QString error;
        auto store = Store::open(path, Store::Mode::ReadWrite, &error);
        if (!store) {
            out.error = error;
            for (const QVariant &id : ids)
                out.refused.insert(id.toString(), error);
            return out;
        }
        ReportService service(*store);
        // An answer comes as its text, or as {text, language} when the clerk chose the language.
        const QVariantMap answerMap = value.toMap();
        const QString answerText = answerMap.isEmpty() ? value.toString() : answerMap.value(u"text"_s).toString();
        const QString answerLanguage = answerMap.value(u"language"_s).toString();
        for (const QVariant &v : ids) {
            const qint64 id = v.toLongLong();
            const std::optional<Report> before = service.report(id);
            bool ok = false;
            if (action == u"acknowledge"_s)
                ok = service.acknowledge(id, actor, &error);
            else if (action == u"assign"_s)
                ok = service.assign(id, value.toString(), actor, &error);
            else if (action == u"priority"_s)
                ok = service.setPriority(id, value.toInt(), actor, &error);
            else if (action == u"due"_s)
                ok = service.setDueDate(id, value.toDateTime(), actor, &error);
            else if (action == u"category"_s)
                ok = service.setCategory(id, value.toString(), actor, &error);
            else if (action == u"duplicate"_s)
                ok = service.markDuplicate(id, value.toLongLong(), actor, &error);
            else if (action == u"resolve"_s)
                ok = service.resolve(id, answerText, actor, &error, answerLanguage);
            else if (action == u"reject"_s)
                ok = service.reject(id, answerText, actor, &error, answerLanguage);
            else if (action == u"reopen"_s)
                ok = service.reopen(id, actor, &error);
            else if (action == u"answer"_s)
                ok = service.setPublicAnswer(id, answerText, actor, &error, answerLanguage);
            else if (action == u"language"_s)
                ok = service.setLanguage(id, value.toString(), actor, &error);
            else if (action == u"note"_s)
                ok = service.addNote(id, value.toString(), actor, &error);
            else
                error = QCoreApplication::translate("ReportWorkflow", "unknown action '%1'").arg(action);
            if (ok) {
                out.changed.append(id);
                if (const auto after = service.report(id); before && after)
                    out.undo.emplace_back(*before, *after);
            } else {
                out.refused.insert(QString::number(id), error);
            }
        }
        return out;
    });
}

void ReportWorkflow::undo()
{
    if (m_undo.empty())
        return;
    const auto changes = std::exchange(m_undo, {});
    m_undoAction.clear();
    emit undoChanged();
    const QString path = m_storePath;
    const Actor actor = m_actor;
    enqueue([path, actor, changes] {
        Outcome out;
        out.action = u"undo"_s;
        QString error;
        auto store = Store::open(path, Store::Mode::ReadWrite, &error);
        if (!store) {
            out.error = error;
            for (const auto &change : changes)
                out.refused.insert(QString::number(change.first.id), error);
            return out;
        }
        ReportService service(*store);
        for (const auto &[before, after] : changes) {
            if (service.revert(before.id, before, after, actor, &error))
                out.changed.append(before.id);
            else
                out.refused.insert(QString::number(before.id), error);
        }
        return out;
    });
}

void ReportWorkflow::saveReplyTemplate(const QString &name, const QString &status, const QString &textSl,
                                       const QString &textEn)
{
    const QString path = m_storePath;
    enqueue([path, name, status, textSl, textEn] {
        Outcome out;
        out.action = u"template"_s;
        QString error;
        auto store = Store::open(path, Store::Mode::ReadWrite, &error);
        if (!store || !ReportService(*store).saveReplyTemplate(name, status, textSl, textEn, &error)) {
            out.error = error;
            out.refused.insert(name, error);
        }
        return out;
    });
}

void ReportWorkflow::enqueueImport(const QString &source,
                                   std::function<ReportImportSummary(ReportService &, const ReportImportOptions &)> run)
{
    const QString storePath = m_storePath;
    const Actor actor = m_actor;
    enqueue([storePath, actor, source, run] {
        Outcome out;
        out.isImport = true;
        QString error;
        auto store = Store::open(storePath, Store::Mode::ReadWrite, &error);
        ReportImportSummary summary;
        summary.error = error;
        if (store) {
            ReportImportOptions options;
            options.source = source;
            options.actor = actor;
            ReportService service(*store);
            summary = run(service, options);
        }
        out.summary = summary.toJson().toVariantMap();
        if (!summary.ok)
            out.error = summary.error;
        return out;
    });
}

void ReportWorkflow::importFile(const QString &path, const QString &source)
{
    enqueueImport(source, [path](ReportService &service, const ReportImportOptions &options) {
        return service.importFile(path, options);
    });
}

void ReportWorkflow::importUrl(const QUrl &baseUrl, const QDateTime &since, const QString &source)
{
    enqueueImport(source, [baseUrl, since](ReportService &service, const ReportImportOptions &options) {
        Open311Client::Options fetch;
        fetch.startDate = since;
        // The worker thread has no event loop of its own; Open311Client runs a local one.
        return service.importEndpoint(baseUrl, fetch, options);
    });
}

Store *ReportWorkflow::readStore() const
{
    if (!m_readStore && !m_storePath.isEmpty()) {
        QString error;
        m_readStore = Store::open(m_storePath, Store::Mode::ReadOnly, &error);
        if (m_readStore && ReportSchema::version(m_readStore->db()) < 1)
            m_readStore.reset();
    }
    return m_readStore.get();
}

QVariantList ReportWorkflow::history(qint64 reportId) const
{
    Store *store = readStore();
    return store ? historyIn(*store, reportId) : QVariantList();
}

QVariantList ReportWorkflow::duplicateCandidates(qint64 reportId, double radiusMetres) const
{
    Store *store = readStore();
    return store ? duplicateCandidatesIn(*store, reportId, radiusMetres) : QVariantList();
}

QVariantList ReportWorkflow::nearestAssets(qint64 reportId) const
{
    Store *store = readStore();
    return store ? nearestAssetsIn(*store, reportId) : QVariantList();
}

QVariantList ReportWorkflow::photos(qint64 reportId) const
{
    Store *store = readStore();
    return store ? photosIn(*store, reportId) : QVariantList();
}

QVariantMap ReportWorkflow::statistics() const
{
    Store *store = readStore();
    return store ? statisticsIn(*store) : QVariantMap();
}

QVariantList ReportWorkflow::historyIn(Store &store, qint64 reportId)
{
    QVariantList out;
    for (const ReportHistoryEntry &e : ReportQueries(store).history(reportId))
        out.append(QVariantMap{{u"at"_s, e.at.toLocalTime()}, {u"who"_s, e.who}, {u"whoName"_s, e.whoName},
                               {u"action"_s, e.action}, {u"field"_s, e.field},
                               {u"oldValue"_s, e.oldValue}, {u"newValue"_s, e.newValue}});
    return out;
}

QVariantList ReportWorkflow::duplicateCandidatesIn(Store &store, qint64 reportId, double radiusMetres)
{
    QVariantList out;
    for (const DuplicateCandidate &d : ReportQueries(store).duplicateCandidates(reportId, radiusMetres))
        out.append(QVariantMap{{u"reportId"_s, d.id}, {u"serviceRequestId"_s, d.serviceRequestId},
                               {u"status"_s, d.status}, {u"description"_s, d.description},
                               {u"requestedAt"_s, d.requestedAt}, {u"distance"_s, d.distanceMetres}});
    return out;
}

QVariantList ReportWorkflow::nearestAssetsIn(Store &store, qint64 reportId)
{
    QVariantList out;
    for (const NearestAsset &a : ReportQueries(store).nearestAssets(reportId))
        out.append(QVariantMap{{u"layer"_s, a.layer}, {u"fid"_s, a.fid}, {u"name"_s, a.name},
                               {u"distance"_s, a.distanceMetres}});
    return out;
}

QVariantList ReportWorkflow::photosIn(Store &store, qint64 reportId)
{
    QVariantList out;
    for (const ReportPhoto &p : ReportQueries(store).photos(reportId))
        out.append(QVariantMap{{u"id"_s, p.id}, {u"fileName"_s, p.fileName}, {u"mimeType"_s, p.mimeType},
                               {u"size"_s, p.size},
                               {u"source"_s, u"data:%1;base64,%2"_s.arg(p.mimeType, QString::fromLatin1(p.data.toBase64()))}});
    return out;
}

QVariantMap ReportWorkflow::statisticsIn(Store &store)
{
    return ReportQueries(store).statistics(QDateTime::currentDateTimeUtc()).toJson().toVariantMap();
}

QVariantList ReportWorkflow::replyTemplates() const
{
    Store *store = readStore();
    return store ? ReportQueries(*store).replyTemplates().toVariantList() : QVariantList();
}

QVariantList ReportWorkflow::services() const
{
    Store *store = readStore();
    return store ? ReportQueries(*store).services().toVariantList() : QVariantList();
}

QVariantList ReportWorkflow::categories() const
{
    Store *store = readStore();
    return store ? ReportQueries(*store).categories().toVariantList() : QVariantList();
}

QStringList ReportWorkflow::statuses() const
{
    return ReportStatus::all();
}

QString ReportWorkflow::whyNot(const QString &from, const QString &to) const
{
    return ReportStatus::whyNot(from, to);
}
