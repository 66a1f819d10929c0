// ReportDetails and ReportFigures: the detail card's reads and the figures on a worker,
// against the same reads made directly, including a clerk stepping quickly through reports
// and a store that cannot be read.
#include "ExifLocation.h"
#include "ReportDetails.h"
#include "ReportTestUtils.h"
#include "ReportWorkflow.h"
#include "Store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ReportTestUtils;

class tst_ReportDetails : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    ReportWorkflow m_workflow;

    bool act(const QString &action, const QVariantList &ids, const QVariant &value = {})
    {
        QSignalSpy finished(&m_workflow, &ReportWorkflow::finished);
        m_workflow.perform(action, ids, value);
        return finished.wait(10000) && finished.first().value(2).toMap().isEmpty();
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"d.gpkg"_s);
        QVERIFY(newStore(m_path));
        const QString t = u"2026-10-01T08:00:00Z"_s;
        QList<QJsonObject> requests;
        for (int i = 0; i < 12; ++i)
            requests.append(request(u"d%1"_s.arg(i), i % 2 ? u"pothole"_s : u"graffiti"_s,
                                    QString::number(46.42 + i * 0.00002, 'f', 6), u"15.87"_s, t, t));
        requests[0].insert(u"media_url"_s, u"jama.jpg"_s);
        QVERIFY(writeFile(m_dir.filePath(u"jama.jpg"_s), ExifLocation::minimalJpegWithGps(15.87, 46.42)));
        const QString file = m_dir.filePath(u"requests.json"_s);
        QVERIFY(writeFile(file, toJson(requests)));
        m_workflow.setStorePath(m_path);
        m_workflow.setActor(Actor(u"ana"_s, Actor::Origin::CommandLine));
        QSignalSpy imported(&m_workflow, &ReportWorkflow::imported);
        m_workflow.importFile(file);
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.first().first().toMap().value(u"imported"_s).toInt(), 12);
    }

    void detailsArriveLikeTheDirectReads()
    {
        ReportDetails details;
        QCOMPARE(details.status(), ReportDetails::Null);
        details.setStorePath(m_path);
        QCOMPARE(details.status(), ReportDetails::Null); // no report yet
        details.setReportId(1);
        QCOMPARE(details.status(), ReportDetails::Loading);
        QTRY_COMPARE(details.status(), ReportDetails::Ready);
        QCOMPARE(details.progress(), 1.0);
        QCOMPARE(details.history(), m_workflow.history(1));
        QCOMPARE(details.duplicates(), m_workflow.duplicateCandidates(1, 50));
        QVERIFY(details.duplicates().size() >= 2); // the others within a few metres
        QCOMPARE(details.photos().size(), 1);
        QCOMPARE(details.photos(), m_workflow.photos(1));
        QCOMPARE(details.assets(), m_workflow.nearestAssets(1));

        // A write, then the revision bump reads the same report again.
        QVERIFY(act(u"note"_s, {1}, u"Ogled na kraju"_s));
        const qsizetype before = details.history().size();
        details.setRevision(details.revision() + 1);
        QTRY_COMPARE(details.history().size(), before + 1);
        QVERIFY(details.history().constLast().toMap().value(u"newValue"_s).toString().endsWith(u"Ogled na kraju"_s));

        // A smaller radius finds fewer duplicates.
        details.setDuplicateRadius(0.5);
        QTRY_COMPARE(details.duplicates(), m_workflow.duplicateCandidates(1, 0.5));
    }

    void steppingThroughReportsShowsTheLastOne()
    {
        ReportDetails details;
        details.setStorePath(m_path);
        QSignalSpy changed(&details, &ReportDetails::detailsChanged);
        // Twelve ↓ in a row, faster than the reads.
        for (qint64 id = 1; id <= 12; ++id)
            details.setReportId(id);
        QTRY_COMPARE(details.status(), ReportDetails::Ready);
        QCOMPARE(details.reportId(), 12);
        QCOMPARE(details.history(), m_workflow.history(12));
        QCOMPARE(details.duplicates(), m_workflow.duplicateCandidates(12, 50));
        // Not twelve readings: the ones asked for while another ran were replaced.
        QVERIFY2(changed.count() < 12, qPrintable(QString::number(changed.count())));
        // No report: nothing shown.
        details.setReportId(-1);
        QCOMPARE(details.status(), ReportDetails::Null);
        QVERIFY(details.history().isEmpty());
    }

    void anUnreadableStoreSaysWhy()
    {
        ReportDetails details;
        details.setStorePath(m_dir.filePath(u"missing/none.gpkg"_s));
        details.setReportId(1);
        QTRY_COMPARE(details.status(), ReportDetails::Error);
        QVERIFY(!details.errorString().isEmpty());
        QVERIFY(details.history().isEmpty());

        // A store without the reports tables.
        const QString bare = m_dir.filePath(u"bare.gpkg"_s);
        {
            QString error;
            QVERIFY2(Store::open(bare, Store::Mode::Create, &error), qPrintable(error));
        }
        ReportFigures figures;
        figures.setStorePath(bare);
        QTRY_VERIFY(figures.status() == ReportFigures::Error || figures.status() == ReportFigures::Ready);
        if (figures.status() == ReportFigures::Ready)
            QCOMPARE(figures.values().value(u"total"_s).toInt(), 0);
    }

    void figuresAreTheStoresFigures()
    {
        ReportFigures figures;
        QCOMPARE(figures.status(), ReportFigures::Null);
        figures.setStorePath(m_path);
        QTRY_COMPARE(figures.status(), ReportFigures::Ready);
        QCOMPARE(figures.values(), m_workflow.statistics());
        QCOMPARE(figures.values().value(u"total"_s).toInt(), 12);
        const int open = figures.values().value(u"open"_s).toInt();
        QVERIFY(act(u"resolve"_s, {2}, u"Urejeno."_s));
        // The old figures stay up while the new ones are computed.
        figures.refresh();
        QCOMPARE(figures.status(), ReportFigures::Loading);
        QCOMPARE(figures.values().value(u"open"_s).toInt(), open);
        QTRY_COMPARE(figures.status(), ReportFigures::Ready);
        QCOMPARE(figures.values().value(u"open"_s).toInt(), open - 1);
        QCOMPARE(figures.values().value(u"resolved"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ReportDetails)
#include "tst_reportdetails.moc"
