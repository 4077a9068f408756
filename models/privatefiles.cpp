// PrivateFiles: 0700 folders, 0600 files, and the check for ones other users can read.
#include "models/privatefiles.h"

#include "models/errortext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
AwsError fileError(const QString &message)
{
    AwsError e = AwsError::make(AwsError::Kind::Service, message);
    e.code = OnrampError::DatabaseOpenFailed;
    return e;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

Result<void> PrivateFiles::makeFolder(const QString &dir)
{
    const QString absolute = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    // The missing folders, outermost first.
    QStringList missing;
    for (QString at = absolute; !at.isEmpty() && !QFileInfo::exists(at); at = QFileInfo(at).path()) {
        missing.prepend(at);
        if (at == QFileInfo(at).path())
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(folder);
        // mkdir applies the umask to 0700, which can only remove bits: never wider than owner-only.
        if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
            return fileError(QCoreApplication::translate("PrivateFiles", "Cannot create the folder %1: %2")
                                 .arg(folder, errnoText(errno)));
    }
    return {};
}

Result<void> PrivateFiles::createFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return {};
    }
    if (errno == EEXIST)
        return {}; // an existing database keeps its mode; exposed() reports a loose one
    return fileError(QCoreApplication::translate("PrivateFiles", "Cannot create %1: %2").arg(path, errnoText(errno)));
}

QList<PrivateFiles::Exposure> PrivateFiles::exposed(const QStringList &paths)
{
    QList<Exposure> out;
    for (const QString &path : paths) {
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        const unsigned mode = unsigned(st.st_mode) & 0777u;
        if (mode & 077u)
            out.append({ path, mode });
    }
    return out;
}

QString PrivateFiles::modeText(unsigned mode)
{
    return QStringLiteral("0%1").arg(mode & 0777u, 3, 8, QLatin1Char('0'));
}

PrivateFiles::Report PrivateFiles::report(const QList<Exposure> &exposures)
{
    Report r;
    if (exposures.isEmpty()) {
        r.detail = QCoreApplication::translate("PrivateFiles", "only you can read the registry files");
        return r;
    }
    QStringList items;
    QStringList paths;
    for (const Exposure &e : exposures) {
        items << QStringLiteral("%1 (%2)").arg(e.path, modeText(e.mode));
        paths << e.path;
    }
    r.ok = false;
    r.detail = QCoreApplication::translate("PrivateFiles",
        "other users of this computer can read External IDs, role ARNs, the "
        "inventory and the audit log: %1")
                   .arg(items.join(QStringLiteral(", ")));
    r.hint = QCoreApplication::translate("PrivateFiles", "run: chmod go= %1").arg(paths.join(u' '));
    return r;
}
