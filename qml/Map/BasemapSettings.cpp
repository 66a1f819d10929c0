#include "BasemapSettings.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

BasemapSettings::BasemapSettings(QObject *parent)
    : QObject(parent)
{
    QSettings s;
    m_onlineUrl = s.value(u"basemap/onlineUrl"_s).toString();
    m_onlineAttribution = s.value(u"basemap/onlineAttribution"_s).toString();
    m_cacheMegabytes = std::clamp(s.value(u"basemap/cacheMegabytes"_s, 200).toInt(), 10, 10000);
    const int mode = s.value(u"basemap/mode"_s, int(Store)).toInt();
    m_mode = mode == Online && checkUrl(m_onlineUrl).isEmpty() ? Online : mode == None ? None : Store;
}

void BasemapSettings::setMode(Mode mode)
{
    if (mode == Online && !checkUrl(m_onlineUrl).isEmpty())
        mode = Store; // nothing to go online with yet
    if (mode == m_mode)
        return;
    m_mode = mode;
    save();
}

void BasemapSettings::setOnlineUrl(const QString &url)
{
    if (url.trimmed() == m_onlineUrl)
        return;
    m_onlineUrl = url.trimmed();
    save();
}

void BasemapSettings::setOnlineAttribution(const QString &text)
{
    if (text == m_onlineAttribution)
        return;
    m_onlineAttribution = text;
    save();
}

void BasemapSettings::setCacheMegabytes(int megabytes)
{
    megabytes = std::clamp(megabytes, 10, 10000);
    if (megabytes == m_cacheMegabytes)
        return;
    m_cacheMegabytes = megabytes;
    save();
}

QString BasemapSettings::checkUrl(const QString &url) const
{
    const QString t = url.trimmed();
    if (t.isEmpty())
        return tr("Enter the address of the tile source.");
    const QUrl parsed(t);
    if (!parsed.isValid() || (parsed.scheme() != u"http"_s && parsed.scheme() != u"https"_s))
        return tr("The address must start with http:// or https://.");
    if (!t.contains(u"{z}"_s) || !t.contains(u"{x}"_s) || (!t.contains(u"{y}"_s) && !t.contains(u"{-y}"_s)))
        return tr("The address must contain {z}, {x} and {y} where the tile numbers go.");
    return {};
}

void BasemapSettings::save()
{
    QSettings s;
    s.setValue(u"basemap/mode"_s, int(m_mode));
    s.setValue(u"basemap/onlineUrl"_s, m_onlineUrl);
    s.setValue(u"basemap/onlineAttribution"_s, m_onlineAttribution);
    s.setValue(u"basemap/cacheMegabytes"_s, m_cacheMegabytes);
    emit changed();
}
