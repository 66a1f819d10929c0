#pragma once

#include <QGeoRectangle>
#include <QObject>
#include <QProcess>
#include <QVariantMap>

#include <functional>
#include <QQmlEngine>

/// Prints the current map view to a PDF or PNG from the window: runs `ptuj-console render`
/// as a separate process, so drawing never blocks the window and uses the same tested path
/// as the command line.
class PrintJob : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    Q_PROPERTY(QString output READ output NOTIFY statusChanged)
    Q_PROPERTY(QString program READ program WRITE setProgram NOTIFY programChanged)

public:
    enum Status { Null, Running, Ready, Error };
    Q_ENUM(Status)

    explicit PrintJob(QObject *parent = nullptr);
    ~PrintJob() override;

    Status status() const { return m_status; }
    QString errorString() const { return m_errorString; }
    QString output() const { return m_output; }

    /// Starts printing; out ends in .pdf or .png. Ignored while a print runs. options: page
    /// ("A4" … "A1"), orientation ("landscape", "portrait"), dpi, subtitle, legend and
    /// sources and overview (false leaves them off the page), marks (GeoJSON features with
    /// a "mark" property: report, selection, measure; see PrintMarks).
    Q_INVOKABLE void start(const QString &storePath, const QString &out, const QString &title,
                           const QStringList &layers, const QGeoRectangle &area, const QVariantMap &options = {});
    /// The same page as a small PNG in a temporary file (`output` when Ready), for the
    /// dialog's preview; a newer preview replaces one still running.
    Q_INVOKABLE void preview(const QString &storePath, const QString &title, const QStringList &layers,
                             const QGeoRectangle &area, const QVariantMap &options = {});

    /// The console binary that renders (the context's renderProgram; empty: this program).
    QString program() const { return m_program; }
    void setProgram(const QString &program);

signals:
    void statusChanged();
    void programChanged();

private:
    void setStatus(Status status, const QString &error = {});

    QProcess m_process;
    Status m_status = Null;
    QString m_errorString;
    QString m_output;
    QString m_program;
    QString m_previewFile;
    QString m_marksFile; // the marks of the latest print or preview
    int m_previews = 0;
    std::function<void()> m_next; // a preview asked for while one ran
};
