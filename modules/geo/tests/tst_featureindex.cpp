// FeatureGrid and LabelIndex against the plain scans they replace, on random layers.
#include "FeatureIndex.h"
#include "Text.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFeatureIndex : public QObject
{
    Q_OBJECT

private:
    static bool meets(const QRectF &a, const QRectF &b)
    {
        return a.left() <= b.right() && a.right() >= b.left() && a.top() <= b.bottom() && a.bottom() >= b.top();
    }

private slots:
    void gridFindsWhatAScanFinds()
    {
        QRandomGenerator random(7);
        QList<GeoFeature> features;
        for (int i = 0; i < 5000; ++i) {
            GeoFeature f;
            f.fid = i;
            const QPointF p(15.8 + random.bounded(0.15), 46.38 + random.bounded(0.1));
            switch (i % 4) {
            case 0: f.points = {p}; break;
            case 1: f.lines = {{p, p + QPointF(random.bounded(0.01), random.bounded(0.01))}}; break;
            case 2: {
                const double s = random.bounded(0.005);
                f.polygons = {{{p, p + QPointF(s, 0), p + QPointF(s, s), p}}};
                break;
            }
            default:
                if (i % 40 == 3) // a few that span the whole layer, one without geometry
                    f.polygons = {{{QPointF(15.79, 46.37), QPointF(15.96, 46.37), QPointF(15.96, 46.49),
                                    QPointF(15.79, 46.37)}}};
                else if (i != 7)
                    f.points = {p};
            }
            features.append(f);
        }
        const FeatureGrid grid(features);
        QCOMPARE(grid.size(), features.size());
        for (int q = 0; q < 300; ++q) {
            const QPointF c(15.78 + random.bounded(0.2), 46.37 + random.bounded(0.13));
            const double s = q % 3 == 0 ? 0 : random.bounded(0.02);
            const QRectF box(c, QSizeF(s, s));
            std::vector<std::uint32_t> expected;
            for (qsizetype i = 0; i < features.size(); ++i) {
                const auto b = features.at(i).bounds();
                if (b && meets(*b, box))
                    expected.push_back(std::uint32_t(i));
            }
            QCOMPARE(grid.candidates(box), expected);
        }
        // A point query exactly on a point finds it.
        const QPointF p = features.at(0).points.first();
        const auto hits = grid.candidates(QRectF(p, QSizeF(0, 0)));
        QVERIFY(std::find(hits.cbegin(), hits.cend(), 0u) != hits.cend());
        QVERIFY(grid.candidates(QRectF(0, 0, 1, 1)).empty());
        QVERIFY(FeatureGrid().candidates(QRectF(0, 0, 1, 1)).empty());
    }

    void labelsFindWhatAScanFinds()
    {
        const QStringList labels = {u"Grajenščak"_s, u"Ulica Grajenščak"_s, u"Podgrajenščak"_s, {},
                                    u"Drava"_s,      u"Stara Drava"_s,     u"Dravska ulica"_s, u"Zadravec drava"_s,
                                    u"Line\nbreak"_s};
        const LabelIndex index(labels);
        const auto names = [&](const std::vector<LabelIndex::Hit> &hits) {
            QStringList out;
            for (const auto &h : hits)
                out.append(labels.at(h.feature) + (h.wordStart ? u"^"_s : u""_s));
            return out;
        };
        QCOMPARE(names(index.find(Text::fold(u"grajensc"_s), 10)),
                 QStringList({u"Grajenščak^"_s, u"Ulica Grajenščak^"_s, u"Podgrajenščak"_s}));
        // A later word-start match of the same label counts, once.
        QCOMPARE(names(index.find(u"drav"_s, 10)),
                 QStringList({u"Drava^"_s, u"Stara Drava^"_s, u"Dravska ulica^"_s, u"Zadravec drava^"_s}));
        QCOMPARE(names(index.find(u"drav"_s, 2)), QStringList({u"Drava^"_s, u"Stara Drava^"_s}));
        // No match runs over from one label into the next.
        QVERIFY(index.find(u"k\nu"_s, 10).empty());
        QVERIFY(index.find(u"kulica"_s, 10).empty());
        QCOMPARE(names(index.find(u"break"_s, 10)), QStringList({u"Line\nbreak^"_s}));
        QVERIFY(index.find({}, 10).empty());
        QCOMPARE(index.folded(0), u"grajenscak"_s);
        QCOMPARE(index.folded(8), u"line break"_s);
        QCOMPARE(index.folded(3), QString());
        QVERIFY(index.folded(99).isEmpty());
        QVERIFY(LabelIndex().find(u"a"_s, 10).empty());

        // Against a scan, on many random labels.
        QRandomGenerator random(3);
        QStringList many;
        for (int i = 0; i < 3000; ++i) {
            QString s;
            for (int k = 0, n = 1 + random.bounded(12); k < n; ++k)
                s += QChar(u"abcčdrs š"[random.bounded(9)]);
            many.append(s);
        }
        const LabelIndex big(many);
        for (const QString &needle : {u"ab"_s, u"ča"_s, u"rs"_s, u"s d"_s, u"aaa"_s}) {
            const QString folded = Text::fold(needle);
            std::vector<std::uint32_t> expectedStarts, expectedInside;
            for (qsizetype i = 0; i < many.size(); ++i) {
                const QString label = Text::fold(many.at(i));
                bool any = false, start = false;
                for (qsizetype at = label.indexOf(folded); at >= 0; at = label.indexOf(folded, at + 1)) {
                    any = true;
                    start = start || at == 0 || label.at(at - 1) == u' ';
                }
                if (any)
                    (start ? expectedStarts : expectedInside).push_back(std::uint32_t(i));
            }
            std::vector<std::uint32_t> gotStarts, gotInside;
            for (const auto &h : big.find(folded, 100000))
                (h.wordStart ? gotStarts : gotInside).push_back(h.feature);
            QCOMPARE(gotStarts, expectedStarts);
            QCOMPARE(gotInside, expectedInside);
        }
    }

    void cancelledSearchStops()
    {
        QStringList labels;
        for (int i = 0; i < 200000; ++i)
            labels.append(u"x"_s);
        const LabelIndex index(labels);
        std::atomic_bool cancelled = true;
        QVERIFY(qsizetype(index.find(u"x"_s, 1000000, &cancelled).size()) < labels.size());
        cancelled = false;
        QCOMPARE(qsizetype(index.find(u"x"_s, 1000000, &cancelled).size()), labels.size());
    }
};

QTEST_GUILESS_MAIN(TestFeatureIndex)
#include "tst_featureindex.moc"
