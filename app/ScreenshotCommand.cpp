#include "ScreenshotCommand.h"

#include "ConsoleWindow.h"
#include "WindowCapture.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>

using namespace Qt::StringLiterals;

bool ScreenshotCommand::parse(const QString &out, const QString &size, const QString &view)
{
    if (!QStringList{u"domains"_s, u"catalogue"_s, u"import"_s, u"identify"_s, u"measure"_s, u"table"_s, u"inside"_s, u"order"_s, u"reports"_s, u"report"_s}.contains(view)) {
        m_error = u"--view must be domains, reports, report, order, catalogue, import, identify, measure, table or inside, not '%1'"_s.arg(view);
        return false;
    }
    m_view = view;
    if (out.isEmpty()) {
        m_error = u"screenshot needs --out FILE.png"_s;
        return false;
    }
    const QFileInfo info(out);
    if (!info.absoluteDir().exists()) {
        m_error = u"the folder of %1 does not exist"_s.arg(out);
        return false;
    }
    const auto parsed = parseWindowSize(size, QSize(320, 240), QSize(8192, 8192), &m_error);
    if (!parsed)
        return false;
    m_size = *parsed;
    m_out = info.absoluteFilePath();
    return true;
}

int ScreenshotCommand::run(ConsoleContext *context, const QString &language)
{
    QQmlApplicationEngine engine;
    auto *window = loadConsoleWindow(engine, context, language);
    if (!window) {
        std::fprintf(stderr, "ptuj-console: the main window could not be created\n");
        return 1;
    }
    window->resize(m_size);
    window->setProperty("initialView", m_view);

    QString error;
    const QImage image = captureWhenReady(window, &error);
    if (image.isNull()) {
        std::fprintf(stderr, "ptuj-console: %s\n", qPrintable(error.isEmpty() ? u"the window could not be captured"_s : error));
        return 1;
    }
    if (!image.save(m_out, "PNG")) {
        std::fprintf(stderr, "ptuj-console: cannot write %s\n", qPrintable(m_out));
        return 1;
    }
    std::printf("%s\n", qPrintable(m_out));
    return 0;
}
