#include "ConsoleStore.h"

#include "CatalogueModel.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
QString g_path;
}

ConsoleStore *ConsoleStore::create(QQmlEngine *, QJSEngine *)
{
    return new ConsoleStore;
}

ConsoleStore::ConsoleStore(QObject *parent)
    : QObject(parent)
    , m_catalogue(new CatalogueModel(this))
{
    m_catalogue->setStorePath(path());
}

QString ConsoleStore::path() const
{
    return g_path;
}

void ConsoleStore::setPath(const QString &path)
{
    g_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

QString ConsoleStore::seededDefault(const QString &sampleStore, QString *errorString)
{
    const QString target = Store::defaultPath();
    if (QFileInfo::exists(target))
        return target;
    if (!QFileInfo::exists(sampleStore)) {
        *errorString = u"no store at %1 and no sample store at %2 to start from"_s.arg(target, sampleStore);
        return {};
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    // Copy under a temporary name first so a crash never leaves half a store in place.
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    if (!QFile::copy(sampleStore, partial) || !QFile::rename(partial, target)) {
        *errorString = u"cannot create the store %1 from the sample %2"_s.arg(target, sampleStore);
        return {};
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return target;
}

QString ConsoleStore::userName()
{
    for (const char *variable : {"PTUJ_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("uporabnik");
}
