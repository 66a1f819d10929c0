#pragma once

#include <QString>

class ConsoleContext;
class QQmlApplicationEngine;
class QQuickWindow;

/// Loads the main window into the engine with the one application context as its required
/// property, in `language` (empty: the remembered one). Returns nullptr when it fails.
QQuickWindow *loadConsoleWindow(QQmlApplicationEngine &engine, ConsoleContext *context, const QString &language);

/// Installs the translator before any binding is evaluated; `language` empty keeps the
/// remembered one.
void startLanguage(QQmlApplicationEngine &engine, const QString &language);
