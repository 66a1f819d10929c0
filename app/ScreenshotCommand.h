#pragma once

#include <QSize>
#include <QString>

class ConsoleContext;

/// `ptuj-console screenshot`: renders the main window offscreen and writes a PNG,
/// once the bundled layers have loaded.
class ScreenshotCommand
{
public:
    /// Checks --out and --size; false with errorString() when they are unusable.
    bool parse(const QString &out, const QString &size, const QString &view);
    /// Runs the event loop until the picture is written; returns the exit code.
    int run(ConsoleContext *context, const QString &language);
    QString errorString() const { return m_error; }

private:
    QString m_out;
    QSize m_size;
    QString m_view;
    QString m_error;
};
