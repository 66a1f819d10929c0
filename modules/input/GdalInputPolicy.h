#pragma once

#include <QByteArrayList>
#include <QString>

/// How imports use GDAL: GDAL never goes on the network, files that only point at other
/// files or addresses (VRT and the like) are read only when the user asks for them, and
/// a data file's own links are never followed without a word.
namespace GdalInputPolicy {

/// Turns GDAL's network access off for the whole process: GDAL's HTTP fetches are refused,
/// its network file systems (/vsicurl/, /vsis3/ …) removed, PROJ's grid downloads off.
/// The console reads every remote source itself, through BoundedHttp; GDAL only reads
/// local files. Idempotent and thread-safe.
void disableNetwork();

/// Whether a GDAL driver (short name) reads what other files or addresses it names
/// (VRT, OGR_VRT, GPSBabel …).
bool isIndirectDriver(const QString &driver);

/// The drivers an import may open: every vector driver but those that talk to servers or
/// databases, and the indirect ones only when `allowIndirect`.
QByteArrayList allowedDrivers(bool allowIndirect);

/// Why `path` may not be imported as it is (it is an indirect format, or it names its CRS
/// by a link), with what to do instead; empty when it may. `driver` is GDAL's short name
/// for the file.
QString checkSource(const QString &path, const QString &driver, bool allowIndirect);

} // namespace GdalInputPolicy
