#include "ConsoleContext.h"

#include "CatalogueModel.h"
#include "DataPaths.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

ConsoleContext::ConsoleContext(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_catalogue(new CatalogueModel(this))
{
    if (!m_settings.storePath.isEmpty())
        m_settings.storePath = QFileInfo(m_settings.storePath).absoluteFilePath();
    m_settings.dataDirectory = m_settings.dataDirectory.isEmpty() ? DataPaths::defaultDirectory()
                                                                  : QDir(m_settings.dataDirectory).absolutePath();
    if (m_settings.renderProgram.isEmpty())
        m_settings.renderProgram = QCoreApplication::applicationFilePath();
    m_catalogue->setStorePath(m_settings.storePath);
}

QUrl ConsoleContext::dataFile(const QString &relativePath) const
{
    return QUrl::fromLocalFile(QDir(m_settings.dataDirectory).absoluteFilePath(relativePath));
}

QString ConsoleContext::seededDefault(const QString &sampleStore, QString *errorString)
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
