// Reliability suites' shared harness: onrampctl runs against the fake AWS endpoint, the keychain and the database.
#pragma once

#include "../support/fakeaws.h"
#include "../support/onrampctlrun.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

#ifndef ONRAMPCTL_PATH
#error "ONRAMPCTL_PATH must name the onrampctl executable (tests/reliability/CMakeLists.txt)"
#endif

namespace reliability {

/// One finished onrampctl process.
/// Keys for `connect-keys` on stdin, one per line (never on the command line).
QByteArray keysOnStdin(const QString &keyId, const QString &secret);

/// An instance the fake lists exactly as given (explicit ids, so a test knows the fleet it must find).
QJsonObject explicitInstance(const QString &id, const QString &state = QStringLiteral("running"));
/// A fleet of explicit instances: \a counts maps region -> how many; ids are "i-0<tag><region#><n>" (17 hex).
/// Returns the scenario "accounts" value for \a awsAccount and fills \a ids with every id.
QJsonObject explicitFleet(
    const QString &awsAccount, const QList<QPair<QString, int>> &counts, const QString &tag, QSet<QString> *ids);
/// The scenario "regions" value: just these regions, enabled.
QJsonArray onlyRegions(const QStringList &names);

/// The discovery role: it requires exactly \a externalId, or without one any External ID of Onramp's shape
/// (a trust policy's StringLike "onramp-*"), so the records of several onboardings can all assume it and it
/// still refuses AssumeRole without an External ID (the proof verify makes).
QJsonObject discoveryRole(const QString &externalId = {});

/// A private world for one test: temp dir, SQLite file, keychain service, fake session and scenario.
class World
{
public:
    explicit World(const FakeAws &fake, const QString &name);

    const FakeAws &fake() const { return m_fake; }
    QString dir() const { return m_dir->path(); }
    QString db() const { return m_db; }
    void setDb(const QString &db) { m_db = db; }
    QString service() const { return m_service; }
    QString session() const { return m_session; }
    QString scenario() const { return m_scenario; }
    void useScenario(const QString &scenario) { m_scenario = scenario; }
    /// Registers \a scenario at runtime under a name unique to this world and uses it; false on failure.
    bool registerScenario(const QJsonObject &scenario);

    /// A clean environment: the fake's endpoint and CA, the console keys, this world's db and keychain service.
    QProcessEnvironment environment(const QString &user = QStringLiteral("alice")) const;
    CliRun run(const QStringList &args, const QByteArray &input = {}) const
    {
        return runWith(environment(), args, input);
    }
    CliRun runWith(const QProcessEnvironment &env, const QStringList &args, const QByteArray &input = {},
        int timeoutMs = 90000) const;
    /// Starts onrampctl without waiting (the caller kills or waits).
    std::unique_ptr<QProcess> start(const QProcessEnvironment &env, const QStringList &args) const;

    /// Keys under this world's keychain service, as the Secret Service shows them (secret-tool).
    QStringList keychainKeys() const;
    /// Removes every entry of this world's keychain service.
    void clearKeychain() const;

    /// SQLite: the first column of every row of \a sql ("<query failed: …>" on error).
    QStringList dbColumn(const QString &sql) const;
    QString dbValue(const QString &sql) const;

    /// Every AWS request the fake received in this world's scenario and session.
    QJsonArray awsLog() const { return m_fake.requestLog(m_scenario, m_session); }
    /// Instance ids stored for \a accountId, from onrampctl instances --json; duplicates kept.
    QStringList listedInstanceIds(const QString &accountId, const QProcessEnvironment &env) const;

private:
    FakeAws m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_service;
    QString m_session;
    QString m_scenario = QStringLiteral("basic");
};

/// The throwaway PostgreSQL cluster of the pgcluster fixture (tests/models/pgcluster.sh): a database of its own
/// owned by an administrator role that migrated it, and console roles allowed in.
class PgCluster
{
public:
    /// Reads $ONRAMP_PGCLUSTER_DIR/cluster.info; isValid() is false without a running cluster.
    PgCluster();
    bool isValid() const { return !m_info.isEmpty(); }
    /// Creates roles \a prefix_admin and \a consoleRoles (password "<role with - for _>-pw"), a fresh database
    /// owned by the admin, migrates it by running onrampctl as the admin in \a world, and lets the roles in.
    bool setUp(const QString &prefix, const QStringList &consoleRoles, const class World &world);
    /// Drops the database.
    void tearDown();
    /// postgresql://role:password@127.0.0.1:port/db (goes in ONRAMP_DB, never on a command line).
    QString url(const QString &role) const;
    /// Runs \a sql as the superuser in \a database (empty: this cluster's test database); the first column of
    /// every row goes to \a rows.
    bool exec(const QString &sql, QStringList *rows = nullptr, const QString &database = {}) const;
    QStringList column(const QString &sql) const
    {
        QStringList rows;
        exec(sql, &rows);
        return rows;
    }

private:
    QHash<QString, QString> m_info;
    QString m_database;
};

} // namespace reliability
