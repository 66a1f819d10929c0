// libFuzzer target: CsvLayout::inspect, which picks the separator and the coordinate columns
// of a CSV file before GDAL sees it, and checks what it promises the importer.

#include "CsvLayout.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

constexpr size_t kMaxInput = 1024 * 1024;

[[noreturn]] void broken(const char *what, const CsvLayout::Layout &layout)
{
    std::fprintf(stderr, "fuzz_csvlayout: %s (ok=%d error=\"%s\" x=\"%s\" y=\"%s\" wkt=\"%s\" columns=%lld)\n", what,
                 int(layout.ok), qUtf8Printable(layout.error), qUtf8Printable(layout.xColumn),
                 qUtf8Printable(layout.yColumn), qUtf8Printable(layout.wktColumn),
                 static_cast<long long>(layout.columns.size()));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > kMaxInput)
        return -1;
    // Not copied: ASan then sees any read past the end of the input.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString origin = u"fuzz-input.csv"_s;
    const CsvLayout::Layout layout = CsvLayout::inspect(bytes, origin);

    if (!layout.ok) {
        if (layout.error.isEmpty() || !layout.error.contains(origin))
            broken("refused without a message that names the file", layout);
        return 0;
    }
    if (!layout.error.isEmpty())
        broken("ok together with an error message", layout);
    if (!QByteArrayList{"COMMA", "SEMICOLON", "TAB", "PIPE"}.contains(layout.gdalSeparator()))
        broken("separator GDAL does not know", layout);
    // What the importer passes to GDAL as X_/Y_/GEOM_POSSIBLE_NAMES must be one column each,
    // by a name GDAL sees once: two matching columns are what crashed GDAL (x,x,y).
    if (layout.xColumn.isEmpty() != layout.yColumn.isEmpty())
        broken("one coordinate column without the other", layout);
    if (!layout.xColumn.isEmpty() && !layout.wktColumn.isEmpty())
        broken("both x/y and WKT columns chosen", layout);
    for (const QString &chosen : {layout.xColumn, layout.yColumn, layout.wktColumn}) {
        if (chosen.isEmpty())
            continue;
        qsizetype matches = 0;
        for (const QString &c : layout.columns)
            matches += c.compare(chosen, Qt::CaseInsensitive) == 0;
        if (matches != 1)
            broken("a chosen column is not exactly one column of the header", layout);
    }
    if (!layout.xColumn.isEmpty()
        && (!CsvLayout::xNames().contains(layout.xColumn.toLower()) || !CsvLayout::yNames().contains(layout.yColumn.toLower())))
        broken("coordinate column with a name that is not a coordinate name", layout);
    return 0;
}
