// PrivateFiles: folders and files only their owner can read (the registry holds External IDs, role ARNs, the
// inventory and the audit log).
#pragma once

#include "aws/awserror.h"

#include <QList>
#include <QString>
#include <QStringList>

/// Creating and checking owner-only files. New folders are made 0700 and new files 0600 whatever the umask;
/// existing ones are never changed behind the user's back, only reported (exposed()), because a folder such as
/// /tmp or a shared project directory is not ours to chmod.
namespace PrivateFiles {

/// Creates \a dir and every missing parent, each new one with mode 0700. Existing folders keep their mode.
Result<void> makeFolder(const QString &dir);

/// Creates \a path empty with mode 0600 if it does not exist (O_CREAT|O_EXCL, so a file someone else made in the
/// meantime is left alone). SQLite gives the -wal and -shm files it makes later the database file's mode.
Result<void> createFile(const QString &path);

/// A file or folder that other local users can read or write.
struct Exposure
{
    QString path;
    unsigned mode = 0; ///< st_mode & 0777
    friend bool operator==(const Exposure &, const Exposure &) = default;
};

/// Which of \a paths exist with any group or other permission bit (mode & 077); missing paths are skipped.
QList<Exposure> exposed(const QStringList &paths);

/// "0644"
QString modeText(unsigned mode);

/// What `doctor` and the Settings dialog's checks say about \a exposures: ok when there are none.
struct Report
{
    bool ok = true;
    QString detail;
    QString hint;
};
Report report(const QList<Exposure> &exposures);

} // namespace PrivateFiles
