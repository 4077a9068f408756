// ownConnectionsTo(): this process's established TCP connections to a port on 127.0.0.1, read from the kernel.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QString>

/// The local ports of this process's established TCP connections to 127.0.0.1:\a port: the sockets among
/// /proc/self/fd, matched by inode in /proc/self/net/tcp (what Qt's own connections are, seen from outside Qt).
inline QSet<int> ownConnectionsTo(int port)
{
    QSet<QByteArray> inodes;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.contains(QLatin1StringView("socket:[")))
            inodes.insert(target.section(QLatin1Char('['), 1).chopped(1).toLatin1());
    }
    QSet<int> ports;
    QFile table(QStringLiteral("/proc/self/net/tcp"));
    if (!table.open(QIODevice::ReadOnly))
        return ports;
    const QList<QByteArray> lines = table.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
        const QList<QByteArray> f = lines.at(i).simplified().split(' ');
        if (f.size() < 10 || f.at(3) != "01" || !inodes.contains(f.at(9)))
            continue;
        if (f.at(2) == "0100007F:" + QByteArray::number(port, 16).toUpper().rightJustified(4, '0'))
            ports.insert(f.at(1).mid(f.at(1).indexOf(':') + 1).toInt(nullptr, 16));
    }
    return ports;
}
