// ptuj-console: the Ptuj Operations Console and its command-line interface.
// This file only wires the modules together; the work lives in modules/ and qml/.
#include "RenderCommand.h"
#include "ScreenshotCommand.h"

#include "CliRegistry.h"
#include "ConsoleModules.h"

#include "Actor.h"
#include "Capabilities.h"
#include "ConsoleContext.h"
#include "ConsoleWindow.h"
#include "DataPaths.h"
#include "SchemaRegistry.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool wantsNoGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView a(argv[i]);
        if (a == "--version" || a == "-v" || a == "--help" || a == "-h")
            return true;
    }
    return false;
}

// The first positional argument, found before any QGuiApplication exists: an unknown
// command must be reported without needing a display.
QByteArrayView command(int argc, char **argv)
{
    static constexpr QByteArrayView withValue[] = {"--lang", "--data-dir", "--out", "--size", "--store", "--view",
                                                   "--bbox", "--layers", "--title"};
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView a(argv[i]);
        if (!a.startsWith('-'))
            return a;
        if (!a.contains('=') && std::find(std::begin(withValue), std::end(withValue), a) != std::end(withValue))
            ++i;
    }
    return {};
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"Mestna občina Ptuj"_s);
    QCoreApplication::setOrganizationDomain(u"ptuj.si"_s);
    QCoreApplication::setApplicationName(u"ptuj-console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PTUJ_VERSION));
}

void addCommonOptions(QCommandLineParser &parser, const CliRegistry &commands)
{
    // The window's own commands, then every module's from the registry.
    parser.setApplicationDescription(
        u"Ptuj Operations Console: the map of the 14 domains of the digital transformation strategy.\n\n"
        "Commands:\n"
        "  (none)       open the console window\n"
        "  screenshot   render the main window offscreen into a PNG (--out, --size, --view)\n"
        "  render       a printable situation map as PDF or PNG (--out, --page, --orientation, --dpi, --bbox,\n"
        "               --layers, --title, --subtitle, --omit, --marks; --size for a PNG of the window's print view)\n"_s
        + commands.helpText());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, (QStringList{u"screenshot"_s, u"render"_s} + commands.names()).join(u", "_s)
                                                    + u"; nothing opens the console"_s, u"[command]"_s);
    parser.addOption({u"lang"_s, u"UI language: sl (default) or en."_s, u"code"_s});
    parser.addOption({u"data-dir"_s, u"Directory of the bundled sample data (default: <bin>/../data)."_s, u"dir"_s});
    parser.addOption({u"store"_s, u"The store to open (default: the per-user store, made from the sample store on "
                                  "first run)."_s, u"path"_s});
    parser.addOption({u"out"_s, u"screenshot: PNG file to write."_s, u"file"_s});
    parser.addOption({u"size"_s, u"screenshot: window size, WIDTHxHEIGHT (default 1600x1000)."_s, u"size"_s,
                      u"1600x1000"_s});
    parser.addOption({u"bbox"_s, u"render: area as minlon,minlat,maxlon,maxlat (default: the municipality)."_s, u"box"_s});
    parser.addOption({u"layers"_s, u"render: comma-separated layers (default: all)."_s, u"names"_s});
    parser.addOption({u"title"_s, u"render: the map's title."_s, u"text"_s});
    parser.addOption({u"subtitle"_s, u"render: a line under the title."_s, u"text"_s});
    parser.addOption({u"page"_s, u"render: paper size A4 (default), A3, A2 or A1."_s, u"size"_s});
    parser.addOption({u"orientation"_s, u"render: landscape (default) or portrait."_s, u"orientation"_s});
    parser.addOption({u"omit"_s, u"render: parts to leave off the page: legend, sources, scale, north, overview "
                                 "(comma-separated)."_s,
                      u"parts"_s});
    parser.addOption({u"marks"_s, u"render: GeoJSON of what to draw over the layers (report markers, the selection, "
                                  "the measured shape; property mark = report, selection or measure)."_s, u"file"_s});
    parser.addOption({u"dpi"_s, u"render: dots per inch of a PNG page and of the PDF's pictures (default 300)."_s, u"dpi"_s});
    parser.addOption({u"view"_s, u"screenshot: domains (default), reports, report, order, catalogue, import, identify, measure, table or inside."_s, u"view"_s, u"domains"_s});
}

} // namespace

int main(int argc, char *argv[])
{
    setIdentity();
    // Every store this process opens gets the tables of the modules the console is made of.
    // and the modules' headless commands.
    CliRegistry commands;
    if (QString error; !ConsoleModules::registerSchemas(SchemaRegistry::global(), &error)
                       || !ConsoleModules::registerCommands(commands, &error)) {
        std::fprintf(stderr, "ptuj-console: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArrayView cmd = command(argc, argv);
    const bool offscreenCommand = cmd == "screenshot" || cmd == "render";
    if (!cmd.isEmpty() && !offscreenCommand) {
        const CliCommand *c = commands.find(QString::fromLocal8Bit(cmd));
        if (c && c->application == CliCommand::Application::Gui) {
            // The command draws (tiles, with fonts), so it needs a GUI application (offscreen).
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            return commands.run(app.arguments());
        }
        QCoreApplication app(argc, argv);
        if (commands.handles(app.arguments()))
            return commands.run(app.arguments());
        std::fprintf(stderr, "ptuj-console: unknown command '%.*s'; see --help\n", int(cmd.size()), cmd.data());
        return 2;
    }
    if (wantsNoGui(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        addCommonOptions(parser, commands);
        parser.process(app); // prints help or version and exits
        return 0;
    }

    const bool screenshot = cmd == "screenshot";
    // Screenshots and renders need no display: offscreen unless the caller chose a platform.
    if (offscreenCommand && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QGuiApplication app(argc, argv);
    app.setWindowIcon(QIcon(u":/app/ptuj-console.svg"_s));
    QCommandLineParser parser;
    addCommonOptions(parser, commands);
    parser.process(app);

    const QString lang = parser.value(u"lang"_s);
    if (parser.isSet(u"lang"_s) && lang != u"sl"_s && lang != u"en"_s) {
        std::fprintf(stderr, "ptuj-console: --lang must be sl or en, not '%s'\n", qPrintable(lang));
        return 2;
    }
    const QString dataDir = parser.isSet(u"data-dir"_s) ? parser.value(u"data-dir"_s) : DataPaths::defaultDirectory();
    QString storePath = parser.value(u"store"_s);
    if (storePath.isEmpty()) {
        QString error;
        storePath = ConsoleContext::seededDefault(dataDir + u"/ptuj.gpkg"_s, &error);
        if (storePath.isEmpty())
            std::fprintf(stderr, "ptuj-console: %s\n", qPrintable(error));
    }
    // The one application context; the window and every write get it from here.
    ConsoleContext context({.storePath = storePath, .dataDirectory = dataDir, .actor = Actor::fromEnvironment(),
                            .renderProgram = {}, .capabilities = consoleCapabilities()});

    QQuickStyle::setStyle(u"Fusion"_s);

    if (cmd == "render") {
        RenderCommand command;
        const RenderCommand::Options options{
            .storePath = storePath,
            .out = parser.value(u"out"_s),
            .size = parser.value(u"size"_s),
            .bbox = parser.value(u"bbox"_s),
            .layers = parser.value(u"layers"_s),
            .title = parser.value(u"title"_s),
            .subtitle = parser.value(u"subtitle"_s),
            .page = parser.value(u"page"_s),
            .orientation = parser.value(u"orientation"_s),
            .dpi = parser.value(u"dpi"_s),
            .omit = parser.value(u"omit"_s),
            .marks = parser.value(u"marks"_s),
            .sizeGiven = parser.isSet(u"size"_s),
        };
        if (!command.parse(options)) {
            std::fprintf(stderr, "ptuj-console: %s\n", qPrintable(command.errorString()));
            return 2;
        }
        return command.run(lang);
    }
    if (screenshot) {
        ScreenshotCommand command;
        if (!command.parse(parser.value(u"out"_s), parser.value(u"size"_s), parser.value(u"view"_s))) {
            std::fprintf(stderr, "ptuj-console: %s\n", qPrintable(command.errorString()));
            return 2;
        }
        return command.run(&context, lang);
    }

    QQmlApplicationEngine engine;
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    if (!loadConsoleWindow(engine, &context, lang))
        return 1;
    return app.exec();
}
