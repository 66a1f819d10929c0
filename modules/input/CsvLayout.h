#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <QStringList>

/// What a CSV file to import looks like, read by us before GDAL sees it: the separator,
/// the columns, which of them hold the coordinates. GDAL's own guess crashed on a file with
/// two columns that both look like X (x,x,y; x,lon,y,lat), dropped columns past 2,000
/// without a word and read an unterminated quote as "no features"; here each of those is a
/// message that names the columns or the line.
namespace CsvLayout {

struct Layout
{
    bool ok = false;
    QString error;          ///< why the file cannot be imported as it is, when !ok
    char separator = ',';
    QStringList columns;    ///< header names as GDAL will see them
    QString xColumn;        ///< chosen coordinate columns (empty: none)
    QString yColumn;
    QString wktColumn;      ///< a WKT geometry column, when there is one
    QStringList warnings;

    /// GDAL's CSV SEPARATOR open option for `separator`.
    QByteArray gdalSeparator() const;
    /// The GDAL CSV open options (NAME=VALUE) that read the file as this layout says: its
    /// separator, exactly the chosen coordinate or WKT columns, types detected.
    QByteArrayList gdalOpenOptions() const;
};

/// Column names that may hold X (easting, longitude), Y and a WKT geometry, lower case.
const QStringList &xNames();
const QStringList &yNames();
const QStringList &wktNames();

/// Inspects the whole text of a CSV file (the header picks the columns; the rest is
/// scanned for an unterminated quote). `origin` names the file in messages.
Layout inspect(const QByteArray &data, const QString &origin);
/// The same for a file, read through a memory map.
Layout inspectFile(const QString &path);

} // namespace CsvLayout
