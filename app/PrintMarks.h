#pragma once

#include "PrintPage.h"

#include <QList>
#include <QString>

/// The marks a print carries over the layers (report markers, the selection, the measured
/// shape), read from the GeoJSON file the window writes for `render --marks FILE`: a
/// FeatureCollection in WGS84 whose features have `mark` = "report", "selection" or
/// "measure", and optionally `color` (#rrggbb) and `label`.
namespace PrintMarks {

/// At most this many bytes, features and coordinates; more is refused, not cut.
constexpr qint64 kMaxBytes = 32ll << 20;
constexpr qsizetype kMaxFeatures = 100000;
constexpr qsizetype kMaxPositions = 2000000;

/// The marks in Web Mercator metres; false with a reason when the file is not such a list.
bool read(const QString &path, QList<PrintPage::Mark> *marks, QString *errorString);

} // namespace PrintMarks
