#include "LocalReference.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Reads a regular file without following a last-moment swap to a FIFO or device: the
// descriptor is opened non-blocking and checked with fstat before anything is read.
LocalReference::Result readRegular(const QString &path, const QString &shown, qint64 maxBytes)
{
    LocalReference::Result r;
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        r.error = QCoreApplication::translate("LocalReference", "%1 cannot be opened (%2)").arg(shown, QString::fromLocal8Bit(strerror(errno)));
        return r;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        r.error = QCoreApplication::translate("LocalReference", "%1 is not a regular file (a device, pipe, socket or folder); it is not read").arg(shown);
        return r;
    }
    if (st.st_size > maxBytes) {
        ::close(fd);
        r.error = QCoreApplication::translate("LocalReference", "%1 is %2, more than the %3 allowed").arg(shown, InputPolicy::formatBytes(st.st_size),
                                                             InputPolicy::formatBytes(maxBytes));
        return r;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        r.error = QCoreApplication::translate("LocalReference", "%1 cannot be read (%2)").arg(shown, file.errorString());
        return r;
    }
    // The size may grow while we read (a file being written): never read past the cap.
    r.data = file.read(maxBytes + 1);
    if (r.data.size() > maxBytes) {
        r.data.clear();
        r.error = QCoreApplication::translate("LocalReference", "%1 is more than the %2 allowed").arg(shown, InputPolicy::formatBytes(maxBytes));
        return r;
    }
    if (file.error() != QFileDevice::NoError) {
        r.data.clear();
        r.error = QCoreApplication::translate("LocalReference", "%1 cannot be read (%2)").arg(shown, file.errorString());
        return r;
    }
    r.ok = true;
    r.path = path;
    return r;
}

} // namespace

bool LocalReference::isLocal(const QString &reference)
{
    const QString t = reference.trimmed();
    return !(t.startsWith(u"http://"_s, Qt::CaseInsensitive) || t.startsWith(u"https://"_s, Qt::CaseInsensitive));
}

LocalReference::Result LocalReference::readInside(const QString &folder, const QString &reference, qint64 maxBytes)
{
    Result r;
    const QString ref = reference.trimmed();
    QString path;
    const QUrl url(ref);
    if (url.isLocalFile()) {
        path = url.toLocalFile();
    } else if (!url.scheme().isEmpty() && url.scheme().size() > 1) {
        // ftp:, data:, smb: … (a one-letter "scheme" would be a Windows drive).
        r.error = QCoreApplication::translate("LocalReference", "%1 uses the %2: scheme; only http(s) links and files beside the import file are accepted").arg(
            ref, url.scheme());
        return r;
    } else {
        path = ref;
    }
    if (path.isEmpty() || path.contains(QChar(0))) {
        r.error = QCoreApplication::translate("LocalReference", "'%1' is not a file name").arg(ref);
        return r;
    }
    const QString base = QFileInfo(folder).canonicalFilePath();
    if (base.isEmpty()) {
        r.error = QCoreApplication::translate("LocalReference", "the folder %1 does not exist").arg(folder);
        return r;
    }
    const QString candidate = QDir::isAbsolutePath(path) ? path : QDir(base).filePath(path);
    const QString resolved = QFileInfo(candidate).canonicalFilePath();
    if (resolved.isEmpty()) {
        r.error = QCoreApplication::translate("LocalReference", "%1 not found beside the import file").arg(ref);
        return r;
    }
    if (!resolved.startsWith(base + u'/')) {
        r.error = QCoreApplication::translate("LocalReference", "%1 lies outside the import file's folder %2; only files in that folder (or below it) are read")
                      .arg(ref, base);
        return r;
    }
    return readRegular(resolved, ref, maxBytes);
}

LocalReference::Result LocalReference::readDocument(const QString &path, qint64 maxBytes)
{
    if (!QFileInfo::exists(path)) {
        Result r;
        r.error = QCoreApplication::translate("LocalReference", "%1 does not exist").arg(path);
        return r;
    }
    return readRegular(path, path, maxBytes);
}
