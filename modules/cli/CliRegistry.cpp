#include "CliRegistry.h"

#include "CliSupport.h"

using namespace Qt::StringLiterals;

bool CliRegistry::add(const CliCommand &command, QString *errorString)
{
    const auto refuse = [errorString](const QString &message) {
        if (errorString)
            *errorString = message;
        return false;
    };
    if (command.name.isEmpty() || command.name.startsWith(u'-') || command.name.contains(u' '))
        return refuse(u"'%1' cannot be the name of a command"_s.arg(command.name));
    if (find(command.name))
        return refuse(u"there is a command named %1 already"_s.arg(command.name));
    if (!command.run)
        return refuse(u"the command %1 has nothing to run"_s.arg(command.name));
    m_commands.append(command);
    return true;
}

bool CliRegistry::add(const QList<CliCommand> &commands, QString *errorString)
{
    for (const CliCommand &c : commands) {
        if (!add(c, errorString))
            return false;
    }
    return true;
}

const CliCommand *CliRegistry::find(const QString &name) const
{
    for (const CliCommand &c : m_commands) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QStringList CliRegistry::names() const
{
    QStringList out;
    for (const CliCommand &c : m_commands)
        out.append(c.name);
    return out;
}

QString CliRegistry::helpText() const
{
    QStringList lines;
    for (const CliCommand &c : m_commands)
        lines.append(u"  "_s + c.name.leftJustified(12) + u' ' + c.summary);
    return lines.join(u'\n');
}

bool CliRegistry::handles(const QStringList &arguments) const
{
    return arguments.size() > 1 && find(arguments.at(1));
}

int CliRegistry::run(const QStringList &arguments) const
{
    const CliCommand *command = find(arguments.value(1));
    if (!command)
        return CliSupport::fail(u"unknown command '%1'"_s.arg(arguments.value(1)), 2);
    // QCommandLineParser wants the program name first: "ptuj-console import".
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + u' ' + command->name);
    return command->run(rest);
}
