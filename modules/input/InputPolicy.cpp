#include "InputPolicy.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

bool InputPolicy::isAllowedRemoteUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http"_s || scheme == u"https"_s) && !url.host().isEmpty();
}

QString InputPolicy::whyNotEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.scheme().isEmpty())
        return QCoreApplication::translate("InputPolicy", "'%1' is not a URL; give the API root, e.g. https://example.org/open311/v2/").arg(url.toString());
    if (!isAllowedRemoteUrl(url))
        return QCoreApplication::translate("InputPolicy", "'%1' is not an http or https address; an endpoint is read over http(s) only (a local file is "
               "imported by naming it, not as a URL)").arg(url.toDisplayString(QUrl::RemoveUserInfo));
    return {};
}

std::optional<int> InputPolicy::timeoutMilliseconds(const QString &seconds, QString *error)
{
    bool ok = false;
    const double s = seconds.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(s) || s <= 0 || s > kMaxTimeoutSeconds) {
        if (error)
            *error = QCoreApplication::translate("InputPolicy", "--timeout '%1' is not a number of seconds between 0 and %2").arg(seconds).arg(kMaxTimeoutSeconds);
        return std::nullopt;
    }
    return std::max(1, int(std::lround(s * 1000)));
}

QString InputPolicy::formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return QCoreApplication::translate("InputPolicy", "%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return QCoreApplication::translate("InputPolicy", "%1 KB").arg(double(bytes) / 1024, 0, 'f', 1);
    return QCoreApplication::translate("InputPolicy", "%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}
