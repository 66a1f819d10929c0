// An import from the dialog runs on a worker with progress: a GeoJSON file lands as a layer
// with its report, a broken file is refused with the reason and leaves the store as it was,
// and a cancelled import leaves no layer behind.
#include "ImportJob.h"
#include "Store.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ImportJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;

    QStringList layers() const
    {
        QString error;
        auto store = Store::open(m_store, Store::Mode::ReadOnly, &error);
        QStringList out;
        if (store)
            for (const CatalogueEntry &e : store->catalogue())
                out.append(e.layer);
        return out;
    }
    bool write(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

private slots:
    void initTestCase()
    {
        m_store = m_dir.filePath(u"ptuj.gpkg"_s);
        QVERIFY(QFile::copy(QStringLiteral(PTUJ_DATA_DIR "/ptuj.gpkg"), m_store));
        QFile::setPermissions(m_store, QFile::ReadOwner | QFile::WriteOwner);
    }

    void importsAFile()
    {
        const QByteArray benches =
            "{\"type\": \"FeatureCollection\", \"features\": ["
            "{\"type\": \"Feature\", \"properties\": {\"name\": \"Klop ob Dravi\"},"
            " \"geometry\": {\"type\": \"Point\", \"coordinates\": [15.871, 46.418]}},"
            "{\"type\": \"Feature\", \"properties\": {\"name\": \"Klop v parku\"},"
            " \"geometry\": {\"type\": \"Point\", \"coordinates\": [15.874, 46.421]}}]}";
        QVERIFY(write(u"klopi.geojson"_s, benches));
        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        QSignalSpy progress(&job, &ImportJob::progressChanged);
        job.start(m_store, QUrl::fromLocalFile(m_dir.filePath(u"klopi.geojson"_s)),
                  {{u"domain"_s, u"tourism"_s}, {u"layer"_s, u"klopi"_s}, {u"title_sl"_s, u"Klopi"_s}});
        QCOMPARE(job.status(), ImportJob::Running);
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.status(), ImportJob::Ready);
        QCOMPARE(job.report().value(u"imported"_s).toInt(), 2);
        QCOMPARE(job.report().value(u"rejected"_s).toInt(), 0);
        QCOMPARE(job.progress(), 1.0);
        QVERIFY(progress.count() >= 1);
        QVERIFY(layers().contains(u"klopi"_s));
    }

    void aBrokenFileChangesNothing()
    {
        const QStringList before = layers();
        const QByteArray broken = "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geom";
        QVERIFY(write(u"broken.geojson"_s, broken));
        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start(m_store, QUrl::fromLocalFile(m_dir.filePath(u"broken.geojson"_s)),
                  {{u"domain"_s, u"tourism"_s}, {u"layer"_s, u"pokvarjeno"_s}});
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.status(), ImportJob::Error);
        QVERIFY(!job.errorString().isEmpty());
        QCOMPARE(layers(), before);
    }

    void aCancelledImportLeavesNoLayer()
    {
        QByteArray csv = "x,y,name\n";
        for (int i = 0; i < 300000; ++i)
            csv += QByteArray::number(15.80 + (i % 1000) * 0.0001) + ',' + QByteArray::number(46.40 + (i / 1000) * 0.0001)
                   + ",t" + QByteArray::number(i) + '\n';
        QVERIFY(write(u"many.csv"_s, csv));
        const QStringList before = layers();
        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start(m_store, QUrl::fromLocalFile(m_dir.filePath(u"many.csv"_s)),
                  {{u"domain"_s, u"tourism"_s}, {u"layer"_s, u"mnogo"_s}, {u"sourceCrs"_s, u"EPSG:4326"_s}});
        job.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(job.status(), ImportJob::Cancelled);
        QCOMPARE(layers(), before);
    }
};

QTEST_GUILESS_MAIN(tst_ImportJob)
#include "tst_importjob.moc"
