#include "DataPaths.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace {
QString g_directory;
}

void DataPaths::setDirectory(const QString &directory)
{
    g_directory = QDir(directory).absolutePath();
}

QString DataPaths::defaultDirectory()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {u"../data"_s, u"../share/ptuj-console/data"_s}) {
        if (bin.exists(candidate + u"/geodata"_s))
            return QDir::cleanPath(bin.absoluteFilePath(candidate));
    }
    return QDir::cleanPath(bin.absoluteFilePath(u"../data"_s));
}

QString DataPaths::current()
{
    return g_directory.isEmpty() ? defaultDirectory() : g_directory;
}

QString DataPaths::directory() const
{
    return current();
}

QUrl DataPaths::file(const QString &relativePath) const
{
    return QUrl::fromLocalFile(QDir(directory()).absoluteFilePath(relativePath));
}
