#pragma once

#include <QStringList>

/// The capabilities the console is made of, as "Module.Uri/TypeName" for
/// ConsoleContext::Settings::capabilities, in the order their pages, overlays and tool-bar
/// actions appear. Linking this also links every QML module of the console (static plugins).
/// A new capability is one line here and one QML module; the Shell is not edited.
QStringList consoleCapabilities();
