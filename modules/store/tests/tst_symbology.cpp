#include "Symbology.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

// A layer's style: read from outside with its limits, classifying features, written for QGIS.
class TestSymbology : public QObject
{
    Q_OBJECT

    static QJsonObject parse(const char *json) { return QJsonDocument::fromJson(json).object(); }

private slots:
    void categorisedRoundTripAndClasses()
    {
        const QJsonObject o = parse("{\"type\":\"categorised\",\"field\":\"hazard_class\",\"other_sl\":\"neznan\","
            "            \"symbol\":{\"color\":\"#7f8c8d\"},"
            "            \"classes\":[{\"value\":\"high\",\"label_sl\":\"velika\",\"label_en\":\"high\",\"symbol\":{\"color\":\"#a04000\",\"fill\":\"solid\"}},"
            "                       {\"value\":\"low\",\"label_sl\":\"majhna\",\"label_en\":\"low\",\"symbol\":{\"color\":\"#f0b27a\",\"fill\":\"b_diagonal\"}}]}");
        Symbology s;
        QString why;
        QVERIFY2(Symbology::fromJson(o, &s, &why), qPrintable(why));
        QCOMPARE(s.classes.size(), 2);
        QCOMPARE(s.classOf({{u"hazard_class"_s, u"low"_s}}), 1);
        QCOMPARE(s.classOf({{u"hazard_class"_s, u"high"_s}}), 0);
        // An unknown or missing value is drawn, in the "other" symbol.
        QCOMPARE(s.classOf({{u"hazard_class"_s, u"extreme"_s}}), -1);
        QCOMPARE(s.classOf({}), -1);
        QCOMPARE(s.symbols().size(), 3);
        Symbology back;
        QVERIFY(Symbology::fromJson(s.toJson(), &back, &why));
        QCOMPARE(back.toJson(), s.toJson());
        const QString qml = s.qgisQml(Symbology::Kind::Polygon);
        QVERIFY(qml.contains(u"type=\"categorizedSymbol\" attr=\"hazard_class\""_s));
        QVERIFY(qml.contains(u"value=\"low\" label=\"majhna\""_s));
        QVERIFY(qml.contains(u"\"b_diagonal\""_s));
        QVERIFY(qml.contains(u"160,64,0,"_s));
        QVERIFY(s.sld(u"flood"_s, Symbology::Kind::Polygon).contains(u"<ogc:Literal>high</ogc:Literal>"_s));
    }

    void graduatedRanges()
    {
        Symbology s;
        QString why;
        QVERIFY2(Symbology::fromJson(parse("{\"type\":\"graduated\",\"field\":\"power_w\",\"classes\":["
            "            {\"min\":0,\"max\":50,\"symbol\":{\"color\":\"#fad7a0\"}},{\"min\":50,\"max\":100,\"symbol\":{\"color\":\"#e67e22\"}}]}"), &s, &why),
                 qPrintable(why));
        QCOMPARE(s.classOf({{u"power_w"_s, 0}}), 0);
        QCOMPARE(s.classOf({{u"power_w"_s, 50}}), 1);
        QCOMPARE(s.classOf({{u"power_w"_s, 100}}), 1); // the last class includes its upper bound
        QCOMPARE(s.classOf({{u"power_w"_s, 101}}), -1);
        QCOMPARE(s.classOf({{u"power_w"_s, u"n/a"_s}}), -1);
        QVERIFY(s.qgisQml(Symbology::Kind::Point).contains(u"lower=\"50\" upper=\"100\""_s));
    }

    void rejectsWhatIsNotAStyle_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("type") << QByteArray("{\"type\":\"heatmap\"}");
        QTest::newRow("colour name") << QByteArray("{\"symbol\":{\"color\":\"red\"}}");
        QTest::newRow("colour markup") << QByteArray("{\"symbol\":{\"color\":\"<b>#fff</b>\"}}");
        QTest::newRow("huge size") << QByteArray("{\"symbol\":{\"size\":1e9}}");
        QTest::newRow("shape") << QByteArray("{\"symbol\":{\"shape\":\"../../etc/passwd\"}}");
        QTest::newRow("no field") << QByteArray("{\"type\":\"categorised\",\"classes\":[{\"value\":\"a\"}]}");
        QTest::newRow("no classes") << QByteArray("{\"type\":\"categorised\",\"field\":\"a\",\"classes\":[]}");
        QTest::newRow("min above max") << QByteArray("{\"type\":\"graduated\",\"field\":\"a\",\"classes\":[{\"min\":5,\"max\":1}]}");
        QTest::newRow("long label") << QByteArray("{\"type\":\"categorised\",\"field\":\"a\",\"classes\":[{\"value\":\"a\",\"label_sl\":\""
                                                  + QByteArray(500, 'x') + "\"}]}");
        QByteArray many = "{\"type\":\"categorised\",\"field\":\"a\",\"classes\":[";
        for (int i = 0; i < Symbology::kMaxClasses + 1; ++i)
            many += (i ? "," : "") + QByteArray("{\"value\":\"") + QByteArray::number(i) + "\"}";
        QTest::newRow("too many classes") << many + "]}";
    }

    void rejectsWhatIsNotAStyle()
    {
        QFETCH(QByteArray, json);
        Symbology s;
        QString why;
        QVERIFY(!Symbology::fromJson(QJsonDocument::fromJson(json).object(), &s, &why));
        QVERIFY(!why.isEmpty());
    }

    // Markup in a label or value reaches QGIS's XML escaped, never as elements.
    void escapesTextForQgis()
    {
        Symbology s;
        QString why;
        QVERIFY(Symbology::fromJson(parse("{\"type\":\"categorised\",\"field\":\"k\\\"x\",\"classes\":["
            "            {\"value\":\"<a>\",\"label_sl\":\"\\\"/><category value=\\\"pwn\",\"symbol\":{}}]}"), &s, &why));
        const QString qml = s.qgisQml(Symbology::Kind::Point);
        QVERIFY(!qml.contains(u"<a>"_s));
        QVERIFY(!qml.contains(u"value=\"pwn"_s));
        QCOMPARE(qml.count(u"<category "_s), 2); // the class and "all other values"
    }

    // The automatic variants of a domain differ from each other for the first 35 layers of a kind.
    void automaticVariantsDiffer()
    {
        for (const auto kind : {Symbology::Kind::Point, Symbology::Kind::Line, Symbology::Kind::Polygon}) {
            QList<Symbology> taken;
            for (int i = 0; i < 12; ++i) {
                const Symbology next = Symbology::nextAutomatic(QColor(0xd3, 0x54, 0x00), kind, 3, taken);
                for (const Symbology &t : taken)
                    QVERIFY(!(t.symbol == next.symbol));
                taken.append(next);
            }
        }
    }

    // Random bytes and random JSON never crash the reader and never give a style it would not write back.
    void fuzz()
    {
        QRandomGenerator rng(11);
        const QStringList keys = {u"type"_s, u"field"_s, u"symbol"_s, u"classes"_s, u"color"_s, u"shape"_s,
                                  u"min"_s, u"max"_s, u"value"_s, u"size"_s};
        std::function<QJsonValue(int)> value = [&](int depth) -> QJsonValue {
            switch (rng.bounded(depth > 3 ? 4 : 6)) {
            case 0: return QJsonValue(rng.generateDouble() * 1e6 - 5e5);
            case 1: return QJsonValue(QString::number(rng.generate(), 16));
            case 2: return QJsonValue(u"#%1"_s.arg(rng.bounded(0xffffff), 6, 16, QChar(u'0')));
            case 3: return QJsonValue(QStringList{u"single"_s, u"categorised"_s, u"graduated"_s, u"star"_s}.at(rng.bounded(4)));
            case 4: {
                QJsonArray a;
                for (int i = 0, n = rng.bounded(4); i < n; ++i)
                    a.append(value(depth + 1));
                return a;
            }
            default: {
                QJsonObject o;
                for (int i = 0, n = rng.bounded(5); i < n; ++i)
                    o.insert(keys.at(rng.bounded(keys.size())), value(depth + 1));
                return o;
            }
            }
        };
        for (int i = 0; i < 3000; ++i) {
            const QJsonValue v = value(0);
            Symbology s;
            QString why;
            if (Symbology::fromJson(v.toObject(), &s, &why)) {
                Symbology back;
                QVERIFY2(Symbology::fromJson(s.toJson(), &back, &why), qPrintable(why));
                QVERIFY(!s.qgisQml(Symbology::Kind::Polygon).isEmpty());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSymbology)
#include "tst_symbology.moc"
