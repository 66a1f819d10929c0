#include "PrintJob.h"

#include <QCoreApplication>
#include <QFileInfo>
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
            setStatus(Error, err.isEmpty() ? u"the print did not finish"_s : err.section(u'\n', -1));
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            setStatus(Error, m_process.errorString());
    });
}

void PrintJob::start(const QString &storePath, const QString &out, const QString &title, const QStringList &layers,
                     const QGeoRectangle &area)
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
