// The basemap choice: offline store basemap by default, an online XYZ source only with a
// usable address (http/https with {z}, {x}, {y}), a bounded cache, all remembered.
#include "BasemapSettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_BasemapSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(u"ptuj-test"_s);
        QCoreApplication::setApplicationName(u"tst_basemapsettings"_s);
        QSettings().clear();
    }

    void checksTheAddress_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("usable");
        QTest::newRow("xyz") << u"https://tile.example.org/{z}/{x}/{y}.png"_s << true;
        QTest::newRow("tms") << u"http://tiles.example.org/{z}/{x}/{-y}.png"_s << true;
        QTest::newRow("empty") << u"  "_s << false;
        QTest::newRow("local file") << u"file:///etc/{z}/{x}/{y}"_s << false;
        QTest::newRow("no numbers") << u"https://tile.example.org/tile.png"_s << false;
        QTest::newRow("no y") << u"https://tile.example.org/{z}/{x}.png"_s << false;
    }
    void checksTheAddress()
    {
        QFETCH(QString, url);
        QFETCH(bool, usable);
        BasemapSettings settings;
        QCOMPARE(settings.checkUrl(url).isEmpty(), usable);
    }

    void remembersAUsableChoice()
    {
        {
            BasemapSettings settings;
            QCOMPARE(settings.mode(), BasemapSettings::Store);
            QCOMPARE(settings.effectiveUrl(), QString());
            // Online without an address stays on the store's basemap.
            settings.setMode(BasemapSettings::Online);
            QCOMPARE(settings.mode(), BasemapSettings::Store);
            QSignalSpy changed(&settings, &BasemapSettings::changed);
            settings.setOnlineUrl(u" https://tile.example.org/{z}/{x}/{y}.png "_s);
            settings.setOnlineAttribution(u"© Example"_s);
            settings.setMode(BasemapSettings::Online);
            QCOMPARE(settings.mode(), BasemapSettings::Online);
            QCOMPARE(settings.effectiveUrl(), u"https://tile.example.org/{z}/{x}/{y}.png"_s);
            QCOMPARE(changed.count(), 3);
            settings.setCacheMegabytes(1);
            QCOMPARE(settings.cacheMegabytes(), 10);
            settings.setCacheMegabytes(1000000);
            QCOMPARE(settings.cacheMegabytes(), 10000);
            settings.setCacheMegabytes(500);
        }
        BasemapSettings again;
        QCOMPARE(again.mode(), BasemapSettings::Online);
        QCOMPARE(again.onlineAttribution(), u"© Example"_s);
        QCOMPARE(again.cacheMegabytes(), 500);
        // A remembered address that is no longer usable (edited by hand) is not used.
        QSettings().setValue(u"basemap/onlineUrl"_s, u"file:///etc/passwd"_s);
        BasemapSettings edited;
        QCOMPARE(edited.mode(), BasemapSettings::Store);
        QCOMPARE(edited.effectiveUrl(), QString());
        edited.setMode(BasemapSettings::None);
        QCOMPARE(edited.mode(), BasemapSettings::None);
    }
};

QTEST_GUILESS_MAIN(tst_BasemapSettings)
#include "tst_basemapsettings.moc"
