#include "DataPaths.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

QString DataPaths::defaultDirectory()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {u"../data"_s, u"../share/ptuj-console/data"_s}) {
        if (bin.exists(candidate + u"/geodata"_s))
            return QDir::cleanPath(bin.absoluteFilePath(candidate));
    }
    return QDir::cleanPath(bin.absoluteFilePath(u"../data"_s));
}
