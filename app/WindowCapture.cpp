#include "WindowCapture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QQuickWindow>
#include <QTimer>

QImage captureWhenReady(QQuickWindow *window, QString *errorString)
{
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer sinceReady;
    int framesAfterReady = 0;
    QImage image;
    const auto frames = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (!window->property("ready").toBool())
            return;
        if (!sinceReady.isValid())
            sinceReady.start();
        ++framesAfterReady;
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, window, [&] {
        if (framesAfterReady < 3) {
            if (clock.elapsed() > 30000) {
                *errorString = QStringLiteral("the map did not finish loading within 30 s");
                QCoreApplication::exit(1);
            }
            // Render even when nothing changed: the frames after ready are what we wait for.
            window->update();
            return;
        }
        poll.stop();
        image = window->grabWindow();
        QCoreApplication::exit(0);
    });
    poll.start(50);
    QCoreApplication::exec();
    QObject::disconnect(frames);
    return image;
}
