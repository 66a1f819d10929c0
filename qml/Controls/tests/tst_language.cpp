// The UI language: Slovenian by default, English on request, the choice remembered (but not
// a --lang start), unknown codes ignored, and the translations really switch.
#include "Language.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Language : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

    static QString cancel() { return QCoreApplication::translate("LoadingBanner", "Cancel"); }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(u"ptuj-test"_s);
        QCoreApplication::setApplicationName(u"tst_language"_s);
        QSettings().clear();
    }

    void switchesAndRemembers()
    {
        {
            QQmlEngine engine;
            Language *language = Language::create(&engine, nullptr);
            QVERIFY(language);
            QCOMPARE(language->available(), QStringList({u"sl"_s, u"en"_s}));
            QCOMPARE(language->code(), u"sl"_s);
            QCOMPARE(cancel(), u"Prekliči"_s);
            QCOMPARE(QLocale().language(), QLocale::Slovenian);
            QSignalSpy changed(language, &Language::codeChanged);
            language->setCode(u"en"_s);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(cancel(), u"Cancel"_s);
            QCOMPARE(QLocale().language(), QLocale::English);
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"xx"_s));
            language->setCode(u"xx"_s);
            QCOMPARE(language->code(), u"en"_s);
            QCOMPARE(changed.count(), 1);
            delete language;
        }
        {
            // The next run starts in English; a --lang start does not change what is remembered.
            QQmlEngine engine;
            Language *language = Language::create(&engine, nullptr);
            QCOMPARE(language->code(), u"en"_s);
            language->startIn(u"sl"_s);
            QCOMPARE(language->code(), u"sl"_s);
            QCOMPARE(cancel(), u"Prekliči"_s);
            delete language;
        }
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"en"_s);
    }
};

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
