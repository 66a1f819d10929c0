#include "NestingDepth.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class tst_NestingDepth : public QObject
{
    Q_OBJECT

private slots:
    void json_data();
    void json();
    void xml_data();
    void xml();
    void checksNameTheOrigin();
};

void tst_NestingDepth::json_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("depth");
    QTest::newRow("flat") << QByteArray(R"([{"a":1},{"b":[1,2]}])") << 3;
    QTest::newRow("brackets in strings do not count") << QByteArray(R"({"a":"[[[[{{{{"})") << 1;
    QTest::newRow("escaped quote keeps the string open") << QByteArray(R"({"a":"\"[[["})") << 1;
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("unbalanced close") << QByteArray("]]]}}}[") << 1;
    QTest::newRow("deep stops past the limit") << QByteArray(100000, '[') << InputPolicy::kMaxNestingDepth + 1;
}

void tst_NestingDepth::json()
{
    QFETCH(QByteArray, data);
    QFETCH(int, depth);
    QCOMPARE(NestingDepth::json(data), depth);
}

void tst_NestingDepth::xml_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("depth");
    QTest::newRow("open311") << QByteArray("<service_requests><request><lat>46</lat></request></service_requests>") << 3;
    QTest::newRow("comment and cdata do not count")
        << QByteArray("<a><!-- <b><c> --><![CDATA[<d><e>]]></a>") << 1;
    QByteArray deep;
    for (int i = 0; i < 100000; ++i)
        deep += "<a>";
    QTest::newRow("100,000 deep stops past the limit") << deep << InputPolicy::kMaxNestingDepth + 1;
    QTest::newRow("broken syntax returns the depth so far") << QByteArray("<a><b></c>") << 2;
}

void tst_NestingDepth::xml()
{
    QFETCH(QByteArray, data);
    QFETCH(int, depth);
    QCOMPARE(NestingDepth::xml(data), depth);
}

void tst_NestingDepth::checksNameTheOrigin()
{
    QVERIFY(NestingDepth::checkJson(QByteArray(200, '{'), u"requests.json"_s).contains(u"requests.json"_s));
    QVERIFY(NestingDepth::checkJson(QByteArray(200, '{'), u"x"_s).contains(u"nested"_s));
    QVERIFY(NestingDepth::checkJson("[[1]]", u"x"_s).isEmpty());
    QByteArray deep;
    for (int i = 0; i < 200; ++i)
        deep += "<e>";
    QVERIFY(NestingDepth::checkXml(deep, u"feed.xml"_s).contains(u"feed.xml"_s));
    QVERIFY(NestingDepth::checkXml("<a/>", u"x"_s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_NestingDepth)
#include "tst_nestingdepth.moc"
