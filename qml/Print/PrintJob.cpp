#include "PrintJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

using namespace Qt::StringLiterals;

void PrintJob::setProgram(const QString &program)
{
    if (m_program == program)
        return;
    m_program = program;
    emit programChanged();
}

PrintJob::PrintJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus exitStatus) {
        const QString err = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
        if (exitStatus == QProcess::NormalExit && exitCode == 0)
            setStatus(Ready);
        else
            setStatus(Error, err.isEmpty() ? tr("the print did not finish") : err.section(u'\n', -1));
        if (m_next) {
            auto next = std::move(m_next);
            m_next = nullptr;
            next();
        }
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            setStatus(Error, m_process.errorString());
    });
}

void PrintJob::preview(const QString &storePath, const QString &title, const QStringList &layers,
                       const QGeoRectangle &area, const QVariantMap &options)
{
    if (m_status == Running) {
        // One render at a time; the latest wish is drawn when this one is done.
        m_next = [=, this] { preview(storePath, title, layers, area, options); };
        return;
    }
    // A new name each time: the Image showing it reloads, and a stale one is never shown.
    if (!m_previewFile.isEmpty())
        QFile::remove(m_previewFile);
    m_previewFile = QDir(QDir::tempPath())
                        .filePath(u"ptuj-print-preview-%1-%2.png"_s.arg(QCoreApplication::applicationPid()).arg(++m_previews));
    QVariantMap small = options;
    small.insert(u"dpi"_s, 40);
    start(storePath, m_previewFile, title, layers, area, small);
}

PrintJob::~PrintJob()
{
    m_next = nullptr;
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    if (!m_previewFile.isEmpty())
        QFile::remove(m_previewFile);
    if (!m_marksFile.isEmpty())
        QFile::remove(m_marksFile);
}

void PrintJob::start(const QString &storePath, const QString &out, const QString &title, const QStringList &layers,
                     const QGeoRectangle &area, const QVariantMap &options)
{
    if (m_status == Running)
        return;
    QString path = out;
    if (path.startsWith(u"file://"_s))
        path = QUrl(path).toLocalFile();
    m_output = QFileInfo(path).absoluteFilePath();
    QStringList args{u"render"_s, u"--store"_s, storePath, u"--out"_s, m_output, u"--title"_s, title};
    if (!layers.isEmpty())
        args << u"--layers"_s << layers.join(u',');
    if (area.isValid())
        args << u"--bbox"_s
             << u"%1,%2,%3,%4"_s.arg(area.topLeft().longitude(), 0, 'f', 6)
                    .arg(area.bottomRight().latitude(), 0, 'f', 6)
                    .arg(area.bottomRight().longitude(), 0, 'f', 6)
                    .arg(area.topLeft().latitude(), 0, 'f', 6);
    if (const QString page = options.value(u"page"_s).toString(); !page.isEmpty())
        args << u"--page"_s << page;
    if (const QString orientation = options.value(u"orientation"_s).toString(); !orientation.isEmpty())
        args << u"--orientation"_s << orientation;
    if (options.contains(u"dpi"_s))
        args << u"--dpi"_s << QString::number(options.value(u"dpi"_s).toInt());
    if (const QString subtitle = options.value(u"subtitle"_s).toString(); !subtitle.isEmpty())
        args << u"--subtitle"_s << subtitle;
    QStringList omit;
    if (options.contains(u"legend"_s) && !options.value(u"legend"_s).toBool())
        omit << u"legend"_s;
    if (options.contains(u"sources"_s) && !options.value(u"sources"_s).toBool())
        omit << u"sources"_s;
    if (options.contains(u"overview"_s) && !options.value(u"overview"_s).toBool())
        omit << u"overview"_s;
    if (!omit.isEmpty())
        args << u"--omit"_s << omit.join(u',');
    // What the map shows over its layers (report markers, the selection, the measured
    // shape), handed over as a GeoJSON file of its own.
    if (const QVariantList marks = options.value(u"marks"_s).toList(); !marks.isEmpty()) {
        if (m_marksFile.isEmpty())
            m_marksFile = QDir(QDir::tempPath()).filePath(u"ptuj-print-marks-%1.geojson"_s.arg(QCoreApplication::applicationPid()));
        const QJsonObject collection{{u"type"_s, u"FeatureCollection"_s},
                                     {u"features"_s, QJsonArray::fromVariantList(marks)}};
        QSaveFile file(m_marksFile);
        const QByteArray data = QJsonDocument(collection).toJson(QJsonDocument::Compact);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            setStatus(Error, tr("cannot write the map's marks for the print to %1: %2").arg(m_marksFile, file.errorString()));
            return;
        }
        args << u"--marks"_s << m_marksFile;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    m_process.setProcessEnvironment(env);
    setStatus(Running);
    m_process.start(m_program.isEmpty() ? QCoreApplication::applicationFilePath() : m_program, args);
}

void PrintJob::setStatus(Status status, const QString &error)
{
    m_status = status;
    m_errorString = error;
    emit statusChanged();
}
