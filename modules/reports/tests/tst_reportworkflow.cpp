#include "ExifLocation.h"
#include "ReportTestUtils.h"
#include "ReportWorkflow.h"
#include "Store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ReportTestUtils;

class tst_ReportWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bulkActionsReportPerId();
    void detailCardReads();
    void undoTakesBackTheLastAction();

private:
    QList<QVariant> run(const QString &action, const QVariantList &ids, const QVariant &value = {});
    QTemporaryDir m_dir;
    QString m_path;
    ReportWorkflow m_workflow;
};

void tst_ReportWorkflow::initTestCase()
{
    m_path = m_dir.filePath(u"w.gpkg"_s);
    QVERIFY(newStore(m_path));
    const QString t = u"2026-10-01T08:00:00Z"_s;
    QList<QJsonObject> requests = {request(u"w1"_s, u"pothole"_s, u"46.42"_s, u"15.87"_s, t, t),
                                   request(u"w2"_s, u"pothole"_s, u"46.42005"_s, u"15.87005"_s, t, t),
                                   request(u"w3"_s, u"graffiti"_s, u"46.421"_s, u"15.871"_s, t, t)};
    requests[0].insert(u"media_url"_s, u"jama.jpg"_s);
    QVERIFY(writeFile(m_dir.filePath(u"jama.jpg"_s), ExifLocation::minimalJpegWithGps(15.87, 46.42)));
    const QString file = m_dir.filePath(u"requests.json"_s);
    QVERIFY(writeFile(file, toJson(requests)));

    m_workflow.setStorePath(m_path);
    m_workflow.setActor(Actor(u"ana"_s, Actor::Origin::CommandLine));
    QCOMPARE(m_workflow.status(), ReportWorkflow::Ready);
    QSignalSpy imported(&m_workflow, &ReportWorkflow::imported);
    m_workflow.importFile(file);
    QCOMPARE(m_workflow.status(), ReportWorkflow::Loading);
    QTRY_COMPARE(imported.count(), 1);
    const QVariantMap summary = imported.first().first().toMap();
    QVERIFY2(summary.value(u"ok"_s).toBool(), qPrintable(summary.value(u"error"_s).toString()));
    QCOMPARE(summary.value(u"imported"_s).toInt(), 3);
    QCOMPARE(m_workflow.status(), ReportWorkflow::Ready);
}

QList<QVariant> tst_ReportWorkflow::run(const QString &action, const QVariantList &ids, const QVariant &value)
{
    QSignalSpy finished(&m_workflow, &ReportWorkflow::finished);
    m_workflow.perform(action, ids, value);
    if (!finished.wait(10000))
        return {};
    return finished.first();
}

void tst_ReportWorkflow::bulkActionsReportPerId()
{
    QList<QVariant> r = run(u"acknowledge"_s, {1, 2});
    QCOMPARE(r.value(0).toString(), u"acknowledge"_s);
    QCOMPARE(r.value(1).toList(), (QVariantList{1, 2}));
    QVERIFY(r.value(2).toMap().isEmpty());

    r = run(u"resolve"_s, {1, 3}, QString());
    QVERIFY(r.value(1).toList().isEmpty());
    QCOMPARE(r.value(2).toMap().size(), 2);
    QVERIFY2(r.value(2).toMap().value(u"3"_s).toString().contains(u"needs a public answer"_s),
             qPrintable(r.value(2).toMap().value(u"3"_s).toString()));

    r = run(u"assign"_s, {2, 3}, u"kp_ptuj"_s);
    QCOMPARE(r.value(1).toList(), (QVariantList{2, 3}));
    r = run(u"duplicate"_s, {2}, 1);
    QCOMPARE(r.value(1).toList(), (QVariantList{2}));
    r = run(u"resolve"_s, {1}, u"Urejeno."_s);
    QCOMPARE(r.value(1).toList(), (QVariantList{1}));
    r = run(u"fly"_s, {1});
    QCOMPARE(r.value(2).toMap().value(u"1"_s).toString(), u"unknown action 'fly'"_s);

    const QVariantList history = m_workflow.history(1);
    QCOMPARE(history.constLast().toMap().value(u"who"_s).toString(), u"ana"_s);
    // The answer, then the language it is in (the report's).
    QCOMPARE(history.at(history.size() - 2).toMap().value(u"newValue"_s).toString(), u"Urejeno."_s);
    QCOMPARE(history.constLast().toMap().value(u"field"_s).toString(), u"answer_language"_s);
    QCOMPARE(history.constLast().toMap().value(u"newValue"_s).toString(), u"sl"_s);
}

void tst_ReportWorkflow::detailCardReads()
{
    const QVariantList duplicates = m_workflow.duplicateCandidates(1, 50);
    QCOMPARE(duplicates.size(), 0);  // w2 is already marked a duplicate of w1
    const QVariantList photos = m_workflow.photos(1);
    QCOMPARE(photos.size(), 1);
    QCOMPARE(photos.first().toMap().value(u"mimeType"_s).toString(), u"image/jpeg"_s);
    QVERIFY(photos.first().toMap().value(u"source"_s).toString().startsWith(u"data:image/jpeg;base64,/9j/"_s));
    QCOMPARE(m_workflow.replyTemplates().size(), 5);
    QVERIFY(m_workflow.services().size() >= 5);
    QCOMPARE(m_workflow.statistics().value(u"total"_s).toInt(), 3);
    QCOMPARE(m_workflow.statuses().size(), 7);
    QVERIFY(m_workflow.whyNot(u"rejected"_s, u"resolved"_s).contains(u"reopen"_s));
    QVERIFY(m_workflow.whyNot(u"new"_s, u"acknowledged"_s).isEmpty());
    QVERIFY(m_workflow.nearestAssets(1).isEmpty());  // no asset layers in this store
}

void tst_ReportWorkflow::undoTakesBackTheLastAction()
{
    const auto lastOf = [this](qint64 id) { return m_workflow.history(id).constLast().toMap(); };
    QList<QVariant> r = run(u"priority"_s, {3}, 1);
    QCOMPARE(r.value(1).toList(), (QVariantList{3}));
    QCOMPARE(lastOf(3).value(u"newValue"_s).toString(), u"1"_s);
    const QString before = lastOf(3).value(u"oldValue"_s).toString();
    QVERIFY(before != u"1"_s);
    QVERIFY(m_workflow.canUndo());
    QCOMPARE(m_workflow.undoAction(), u"priority"_s);
    // A refused action leaves the last change to undo.
    run(u"fly"_s, {3});
    QCOMPARE(m_workflow.undoAction(), u"priority"_s);

    const qsizetype entries = m_workflow.history(3).size();
    QSignalSpy finished(&m_workflow, &ReportWorkflow::finished);
    m_workflow.undo();
    QVERIFY(!m_workflow.canUndo());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().value(0).toString(), u"undo"_s);
    QCOMPARE(finished.first().value(1).toList(), (QVariantList{3}));
    const QVariantList history = m_workflow.history(3);
    QCOMPARE(history.size(), entries + 1);
    const QVariantMap undone = history.constLast().toMap();
    QCOMPARE(undone.value(u"action"_s).toString(), u"undo"_s);
    QCOMPARE(undone.value(u"who"_s).toString(), u"ana"_s);
    QCOMPARE(undone.value(u"field"_s).toString(), u"priority"_s);
    QCOMPARE(undone.value(u"oldValue"_s).toString(), u"1"_s);
    QCOMPARE(undone.value(u"newValue"_s).toString(), before);
    // An undo is not undone again.
    QVERIFY(!m_workflow.canUndo());
}

QTEST_GUILESS_MAIN(tst_ReportWorkflow)
#include "tst_reportworkflow.moc"
