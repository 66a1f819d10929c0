#include "CliSupport.h"

#include "Store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

int CliSupport::printJson(const QJsonValue &value)
{
    const QByteArray out = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}

int CliSupport::fail(const QString &message, int code)
{
    std::fprintf(stderr, "ptuj-console: %s\n", qPrintable(message));
    return code;
}

QCommandLineOption CliSupport::storeOption()
{
    return {u"store"_s, u"The store (a GeoPackage); default: the per-user store."_s, u"path"_s};
}

QString CliSupport::storePath(const QCommandLineParser &parser)
{
    return parser.isSet(u"store"_s) ? parser.value(u"store"_s) : Store::defaultPath();
}

bool CliSupport::parse(QCommandLineParser &parser, const QStringList &arguments, int *code)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *code = fail(parser.errorText() + u"; see --help"_s, 2);
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *code = 0;
        return false;
    }
    return true;
}
