// StdinFifo: a named pipe as a child process's stdin, telling when the child has read what it was given.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

/// Onramp's executables are not dumpable (disableCoreDumps()), so another process cannot look at their
/// /proc/<pid>/syscall or wchan to see that they wait in read(0). What it can see is that they took what was
/// written: hand path() to QProcess::setStandardInputFile() before start(), write() the first part of the input
/// (for connect-keys: the access key id line), and once unread() is 0 the child has read it and waits for more.
/// close() ends the input (the child reads EOF after the rest). Test-only.
class StdinFifo final
{
public:
    StdinFifo()
    {
        if (!m_dir.isValid())
            return;
        m_path = m_dir.filePath(QStringLiteral("stdin"));
        // Read-write: opening never blocks, and the child's read-only open finds a writer at once.
        if (mkfifo(QFile::encodeName(m_path).constData(), 0600) == 0)
            m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CLOEXEC);
    }
    ~StdinFifo() { close(); }
    StdinFifo(const StdinFifo &) = delete;
    StdinFifo &operator=(const StdinFifo &) = delete;

    bool isValid() const { return m_fd >= 0; }
    QString path() const { return m_path; }
    bool write(const QByteArray &bytes)
    {
        return m_fd >= 0 && ::write(m_fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
    }
    /// Bytes written and not yet read by the child; -1 on error.
    int unread() const
    {
        int n = 0;
        return m_fd >= 0 && ::ioctl(m_fd, FIONREAD, &n) == 0 ? n : -1;
    }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_fd = -1;
};
