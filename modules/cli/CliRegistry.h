#pragma once

#include "CliCommand.h"

#include <QList>

/// The headless commands of ptuj-console: each module registers its own (modules/<m>/cli/),
/// the composition root adds them, app/main.cpp asks here which command to run and --help
/// lists them from here.
class CliRegistry
{
public:
    /// Adds a command; false, and nothing added, when its name is taken, empty or starts
    /// with '-', or it has no handler.
    bool add(const CliCommand &command, QString *errorString = nullptr);
    /// Adds a module's commands in order; stops at the first that cannot be added.
    bool add(const QList<CliCommand> &commands, QString *errorString = nullptr);

    /// The command named `name`, or nullptr.
    const CliCommand *find(const QString &name) const;
    /// In the order they were added, which is the order --help lists them in.
    const QList<CliCommand> &commands() const { return m_commands; }
    QStringList names() const;
    /// One "  name         summary" line per command, as --help shows them.
    QString helpText() const;

    /// True when arguments[1] names a command (arguments[0] is the program).
    bool handles(const QStringList &arguments) const;
    /// Runs the command named by arguments[1]; returns its exit code, or 2 (with a message
    /// on stderr) when there is no such command.
    int run(const QStringList &arguments) const;

private:
    QList<CliCommand> m_commands;
};
