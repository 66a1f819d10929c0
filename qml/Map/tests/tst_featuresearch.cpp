// Search as you type and identify off the GUI thread (FeatureSearch, MapLayers::
// searchLater/identifyLater) over the sample store: the same answers as the direct calls,
// only the latest text's answer shown, cancellation, and the status vocabulary.
#include "FeatureSearch.h"
#include "MapFinder.h"
#include "MapLayers.h"

#include <QFile>
#include <QGeoCoordinate>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_FeatureSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MapLayers m_layers;

    static QStringList labels(const QVariantList &hits)
    {
        QStringList out;
        for (const QVariant &h : hits)
            out.append(h.toMap().value(u"layer"_s).toString() + u'/' + h.toMap().value(u"label"_s).toString());
        return out;
    }

private slots:
    void initTestCase()
    {
        const QString store = m_dir.filePath(u"ptuj.gpkg"_s);
        QVERIFY(QFile::copy(QStringLiteral(PTUJ_DATA_DIR "/ptuj.gpkg"), store));
        m_layers.setStorePath(store);
        QTRY_COMPARE_WITH_TIMEOUT(m_layers.status(), MapLayers::Ready, 30000);
    }

    void searchAnswersLikeTheDirectCall()
    {
        FeatureSearch search;
        QCOMPARE(search.status(), FeatureSearch::Null);
        search.setLayers(&m_layers);
        search.setLimit(12);
        search.setText(u"drava"_s);
        QCOMPARE(search.status(), FeatureSearch::Loading);
        QTRY_COMPARE(search.status(), FeatureSearch::Ready);
        QCOMPARE(search.progress(), 1.0);
        QVERIFY(!search.results().isEmpty());
        QCOMPARE(labels(search.results()), labels(m_layers.search(u"drava"_s, 12)));
        // Without diacritics and case, names that start with the text first.
        search.setText(u"GRAJENSC"_s);
        QTRY_COMPARE(search.status(), FeatureSearch::Ready);
        QVERIFY2(labels(search.results()).contains(u"naselja/Grajenščak"_s), qPrintable(labels(search.results()).join(u", "_s)));
        const QString first = search.results().first().toMap().value(u"label"_s).toString().toLower();
        QVERIFY2(first.startsWith(u"grajenšč"_s) || first.contains(u" grajenšč"_s), qPrintable(first));
    }

    void placeNamesComeFirst()
    {
        // "grajenscak" is the village's name exactly: the village first, before the vineyard
        // and the chapel that carry its name; then what starts with it; then the rest.
        const QVariantList hits = m_layers.search(u"grajenscak"_s, 12);
        QVERIFY(hits.size() >= 3);
        QCOMPARE(hits.first().toMap().value(u"label"_s).toString(), u"Grajenščak"_s);
        QCOMPARE(hits.first().toMap().value(u"layer"_s).toString(), u"naselja"_s);
        // A settlement that starts with the text before a vineyard whose second word does.
        const QStringList order = labels(m_layers.search(u"grajena"_s, 12));
        QVERIFY2(order.first() == u"naselja/Grajena"_s, qPrintable(order.join(u", "_s)));
        QVERIFY(m_layers.search(u"qqqzzz"_s, 12).isEmpty());
    }

    void onlyTheLatestTextIsAnswered()
    {
        FeatureSearch search;
        search.setLayers(&m_layers);
        QSignalSpy results(&search, &FeatureSearch::resultsChanged);
        // A clerk typing "spuhlja" letter by letter, faster than any search.
        const QString word = u"spuhlja"_s;
        for (qsizetype n = 1; n <= word.size(); ++n)
            search.setText(word.left(n));
        QTRY_COMPARE(search.status(), FeatureSearch::Ready);
        QCOMPARE(labels(search.results()), labels(m_layers.search(word, 20)));
        QVERIFY(!search.results().isEmpty());
        // One answer, not one per letter.
        QCOMPARE(results.count(), 1);

        // One letter is no search; clear() forgets text and results.
        search.setText(u"s"_s);
        QCOMPARE(search.status(), FeatureSearch::Null);
        QVERIFY(search.results().isEmpty());
        search.setText(u"ptuj"_s);
        search.clear();
        QCOMPARE(search.text(), QString());
        QCOMPARE(search.status(), FeatureSearch::Null);
        QTest::qWait(200);
        QVERIFY2(search.results().isEmpty(), "an answer for a cleared text arrived");
    }

    void aCancelledSearchStops()
    {
        auto cancelled = std::make_shared<std::atomic_bool>(true);
        const QVariantList none = m_layers.searchLater(u"ptuj"_s, 1000, cancelled).result();
        const QVariantList all = m_layers.searchLater(u"ptuj"_s, 1000).result();
        QVERIFY(!all.isEmpty());
        QVERIFY(none.size() <= all.size());
    }

    void identifyLaterAnswersLikeIdentify()
    {
        const QGeoCoordinate ptuj(46.420, 15.870);
        const QVariantList direct = m_layers.identify(ptuj, 30);
        QVERIFY(!direct.isEmpty());
        QCOMPARE(labels(m_layers.identifyLater(ptuj, 30).result()), labels(direct));
        QVERIFY(m_layers.identifyLater(QGeoCoordinate(), 30).result().isEmpty());
        // Far outside every layer.
        QVERIFY(m_layers.identifyLater(QGeoCoordinate(10, 10), 30).result().isEmpty());
    }

    void loadingShowsProgressAndCanBeCancelled()
    {
        MapLayers layers;
        QSignalSpy progress(&layers, &MapLayers::progressChanged);
        layers.setStorePath(m_layers.storePath());
        QCOMPARE(layers.status(), MapLayers::Loading);
        QCOMPARE(layers.progress(), 0.0);
        // Cancelled before the first layer is read: nothing is shown, and it says why.
        layers.cancel();
        QTRY_VERIFY(layers.status() != MapLayers::Loading);
        QCOMPARE(layers.status(), MapLayers::Null);
        QVERIFY(layers.layerNames().isEmpty());
        QVERIFY(!layers.errorString().isEmpty());
        // Loaded again, to the end: progress reaches 1 and the layers are there.
        layers.reload();
        QTRY_COMPARE(layers.status(), MapLayers::Ready);
        QCOMPARE(layers.progress(), 1.0);
        QVERIFY(progress.count() >= 2);
        QCOMPARE(layers.layerNames(), m_layers.layerNames());
        // A cancel after the load changes nothing.
        layers.cancel();
        QCOMPARE(layers.status(), MapLayers::Ready);
    }

    void theFinderAnswersTheLatestQuestion()
    {
        MapFinder finder;
        QCOMPARE(finder.status(), MapFinder::Null);
        finder.identify(QGeoCoordinate(46.42, 15.87), 30);
        QCOMPARE(finder.status(), MapFinder::Error); // no layers yet
        QVERIFY(!finder.errorString().isEmpty());
        finder.setLayers(&m_layers);
        QSignalSpy answered(&finder, &MapFinder::answered);
        const QGeoCoordinate ptuj(46.420, 15.870);
        // Two quick clicks: only the second is answered.
        finder.identify(QGeoCoordinate(46.45, 15.91), 30, u"first"_s);
        finder.identify(ptuj, 30, u"second"_s);
        QCOMPARE(finder.status(), MapFinder::Loading);
        QTRY_COMPARE(finder.status(), MapFinder::Ready);
        QTest::qWait(100);
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.first().at(1).toString(), u"second"_s);
        QCOMPARE(labels(answered.first().at(0).toList()), labels(m_layers.identify(ptuj, 30)));

        // Inside a triangle and inside an area feature, as the direct calls answer.
        const QVariantList triangle = {QVariant::fromValue(ptuj), QVariant::fromValue(QGeoCoordinate(46.4533, 15.9100)),
                                       QVariant::fromValue(QGeoCoordinate(46.4390, 15.9300))};
        answered.clear();
        finder.inside(triangle);
        QTRY_COMPARE(answered.count(), 1);
        QCOMPARE(labels(answered.first().at(0).toList()), labels(m_layers.inside(triangle)));
        QVERIFY(!answered.first().at(0).toList().isEmpty());
        const QVariantList hits = m_layers.identify(ptuj, 1);
        const auto area = std::find_if(hits.cbegin(), hits.cend(), [](const QVariant &h) { return h.toMap().value(u"isArea"_s).toBool(); });
        QVERIFY(area != hits.cend());
        const QString layer = area->toMap().value(u"layer"_s).toString();
        const qint64 fid = area->toMap().value(u"fid"_s).toLongLong();
        answered.clear();
        finder.insideFeature(layer, fid);
        QTRY_COMPARE(answered.count(), 1);
        QCOMPARE(labels(answered.first().at(0).toList()), labels(m_layers.insideFeature(layer, fid)));
        // Too few corners, an unknown feature: an empty answer, not an error.
        answered.clear();
        finder.inside({QVariant::fromValue(ptuj)});
        QTRY_COMPARE(answered.count(), 1);
        QVERIFY(answered.first().at(0).toList().isEmpty());
        QCOMPARE(finder.status(), MapFinder::Ready);
    }
};

QTEST_MAIN(tst_FeatureSearch)
#include "tst_featuresearch.moc"
