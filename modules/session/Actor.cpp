#include "Actor.h"

#include <pwd.h>
#include <unistd.h>

Actor::Actor(const QString &name, Origin origin)
    : m_name(name.trimmed())
    , m_origin(origin)
{
}

namespace {

// The full name the system's user database keeps for the account (the first field of
// GECOS), empty when there is no such account or no name.
QString accountFullName(const QString &login)
{
    const QByteArray name = login.toLocal8Bit();
    const passwd *account = getpwnam(name.constData());
    if (!account || !account->pw_gecos)
        return {};
    return QString::fromLocal8Bit(account->pw_gecos).section(u',', 0, 0).trimmed();
}

Actor named(Actor actor)
{
    const QString full = qEnvironmentVariable("PTUJ_USER_NAME").trimmed();
    return actor.withDisplayName(full.isEmpty() ? accountFullName(actor.name()) : full);
}

} // namespace

Actor Actor::withDisplayName(const QString &displayName) const
{
    Actor out = *this;
    // A name from outside stays one line of plain text.
    out.m_displayName = displayName.simplified().left(120);
    return out;
}

Actor Actor::fromEnvironment()
{
    // PTUJ_USER first so tests and shared kiosk seats can name the person explicitly.
    for (const char *variable : {"PTUJ_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return named(Actor(name, Origin::Environment));
    }
    // Services and cron jobs often run without USER set: ask the system for the account.
    if (const passwd *account = getpwuid(getuid()); account && account->pw_name)
        return named(Actor(QString::fromLocal8Bit(account->pw_name), Origin::Environment));
    return {};
}

Actor Actor::fromCommandLine(const QString &name)
{
    if (name.trimmed().isEmpty())
        return fromEnvironment();
    return Actor(name, Origin::CommandLine).withDisplayName(accountFullName(name.trimmed()));
}

Actor Actor::system(const QString &what)
{
    return Actor(what, Origin::System);
}
