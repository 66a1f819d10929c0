#pragma once

#include <QString>

/// Text for matching what people type: case folded and without diacritics, so
/// "grajenscak" finds "Grajenščak" and "zascita" finds "Zaščita".
inline QString foldForSearch(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD).toCaseFolded()) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c == u'đ' ? u'd' : c;
    }
    return out;
}
