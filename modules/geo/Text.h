#pragma once

#include <QString>

/// Text matching shared by every module (Qt Core only).
namespace Text {

/// Text for matching what people type: case folded and without diacritics, so
/// "grajenscak" finds "Grajenščak" and "zascita" finds "Zaščita".
QString fold(const QString &text);

} // namespace Text
