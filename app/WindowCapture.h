#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

class QQuickWindow;

/// Runs the event loop until a window's "ready" property is true and three more frames
/// are on screen, then grabs it. A null image and errorString after 30 s without that.
QImage captureWhenReady(QQuickWindow *window, QString *errorString);

/// A --size value "WIDTHxHEIGHT" within [minimum, maximum]; nullopt and a message otherwise.
std::optional<QSize> parseWindowSize(const QString &text, QSize minimum, QSize maximum, QString *errorString);
