#pragma once

#include <QCommandLineOption>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

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
/// --user NAME: who makes a change, described for the command.
QCommandLineOption userOption(const QString &description);
/// One subcommand of a command made of several ("reports import …"), by name.
using Subcommand = std::pair<QString, std::function<int(const QStringList &)>>;
/// Runs the subcommand arguments[1] names with "<program> <command> <name>" as its
/// arguments[0]; with no name (exit 2) or --help (exit 0) prints the usage, and fails with
/// the list of names for an unknown one.
int runSubcommand(const QStringList &arguments, const QString &command, const QList<Subcommand> &subcommands);
/// Adds --help and parses; false when the command should end now with *code (a usage
/// error, or help printed).
bool parse(QCommandLineParser &parser, const QStringList &arguments, int *code);

} // namespace CliSupport
