#include "Text.h"

namespace Text {

QString fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.normalized(QString::NormalizationForm_KD).toCaseFolded()) {
        // đ has no decomposition in Unicode; Slovene and Croatian readers expect d.
        if (c.category() != QChar::Mark_NonSpacing)
            out += c == u'đ' ? u'd' : c;
    }
    return out;
}

} // namespace Text
