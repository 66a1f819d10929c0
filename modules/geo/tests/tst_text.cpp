#include "Text.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_Text : public QObject
{
    Q_OBJECT

private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("Slovene carons") << u"Šolska ulica Čž"_s << u"solska ulica cz"_s;
        QTest::newRow("place name") << u"Grajenščak"_s << u"grajenscak"_s;
        QTest::newRow("đ has no decomposition") << u"Đurđevac"_s << u"durdevac"_s;
        QTest::newRow("umlauts and capitals") << u"ÜBER Öl"_s << u"uber ol"_s;
        QTest::newRow("already folded") << u"zascita"_s << u"zascita"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void fold()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(Text::fold(text), folded);
    }
};

QTEST_APPLESS_MAIN(tst_Text)
#include "tst_text.moc"
