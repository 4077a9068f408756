// The throwaway PostgreSQL cluster that the pgcluster_start fixture (tests/models/pgcluster.sh) runs for a test.
#pragma once

#include <QFile>
#include <QHash>
#include <QString>

#include <optional>

/// The cluster's cluster.info (KEY=VALUE lines: host, port, administrator, ...) from ONRAMP_PGCLUSTER_DIR, or
/// std::nullopt with a printed warning (not only a skip: a silent skip would hide that team mode went untested)
/// when the fixture did not run or failed; the caller then QSKIPs.
inline std::optional<QHash<QString, QString>> readPgClusterInfo()
{
    const QString dir = qEnvironmentVariable("ONRAMP_PGCLUSTER_DIR");
    QFile info(dir + QStringLiteral("/cluster.info"));
    if (dir.isEmpty() || !info.open(QIODevice::ReadOnly)) {
        qWarning("No PostgreSQL test cluster (ONRAMP_PGCLUSTER_DIR=\"%s\", no cluster.info there): the fixture "
                 "pgcluster_start did not run or failed. Run through ctest, which starts it "
                 "(tests/models/pgcluster.sh).",
            qPrintable(dir));
        return std::nullopt;
    }
    QHash<QString, QString> values;
    for (const QByteArray &line : info.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return values;
}
