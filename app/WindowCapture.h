#pragma once

#include <QImage>
#include <QString>

class QQuickWindow;

/// Runs the event loop until a window's "ready" property is true and three more frames
/// are on screen, then grabs it. A null image and errorString after 30 s without that.
QImage captureWhenReady(QQuickWindow *window, QString *errorString);
