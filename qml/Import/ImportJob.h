#pragma once

#include "ImportReport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantMap>

#include <atomic>
#include <memory>

/// One import into the console's store, run off the GUI thread with progress and cancel.
class ImportJob : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(qint64 processed READ processed NOTIFY progressChanged)
    Q_PROPERTY(QVariantMap report READ report NOTIFY statusChanged)

public:
    enum Status { Null, Running, Ready, Error, Cancelled };
    Q_ENUM(Status)

    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    Status status() const { return m_status; }
    QString errorString() const { return m_errorString; }
    /// 0…1, or -1 while the total is unknown.
    double progress() const { return m_progress; }
    qint64 processed() const { return m_processed; }
    /// The finished import's report (layers, imported, rejected, repaired, rejects, warnings).
    QVariantMap report() const { return m_report; }

    /// Starts importing source into the store; options: domain, layer, sourceCrs, encoding,
    /// title_sl, title_en, replace. Ignored while a job runs.
    Q_INVOKABLE void start(const QString &storePath, const QUrl &source, const QVariantMap &options);
    Q_INVOKABLE void cancel();

signals:
    void statusChanged();
    void progressChanged();
    void finished();

private:
    void setProgress(qint64 done, qint64 total);
    void finish(const QList<ImportReport> &reports);

    Status m_status = Null;
    QString m_errorString;
    double m_progress = 0;
    qint64 m_processed = 0;
    QVariantMap m_report;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<QList<ImportReport>> m_watcher;
};
