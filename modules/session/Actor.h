#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

/// Who makes a change: every write of every service takes one and records its name.
/// Until accounts exist the actor comes from the operating system (or PTUJ_USER), decided
/// in one place, Actor::fromEnvironment(); accounts will add signed-in actors here.
class Actor
{
    Q_GADGET
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(QString displayName READ displayName CONSTANT)
    Q_PROPERTY(Origin origin READ origin CONSTANT)
    Q_PROPERTY(bool valid READ isValid CONSTANT)

public:
    /// Where the name came from, so a later audit can tell a typed name from a signed-in one.
    enum class Origin { None, Environment, CommandLine, System };
    Q_ENUM(Origin)

    Actor() = default;
    Actor(const QString &name, Origin origin);

    QString name() const { return m_name; }
    /// How people see who made a change: the full name (PTUJ_USER_NAME, else the account's
    /// full name from the system's user database), else the name itself.
    QString displayName() const { return m_displayName.isEmpty() ? m_name : m_displayName; }
    Actor withDisplayName(const QString &displayName) const;
    Origin origin() const { return m_origin; }
    /// A name that is not blank; services refuse writes by an invalid actor.
    bool isValid() const { return !m_name.trimmed().isEmpty(); }

    /// The person at this console: PTUJ_USER, else the operating system's user name
    /// (USER, LOGNAME, USERNAME, else the account of the process).
    static Actor fromEnvironment();
    /// A name given on the command line (--user), or the environment's actor when empty.
    static Actor fromCommandLine(const QString &name);
    /// The console itself acting (e.g. "import" for rows an import writes).
    static Actor system(const QString &what);

    friend bool operator==(const Actor &a, const Actor &b)
    {
        return a.m_name == b.m_name && a.m_origin == b.m_origin;
    }

private:
    QString m_name;
    QString m_displayName;
    Origin m_origin = Origin::None;
};

Q_DECLARE_METATYPE(Actor)
