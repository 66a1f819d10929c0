#include "InputPolicy.h"

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
        return u"'%1' is not a URL; give the API root, e.g. https://example.org/open311/v2/"_s.arg(url.toString());
    if (!isAllowedRemoteUrl(url))
        return u"'%1' is not an http or https address; an endpoint is read over http(s) only (a local file is "
               "imported by naming it, not as a URL)"_s.arg(url.toDisplayString(QUrl::RemoveUserInfo));
    return {};
}

std::optional<int> InputPolicy::timeoutMilliseconds(const QString &seconds, QString *error)
{
    bool ok = false;
    const double s = seconds.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(s) || s <= 0 || s > kMaxTimeoutSeconds) {
        if (error)
            *error = u"--timeout '%1' is not a number of seconds between 0 and %2"_s.arg(seconds).arg(kMaxTimeoutSeconds);
        return std::nullopt;
    }
    return std::max(1, int(std::lround(s * 1000)));
}

QString InputPolicy::formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return u"%1 bytes"_s.arg(bytes);
    if (bytes < 1024 * 1024)
        return u"%1 KB"_s.arg(double(bytes) / 1024, 0, 'f', 1);
    return u"%1 MB"_s.arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}
