#include "LocalReference.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class tst_LocalReference : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsOnlyInsideTheFolder_data();
    void readsOnlyInsideTheFolder();
    void sizeCap();
    void documentMustBeARegularFile_data();
    void documentMustBeARegularFile();
    void isLocal();

private:
    QTemporaryDir m_dir;
    QString m_folder;
};

void tst_LocalReference::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(u"import"_s);
    QVERIFY(QDir().mkpath(m_folder + u"/photos"_s));
    const auto write = [](const QString &path, const QByteArray &data) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    };
    QVERIFY(write(m_folder + u"/photo.jpg"_s, "JPEG"));
    QVERIFY(write(m_folder + u"/photos/p2.jpg"_s, "JPEG2"));
    QVERIFY(write(m_dir.filePath(u"secret.txt"_s), "SECRET"));
    QVERIFY(QFile::link(m_dir.filePath(u"secret.txt"_s), m_folder + u"/link.jpg"_s));
    QVERIFY(QFile::link(u"/etc/hostname"_s, m_folder + u"/etc.jpg"_s));
    QVERIFY(QFile::link(u"/dev/zero"_s, m_folder + u"/zero.jpg"_s));
    QCOMPARE(::mkfifo(QFile::encodeName(m_folder + u"/fifo.jpg"_s).constData(), 0600), 0);
}

void tst_LocalReference::readsOnlyInsideTheFolder_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QByteArray>("data");     // empty: refused
    QTest::addColumn<QString>("because");
    QTest::newRow("relative") << u"photo.jpg"_s << QByteArray("JPEG") << QString();
    QTest::newRow("sub-folder") << u"photos/p2.jpg"_s << QByteArray("JPEG2") << QString();
    QTest::newRow("dot-dot back in") << u"photos/../photo.jpg"_s << QByteArray("JPEG") << QString();
    QTest::newRow("file URL inside") << QUrl::fromLocalFile(m_folder + u"/photo.jpg"_s).toString() << QByteArray("JPEG") << QString();
    QTest::newRow("dot-dot escape") << u"../secret.txt"_s << QByteArray() << u"outside"_s;
    QTest::newRow("../../etc/hostname") << u"../../../../../../etc/hostname"_s << QByteArray() << u"outside"_s;
    QTest::newRow("absolute /etc/passwd") << u"/etc/passwd"_s << QByteArray() << u"outside"_s;
    QTest::newRow("file:///etc/shadow") << u"file:///etc/shadow"_s << QByteArray() << u"outside"_s;
    QTest::newRow("/proc/self/environ") << u"/proc/self/environ"_s << QByteArray() << u"outside"_s;
    QTest::newRow("symlink out of the folder") << u"link.jpg"_s << QByteArray() << u"outside"_s;
    QTest::newRow("symlink to /etc") << u"etc.jpg"_s << QByteArray() << u"outside"_s;
    QTest::newRow("symlink to /dev/zero") << u"zero.jpg"_s << QByteArray() << u"outside"_s;
    QTest::newRow("FIFO does not block") << u"fifo.jpg"_s << QByteArray() << u"not a regular file"_s;
    QTest::newRow("folder") << u"photos"_s << QByteArray() << u"not a regular file"_s;
    QTest::newRow("missing") << u"nothing.jpg"_s << QByteArray() << u"not found"_s;
    QTest::newRow("ftp scheme") << u"ftp://example.org/a.jpg"_s << QByteArray() << u"scheme"_s;
    QTest::newRow("data scheme") << u"data:image/png;base64,AAAA"_s << QByteArray() << u"scheme"_s;
}

void tst_LocalReference::readsOnlyInsideTheFolder()
{
    QFETCH(QString, reference);
    QFETCH(QByteArray, data);
    QFETCH(QString, because);
    const LocalReference::Result r = LocalReference::readInside(m_folder, reference);
    QCOMPARE(r.ok, !data.isEmpty());
    QCOMPARE(r.data, data);
    if (!because.isEmpty())
        QVERIFY2(r.error.contains(because), qPrintable(r.error));
}

void tst_LocalReference::sizeCap()
{
    QFile f(m_folder + u"/big.jpg"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.write(QByteArray(2000, 'x')) == 2000);
    f.close();
    QVERIFY(LocalReference::readInside(m_folder, u"big.jpg"_s, 2000).ok);
    const auto r = LocalReference::readInside(m_folder, u"big.jpg"_s, 1999);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(u"more than"_s), qPrintable(r.error));
}

void tst_LocalReference::documentMustBeARegularFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("ok");
    QTest::newRow("regular") << m_folder + u"/photo.jpg"_s << true;
    QTest::newRow("/dev/zero") << u"/dev/zero"_s << false;
    QTest::newRow("FIFO") << m_folder + u"/fifo.jpg"_s << false;
    QTest::newRow("folder") << m_folder << false;
    QTest::newRow("missing") << m_folder + u"/none"_s << false;
}

void tst_LocalReference::documentMustBeARegularFile()
{
    QFETCH(QString, path);
    QFETCH(bool, ok);
    const auto r = LocalReference::readDocument(path);
    QCOMPARE(r.ok, ok);
    if (!ok)
        QVERIFY(!r.error.isEmpty());
}

void tst_LocalReference::isLocal()
{
    QVERIFY(!LocalReference::isLocal(u"https://x.org/a.jpg"_s));
    QVERIFY(!LocalReference::isLocal(u" HTTP://x.org/a.jpg"_s));
    QVERIFY(LocalReference::isLocal(u"file:///etc/passwd"_s));
    QVERIFY(LocalReference::isLocal(u"../a.jpg"_s));
    QVERIFY(LocalReference::isLocal(u"ftp://x/a.jpg"_s));
}

QTEST_GUILESS_MAIN(tst_LocalReference)
#include "tst_localreference.moc"
