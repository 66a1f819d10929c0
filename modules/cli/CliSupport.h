#pragma once

#include <QCommandLineOption>
#include <QJsonValue>
#include <QString>
#include <QStringList>

class QCommandLineParser;

/// What every headless command does the same way: JSON on stdout, a one-line message on
/// stderr with a non-zero exit code (1 for a failure, 2 for a usage error), --help, and the
/// --store option.
///
/// `command` names the command in the message ("ptuj-console tiles: …") for the commands
/// whose messages have always carried it; empty gives "ptuj-console: …".
namespace CliSupport {

/// Prints an object or array as indented JSON; returns 0, or 1 with a message when stdout
/// cannot take it (a full disk, a closed pipe).
int printJson(const QJsonValue &value, const QString &command = {});
/// Writes all of `data` to stdout and flushes; false (and a message on stderr) when it fails.
bool writeStdout(const QByteArray &data, const QString &command = {});
/// Writes a whole file: a regular file atomically (QSaveFile), a device or pipe directly;
/// every write and the flush are checked, so a failed write never reports success.
bool writeFile(const QString &path, const QByteArray &data, QString *error);
/// Prints "ptuj-console: message" (or "ptuj-console <command>: message") on stderr; returns code.
int fail(const QString &message, int code = 1, const QString &command = {});
/// --store PATH (default: the per-user store).
QCommandLineOption storeOption();
/// The --store value, or the per-user store.
QString storePath(const QCommandLineParser &parser);
/// Adds --help and parses; false when the command should end now with *code (a usage
/// error, or help printed).
bool parse(QCommandLineParser &parser, const QStringList &arguments, int *code);

} // namespace CliSupport
