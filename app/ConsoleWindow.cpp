#include "ConsoleWindow.h"

#include "ConsoleContext.h"
#include "Language.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

void startLanguage(QQmlApplicationEngine &engine, const QString &language)
{
    auto *lang = engine.singletonInstance<Language *>("PtujConsole.Controls", "Language");
    if (lang && !language.isEmpty())
        lang->startIn(language);
}

QQuickWindow *loadConsoleWindow(QQmlApplicationEngine &engine, ConsoleContext *context, const QString &language)
{
    startLanguage(engine, language);
    engine.setInitialProperties({{u"context"_s, QVariant::fromValue(context)}});
    engine.loadFromModule("PtujConsole.Shell", "Main");
    return engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
}
