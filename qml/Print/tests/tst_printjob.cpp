// A print runs the console's own render command as a separate process (the GUI never
// waits for it): a PNG and a PDF of the sample store's map, a target that cannot be written
// reported with the renderer's reason, a missing program reported, and a start while a print
// runs ignored.
#include "PrintJob.h"

#include <QFile>
#include <QGeoRectangle>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_PrintJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;

    static QByteArray head(const QString &path, int n)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
    }

private slots:
    void initTestCase()
    {
        m_store = m_dir.filePath(u"ptuj.gpkg"_s);
        QVERIFY(QFile::copy(QStringLiteral(PTUJ_DATA_DIR "/ptuj.gpkg"), m_store));
    }

    void printsAPngAndAPdf()
    {
        PrintJob job;
        job.setProgram(QStringLiteral(PTUJ_CONSOLE_BINARY));
        QCOMPARE(job.status(), PrintJob::Null);
        const QGeoRectangle town(QGeoCoordinate(46.43, 15.86), QGeoCoordinate(46.41, 15.88));
        job.start(m_store, m_dir.filePath(u"map.png"_s), u"Staro mestno jedro"_s, {u"naselja"_s, u"obcina_meja"_s}, town);
        QCOMPARE(job.status(), PrintJob::Running);
        // A second print while one runs is ignored.
        job.start(m_store, m_dir.filePath(u"other.png"_s), u"x"_s, {}, {});
        QTRY_VERIFY_WITH_TIMEOUT(job.status() != PrintJob::Running, 60000);
        QCOMPARE(job.status(), PrintJob::Ready);
        QCOMPARE(job.output(), m_dir.filePath(u"map.png"_s));
        QCOMPARE(head(job.output(), 8), QByteArray("\x89PNG\r\n\x1a\n", 8));
        QVERIFY(!QFile::exists(m_dir.filePath(u"other.png"_s)));

        job.start(m_store, QUrl::fromLocalFile(m_dir.filePath(u"map.pdf"_s)).toString(), u"Ptuj"_s, {}, {});
        QTRY_VERIFY_WITH_TIMEOUT(job.status() != PrintJob::Running, 60000);
        QCOMPARE(job.status(), PrintJob::Ready);
        QCOMPARE(head(m_dir.filePath(u"map.pdf"_s), 5), QByteArray("%PDF-"));
    }

    void pagesAndPreview()
    {
        PrintJob job;
        job.setProgram(QStringLiteral(PTUJ_CONSOLE_BINARY));
        const QString pdf = m_dir.filePath(u"a3.pdf"_s);
        job.start(m_store, pdf, u"Poplava"_s, {u"obcina_meja"_s, u"drava"_s}, {},
                  {{u"page"_s, u"A3"_s}, {u"orientation"_s, u"portrait"_s}, {u"subtitle"_s, u"Stanje ob 14.00"_s},
                   {u"legend"_s, false}});
        QTRY_VERIFY_WITH_TIMEOUT(job.status() != PrintJob::Running, 60000);
        QVERIFY2(job.status() == PrintJob::Ready, qPrintable(job.errorString()));
        if (!QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty()) {
            QProcess info;
            info.start(u"pdfinfo"_s, {pdf});
            QVERIFY(info.waitForFinished(30000));
            const QString out = QString::fromUtf8(info.readAllStandardOutput());
            QVERIFY2(out.contains(u"842 x 1191 pts (A3)"_s) || out.contains(u"841.89 x 1190.55 pts (A3)"_s), qPrintable(out));
            QProcess text;
            text.start(u"pdftotext"_s, {pdf, u"-"_s});
            QVERIFY(text.waitForFinished(30000));
            const QString words = QString::fromUtf8(text.readAllStandardOutput());
            QVERIFY2(words.contains(u"Stanje ob 14.00"_s), qPrintable(words));
            QVERIFY2(!words.contains(u"Legend"_s), "the legend was to be left off");
        }

        // What the map shows over its layers goes onto the paper: the measured line with its
        // figure, a report cell with its count.
        const QVariantList marks = {
            QVariantMap{{u"type"_s, u"Feature"_s},
                        {u"geometry"_s, QVariantMap{{u"type"_s, u"LineString"_s},
                                                    {u"coordinates"_s, QVariantList{QVariantList{15.86, 46.41},
                                                                                    QVariantList{15.88, 46.42}}}}},
                        {u"properties"_s, QVariantMap{{u"mark"_s, u"measure"_s}, {u"label"_s, u"1,937 km"_s}}}},
            QVariantMap{{u"type"_s, u"Feature"_s},
                        {u"geometry"_s, QVariantMap{{u"type"_s, u"Point"_s}, {u"coordinates"_s, QVariantList{15.87, 46.415}}}},
                        {u"properties"_s, QVariantMap{{u"mark"_s, u"report"_s}, {u"color"_s, u"#c0392b"_s}, {u"label"_s, u"17"_s}}}}};
        const QString marked = m_dir.filePath(u"marked.pdf"_s);
        PrintJob withMarks;
        withMarks.setProgram(QStringLiteral(PTUJ_CONSOLE_BINARY));
        withMarks.start(m_store, marked, u"Poplava"_s, {}, {}, {{u"marks"_s, marks}});
        QTRY_VERIFY_WITH_TIMEOUT(withMarks.status() != PrintJob::Running, 60000);
        QVERIFY2(withMarks.status() == PrintJob::Ready, qPrintable(withMarks.errorString()));
        if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
            QProcess text;
            text.start(u"pdftotext"_s, {marked, u"-"_s});
            QVERIFY(text.waitForFinished(30000));
            const QString words = QString::fromUtf8(text.readAllStandardOutput());
            QVERIFY2(words.contains(u"1,937 km"_s) && words.contains(u"17"_s), qPrintable(words));
            QVERIFY2(words.contains(u"Measured"_s) || words.contains(u"Izmerjeno"_s), "the legend names the marks");
        }

        // Previews: small PNGs in temporary files, a newer one replacing the one before.
        PrintJob preview;
        preview.setProgram(QStringLiteral(PTUJ_CONSOLE_BINARY));
        preview.preview(m_store, u"Poplava"_s, {}, {}, {{u"page"_s, u"A4"_s}});
        preview.preview(m_store, u"Poplava"_s, {}, {}, {{u"page"_s, u"A4"_s}, {u"orientation"_s, u"portrait"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(preview.status() == PrintJob::Ready && preview.output().endsWith(u"-2.png"_s), 60000);
        const QImage small(preview.output());
        QCOMPARE(small.size(), QSize(331, 468)); // A4 portrait at 40 dpi
        const QString first = preview.output().replace(u"-2.png"_s, u"-1.png"_s);
        QVERIFY2(!QFile::exists(first), "the older preview is removed");
    }

    void failuresSayWhy()
    {
        PrintJob job;
        job.setProgram(QStringLiteral(PTUJ_CONSOLE_BINARY));
        job.start(m_store, u"/nonexistent/folder/x.pdf"_s, u"x"_s, {}, {});
        QTRY_VERIFY_WITH_TIMEOUT(job.status() != PrintJob::Running, 60000);
        QCOMPARE(job.status(), PrintJob::Error);
        QVERIFY2(job.errorString().contains(u"does not exist"_s), qPrintable(job.errorString()));

        // A marks file that is not what the window writes is refused with the reason.
        const QString marks = m_dir.filePath(u"evil-marks.geojson"_s);
        QFile file(marks);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", "
                   "\"properties\": {\"mark\": \"x\"}, "
                   "\"geometry\": {\"type\": \"Point\", \"coordinates\": [15.87, 46.42]}}]}");
        file.close();
        QProcess render;
        render.start(QStringLiteral(PTUJ_CONSOLE_BINARY), {u"render"_s, u"--store"_s, m_store, u"--out"_s,
                                                           m_dir.filePath(u"m.pdf"_s), u"--marks"_s, marks});
        QVERIFY(render.waitForFinished(60000));
        QCOMPARE(render.exitCode(), 2);
        QVERIFY2(render.readAllStandardError().contains("report, selection or measure"), "says which marks there are");
        QVERIFY(!QFile::exists(m_dir.filePath(u"m.pdf"_s)));

        PrintJob missing;
        missing.setProgram(m_dir.filePath(u"no-such-program"_s));
        missing.start(m_store, m_dir.filePath(u"y.png"_s), u"y"_s, {}, {});
        QTRY_VERIFY_WITH_TIMEOUT(missing.status() != PrintJob::Running, 10000);
        QCOMPARE(missing.status(), PrintJob::Error);
        QVERIFY(!missing.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PrintJob)
#include "tst_printjob.moc"
