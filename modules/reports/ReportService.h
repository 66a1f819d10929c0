#pragma once

#include "Actor.h"

#include "Open311Client.h"
#include "Open311Parser.h"
#include "Report.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

class Store;

/// What an import did, printed as JSON by the CLI.
struct ReportImportSummary
{
    bool ok = false;
    QString error;          ///< when !ok: what went wrong and what to do; the store is unchanged
    QString source;
    int received = 0;
    int imported = 0;       ///< new reports
    int updated = 0;
    int unchanged = 0;
    int keptWithWarning = 0;  ///< imported or updated, with a warning (unknown category, missing photo …)
    int rejected = 0;
    int services = 0;
    QJsonArray rejections;  ///< {index, service_request_id, reason}
    QJsonArray warnings;    ///< {service_request_id, warning}
    QJsonArray keptLocal;   ///< {service_request_id, field, local, remote}: local decisions kept over remote data

    QJsonObject toJson() const;
};

struct ReportImportOptions
{
    QString source = QStringLiteral("izboljsajmo-ptuj");
    Actor actor = Actor::system(QStringLiteral("import"));
    /// The folder of a local import file: photos it names are read from there (and only from
    /// there). Empty for a remote source, whose records may not name local files at all.
    QString mediaBaseDir;
    QDateTime now;          ///< invalid: the current time (tests pin it)
};

/// The one way to change reports: import, triage, workflow and notes. Every method runs in
/// its own transaction and appends history rows (who, when, field, old → new) in the same
/// transaction, so a report and its history never disagree. `actor` is who acts (Actor::fromEnvironment until accounts exist).
///
/// Works on a Store opened for writing; one instance per thread, like the Store.
class ReportService
{
public:
    explicit ReportService(Store &store);

    ReportImportSummary importRequests(const QList<Open311::ServiceRequest> &requests,
                                       const QList<Open311::ServiceDefinition> &services,
                                       const ReportImportOptions &options);
    /// Open311 JSON or XML, or CSV, by suffix or content.
    ReportImportSummary importFile(const QString &path, const ReportImportOptions &options);
    ReportImportSummary importEndpoint(const QUrl &baseUrl, const Open311Client::Options &fetchOptions,
                                       const ReportImportOptions &options);

    bool acknowledge(qint64 id, const Actor &actor, QString *error);
    /// Any workflow move (see ReportStatus::whyNot); resolved and rejected need setPublicAnswer first
    /// or use resolve()/reject().
    bool setStatus(qint64 id, const QString &status, const Actor &actor, QString *error);
    /// Assigns a service (report_services.id) and moves new/acknowledged reports to assigned.
    bool assign(qint64 id, const QString &serviceId, const Actor &actor, QString *error);
    bool setPriority(qint64 id, int priority, const Actor &actor, QString *error);
    bool setDueDate(qint64 id, const QDateTime &due, const Actor &actor, QString *error);
    /// Re-categorises (service_code of report_categories); the domain follows.
    bool setCategory(qint64 id, const QString &serviceCode, const Actor &actor, QString *error);
    /// Marks `id` a duplicate of `originalId` (or of the report that one duplicates) and moves
    /// its followers and reporter contact to the original.
    bool markDuplicate(qint64 id, qint64 originalId, const Actor &actor, QString *error);
    /// `language`: the answer's language (sl, en, …); empty: the report's language.
    bool resolve(qint64 id, const QString &publicAnswer, const Actor &actor, QString *error,
                 const QString &language = {});
    bool reject(qint64 id, const QString &publicAnswer, const Actor &actor, QString *error,
                const QString &language = {});
    bool reopen(qint64 id, const Actor &actor, QString *error);
    /// Takes back a change: the triage fields (status, duplicate, priority, service, due date,
    /// public answer, resolution time) go back to `before`, written and audited as a change
    /// of its own (action "undo") — history is never deleted. Refused when the report no
    /// longer looks as it did right `after` the change (someone acted on it since).
    /// Followers moved to the original by markDuplicate stay with the original.
    bool revert(qint64 id, const Report &before, const Report &after, const Actor &actor, QString *error);
    bool setPublicAnswer(qint64 id, const QString &publicAnswer, const Actor &actor, QString *error,
                         const QString &language = {});
    /// The language the citizen wrote in, which answers default to (a language code: sl, en, …).
    bool setLanguage(qint64 id, const QString &language, const Actor &actor, QString *error);
    /// Appends a dated line to the internal notes (never shown to the citizen).
    bool addNote(qint64 id, const QString &note, const Actor &actor, QString *error);
    bool addFollower(qint64 id, const QString &contact, const Actor &actor, QString *error);
    /// Edits (or adds) a reply template.
    bool saveReplyTemplate(const QString &name, const QString &status, const QString &textSl, const QString &textEn,
                           QString *error);

    /// Status updates and public answers decided here since `since` (all when invalid), as
    /// Open311 GeoReport v2 service requests.
    QJsonArray exportOpen311(const QDateTime &since) const;

    std::optional<Report> report(qint64 id) const;
    std::optional<Report> reportBySourceId(const QString &source, const QString &serviceRequestId) const;

    /// Fixes "now" for history and ages (tests); invalid = the clock.
    void setClock(const QDateTime &now) { m_now = now; }

private:
    using Change = std::function<QString(Report &)>;
    using AfterWrite = std::function<bool(const Report &before, const Report &after, QString *error)>;
    bool edit(qint64 id, const Actor &actor, const QString &action, QString *error, const Change &change,
              const AfterWrite &after = {});
    QDateTime now() const;

    Store &m_store;
    QDateTime m_now;
};
