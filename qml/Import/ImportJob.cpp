#include "ImportJob.h"

#include "Store.h"
#include "VectorImporter.h"

#include <QJsonArray>
#include <QPointer>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QList<ImportReport>>::finished, this, [this] { finish(m_watcher.result()); });
}

ImportJob::~ImportJob()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ImportJob::start(const QString &storePath, const QUrl &source, const QVariantMap &options)
{
    if (m_status == Running)
        return;
    QJsonObject metadata;
    for (const QString &key : {u"title_sl"_s, u"title_en"_s, u"description_sl"_s, u"owner"_s, u"licence"_s}) {
        if (!options.value(key).toString().isEmpty())
            metadata.insert(key, options.value(key).toString());
    }
    ImportOptions importOptions{
        .source = source.isLocalFile() ? source.toLocalFile() : source.toString(),
        .domain = options.value(u"domain"_s).toString(),
        .layer = options.value(u"layer"_s).toString(),
        .sourceCrs = options.value(u"sourceCrs"_s).toString(),
        .encoding = options.value(u"encoding"_s).toString(),
        .metadata = metadata,
        .replace = options.value(u"replace"_s).toBool(),
    };
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_report.clear();
    m_errorString.clear();
    m_status = Running;
    emit statusChanged();
    setProgress(0, -1);

    auto cancel = m_cancel;
    QPointer<ImportJob> self(this);
    m_watcher.setFuture(QtConcurrent::run([storePath, importOptions, cancel, self] {
        QString error;
        // The worker opens its own connection: a GDAL dataset belongs to one thread.
        auto store = Store::open(storePath, Store::Mode::Create, &error);
        if (!store) {
            ImportReport r;
            r.error = error;
            return QList<ImportReport>{r};
        }
        VectorImporter importer(importOptions);
        importer.setCancelFlag(cancel.get());
        importer.setProgress([self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(self, [self, done, total] {
                if (self)
                    self->setProgress(done, total);
            }, Qt::QueuedConnection);
        });
        return importer.run(*store);
    }));
}

void ImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportJob::setProgress(qint64 done, qint64 total)
{
    m_processed = done;
    m_progress = total > 0 ? std::min(1.0, double(done) / double(total)) : -1;
    emit progressChanged();
}

void ImportJob::finish(const QList<ImportReport> &reports)
{
    const bool failed = reports.isEmpty() || !reports.first().ok;
    QVariantList layers;
    qint64 imported = 0, rejected = 0, repaired = 0;
    QVariantList rejects;
    QStringList warnings;
    for (const ImportReport &r : reports) {
        layers.append(r.toJson().toVariantMap());
        imported += r.imported;
        rejected += r.rejected;
        repaired += r.repaired;
        for (const ImportReport::Item &i : r.rejects)
            rejects.append(QVariantMap{{u"layer"_s, r.layer}, {u"fid"_s, i.sourceFid}, {u"reason"_s, i.reason}});
        warnings += r.warnings;
    }
    m_report = {{u"layers"_s, layers}, {u"imported"_s, imported}, {u"rejected"_s, rejected},
                {u"repaired"_s, repaired}, {u"rejects"_s, rejects}, {u"warnings"_s, warnings}};
    if (failed) {
        m_errorString = reports.isEmpty() ? u"the import did not run"_s : reports.first().error;
        m_status = (!reports.isEmpty() && reports.first().cancelled) ? Cancelled : Error;
    } else {
        m_status = Ready;
        setProgress(m_processed, m_processed);
    }
    emit statusChanged();
    emit finished();
}
