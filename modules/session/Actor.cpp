#include "Actor.h"

#include <pwd.h>
#include <unistd.h>

Actor::Actor(const QString &name, Origin origin)
    : m_name(name.trimmed())
    , m_origin(origin)
{
}

Actor Actor::fromEnvironment()
{
    // PTUJ_USER first so tests and shared kiosk seats can name the person explicitly.
    for (const char *variable : {"PTUJ_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return Actor(name, Origin::Environment);
    }
    // Services and cron jobs often run without USER set: ask the system for the account.
    if (const passwd *account = getpwuid(getuid()); account && account->pw_name)
        return Actor(QString::fromLocal8Bit(account->pw_name), Origin::Environment);
    return {};
}

Actor Actor::fromCommandLine(const QString &name)
{
    if (name.trimmed().isEmpty())
        return fromEnvironment();
    return Actor(name, Origin::CommandLine);
}

Actor Actor::system(const QString &what)
{
    return Actor(what, Origin::System);
}
