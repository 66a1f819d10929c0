#include "WindowCapture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCapture, "ptuj.capture", QtWarningMsg)

QImage captureWhenReady(QQuickWindow *window, QString *errorString)
{
    QElapsedTimer clock;
    clock.start();
    int framesAfterReady = 0;
    QImage image;
    // How long after the window is shown the first complete picture is on screen
    // (QT_LOGGING_RULES=ptuj.capture.info=true prints it).
    const auto frames = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (window->property("ready").toBool() && framesAfterReady++ == 0)
            qCInfo(lcCapture) << "first complete frame" << clock.elapsed() << "ms after the window was shown";
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

std::optional<QSize> parseWindowSize(const QString &text, QSize minimum, QSize maximum, QString *errorString)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const auto match = re.match(text);
    const QSize size = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    if (size.isValid() && size.width() >= minimum.width() && size.height() >= minimum.height()
        && size.width() <= maximum.width() && size.height() <= maximum.height())
        return size;
    *errorString = QStringLiteral("--size must be WIDTHxHEIGHT between %1x%2 and %3x%4, e.g. 1600x1000, not '%5'")
                       .arg(minimum.width())
                       .arg(minimum.height())
                       .arg(maximum.width())
                       .arg(maximum.height())
                       .arg(text);
    return std::nullopt;
}
