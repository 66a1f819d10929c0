#pragma once

#include "InputPolicy.h"

#include <QByteArray>
#include <QString>

/// Local files that data names (a report's photo) and documents read whole, read only the
/// way the policy allows: never because a remote record names them, and from a local import
/// only inside that import file's own folder.
namespace LocalReference {

struct Result
{
    bool ok = false;
    QString error;     ///< why it was not read, for the user
    QString path;      ///< the resolved file (canonical) when ok
    QByteArray data;
};

/// Whether a reference names something local (a path or a file: URL) rather than http(s).
/// Other schemes (ftp:, data:, smb: …) count as local-or-unknown and are never fetched.
bool isLocal(const QString &reference);

/// Reads the regular file `reference` names (a relative path, an absolute path or a file:
/// URL) when it lies inside `folder` once every symbolic link and ".." is resolved, and is
/// at most `maxBytes` long. Devices, FIFOs, sockets and directories are refused unopened.
Result readInside(const QString &folder, const QString &reference, qint64 maxBytes = InputPolicy::kMaxPhotoBytes);

/// Reads a whole document the user named (a file to import), refusing what is not a regular
/// file or is longer than `maxBytes`.
Result readDocument(const QString &path, qint64 maxBytes = InputPolicy::kMaxDocumentBytes);

} // namespace LocalReference
