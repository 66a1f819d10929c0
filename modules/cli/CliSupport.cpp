#include "CliSupport.h"

#include "Store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

int CliSupport::printJson(const QJsonValue &value, const QString &command)
{
    const QByteArray out = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    return writeStdout(out, command) ? 0 : 1;
}

bool CliSupport::writeStdout(const QByteArray &data, const QString &command)
{
    // A full disk or a closed pipe behind stdout is a failed command, not a silent success.
    errno = 0;
    const bool ok = std::fwrite(data.constData(), 1, size_t(data.size()), stdout) == size_t(data.size())
                    && std::fflush(stdout) == 0 && !std::ferror(stdout);
    if (!ok)
        fail(u"cannot write the output (%1)"_s.arg(QString::fromLocal8Bit(std::strerror(errno ? errno : EIO))), 1, command);
    return ok;
}

bool CliSupport::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    const QFileInfo info(path);
    const auto failed = [&](const QString &reason) {
        if (error)
            *error = u"cannot write %1: %2; nothing was written"_s.arg(path, reason);
        return false;
    };
    if (info.isDir())
        return failed(u"it is a folder"_s);
    // A regular file is replaced only once all of it is written (a full disk leaves the old
    // one); a device or pipe (/dev/stdout, /dev/full) is written directly, and every write
    // and the final flush are checked.
    if (!info.exists() || info.isFile()) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return failed(file.errorString());
        if (file.write(data) != data.size() || !file.commit())
            return failed(file.errorString());
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (file.write(data) != data.size() || !file.flush() || file.error() != QFileDevice::NoError)
        return failed(file.errorString());
    file.close();
    if (file.error() != QFileDevice::NoError)
        return failed(file.errorString());
    return true;
}

int CliSupport::fail(const QString &message, int code, const QString &command)
{
    if (command.isEmpty())
        std::fprintf(stderr, "ptuj-console: %s\n", qPrintable(message));
    else
        std::fprintf(stderr, "ptuj-console %s: %s\n", qPrintable(command), qPrintable(message));
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

QCommandLineOption CliSupport::userOption(const QString &description)
{
    return {u"user"_s, description, u"name"_s};
}

int CliSupport::runSubcommand(const QStringList &arguments, const QString &command, const QList<Subcommand> &subcommands)
{
    const QString name = arguments.value(1);
    QStringList names;
    for (const Subcommand &s : subcommands) {
        if (s.first == name) {
            QStringList rest = arguments.mid(2);
            rest.prepend(arguments.value(0) + u' ' + name);
            return s.second(rest);
        }
        names.append(s.first);
    }
    if (name == u"--help"_s || name == u"-h"_s || name.isEmpty()) {
        std::puts(qPrintable(u"Usage: ptuj-console %1 %2 [options]; see ptuj-console %1 <subcommand> --help"_s.arg(
            command, names.join(u'|'))));
        return name.isEmpty() ? 2 : 0;
    }
    const QString list = names.size() > 1 ? names.mid(0, names.size() - 1).join(u", "_s) + u" or "_s + names.last() : names.value(0);
    return fail(u"unknown %1 subcommand '%2'; use %3"_s.arg(command, name, list), 2);
}
