#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

#include <ogr_core.h>

#include <vector>

class Store;

/// Fixtures and checks shared by the store tests.
namespace StoreTestUtils {

struct Feature
{
    QString wkt;               ///< empty: no geometry
    QVariantMap attributes;    ///< QString, int, qint64, double or QDate values
};

/// Writes a vector file with GDAL: driver e.g. "ESRI Shapefile", epsg 0 = no CRS.
bool writeVectorFile(const QString &path, const char *driver, int epsg, OGRwkbGeometryType type,
                     const std::vector<Feature> &features, const QStringList &layerOptions = {},
                     const QString &layerName = QStringLiteral("test"), bool addToExisting = false);

/// SHA-256 over every row of every table of an SQLite file: "content", not bytes, so
/// free pages and WAL state do not matter.
QByteArray contentHash(const QString &storePath);

/// "ok" when SQLite's integrity check passes.
QString integrityCheck(const QString &storePath);

/// Points on a grid inside the municipality in D96/TM, as CSV x,y,name rows.
QByteArray gridCsv(int count, const QString &nameAtRow = {}, int row = -1, const QByteArray &rawName = {});

} // namespace StoreTestUtils
