#pragma once

#include "StoreReader.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

/// What the detail card shows about one report beyond its row — history, possible
/// duplicates nearby, the nearest assets and the photos — read on a worker whenever the
/// report or its revision changes, and arriving by signal. Stepping through reports with ↓
/// never waits for the store: only the card of the report the clerk stops on is read.
class ReportDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString storePath READ storePath WRITE setStorePath NOTIFY storePathChanged)
    Q_PROPERTY(qint64 reportId READ reportId WRITE setReportId NOTIFY reportIdChanged)
    /// Bump after a write to read the same report again.
    Q_PROPERTY(int revision READ revision WRITE setRevision NOTIFY revisionChanged)
    Q_PROPERTY(double duplicateRadius READ duplicateRadius WRITE setDuplicateRadius NOTIFY duplicateRadiusChanged)
    Q_PROPERTY(QVariantList history READ history NOTIFY detailsChanged)
    Q_PROPERTY(QVariantList duplicates READ duplicates NOTIFY detailsChanged)
    Q_PROPERTY(QVariantList assets READ assets NOTIFY detailsChanged)
    Q_PROPERTY(QVariantList photos READ photos NOTIFY detailsChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(qreal progress READ progress NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)

public:
    enum Status { Null, Loading, Ready, Error };
    Q_ENUM(Status)

    explicit ReportDetails(QObject *parent = nullptr);

    QString storePath() const { return m_reader.storePath(); }
    void setStorePath(const QString &path);
    qint64 reportId() const { return m_reportId; }
    void setReportId(qint64 id);
    int revision() const { return m_revision; }
    void setRevision(int revision);
    double duplicateRadius() const { return m_radius; }
    void setDuplicateRadius(double metres);
    QVariantList history() const { return m_history; }
    QVariantList duplicates() const { return m_duplicates; }
    QVariantList assets() const { return m_assets; }
    QVariantList photos() const { return m_photos; }
    Status status() const { return m_status; }
    qreal progress() const { return m_status == Ready ? 1.0 : 0.0; }
    QString errorString() const { return m_errorString; }

signals:
    void storePathChanged();
    void reportIdChanged();
    void revisionChanged();
    void duplicateRadiusChanged();
    void detailsChanged();
    void statusChanged();

private:
    void read(bool sameReport);
    void clear();
    void setStatus(Status status, const QString &error = {});

    StoreReader m_reader;
    qint64 m_reportId = -1;
    int m_revision = 0;
    double m_radius = 50;
    QVariantList m_history, m_duplicates, m_assets, m_photos;
    Status m_status = Null;
    QString m_errorString;
};

/// The report figures (total, open, overdue, resolved, median days to resolve, open by
/// domain and by service) computed on a worker; refresh() after a write or a reload.
class ReportFigures : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString storePath READ storePath WRITE setStorePath NOTIFY storePathChanged)
    /// {total, open, overdue, resolved, median_hours_to_resolve, open_by_domain, open_by_service}
    Q_PROPERTY(QVariantMap values READ values NOTIFY valuesChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(qreal progress READ progress NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)

public:
    enum Status { Null, Loading, Ready, Error };
    Q_ENUM(Status)

    explicit ReportFigures(QObject *parent = nullptr);

    QString storePath() const { return m_reader.storePath(); }
    void setStorePath(const QString &path);
    QVariantMap values() const { return m_values; }
    Status status() const { return m_status; }
    qreal progress() const { return m_status == Ready ? 1.0 : 0.0; }
    QString errorString() const { return m_errorString; }

    Q_INVOKABLE void refresh();

signals:
    void storePathChanged();
    void valuesChanged();
    void statusChanged();

private:
    void setStatus(Status status, const QString &error = {});

    StoreReader m_reader;
    QVariantMap m_values;
    Status m_status = Null;
    QString m_errorString;
};
