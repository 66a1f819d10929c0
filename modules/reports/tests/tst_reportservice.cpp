#include "ReportQueries.h"
#include "ReportService.h"
#include "ReportTestUtils.h"
#include "SqliteStatement.h"
#include "Store.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ReportTestUtils;

class tst_ReportService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyTransitionIsAudited();
    void invalidTransitionsAreRefusedWithReason_data();
    void invalidTransitionsAreRefusedWithReason();
    void historyIsAppendOnly();
    void duplicateMergesFollowers();
    void revertIsAnAuditedChangeOfItsOwn();
    void maskedContact();
    void replyTemplatesAreEditable();
    void answersFollowTheReportsLanguage();
    void historyNamesPeople();

private:
    qint64 importOne(const QString &id, QPointF d96 = {568000, 141500});
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ReportService> m_service;
};

void tst_ReportService::init()
{
    m_service.reset();
    m_store = newStore(m_dir.filePath(u"%1.gpkg"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))
                                      + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
    QVERIFY(m_store);
    m_service = std::make_unique<ReportService>(*m_store);
    m_service->setClock(QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::UTC));
}

qint64 tst_ReportService::importOne(const QString &id, QPointF d96)
{
    const ReportImportSummary s = m_service->importRequests(
        {[&] {
            Open311::ServiceRequest r;
            const QJsonObject o = requestAt(id, u"pothole"_s, d96);
            r.serviceRequestId = id;
            r.serviceCode = u"pothole"_s;
            r.lat = o.value(u"lat"_s).toString();
            r.lon = o.value(u"long"_s).toString();
            r.requestedDatetime = o.value(u"requested_datetime"_s).toString();
            r.updatedDatetime = r.requestedDatetime;
            r.status = u"open"_s;
            r.email = u"mojca.kovac@example.si"_s;
            r.phone = u"+386 41 123 456"_s;
            return r;
        }()},
        {}, {});
    if (!s.ok || s.imported != 1)
        return -1;
    return m_service->reportBySourceId(u"izboljsajmo-ptuj"_s, id)->id;
}

void tst_ReportService::everyTransitionIsAudited()
{
    const qint64 id = importOne(u"a1"_s);
    QVERIFY(id > 0);
    ReportQueries queries(*m_store);
    QCOMPARE(queries.history(id).size(), 1);
    QString error;
    const auto step = [&](bool ok, const QString &field, const QString &oldValue, const QString &newValue) {
        QVERIFY2(ok, qPrintable(error));
        const ReportHistoryEntry last = queries.history(id).constLast();
        QCOMPARE(last.who, u"ana.horvat"_s);
        QCOMPARE(last.field, field);
        QCOMPARE(last.oldValue, oldValue);
        QCOMPARE(last.newValue, newValue);
        QCOMPARE(last.at, QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::UTC));
    };
    step(m_service->acknowledge(id, Actor(u"ana.horvat"_s, Actor::Origin::CommandLine), &error), u"status"_s, u"new"_s, u"acknowledged"_s);
    // One history row per field, in column order: status, then service.
    step(m_service->assign(id, u"kp_ptuj"_s, Actor(u"ana.horvat"_s, Actor::Origin::CommandLine), &error), u"service"_s, u"js_ptuj"_s, u"kp_ptuj"_s);
    QCOMPARE(m_service->report(id)->status, u"assigned"_s);
    step(m_service->setPriority(id, 1, Actor(u"ana.horvat"_s, Actor::Origin::CommandLine), &error), u"priority"_s, u"2"_s, u"1"_s);
    step(m_service->setDueDate(id, QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::UTC), Actor(u"ana.horvat"_s, Actor::Origin::CommandLine), &error),
         u"due_at"_s, u"2026-10-15T08:00:00Z"_s, u"2026-11-25T12:00:00Z"_s);
    step(m_service->setStatus(id, u"in_progress"_s, Actor(u"ana.horvat"_s, Actor::Origin::CommandLine), &error), u"status"_s, u"assigned"_s, u"in_progress"_s);
    step(m_service->addNote(id, u"Ekipa na terenu"_s, Actor(u"ana.horvat"_s, Actor::Origin::CommandLine), &error), u"internal_notes"_s, QString(),
         u"[2026-11-20 10:00 ana.horvat] Ekipa na terenu"_s);
    // The answer, then the language it is written in (the report's: Slovenian).
    step(m_service->resolve(id, u"Jama je zakrpana."_s, Actor(u"ana.horvat"_s, Actor::Origin::CommandLine), &error),
         u"answer_language"_s, QString(), u"sl"_s);
    QCOMPARE(m_service->report(id)->publicAnswer, u"Jama je zakrpana."_s);
    QCOMPARE(m_service->report(id)->status, u"resolved"_s);
    step(m_service->reopen(id, Actor(u"ana.horvat"_s, Actor::Origin::CommandLine), &error), u"status"_s, u"resolved"_s, u"acknowledged"_s);
    step(m_service->setCategory(id, u"road_damage"_s, Actor(u"ana.horvat"_s, Actor::Origin::CommandLine), &error), u"service_name"_s, u"Udarna jama"_s,
         u"Poškodovano cestišče"_s);
    QCOMPARE(m_service->report(id)->domain, u"mobility"_s);

    // A refused change writes nothing.
    const qsizetype entries = queries.history(id).size();
    QVERIFY(!m_service->setPriority(id, 7, Actor(u"ana.horvat"_s, Actor::Origin::CommandLine), &error));
    QVERIFY2(error.contains(u"use 1 (urgent) to 4 (low)"_s), qPrintable(error));
    QCOMPARE(queries.history(id).size(), entries);
    QVERIFY(!m_service->acknowledge(id, Actor(), &error));
    QVERIFY2(error.contains(u"sign in"_s), qPrintable(error));
}

void tst_ReportService::invalidTransitionsAreRefusedWithReason_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("reason");
    QTest::newRow("resolve rejected") << u"reject"_s << u"resolve"_s
                                      << u"the report is rejected; reopen it (status acknowledged) before setting it to resolved"_s;
    QTest::newRow("resolve without answer") << QString() << u"resolve-empty"_s << u"resolving needs a public answer"_s;
    QTest::newRow("assign resolved") << u"resolve"_s << u"assign"_s << u"reopen it before assigning it"_s;
    QTest::newRow("back to new") << u"acknowledge"_s << u"new"_s << u"cannot go back to new"_s;
    QTest::newRow("unknown service") << QString() << u"assign-unknown"_s << u"unknown service 'nobody'; use one of:"_s;
}

void tst_ReportService::invalidTransitionsAreRefusedWithReason()
{
    QFETCH(QString, setup);
    QFETCH(QString, action);
    QFETCH(QString, reason);
    const qint64 id = importOne(u"t1"_s);
    QString error;
    if (setup == u"reject"_s)
        QVERIFY(m_service->reject(id, u"Ni v pristojnosti občine."_s, Actor(u"ana"_s, Actor::Origin::CommandLine), &error));
    else if (setup == u"resolve"_s)
        QVERIFY(m_service->resolve(id, u"Urejeno."_s, Actor(u"ana"_s, Actor::Origin::CommandLine), &error));
    else if (setup == u"acknowledge"_s)
        QVERIFY(m_service->acknowledge(id, Actor(u"ana"_s, Actor::Origin::CommandLine), &error));
    const auto before = m_service->report(id);
    bool ok = true;
    if (action == u"resolve"_s)
        ok = m_service->resolve(id, u"Urejeno."_s, Actor(u"ana"_s, Actor::Origin::CommandLine), &error);
    else if (action == u"resolve-empty"_s)
        ok = m_service->resolve(id, u"  "_s, Actor(u"ana"_s, Actor::Origin::CommandLine), &error);
    else if (action == u"assign"_s)
        ok = m_service->assign(id, u"kp_ptuj"_s, Actor(u"ana"_s, Actor::Origin::CommandLine), &error);
    else if (action == u"new"_s)
        ok = m_service->setStatus(id, u"new"_s, Actor(u"ana"_s, Actor::Origin::CommandLine), &error);
    else if (action == u"assign-unknown"_s)
        ok = m_service->assign(id, u"nobody"_s, Actor(u"ana"_s, Actor::Origin::CommandLine), &error);
    QVERIFY(!ok);
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(m_service->report(id)->status, before->status);
}

void tst_ReportService::historyIsAppendOnly()
{
    const qint64 id = importOne(u"h1"_s);
    QString error;
    QVERIFY(m_service->acknowledge(id, Actor(u"ana"_s, Actor::Origin::CommandLine), &error));
    QVERIFY(!sqliteExec(m_store->db(), "UPDATE report_history SET who = 'mallory'", &error));
    QVERIFY2(error.contains(u"append-only"_s), qPrintable(error));
    error.clear();
    QVERIFY(!sqliteExec(m_store->db(), "DELETE FROM report_history", &error));
    QVERIFY2(error.contains(u"append-only"_s), qPrintable(error));
    ReportQueries queries(*m_store);
    QCOMPARE(queries.history(id).size(), 2);
    QCOMPARE(queries.history(id).constLast().who, u"ana"_s);
}

void tst_ReportService::duplicateMergesFollowers()
{
    const qint64 original = importOne(u"o1"_s);
    const qint64 dup = importOne(u"d1"_s, {568020, 141500});
    const qint64 dupOfDup = importOne(u"d2"_s, {568030, 141500});
    QString error;
    QVERIFY2(m_service->addFollower(dup, u"sosed@example.si"_s, Actor(u"ana"_s, Actor::Origin::CommandLine), &error), qPrintable(error));
    QVERIFY2(m_service->addFollower(original, u"prvi@example.si"_s, Actor(u"ana"_s, Actor::Origin::CommandLine), &error), qPrintable(error));
    QVERIFY2(m_service->markDuplicate(dupOfDup, dup, Actor(u"ana"_s, Actor::Origin::CommandLine), &error), qPrintable(error));
    QCOMPARE(m_service->report(dupOfDup)->duplicateOf, dup);
    QVERIFY2(m_service->markDuplicate(dup, original, Actor(u"ana"_s, Actor::Origin::CommandLine), &error), qPrintable(error));

    const auto d = m_service->report(dup);
    QCOMPARE(d->status, u"duplicate"_s);
    QCOMPARE(d->duplicateOf, original);
    // The earlier duplicate now points at the original too.
    QCOMPARE(m_service->report(dupOfDup)->duplicateOf, original);
    SqliteStatement followers(m_store->db(), "SELECT report_id, contact FROM report_followers ORDER BY report_id, contact");
    QStringList rows;
    while (followers.next())
        rows.append(u"%1:%2"_s.arg(followers.integer(0)).arg(followers.text(1)));
    QCOMPARE(rows, QStringList({u"%1:mojca.kovac@example.si"_s.arg(original), u"%1:prvi@example.si"_s.arg(original),
                                u"%1:sosed@example.si"_s.arg(original)}));
    ReportQueries queries(*m_store);
    bool merged = false;
    for (const ReportHistoryEntry &e : queries.history(original))
        merged = merged || (e.action == u"merge"_s && e.field == u"followers"_s && e.oldValue == u"1"_s && e.newValue == u"3"_s);
    QVERIFY(merged);
    QVERIFY(!m_service->markDuplicate(original, original, Actor(u"ana"_s, Actor::Origin::CommandLine), &error));
    QVERIFY2(error.contains(u"duplicate of itself"_s), qPrintable(error));
    QVERIFY(!m_service->resolve(dup, u"x"_s, Actor(u"ana"_s, Actor::Origin::CommandLine), &error));
    QVERIFY2(error.contains(u"reopen it"_s), qPrintable(error));
}

void tst_ReportService::revertIsAnAuditedChangeOfItsOwn()
{
    const qint64 original = importOne(u"u1"_s);
    const qint64 id = importOne(u"u2"_s, {568020, 141500});
    const Actor ana(u"ana"_s, Actor::Origin::CommandLine);
    const Actor berta(u"berta"_s, Actor::Origin::CommandLine);
    QString error;
    QVERIFY2(m_service->acknowledge(id, ana, &error), qPrintable(error));
    const Report before = *m_service->report(id);
    QVERIFY2(m_service->markDuplicate(id, original, ana, &error), qPrintable(error));
    const Report after = *m_service->report(id);
    QCOMPARE(after.status, u"duplicate"_s);
    ReportQueries queries(*m_store);
    const qsizetype entries = queries.history(id).size();

    QVERIFY2(m_service->revert(id, before, after, berta, &error), qPrintable(error));
    const Report undone = *m_service->report(id);
    QCOMPARE(undone.status, u"acknowledged"_s);
    QCOMPARE(undone.duplicateOf, qint64(-1));
    // The history keeps the duplicate and adds the undo, by who undid it.
    const QList<ReportHistoryEntry> history = queries.history(id);
    QVERIFY(history.size() > entries);
    bool duplicateKept = false;
    for (const ReportHistoryEntry &e : history)
        duplicateKept = duplicateKept || (e.field == u"status"_s && e.newValue == u"duplicate"_s && e.who == u"ana"_s);
    QVERIFY(duplicateKept);
    const ReportHistoryEntry &last = history.constLast();
    QCOMPARE(last.action, u"undo"_s);
    QCOMPARE(last.who, u"berta"_s);
    bool statusBack = false;
    for (qsizetype i = entries; i < history.size(); ++i)
        statusBack = statusBack || (history.at(i).field == u"status"_s && history.at(i).oldValue == u"duplicate"_s
                                    && history.at(i).newValue == u"acknowledged"_s && history.at(i).action == u"undo"_s);
    QVERIFY(statusBack);

    // Undone once is undone: a second revert, or one after someone else changed the report,
    // is refused and writes nothing.
    const qsizetype now = queries.history(id).size();
    QVERIFY(!m_service->revert(id, before, after, berta, &error));
    QVERIFY2(error.contains(u"changed since"_s), qPrintable(error));
    QCOMPARE(queries.history(id).size(), now);
    const Report beforePriority = *m_service->report(id);
    QVERIFY2(m_service->setPriority(id, 1, ana, &error), qPrintable(error));
    const Report afterPriority = *m_service->report(id);
    QVERIFY2(m_service->setPriority(id, 4, berta, &error), qPrintable(error));
    const qsizetype later = queries.history(id).size();
    QVERIFY(!m_service->revert(id, beforePriority, afterPriority, ana, &error));
    QCOMPARE(m_service->report(id)->priority, 4);
    QCOMPARE(queries.history(id).size(), later);
    QVERIFY(!m_service->revert(id, beforePriority, afterPriority, Actor(), &error));
    QVERIFY2(error.contains(u"sign in"_s), qPrintable(error));
}

void tst_ReportService::maskedContact()
{
    const qint64 id = importOne(u"m1"_s);
    QCOMPARE(m_service->report(id)->maskedContact(), u"m***@e***.si, *** *** 456"_s);
    QVERIFY(!m_service->report(id)->toJson().contains(u"contact_email"_s));
}

void tst_ReportService::replyTemplatesAreEditable()
{
    QString error;
    QVERIFY2(m_service->saveReplyTemplate(u"Odpravljeno"_s, u"resolved"_s, u"Napaka je odpravljena."_s, QString(), &error),
             qPrintable(error));
    QVERIFY(m_service->saveReplyTemplate(u"Zima"_s, u"in_progress"_s, u"Popravilo bo izvedeno spomladi."_s, QString(), &error));
    QVERIFY(!m_service->saveReplyTemplate(u"Prazno"_s, QString(), u" "_s, QString(), &error));
    QVERIFY2(error.contains(u"needs a name and a Slovenian text"_s), qPrintable(error));
    const QJsonArray templates = ReportQueries(*m_store).replyTemplates();
    QCOMPARE(templates.size(), 6);
    for (const QJsonValue &t : templates) {
        if (t[u"name"_s] == u"Odpravljeno"_s)
            QCOMPARE(t[u"text_sl"_s].toString(), u"Napaka je odpravljena."_s);
    }
}

// A clerk's console language does not decide what residents read: the report's does.
void tst_ReportService::answersFollowTheReportsLanguage()
{
    const Actor ana(u"ana"_s, Actor::Origin::CommandLine);
    QString error;
    const qint64 sl = importOne(u"l1"_s);
    const qint64 en = importOne(u"l2"_s, {568100, 141600});
    QCOMPARE(m_service->report(sl)->language, u"sl"_s);
    QVERIFY(m_service->report(sl)->answerLanguage.isEmpty());
    QVERIFY2(m_service->setLanguage(en, u"en-GB"_s, ana, &error), qPrintable(error));
    QCOMPARE(m_service->report(en)->language, u"en"_s);
    QVERIFY(!m_service->setLanguage(en, u"<script>"_s, ana, &error));
    QVERIFY2(error.contains(u"not a language code"_s), qPrintable(error));
    QCOMPARE(m_service->report(en)->language, u"en"_s);

    QVERIFY2(m_service->acknowledge(sl, ana, &error), qPrintable(error));
    QVERIFY2(m_service->acknowledge(en, ana, &error), qPrintable(error));
    // No language given: the report's.
    QVERIFY2(m_service->resolve(sl, u"Jama je zakrpana."_s, ana, &error), qPrintable(error));
    QCOMPARE(m_service->report(sl)->answerLanguage, u"sl"_s);
    QVERIFY2(m_service->resolve(en, u"The pothole is fixed."_s, ana, &error), qPrintable(error));
    QCOMPARE(m_service->report(en)->answerLanguage, u"en"_s);
    // Chosen explicitly.
    QVERIFY2(m_service->setPublicAnswer(en, u"Jama je zakrpana."_s, ana, &error, u"sl"_s), qPrintable(error));
    QCOMPARE(m_service->report(en)->answerLanguage, u"sl"_s);
    QVERIFY(!m_service->setPublicAnswer(en, u"x"_s, ana, &error, u"12"_s));
    QCOMPARE(m_service->report(en)->publicAnswer, u"Jama je zakrpana."_s);

    // The Open311 export says which language the status notes are in.
    const QJsonArray exported = m_service->exportOpen311({});
    QCOMPARE(exported.size(), 2);
    for (const QJsonValue &e : exported) {
        QCOMPARE(e[u"status_notes"_s].toString(), u"Jama je zakrpana."_s);
        QCOMPARE(e[u"ptuj_status_notes_language"_s].toString(), u"sl"_s);
    }

    // Undo puts the language back with the answer.
    const Report before = *m_service->report(en);
    QVERIFY2(m_service->setPublicAnswer(en, u"Fixed."_s, ana, &error, u"en"_s), qPrintable(error));
    const Report after = *m_service->report(en);
    QVERIFY2(m_service->revert(en, before, after, ana, &error), qPrintable(error));
    QCOMPARE(m_service->report(en)->answerLanguage, u"sl"_s);

    // Template names in both languages for the console's two UI languages.
    for (const QJsonValue &t : ReportQueries(*m_store).replyTemplates()) {
        QVERIFY(!t[u"name_en"_s].toString().isEmpty());
        if (t[u"name"_s] == u"Odpravljeno"_s)
            QCOMPARE(t[u"name_en"_s].toString(), u"Fixed"_s);
    }
}

// The history records the login and shows the person's name.
void tst_ReportService::historyNamesPeople()
{
    const qint64 id = importOne(u"p1"_s);
    QString error;
    QVERIFY2(m_service->acknowledge(id, Actor(u"mhorvat"_s, Actor::Origin::CommandLine).withDisplayName(u"Mojca Horvat"_s), &error),
             qPrintable(error));
    QVERIFY2(m_service->setPriority(id, 1, Actor(u"bnovak"_s, Actor::Origin::CommandLine), &error), qPrintable(error));
    const QList<ReportHistoryEntry> history = ReportQueries(*m_store).history(id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(1).who, u"mhorvat"_s);
    QCOMPARE(history.at(1).whoName, u"Mojca Horvat"_s);
    QCOMPARE(history.at(2).whoName, u"bnovak"_s);
    // A new display name shows on the person's earlier entries too.
    QVERIFY2(m_service->setPriority(id, 2, Actor(u"mhorvat"_s, Actor::Origin::CommandLine).withDisplayName(u"Mojca Novak"_s), &error),
             qPrintable(error));
    QCOMPARE(ReportQueries(*m_store).history(id).at(1).whoName, u"Mojca Novak"_s);
}

QTEST_GUILESS_MAIN(tst_ReportService)
#include "tst_reportservice.moc"
