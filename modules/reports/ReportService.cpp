#include "ReportService.h"

#include "LocalReference.h"

#include "ReportImporter.h"
#include "ReportRow.h"
#include "ReportWriter.h"
#include "SqliteStatement.h"
#include "Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

void markLocal(Report &r, const QString &field)
{
    if (!r.localFields.contains(field))
        r.localFields.append(field);
}

// Sets the answer and the language it is written in: the one given, else the report's.
// Returns why not, or empty.
QString answer(Report &r, const QString &text, const QString &language)
{
    const QString code = language.isEmpty() ? r.language : ReportLanguage::normalized(language);
    if (code.isEmpty())
        return QCoreApplication::translate("ReportService", "“%1” is not a language code; use sl or en").arg(language);
    r.publicAnswer = text.trimmed();
    r.answerLanguage = r.publicAnswer.isEmpty() ? QString() : code;
    markLocal(r, u"public_answer"_s);
    markLocal(r, u"answer_language"_s);
    return {};
}

} // namespace

ReportService::ReportService(Store &store)
    : m_store(store)
{
}

QDateTime ReportService::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

std::optional<Report> ReportService::report(qint64 id) const
{
    return ReportRow::load(m_store.db(), id);
}

std::optional<Report> ReportService::reportBySourceId(const QString &source, const QString &serviceRequestId) const
{
    SqliteStatement q(m_store.db(), QByteArray("SELECT ").append(ReportRow::selectColumns())
                                        .append(" FROM reports WHERE source = ? AND service_request_id = ?").constData());
    q.bind(1, source).bind(2, serviceRequestId);
    if (!q.next())
        return std::nullopt;
    return ReportRow::read(q);
}

ReportImportSummary ReportService::importFile(const QString &path, const ReportImportOptions &options)
{
    ReportImportSummary summary;
    summary.source = options.source;
    const LocalReference::Result read = LocalReference::readDocument(path);
    if (!read.ok) {
        summary.error = QCoreApplication::translate("ReportService", "cannot read %1: %2").arg(path, read.error);
        return summary;
    }
    const QByteArray &data = read.data;
    const auto parsed = Open311::parseRequests(data, Open311::detectFormat(data, QFileInfo(path).suffix()), path);
    if (!parsed.ok) {
        summary.error = parsed.error;
        return summary;
    }
    ReportImportOptions withBase = options;
    if (withBase.mediaBaseDir.isEmpty())
        withBase.mediaBaseDir = QFileInfo(path).absolutePath();
    return importRequests(parsed.items, {}, withBase);
}

ReportImportSummary ReportService::importEndpoint(const QUrl &baseUrl, const Open311Client::Options &fetchOptions,
                                                  const ReportImportOptions &options)
{
    Open311Client client;
    const Open311Client::Result fetched = client.fetch(baseUrl, fetchOptions);
    if (!fetched.ok) {
        ReportImportSummary summary;
        summary.source = options.source;
        summary.error = fetched.error;
        return summary;
    }
    ReportImportOptions remote = options;
    remote.mediaBaseDir.clear(); // an endpoint's records never name local files
    return importRequests(fetched.requests, fetched.services, remote);
}

ReportImportSummary ReportService::importRequests(const QList<Open311::ServiceRequest> &requests,
                                                  const QList<Open311::ServiceDefinition> &services,
                                                  const ReportImportOptions &options)
{
    ReportImportOptions withClock = options;
    if (!withClock.now.isValid())
        withClock.now = now();
    return ReportImporter(m_store).run(requests, services, withClock);
}

bool ReportService::edit(qint64 id, const Actor &actor, const QString &action, QString *error, const Change &change,
                         const AfterWrite &after)
{
    if (!actor.isValid()) {
        setError(error, QCoreApplication::translate("ReportService", "who makes the change is not known; sign in (or pass --user)"));
        return false;
    }
    if (!m_store.beginWrite(error))
        return false;
    const auto current = ReportRow::load(m_store.db(), id);
    if (!current) {
        m_store.rollback();
        setError(error, QCoreApplication::translate("ReportService", "there is no report %1").arg(id));
        return false;
    }
    Report updated = *current;
    const QString why = change(updated);
    if (!why.isEmpty()) {
        m_store.rollback();
        setError(error, QCoreApplication::translate("ReportService", "report %1 (%2): %3").arg(id).arg(current->serviceRequestId, why));
        return false;
    }
    updated.localUpdatedAt = now();
    ReportWriter writer(m_store.db());
    QString message;
    if (writer.update(*current, updated, ReportText::isoUtc(now()), actor.name(), action, &message) < 0
        || !rememberPerson(m_store.db(), actor.name(), actor.displayName(), ReportText::isoUtc(now()), &message)
        || (after && !after(*current, updated, &message))) {
        m_store.rollback();
        setError(error, explainStoreError(message));
        return false;
    }
    return m_store.commit(error);
}

bool ReportService::setStatus(qint64 id, const QString &status, const Actor &actor, QString *error)
{
    return edit(id, actor, u"status"_s, error, [&](Report &r) -> QString {
        const QString why = ReportStatus::whyNot(r.status, status);
        if (!why.isEmpty())
            return why;
        if ((status == u"resolved"_s || status == u"rejected"_s) && r.publicAnswer.trimmed().isEmpty())
            return QCoreApplication::translate("ReportService", "%1 needs a public answer for the citizen; write one or pick a reply template").arg(
                status == u"resolved"_s ? u"resolving"_s : u"rejecting"_s);
        if (status == u"duplicate"_s && r.duplicateOf <= 0)
            return QCoreApplication::translate("ReportService", "say which report it duplicates (mark duplicate)");
        if (status == u"assigned"_s && r.service.isEmpty())
            return QCoreApplication::translate("ReportService", "assign a service first");
        if (ReportStatus::isClosed(r.status) && !ReportStatus::isClosed(status)) {
            r.resolvedAt = QDateTime();
            if (r.status == u"duplicate"_s)
                r.duplicateOf = -1;
        }
        if (status == u"resolved"_s)
            r.resolvedAt = now();
        r.status = status;
        markLocal(r, u"status"_s);
        return {};
    });
}

bool ReportService::acknowledge(qint64 id, const Actor &actor, QString *error)
{
    return setStatus(id, u"acknowledged"_s, actor, error);
}

bool ReportService::reopen(qint64 id, const Actor &actor, QString *error)
{
    return setStatus(id, u"acknowledged"_s, actor, error);
}

bool ReportService::assign(qint64 id, const QString &serviceId, const Actor &actor, QString *error)
{
    SqliteStatement q(m_store.db(), "SELECT name FROM report_services WHERE id = ? AND active = 1");
    q.bind(1, serviceId);
    if (!q.next()) {
        QStringList ids;
        SqliteStatement all(m_store.db(), "SELECT id FROM report_services WHERE active = 1 ORDER BY id");
        while (all.next())
            ids.append(all.text(0));
        setError(error, QCoreApplication::translate("ReportService", "unknown service '%1'; use one of: %2").arg(serviceId, ids.join(u", "_s)));
        return false;
    }
    return edit(id, actor, u"assign"_s, error, [&](Report &r) -> QString {
        if (ReportStatus::isClosed(r.status))
            return QCoreApplication::translate("ReportService", "the report is %1; reopen it before assigning it").arg(r.status);
        r.service = serviceId;
        markLocal(r, u"service"_s);
        if (r.status == u"new"_s || r.status == u"acknowledged"_s) {
            r.status = u"assigned"_s;
            markLocal(r, u"status"_s);
        }
        return {};
    });
}

bool ReportService::setPriority(qint64 id, int priority, const Actor &actor, QString *error)
{
    return edit(id, actor, u"priority"_s, error, [&](Report &r) -> QString {
        if (priority < 1 || priority > 4)
            return QCoreApplication::translate("ReportService", "priority %1 is out of range; use 1 (urgent) to 4 (low)").arg(priority);
        r.priority = priority;
        markLocal(r, u"priority"_s);
        return {};
    });
}

bool ReportService::setDueDate(qint64 id, const QDateTime &due, const Actor &actor, QString *error)
{
    return edit(id, actor, u"due"_s, error, [&](Report &r) -> QString {
        r.dueAt = due;
        markLocal(r, u"due_at"_s);
        return {};
    });
}

bool ReportService::setCategory(qint64 id, const QString &serviceCode, const Actor &actor, QString *error)
{
    const QHash<QString, ReportCategory> categories = loadReportCategories(m_store.db());
    const auto category = categories.constFind(serviceCode);
    if (category == categories.constEnd() || category->domain.isEmpty()) {
        setError(error, QCoreApplication::translate("ReportService", "unknown or unmapped category '%1'; use one of: %2").arg(serviceCode, [&] {
            QStringList codes;
            for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
                if (!it->domain.isEmpty())
                    codes.append(it.key());
            }
            codes.sort();
            return codes.join(u", "_s);
        }()));
        return false;
    }
    return edit(id, actor, u"category"_s, error, [&](Report &r) -> QString {
        r.serviceCode = serviceCode;
        r.serviceName = category->nameSl;
        r.domain = category->domain;
        r.unknownCategory = false;
        markLocal(r, u"service_code"_s);
        return {};
    });
}

bool ReportService::setPublicAnswer(qint64 id, const QString &publicAnswer, const Actor &actor, QString *error,
                                    const QString &language)
{
    return edit(id, actor, u"answer"_s, error, [&](Report &r) -> QString { return answer(r, publicAnswer, language); });
}

bool ReportService::setLanguage(qint64 id, const QString &language, const Actor &actor, QString *error)
{
    return edit(id, actor, u"language"_s, error, [&](Report &r) -> QString {
        const QString code = ReportLanguage::normalized(language);
        if (code.isEmpty())
            return QCoreApplication::translate("ReportService", "“%1” is not a language code; use sl or en").arg(language);
        r.language = code;
        markLocal(r, u"language"_s);
        return {};
    });
}

bool ReportService::resolve(qint64 id, const QString &publicAnswer, const Actor &actor, QString *error,
                            const QString &language)
{
    return edit(id, actor, u"resolve"_s, error, [&](Report &r) -> QString {
        const QString why = ReportStatus::whyNot(r.status, u"resolved"_s);
        if (!why.isEmpty())
            return why;
        if (publicAnswer.trimmed().isEmpty())
            return QCoreApplication::translate("ReportService", "resolving needs a public answer for the citizen; write one or pick a reply template");
        r.status = u"resolved"_s;
        r.resolvedAt = now();
        markLocal(r, u"status"_s);
        return answer(r, publicAnswer, language);
    });
}

bool ReportService::reject(qint64 id, const QString &publicAnswer, const Actor &actor, QString *error,
                           const QString &language)
{
    return edit(id, actor, u"reject"_s, error, [&](Report &r) -> QString {
        const QString why = ReportStatus::whyNot(r.status, u"rejected"_s);
        if (!why.isEmpty())
            return why;
        if (publicAnswer.trimmed().isEmpty())
            return QCoreApplication::translate("ReportService", "rejecting needs a public answer that tells the citizen why");
        r.status = u"rejected"_s;
        markLocal(r, u"status"_s);
        return answer(r, publicAnswer, language);
    });
}

bool ReportService::addNote(qint64 id, const QString &note, const Actor &actor, QString *error)
{
    return edit(id, actor, u"note"_s, error, [&](Report &r) -> QString {
        if (note.trimmed().isEmpty())
            return QCoreApplication::translate("ReportService", "the note is empty");
        const QString line = u"[%1 %2] %3"_s.arg(now().toUTC().toString(u"yyyy-MM-dd HH:mm"_s), actor.name(), note.trimmed());
        r.internalNotes = r.internalNotes.isEmpty() ? line : r.internalNotes + u'\n' + line;
        return {};
    });
}

bool ReportService::addFollower(qint64 id, const QString &contact, const Actor &actor, QString *error)
{
    return edit(id, actor, u"follow"_s, error, [&](Report &) -> QString {
        return contact.trimmed().isEmpty() ? QCoreApplication::translate("ReportService", "no contact given") : QString();
    }, [&](const Report &, const Report &after, QString *message) {
        SqliteStatement add(m_store.db(), "INSERT OR IGNORE INTO report_followers (report_id, contact, added_at) VALUES (?, ?, ?)");
        add.bind(1, after.id).bind(2, contact.trimmed()).bind(3, ReportText::isoUtc(now()));
        if (!add.exec()) {
            *message = add.errorString();
            return false;
        }
        return HistoryWriter(m_store.db()).add(after.id, ReportText::isoUtc(now()), actor.name(), u"follow"_s, u"followers"_s,
                                               QString(), u"+1"_s, message);
    });
}

bool ReportService::markDuplicate(qint64 id, qint64 originalId, const Actor &actor, QString *error)
{
    // Point at the root of a chain, so followers gather on one report.
    qint64 root = originalId;
    for (int guard = 0; guard < 100; ++guard) {
        const auto original = ReportRow::load(m_store.db(), root);
        if (!original) {
            setError(error, QCoreApplication::translate("ReportService", "there is no report %1 to mark report %2 a duplicate of").arg(root).arg(id));
            return false;
        }
        if (original->status != u"duplicate"_s || original->duplicateOf <= 0)
            break;
        root = original->duplicateOf;
    }
    if (root == id) {
        setError(error, QCoreApplication::translate("ReportService", "report %1 cannot be a duplicate of itself").arg(id));
        return false;
    }
    return edit(id, actor, u"duplicate"_s, error, [&](Report &r) -> QString {
        const QString why = ReportStatus::whyNot(r.status, u"duplicate"_s);
        if (!why.isEmpty())
            return why;
        r.status = u"duplicate"_s;
        r.duplicateOf = root;
        markLocal(r, u"status"_s);
        markLocal(r, u"duplicate_of"_s);
        return {};
    }, [&](const Report &, const Report &after, QString *message) {
        sqlite3 *db = m_store.db();
        const QString at = ReportText::isoUtc(now());
        const auto count = [db](qint64 reportId) {
            SqliteStatement q(db, "SELECT count(*) FROM report_followers WHERE report_id = ?");
            q.bind(1, reportId);
            return q.next() ? q.integer(0) : 0;
        };
        const qint64 before = count(root);
        SqliteStatement move(db, "INSERT OR IGNORE INTO report_followers (report_id, contact, added_at) "
                                 "SELECT ?, contact, added_at FROM report_followers WHERE report_id = ?");
        move.bind(1, root).bind(2, after.id);
        SqliteStatement drop(db, "DELETE FROM report_followers WHERE report_id = ?");
        drop.bind(1, after.id);
        SqliteStatement reporter(db, "INSERT OR IGNORE INTO report_followers (report_id, contact, added_at) VALUES (?, ?, ?)");
        const QString contact = !after.contactEmail.isEmpty() ? after.contactEmail : after.contactPhone;
        reporter.bind(1, root).bind(2, contact).bind(3, at);
        // Reports that duplicated this one now duplicate the original.
        SqliteStatement repoint(db, "UPDATE reports SET duplicate_of = ? WHERE duplicate_of = ?");
        repoint.bind(1, root).bind(2, after.id);
        if (!move.exec() || !drop.exec() || (!contact.isEmpty() && !reporter.exec()) || !repoint.exec()) {
            *message = !move.errorString().isEmpty() ? move.errorString()
                     : !drop.errorString().isEmpty() ? drop.errorString()
                     : !reporter.errorString().isEmpty() ? reporter.errorString() : repoint.errorString();
            return false;
        }
        const qint64 afterCount = count(root);
        HistoryWriter history(db);
        return history.add(root, at, actor.name(), u"merge"_s, u"followers"_s, QString::number(before),
                           QString::number(afterCount), message)
            && history.add(root, at, actor.name(), u"merge"_s, u"duplicates"_s, QString(),
                           u"+ report %1 (%2)"_s.arg(after.id).arg(after.serviceRequestId), message);
    });
}

namespace {

bool sameTriage(const Report &a, const Report &b)
{
    return a.status == b.status && a.duplicateOf == b.duplicateOf && a.priority == b.priority
        && a.service == b.service && a.dueAt == b.dueAt && a.publicAnswer == b.publicAnswer
        && a.answerLanguage == b.answerLanguage && a.language == b.language;
}

} // namespace

bool ReportService::revert(qint64 id, const Report &before, const Report &after, const Actor &actor, QString *error)
{
    return edit(id, actor, u"undo"_s, error, [&](Report &r) -> QString {
        if (!sameTriage(r, after))
            return QCoreApplication::translate("ReportService", "it has changed since; nothing was undone");
        if (sameTriage(r, before))
            return QCoreApplication::translate("ReportService", "there is nothing to undo");
        const auto local = [&r](const QString &field, bool changed) {
            if (changed)
                markLocal(r, field);
        };
        local(u"status"_s, r.status != before.status);
        local(u"duplicate_of"_s, r.duplicateOf != before.duplicateOf);
        local(u"priority"_s, r.priority != before.priority);
        local(u"service"_s, r.service != before.service);
        local(u"due_at"_s, r.dueAt != before.dueAt);
        local(u"public_answer"_s, r.publicAnswer != before.publicAnswer);
        local(u"answer_language"_s, r.answerLanguage != before.answerLanguage);
        local(u"language"_s, r.language != before.language);
        r.status = before.status;
        r.duplicateOf = before.duplicateOf;
        r.priority = before.priority;
        r.service = before.service;
        r.dueAt = before.dueAt;
        r.publicAnswer = before.publicAnswer;
        r.answerLanguage = before.answerLanguage;
        r.language = before.language;
        r.resolvedAt = before.resolvedAt;
        return {};
    });
}

bool ReportService::saveReplyTemplate(const QString &name, const QString &status, const QString &textSl,
                                      const QString &textEn, QString *error)
{
    if (name.trimmed().isEmpty() || textSl.trimmed().isEmpty()) {
        setError(error, QCoreApplication::translate("ReportService", "a reply template needs a name and a Slovenian text"));
        return false;
    }
    if (!m_store.beginWrite(error))
        return false;
    SqliteStatement q(m_store.db(), "INSERT INTO report_reply_templates (name, status, text_sl, text_en) VALUES (?, ?, ?, ?) "
                                    "ON CONFLICT (name) DO UPDATE SET status = excluded.status, text_sl = excluded.text_sl, "
                                    "text_en = excluded.text_en");
    q.bind(1, name.trimmed()).bind(2, status.isEmpty() ? QVariant() : QVariant(status)).bind(3, textSl).bind(4, textEn);
    if (!q.exec()) {
        m_store.rollback();
        setError(error, explainStoreError(q.errorString()));
        return false;
    }
    return m_store.commit(error);
}

QJsonArray ReportService::exportOpen311(const QDateTime &since) const
{
    QJsonArray out;
    SqliteStatement q(m_store.db(),
                      "SELECT r.service_request_id, r.status, r.public_answer, r.local_updated_at, r.service_code, "
                      "s.name, r.due_at, d.service_request_id, r.source, r.priority, "
                      "coalesce(r.answer_language, r.language) "
                      "FROM reports r LEFT JOIN report_services s ON s.id = r.service "
                      "LEFT JOIN reports d ON d.fid = r.duplicate_of "
                      "WHERE r.local_updated_at IS NOT NULL AND (? IS NULL OR r.local_updated_at >= ?) "
                      "ORDER BY r.local_updated_at, r.fid");
    const QVariant sinceText = since.isValid() ? QVariant(ReportText::isoUtc(since)) : QVariant();
    q.bind(1, sinceText).bind(2, sinceText);
    while (q.next()) {
        const QString status = q.text(1);
        QJsonObject o{
            {u"service_request_id"_s, q.text(0)},
            {u"status"_s, ReportStatus::isClosed(status) ? u"closed"_s : u"open"_s},
            {u"status_notes"_s, q.text(2)},
            {u"updated_datetime"_s, q.text(3)},
            {u"service_code"_s, q.text(4)},
            {u"agency_responsible"_s, q.text(5)},
            {u"expected_datetime"_s, q.isNull(6) ? QJsonValue() : QJsonValue(q.text(6))},
            // Extensions: the console's finer status, so a peer that understands them can use them.
            {u"ptuj_status"_s, status},
            {u"ptuj_priority"_s, q.integer(9)},
            {u"ptuj_source"_s, q.text(8)},
            // The language status_notes are written in (BCP 47 primary subtag).
            {u"ptuj_status_notes_language"_s, q.text(10)},
        };
        if (!q.isNull(7))
            o.insert(u"ptuj_duplicate_of"_s, q.text(7));
        out.append(o);
    }
    return out;
}
