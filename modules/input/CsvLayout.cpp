#include "CsvLayout.h"

#include "InputPolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// Splits the first record (quotes may hold separators and line breaks); `end` gets the
// offset just past it.
QStringList headerFields(const QByteArray &data, qsizetype start, char separator, qsizetype *end)
{
    QStringList fields;
    QByteArray field;
    bool quoted = false;
    qsizetype i = start;
    for (; i < data.size(); ++i) {
        const char c = data.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 < data.size() && data.at(i + 1) == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"' && field.isEmpty()) {
            quoted = true;
        } else if (c == separator) {
            fields.append(QString::fromUtf8(field).trimmed());
            field.clear();
        } else if (c == '\n') {
            ++i;
            break;
        } else if (c != '\r') {
            field += c;
        }
    }
    fields.append(QString::fromUtf8(field).trimmed());
    *end = i;
    return fields;
}

// The separator with the most occurrences outside quotes on the first line; comma on a tie.
char detectSeparator(const QByteArray &data, qsizetype start)
{
    std::array<std::pair<char, int>, 4> counts{{{',', 0}, {';', 0}, {'\t', 0}, {'|', 0}}};
    bool quoted = false;
    for (qsizetype i = start; i < data.size() && (quoted || data.at(i) != '\n'); ++i) {
        const char c = data.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted)
            for (auto &[sep, n] : counts)
                n += c == sep;
    }
    char best = ',';
    int most = 0;
    for (const auto &[sep, n] : counts) {
        if (n > most) {
            best = sep;
            most = n;
        }
    }
    return best;
}

// Line (1-based) of a quote that is opened and never closed, or 0. A quote opens a quoted
// value only at the start of a field, as RFC 4180 and GDAL read it.
qsizetype unterminatedQuoteLine(const QByteArray &data, qsizetype start, char separator)
{
    bool quoted = false, fieldStart = true;
    qsizetype line = 1, openedOn = 0;
    const char *p = data.constData();
    for (qsizetype i = start; i < data.size(); ++i) {
        const char c = p[i];
        if (c == '\n')
            ++line;
        if (quoted) {
            if (c == '"') {
                if (i + 1 < data.size() && p[i + 1] == '"')
                    ++i;
                else
                    quoted = false;
            }
            continue;
        }
        if (c == '"' && fieldStart) {
            quoted = true;
            openedOn = line;
        }
        fieldStart = c == separator || c == '\n' || (fieldStart && (c == ' ' || c == '\r'));
    }
    return quoted ? openedOn : 0;
}

QString joinQuoted(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out.append(u'"' + n + u'"');
    return out.join(u", "_s);
}

} // namespace

QByteArray CsvLayout::Layout::gdalSeparator() const
{
    switch (separator) {
    case ';': return "SEMICOLON";
    case '\t': return "TAB";
    case '|': return "PIPE";
    default: return "COMMA";
    }
}

QByteArrayList CsvLayout::Layout::gdalOpenOptions() const
{
    QByteArrayList options{"SEPARATOR=" + gdalSeparator()};
    if (!xColumn.isEmpty()) {
        options.append("X_POSSIBLE_NAMES=" + xColumn.toUtf8());
        options.append("Y_POSSIBLE_NAMES=" + yColumn.toUtf8());
    }
    if (!wktColumn.isEmpty())
        options.append("GEOM_POSSIBLE_NAMES=" + wktColumn.toUtf8());
    options.append("KEEP_GEOM_COLUMNS=NO");
    options.append("AUTODETECT_TYPE=YES");
    return options;
}

const QStringList &CsvLayout::xNames()
{
    // GK/D96 surveys call the easting "y" (y_d96, gkx in older exports mean the same axis).
    static const QStringList names{u"x"_s, u"lon"_s, u"lng"_s, u"long"_s, u"longitude"_s,
                                   u"easting"_s, u"e"_s, u"y_d96"_s, u"gkx"_s};
    return names;
}

const QStringList &CsvLayout::yNames()
{
    static const QStringList names{u"y"_s, u"lat"_s, u"latitude"_s, u"northing"_s, u"n"_s, u"x_d96"_s, u"gky"_s};
    return names;
}

const QStringList &CsvLayout::wktNames()
{
    static const QStringList names{u"wkt"_s, u"geom"_s, u"geometry"_s, u"the_geom"_s};
    return names;
}

CsvLayout::Layout CsvLayout::inspect(const QByteArray &data, const QString &origin)
{
    Layout layout;
    qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    layout.separator = detectSeparator(data, start);
    qsizetype bodyStart = 0;
    layout.columns = headerFields(data, start, layout.separator, &bodyStart);
    if (layout.columns.size() == 1 && layout.columns.first().isEmpty()) {
        layout.error = QCoreApplication::translate("CsvLayout", "%1 has no header row; the first line must name the columns (e.g. x,y,name)").arg(origin);
        return layout;
    }

    QStringList xs, ys, wkts;
    // Sets, not lists: a header of 50,000 columns took minutes with list lookups (found while
    // writing the fuzz targets).
    QSet<QString> seen, repeatedSet;
    QStringList repeated;
    for (const QString &c : std::as_const(layout.columns)) {
        const QString key = c.toLower();
        if (seen.contains(key) && !repeatedSet.contains(key)) {
            repeated.append(c);
            repeatedSet.insert(key);
        }
        seen.insert(key);
        if (xNames().contains(key))
            xs.append(c);
        else if (yNames().contains(key))
            ys.append(c);
        else if (wktNames().contains(key))
            wkts.append(c);
    }
    if (!repeated.isEmpty()) {
        layout.error = QCoreApplication::translate("CsvLayout", "%1 names the column(s) %2 more than once; give every column its own name").arg(
            origin, joinQuoted(repeated));
        return layout;
    }
    if (wkts.size() > 1) {
        layout.error = QCoreApplication::translate("CsvLayout", "%1 has more than one geometry column (%2); keep one, or rename the others").arg(
            origin, joinQuoted(wkts));
        return layout;
    }
    if (wkts.size() == 1) {
        layout.wktColumn = wkts.first();
        if (!xs.isEmpty() || !ys.isEmpty())
            layout.warnings.append(QCoreApplication::translate("CsvLayout", "the geometry is read from column %1; the columns %2 are kept as attributes").arg(
                joinQuoted(wkts), joinQuoted(xs + ys)));
    } else if (xs.size() > 1 || ys.size() > 1) {
        layout.error = QCoreApplication::translate("CsvLayout", "%1 has more than one column that may hold a coordinate: X from %2, Y from %3; keep one "
                       "column for each axis (rename the others, e.g. lon_wgs84)")
                           .arg(origin, xs.isEmpty() ? u"none"_s : joinQuoted(xs), ys.isEmpty() ? u"none"_s : joinQuoted(ys));
        return layout;
    } else if (xs.size() == 1 && ys.size() == 1) {
        layout.xColumn = xs.first();
        layout.yColumn = ys.first();
    } else if (xs.size() + ys.size() == 1) {
        layout.error = QCoreApplication::translate("CsvLayout", "%1 has a column for one coordinate only (%2); it needs both, e.g. x and y, or lon and lat").arg(
            origin, joinQuoted(xs + ys));
        return layout;
    }

    const qsizetype attributes = layout.columns.size() - (layout.xColumn.isEmpty() ? 0 : 2) - (layout.wktColumn.isEmpty() ? 0 : 1);
    if (attributes > InputPolicy::kMaxAttributeColumns) {
        layout.error = QCoreApplication::translate("CsvLayout", "%1 has %2 columns; a layer in the store holds at most %3 attributes (a GeoPackage limit), so "
                       "columns would be lost: split the file or leave out columns")
                           .arg(origin)
                           .arg(layout.columns.size())
                           .arg(InputPolicy::kMaxAttributeColumns);
        return layout;
    }
    if (const qsizetype line = unterminatedQuoteLine(data, bodyStart, layout.separator); line > 0) {
        layout.error = QCoreApplication::translate("CsvLayout", "%1: the quote that opens a value on line %2 is never closed, so every row after it would be "
                       "read as one value; close the quote (a quote inside a value is written \"\")")
                           .arg(origin)
                           .arg(line + 1);
        return layout;
    }
    layout.ok = true;
    return layout;
}

CsvLayout::Layout CsvLayout::inspectFile(const QString &path)
{
    const QString origin = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Layout layout;
        layout.error = QCoreApplication::translate("CsvLayout", "%1 cannot be read: %2").arg(origin, file.errorString());
        return layout;
    }
    const qint64 size = file.size();
    if (size == 0)
        return inspect({}, origin);
    if (const uchar *mapped = file.map(0, size))
        return inspect(QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), size), origin);
    return inspect(file.readAll(), origin);
}
