#include "NestingDepth.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

int NestingDepth::json(const QByteArray &data, int limit)
{
    int depth = 0, deepest = 0;
    bool inString = false;
    const char *p = data.constData();
    const char *const end = p + data.size();
    for (; p < end; ++p) {
        const char c = *p;
        if (inString) {
            if (c == '\\')
                ++p; // the escaped character cannot end the string
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > limit)
                    return deepest;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

int NestingDepth::xml(const QByteArray &data, int limit)
{
    // QXmlStreamReader tokenises without recursion; only readElementText and the callers'
    // own recursion need the bound.
    QXmlStreamReader reader(data);
    int depth = 0, deepest = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > limit)
                    return deepest;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::Invalid) {
            break;
        }
    }
    return deepest;
}

QString NestingDepth::checkJson(const QByteArray &data, const QString &origin)
{
    if (json(data) > InputPolicy::kMaxNestingDepth)
        return QCoreApplication::translate("NestingDepth", "%1 is nested more than %2 levels deep; no real answer is, so it is refused (a damaged or hostile "
               "document)").arg(origin).arg(InputPolicy::kMaxNestingDepth);
    return {};
}

QString NestingDepth::checkXml(const QByteArray &data, const QString &origin)
{
    if (xml(data) > InputPolicy::kMaxNestingDepth)
        return QCoreApplication::translate("NestingDepth", "%1 has XML elements nested more than %2 levels deep; no real answer does, so it is refused (a "
               "damaged or hostile document)").arg(origin).arg(InputPolicy::kMaxNestingDepth);
    return {};
}
