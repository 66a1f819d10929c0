#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runConsole(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s); // the binary must choose offscreen by itself
    env.insert(u"XDG_CONFIG_HOME"_s, QDir::tempPath() + u"/ptuj-console-smoke-config"_s);
    env.insert(u"XDG_DATA_HOME"_s, QDir::tempPath() + u"/ptuj-console-smoke-data"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PTUJ_CONSOLE_BINARY), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

bool near(QRgb pixel, QRgb target, int tolerance)
{
    return std::abs(qRed(pixel) - qRed(target)) <= tolerance && std::abs(qGreen(pixel) - qGreen(target)) <= tolerance
           && std::abs(qBlue(pixel) - qBlue(target)) <= tolerance;
}

struct MapStats
{
    int boundaryPixels = 0;
    int distinctColours = 0;
};

// The map occupies the window right of the domain panel, between tool bar and status bar.
MapStats mapStats(const QImage &image)
{
    MapStats stats;
    QSet<QRgb> colours;
    const QRgb boundary = qRgb(0xb0, 0x3a, 0x2e);
    for (int y = 60; y < image.height() - 60; ++y) {
        for (int x = 360; x < image.width() - 10; ++x) {
            const QRgb p = image.pixel(x, y);
            colours.insert(p);
            if (near(p, boundary, 40))
                ++stats.boundaryPixels;
        }
    }
    stats.distinctColours = int(colours.size());
    return stats;
}

} // namespace

class tst_ConsoleSmoke : public QObject
{
    Q_OBJECT

private slots:
    void version()
    {
        const Run r = runConsole({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"ptuj-console 0.1.0"_s), qPrintable(r.out));
    }

    void screenshotShowsTheMunicipality()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"main.png"_s);
        const Run r = runConsole({u"screenshot"_s, u"--out"_s, png, u"--size"_s, u"1200x800"_s,
                                  u"--store"_s, QStringLiteral(PTUJ_SAMPLE_STORE)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1200, 800));
        const MapStats stats = mapStats(image);
        // The boundary is ~3 px wide and tens of kilometres long: thousands of pixels.
        QVERIFY2(stats.boundaryPixels > 1000, qPrintable(QString::number(stats.boundaryPixels)));
        QVERIFY2(stats.distinctColours > 20, qPrintable(QString::number(stats.distinctColours)));
    }

    // With the store missing the console still starts, says so, and draws no boundary.
    void missingStoreStillRenders()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"nodata.png"_s);
        const Run r = runConsole({u"screenshot"_s, u"--out"_s, png, u"--size"_s, u"1200x800"_s,
                                  u"--store"_s, dir.filePath(u"missing.gpkg"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(mapStats(image).boundaryPixels < 200);
    }

    // The municipality's own name for its boundary: the print frames the map with it once the
    // catalogue gives it the role, and not before.
    void printFindsTheBoundaryByRole()
    {
        QTemporaryDir dir;
        const QString geodata = QStringLiteral(PTUJ_GEODATA_DIR);
        const auto boundaryPixels = [&](const QString &store) {
            const QString png = store + u".png"_s;
            const Run r = runConsole({u"render"_s, u"--store"_s, store, u"--out"_s, png, u"--size"_s, u"1400x900"_s});
            if (r.exitCode != 0)
                qWarning() << r.err;
            const QImage image(png);
            int n = 0;
            for (int y = 60; y < image.height(); ++y) {
                for (int x = 0; x < image.width() - 320; ++x)
                    n += near(image.pixel(x, y), qRgb(0xb0, 0x3a, 0x2e), 40) ? 1 : 0;
            }
            return n;
        };
        const QString plain = dir.filePath(u"plain.gpkg"_s), withRole = dir.filePath(u"role.gpkg"_s);
        for (const QString &store : {plain, withRole}) {
            QStringList args{u"import"_s, u"--store"_s, store, u"--domain"_s, u"administration"_s, u"--layer"_s,
                             u"meja_mop"_s, geodata + u"/ptuj_obcina_boundary.geojson"_s};
            if (store == withRole)
                args << u"--role"_s << u"municipal_boundary"_s;
            const Run r = runConsole(args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const int without = boundaryPixels(plain), with = boundaryPixels(withRole);
        QVERIFY2(with > 1000, qPrintable(QString::number(with)));
        QVERIFY2(without < with / 5, qPrintable(u"%1 without the role, %2 with it"_s.arg(without).arg(with)));
    }

    // A printable map of chosen layers: the flood zones are in it, the public lighting
    // (not chosen) is not; the PDF is a PDF.
    void renderSituationMap()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"situacija.png"_s);
        Run r = runConsole({u"render"_s, u"--store"_s, QStringLiteral(PTUJ_SAMPLE_STORE), u"--out"_s, png,
                            u"--size"_s, u"1400x900"_s, u"--title"_s, u"Poplava Drave"_s, u"--layers"_s,
                            u"obcina_meja,flood_hazard,drava"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1400, 900));
        int flood = 0, lighting = 0;
        for (int y = 60; y < image.height(); y += 2) {
            for (int x = 0; x < image.width() - 320; x += 2) {
                const QRgb p = image.pixel(x, y);
                // Protection domain orange (#d35400) blended over the map, and the energy
                // domain's lighting points (#e67e22) drawn opaque.
                if (near(p, qRgb(0xe8, 0xa0, 0x70), 40))
                    ++flood;
                if (near(p, qRgb(0xe6, 0x7e, 0x22), 6))
                    ++lighting;
            }
        }
        QVERIFY2(flood > 200, qPrintable(QString::number(flood)));
        QVERIFY2(lighting < 5, qPrintable(QString::number(lighting)));

        const QString pdf = dir.filePath(u"situacija.pdf"_s);
        r = runConsole({u"render"_s, u"--store"_s, QStringLiteral(PTUJ_SAMPLE_STORE), u"--out"_s, pdf, u"--bbox"_s,
                        u"15.85,46.40,15.90,46.43"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 50000);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("size") << QStringList{u"screenshot"_s, u"--out"_s, u"/tmp/x.png"_s, u"--size"_s, u"big"_s}
                              << u"--size must be WIDTHxHEIGHT"_s;
        QTest::newRow("no out") << QStringList{u"screenshot"_s} << u"screenshot needs --out"_s;
        QTest::newRow("missing folder") << QStringList{u"screenshot"_s, u"--out"_s, u"/nonexistent/dir/x.png"_s}
                                        << u"does not exist"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command 'frobnicate'"_s;
        QTest::newRow("language") << QStringList{u"screenshot"_s, u"--lang"_s, u"de"_s} << u"--lang must be sl or en"_s;
        QTest::newRow("render format") << QStringList{u"render"_s, u"--out"_s, u"/tmp/x.svg"_s}
                                       << u"--out must end in .png or .pdf"_s;
        QTest::newRow("render bbox") << QStringList{u"render"_s, u"--store"_s, QStringLiteral(PTUJ_SAMPLE_STORE), u"--out"_s,
                                                    u"/tmp/x.png"_s, u"--bbox"_s, u"16,46,15,47"_s}
                                     << u"--bbox must be minlon,minlat,maxlon,maxlat"_s;
        QTest::newRow("render layer") << QStringList{u"render"_s, u"--store"_s, QStringLiteral(PTUJ_SAMPLE_STORE), u"--out"_s,
                                                     u"/tmp/x.png"_s, u"--layers"_s, u"poplave"_s}
                                      << u"no layer named 'poplave'; it has: "_s;
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = runConsole(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_ConsoleSmoke)
#include "tst_console_smoke.moc"
