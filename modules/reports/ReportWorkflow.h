#pragma once

#include "Actor.h"
#include "Report.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>

#include <deque>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

class ReportService;
class Store;
struct ReportImportOptions;
struct ReportImportSummary;

/// The triage actions and the detail card's questions for QML, over one store path.
///
/// Writes run one after another on a worker thread, each through ReportService (one
/// transaction and its history rows per report) with `actor` as who; bulk actions take a list
/// of ids and report per id. When a batch is done, `finished` says which ids changed and why
/// the others did not; reload the inbox model then. The detail card's reads and the figures
/// run on a worker through ReportDetails and ReportFigures; the direct reads here are for
/// scripts, tests and the small lists (templates, services).
class ReportWorkflow : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString storePath READ storePath WRITE setStorePath NOTIFY storePathChanged)
    /// Who acts; writes are refused while it is not valid (the application context sets it).
    Q_PROPERTY(Actor actor READ actor WRITE setActor NOTIFY actorChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    /// The last action that changed reports can be taken back (undo()).
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    /// That action's name ("acknowledge", "duplicate", …), empty when there is none.
    Q_PROPERTY(QString undoAction READ undoAction NOTIFY undoChanged)

public:
    enum Status { Null, Loading, Ready, Error };
    Q_ENUM(Status)

    explicit ReportWorkflow(QObject *parent = nullptr);
    ~ReportWorkflow() override;

    QString storePath() const { return m_storePath; }
    void setStorePath(const QString &path);
    Actor actor() const { return m_actor; }
    void setActor(const Actor &actor);
    Status status() const { return m_status; }
    QString errorString() const { return m_errorString; }

    /// Applies one action to every id: "acknowledge", "assign" (value: service id), "priority"
    /// (1–4), "due" (date), "category" (service_code), "duplicate" (value: original id),
    /// "resolve" / "reject" (value: public answer, or {text, language} to answer in another
    /// language than the report's), "reopen", "answer" (likewise), "language" (the report's:
    /// sl, en), "note".
    Q_INVOKABLE void perform(const QString &action, const QVariantList &ids, const QVariant &value = {});
    /// Takes back the last action on every report it changed, as a change of its own
    /// through ReportService::revert; reports changed since are refused. Ends as finished("undo", …).
    Q_INVOKABLE void undo();
    bool canUndo() const { return !m_undo.empty(); }
    QString undoAction() const { return m_undo.empty() ? QString() : m_undoAction; }
    /// Edits (or adds, by name) a reply template; `finished("template", …)` follows.
    Q_INVOKABLE void saveReplyTemplate(const QString &name, const QString &status, const QString &textSl,
                                       const QString &textEn);
    /// Imports an Open311 JSON/XML or CSV file; `imported` carries the summary.
    Q_INVOKABLE void importFile(const QString &path, const QString &source = QStringLiteral("izboljsajmo-ptuj"));
    /// Imports from an Open311 endpoint (services and paged requests since `since`, if valid).
    Q_INVOKABLE void importUrl(const QUrl &baseUrl, const QDateTime &since = {},
                               const QString &source = QStringLiteral("izboljsajmo-ptuj"));

    /// {at (local time), who, whoName (display name), action, field, oldValue, newValue}, oldest first.
    Q_INVOKABLE QVariantList history(qint64 reportId) const;
    /// {reportId, serviceRequestId, status, description, requestedAt, distance} within the radius, nearest first.
    Q_INVOKABLE QVariantList duplicateCandidates(qint64 reportId, double radiusMetres = 50) const;
    /// {layer, fid, name, distance} of the nearest road, street light, water main and container.
    Q_INVOKABLE QVariantList nearestAssets(qint64 reportId) const;
    /// {id, fileName, mimeType, size, source} where source is a data: URL an Image can show.
    Q_INVOKABLE QVariantList photos(qint64 reportId) const;
    /// {total, open, overdue, resolved, median_hours_to_resolve, open_by_domain, open_by_service}.
    Q_INVOKABLE QVariantMap statistics() const;
    Q_INVOKABLE QVariantList replyTemplates() const;
    Q_INVOKABLE QVariantList services() const;
    Q_INVOKABLE QVariantList categories() const;
    /// The same questions on any store connection (a worker's own; see ReportDetails).
    static QVariantList historyIn(Store &store, qint64 reportId);
    static QVariantList duplicateCandidatesIn(Store &store, qint64 reportId, double radiusMetres);
    static QVariantList nearestAssetsIn(Store &store, qint64 reportId);
    static QVariantList photosIn(Store &store, qint64 reportId);
    static QVariantMap statisticsIn(Store &store);
    /// Every status in workflow order, and whether a move is allowed (empty string) or why not.
    Q_INVOKABLE QStringList statuses() const;
    Q_INVOKABLE QString whyNot(const QString &from, const QString &to) const;

signals:
    void storePathChanged();
    void actorChanged();
    void statusChanged();
    /// After perform(): the ids that changed, and {id: reason} for those that did not.
    void finished(const QString &action, const QVariantList &changed, const QVariantMap &refused);
    void undoChanged();
    /// After importFile()/importUrl(): the import summary (ok, imported, updated, rejected …).
    void imported(const QVariantMap &summary);

private:
    struct Outcome
    {
        QString action;
        QVariantList changed;
        QVariantMap refused;
        QVariantMap summary;
        bool isImport = false;
        QString error;
        std::vector<std::pair<Report, Report>> undo;  ///< each changed report before and after
    };
    using Job = std::function<Outcome()>;
    void enqueue(Job job);
    /// An import on the worker: opens the store, runs it with the source and user set.
    void enqueueImport(const QString &source,
                       std::function<ReportImportSummary(ReportService &, const ReportImportOptions &)> run);
    void startNext();
    void done();
    void setStatus(Status status, const QString &error = {});
    Store *readStore() const;

    QString m_storePath;
    Actor m_actor;
    Status m_status = Null;
    QString m_errorString;
    std::deque<Job> m_queue;
    QFutureWatcher<Outcome> m_watcher;
    mutable std::unique_ptr<Store> m_readStore;  // GUI-thread reads only
    std::vector<std::pair<Report, Report>> m_undo;
    QString m_undoAction;
};
