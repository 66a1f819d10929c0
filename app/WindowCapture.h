#pragma once

#include <QImage>
#include <QString>

class QQuickWindow;

/// Runs the event loop until a window's "ready" property is true and its map items have
/// been created (three frames and 1.5 s after ready), then grabs it. A null image and
/// errorString after 30 s without getting there.
QImage captureWhenReady(QQuickWindow *window, QString *errorString);
