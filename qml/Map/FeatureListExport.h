#pragma once

#include "CatalogueEntry.h"
#include "GeoFeature.h"
#include "MapLayers.h"

#include <QFutureWatcher>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

/// Saves a list the identify panel shows (what lies inside an area, what is near it) as CSV
/// or GeoJSON, on a worker thread. The file is written whole or not at all (QSaveFile).
class FeatureListExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    /// One feature of the list, with what the file needs of it.
    struct Row
    {
        QString layer;
        QString titleSl;
        QString titleEn;
        qint64 fid = -1;
        QString label;
        double distance = 0;
        QList<ShownField> fields;
        GeoFeature feature; ///< WGS84
    };
    enum class Format { Csv, GeoJson };

    explicit FeatureListExport(QObject *parent = nullptr);
    ~FeatureListExport() override;

    bool busy() const { return m_watcher.isRunning(); }

    /// Writes the hits (as MapLayers' inside() gives them) to the file; the format follows
    /// its suffix (.csv, else GeoJSON). finished() says how it went.
    Q_INVOKABLE void save(MapLayers *layers, const QVariantList &hits, const QUrl &file);

    /// The rows of the hits, with each feature's geometry from the layers.
    static QList<Row> rowsOf(const MapLayers &layers, const QVariantList &hits);
    static QByteArray toCsv(const QList<Row> &rows);
    static QByteArray toGeoJson(const QList<Row> &rows);
    /// Writes the rows; false with a reason the user can act on.
    static bool write(const QString &path, Format format, const QList<Row> &rows, QString *errorString);

signals:
    void busyChanged();
    /// ok false: message says why nothing was written.
    void finished(bool ok, const QString &message, const QString &path);

private:
    QFutureWatcher<QString> m_watcher; // the error, empty when written
    QString m_path;
    qsizetype m_count = 0;
};
