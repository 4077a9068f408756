// Reliability suites' shared harness: runs onrampctl, reads the keychain and the SQLite registry.
#include "reliability.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace reliability {

QByteArray keysOnStdin(const QString &keyId, const QString &secret)
{
    return (keyId + u'\n' + secret + u'\n').toUtf8();
}

QJsonObject explicitInstance(const QString &id, const QString &state)
{
    return QJsonObject { { u"id"_s, id }, { u"state"_s, state } };
}

QJsonObject explicitFleet(
    const QString &awsAccount, const QList<QPair<QString, int>> &counts, const QString &tag, QSet<QString> *ids)
{
    const quint64 tagBits = qHash(tag) & 0xffffu;
    QJsonObject regions;
    quint64 regionIndex = 0;
    for (const auto &[region, count] : counts) {
        QJsonArray instances;
        for (int n = 0; n < count; ++n) {
            const quint64 serial = (tagBits << 40) | (regionIndex << 24) | quint64(n);
            const QString id = u"i-0%1"_s.arg(serial, 16, 16, QLatin1Char('0'));
            ids->insert(id);
            instances.append(explicitInstance(id, n % 7 == 3 ? u"stopped"_s : u"running"_s));
        }
        regions.insert(region, QJsonObject { { u"instances"_s, instances } });
        ++regionIndex;
    }
    return QJsonObject { { awsAccount, QJsonObject { { u"regions"_s, regions } } } };
}

QJsonArray onlyRegions(const QStringList &names)
{
    QJsonArray out;
    for (const QString &n : names)
        out.append(QJsonObject { { u"name"_s, n }, { u"opt_in_status"_s, u"opt-in-not-required"_s } });
    return out;
}

QJsonObject discoveryRole(const QString &externalId)
{
    return QJsonObject { { u"arn"_s, FakeAws::customerRoleArn() },
        { externalId.isEmpty() ? u"external_id_like"_s : u"external_id"_s,
            externalId.isEmpty() ? u"onramp-*"_s : externalId },
        { u"trusted_accounts"_s, QJsonArray { FakeAws::consoleAccount() } },
        { u"allowed_actions"_s,
            QJsonArray { u"ec2:DescribeRegions"_s, u"ec2:DescribeInstances"_s, u"ec2:DescribeInstanceStatus"_s } },
        { u"appears_after_attempts"_s, 0 }, { u"max_session_seconds"_s, 3600 } };
}

World::World(const FakeAws &fake, const QString &name)
    : m_fake(fake)
    , m_dir(std::make_unique<QTemporaryDir>())
{
    m_db = m_dir->filePath(u"registry.db"_s);
    m_session = FakeAws::uniqueSession(u"rel-"_s + name.left(40));
    m_service = u"onramp-reltest-"_s + m_session;
}

bool World::registerScenario(const QJsonObject &scenario)
{
    const QString name = u"rel-"_s + m_session;
    if (!m_fake.putScenario(name, scenario))
        return false;
    m_scenario = name;
    return true;
}

QProcessEnvironment World::environment(const QString &user) const
{
    // Nothing of the caller's AWS or Onramp setup may leak into a test.
    return m_fake.cliEnvironment(m_scenario, m_session, m_dir->path(), m_db, m_service, user);
}

CliRun World::runWith(
    const QProcessEnvironment &env, const QStringList &args, const QByteArray &input, int timeoutMs) const
{
    return runOnrampctl(env, args, input, timeoutMs);
}

std::unique_ptr<QProcess> World::start(const QProcessEnvironment &env, const QStringList &args) const
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(ONRAMPCTL_PATH), args);
    p->waitForStarted(10000);
    return p;
}

QStringList World::keychainKeys() const
{
    QProcess p;
    p.start(u"secret-tool"_s, { u"search"_s, u"--all"_s, u"server"_s, m_service });
    if (!p.waitForFinished(15000))
        return { u"<secret-tool timed out>"_s };
    const QString text = QString::fromUtf8(p.readAllStandardOutput() + '\n' + p.readAllStandardError());
    QStringList keys;
    static const QRegularExpression user(uR"(^attribute\.user = (.*)$)"_s, QRegularExpression::MultilineOption);
    for (auto it = user.globalMatch(text); it.hasNext();)
        keys.append(it.next().captured(1).trimmed());
    keys.sort();
    return keys;
}

void World::clearKeychain() const
{
    QProcess clear;
    clear.start(u"secret-tool"_s, { u"clear"_s, u"server"_s, m_service });
    clear.waitForFinished(15000);
}

QStringList World::dbColumn(const QString &sql) const
{
    static int counter = 0;
    const QString name = u"reliability_%1"_s.arg(++counter);
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_db);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (QFile::exists(m_db) && db.open()) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                values.append(u"<query failed: %1>"_s.arg(q.lastError().text()));
            while (q.next())
                values.append(q.value(0).toString());
        } else {
            values.append(u"<cannot open %1>"_s.arg(m_db));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

QString World::dbValue(const QString &sql) const
{
    const QStringList v = dbColumn(sql);
    return v.isEmpty() ? QString() : v.first();
}

QStringList World::listedInstanceIds(const QString &accountId, const QProcessEnvironment &env) const
{
    const CliRun r = runWith(env, { u"--json"_s, u"instances"_s, accountId });
    QStringList ids;
    if (r.exitCode != 0)
        return { u"<instances failed: %1>"_s.arg(r.describe(QString())) };
    for (const QByteArray &line : r.out.split('\n')) {
        if (!line.trimmed().isEmpty())
            ids.append(QJsonDocument::fromJson(line).object().value(u"instance_id"_s).toString());
    }
    return ids;
}

PgCluster::PgCluster()
{
    QFile info(qEnvironmentVariable("ONRAMP_PGCLUSTER_DIR") + u"/cluster.info"_s);
    if (!info.open(QIODevice::ReadOnly))
        return;
    for (const QByteArray &line : info.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            m_info.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
}

bool PgCluster::setUp(const QString &prefix, const QStringList &consoleRoles, const World &world)
{
    m_database = u"onramp_%1_%2"_s.arg(prefix).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QString admin = prefix + u"_admin"_s;
    // Roles are cluster-wide: created once, their passwords reset every run.
    for (const QString &role : QStringList { admin } + consoleRoles) {
        const QString attrs = u"LOGIN PASSWORD '%1-pw'%2"_s.arg(
            QString(role).replace(u'_', u'-'), role == admin ? u" CREATEROLE"_s : QString());
        if (!exec(u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                  "CREATE ROLE %1; END IF; END $$"_s.arg(role),
                nullptr, u"postgres"_s)
            || !exec(u"ALTER ROLE %1 %2"_s.arg(role, attrs), nullptr, u"postgres"_s))
            return false;
    }
    if (!exec(u"CREATE DATABASE %1 OWNER %2"_s.arg(m_database, admin), nullptr, u"postgres"_s))
        return false;
    // The administrator's first open migrates the schema; then the console roles are let in.
    QProcessEnvironment env = world.environment(QString());
    env.insert(u"ONRAMP_DB"_s, url(admin));
    const CliRun migrated = world.runWith(env, { u"--json"_s, u"users"_s });
    if (migrated.exitCode != 0) {
        qWarning("%s", qPrintable(migrated.describe(u"administrator's first open"_s)));
        return false;
    }
    return exec(u"GRANT onramp_console TO %1"_s.arg(consoleRoles.join(u", "_s)));
}

void PgCluster::tearDown()
{
    if (!m_database.isEmpty())
        exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database), nullptr, u"postgres"_s);
    m_database.clear();
}

QString PgCluster::url(const QString &role) const
{
    return u"postgresql://%1:%2-pw@%3:%4/%5"_s.arg(
        role, QString(role).replace(u'_', u'-'), m_info.value(u"host"_s), m_info.value(u"port"_s), m_database);
}

bool PgCluster::exec(const QString &sql, QStringList *rows, const QString &database) const
{
    static int counter = 0;
    const QString name = u"reliability-pg-%1"_s.arg(++counter);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(m_info.value(u"socket_dir"_s));
        db.setPort(m_info.value(u"port"_s).toInt());
        db.setUserName(m_info.value(u"superuser"_s));
        db.setDatabaseName(database.isEmpty() ? m_database : database);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            while (rows && q.next())
                rows->append(q.value(0).toString());
        } else {
            qWarning("superuser connect: %s", qPrintable(db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace reliability
