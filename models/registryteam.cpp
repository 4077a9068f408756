// Registry: team-mode URLs (parsing, the password rules), the transport rule for the PostgreSQL connection, and
// keeping the server's planner statistics up with a first discovery.
#include "models/registry_p.h"

#include "models/logging.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

using namespace RegistryInternal;

namespace {

/// One libpq host (or, with \a isAddress, hostaddr) entry. An empty host is libpq's default socket directory.
PgRoute routeOf(const QString &entry, bool isAddress)
{
    const QString h = entry.trimmed();
    if (!isAddress && (h.isEmpty() || h.startsWith(QLatin1Char('/'))))
        return PgRoute::Socket;
    if (h.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return PgRoute::Loopback;
    QHostAddress address;
    if (address.setAddress(h) && address.isLoopback())
        return PgRoute::Loopback;
    return PgRoute::Remote;
}

/// A conninfo value: quoted when libpq would otherwise split it (a space would start another keyword).
QString conninfoValue(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s'\\\\]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

Result<PgTarget> RegistryInternal::parsePostgresUrl(const QString &dbUrl, const Registry::Options &options)
{
    const QUrl url(dbUrl, QUrl::StrictMode);
    if (!Registry::isTeamModeUrl(dbUrl) || !url.isValid() || url.path().size() < 2)
        return makeError(AwsError::Kind::InvalidInput, OnrampError::InvalidDatabaseUrl,
            Registry::tr("Not a valid PostgreSQL URL; expected postgresql://ROLE@HOST:PORT/DATABASE (the password "
                         "comes from PGPASSFILE, ~/.pgpass or PGPASSWORD)."));
    const QUrlQuery query(url);
    PgTarget t;
    // What we show and log: no password, neither in the user info nor as a query item.
    QUrl safe = url;
    safe.setPassword(QString());
    QUrlQuery safeQuery(query);
    safeQuery.removeAllQueryItems(QStringLiteral("password"));
    safe.setQuery(safeQuery);
    t.location = safe.toString();
    const QString hostItem = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    t.host = hostItem.isEmpty() ? url.host() : hostItem;
    t.port = url.port();
    t.database = url.path().mid(1);
    t.user = url.userName(QUrl::FullyDecoded);
    t.password = url.password(QUrl::FullyDecoded);

    // Where libpq will connect: a hostaddr (PGHOSTADDR) is the address it uses whatever the host says; without
    // any host a service file (PGSERVICE) may name one we cannot see, so that counts as not local.
    const QString hostAddr = qEnvironmentVariable("PGHOSTADDR").trimmed();
    const QString hosts = t.host.isEmpty() ? qEnvironmentVariable("PGHOST") : t.host;
    QList<PgRoute> routes;
    QString where = hostAddr.isEmpty() ? hosts : hostAddr;
    if (!hostAddr.isEmpty()) {
        for (const QString &entry : hostAddr.split(QLatin1Char(',')))
            routes << routeOf(entry, true);
    } else if (hosts.isEmpty() && !qEnvironmentVariable("PGSERVICE").isEmpty()) {
        routes << PgRoute::Remote;
        where = Registry::tr("the PGSERVICE service");
    } else {
        for (const QString &entry : hosts.split(QLatin1Char(',')))
            routes << routeOf(entry, false);
    }
    t.route = routes.contains(PgRoute::Remote) ? PgRoute::Remote
        : routes.contains(PgRoute::Loopback)   ? PgRoute::Loopback
                                               : PgRoute::Socket;

    static const QStringList kSslModes { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    const QLatin1StringView verifyFull("verify-full");
    QString mode = query.queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded).trimmed();
    QString modeSource = Registry::tr("the database URL");
    if (!query.hasQueryItem(QStringLiteral("sslmode"))) {
        // The environment's choice is a choice too: it is held to the same rule, not silently replaced.
        mode = qEnvironmentVariable("PGSSLMODE").trimmed();
        modeSource = QStringLiteral("PGSSLMODE");
    }
    if (!mode.isEmpty() && !kSslModes.contains(mode))
        return makeError(AwsError::Kind::InvalidInput, OnrampError::InvalidDatabaseUrl,
            Registry::tr("sslmode \"%1\" (from %2) is not one of %3.")
                .arg(mode, modeSource, kSslModes.join(QStringLiteral(", "))));
    if (t.route == PgRoute::Remote) {
        if (mode.isEmpty())
            mode = verifyFull;
        if (mode != verifyFull)
            return makeError(AwsError::Kind::InvalidInput, OnrampError::InsecureDatabaseTransport,
                Registry::tr("Refusing sslmode=%1 (from %2) for the team database on %3: a server that is not on "
                             "this computer is reached only with sslmode=verify-full, which encrypts the "
                             "connection and checks the server's certificate and host name. Remove sslmode=%1 "
                             "(verify-full is the default) and give the certificate authority that signed the "
                             "server's certificate with ?sslrootcert=FILE or in ~/.postgresql/root.crt.")
                    .arg(mode, modeSource, where));
    } else if (mode.isEmpty()) {
        // A socket or loopback never crosses a network: TLS if the server offers it, else plain, so a local
        // cluster without a certificate works.
        mode = QStringLiteral("prefer");
    }
    t.sslMode = mode;

    // A short connect timeout: an unreachable server must fail, not hang the CLI.
    QStringList connectOptions { QStringLiteral("connect_timeout=%1").arg(options.connectTimeoutS),
        QStringLiteral("sslmode=") + mode };
    bool hasAppName = false;
    for (const char *passThrough :
        { "sslrootcert", "sslcert", "sslkey", "sslcrl", "application_name", "target_session_attrs" }) {
        const QString key = QLatin1StringView(passThrough);
        if (!query.hasQueryItem(key))
            continue;
        const QString value = query.queryItemValue(key, QUrl::FullyDecoded);
        // QPSQL turns every ';' of the options into a space, which would end the value and start a keyword.
        if (value.contains(QLatin1Char(';')))
            return makeError(AwsError::Kind::InvalidInput, OnrampError::InvalidDatabaseUrl,
                Registry::tr("The %1 of the database URL must not contain ';'.").arg(key));
        connectOptions << key + QLatin1Char('=') + conninfoValue(value);
        hasAppName = hasAppName || key == QLatin1StringView("application_name");
    }
    if (!hasAppName)
        connectOptions << QStringLiteral("application_name=onramp");
    t.connectOptions = connectOptions.join(QLatin1Char(';'));
    return t;
}

QString RegistryInternal::describeTransport(const QSqlDatabase &db, PgRoute route, const QString &sslMode)
{
    QSqlQuery q(db);
    QString session = Registry::tr("encryption unknown");
    if (q.exec(QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && q.next())
        session = q.value(0).toBool() ? Registry::tr("encrypted (%1)").arg(q.value(1).toString())
                                      : Registry::tr("not encrypted");
    switch (route) {
    case PgRoute::Remote:
        return Registry::tr("TLS verify-full, %1").arg(session);
    case PgRoute::Socket:
        return Registry::tr("Unix socket (local), %1").arg(session);
    case PgRoute::Loopback:
        break;
    }
    return Registry::tr("loopback, sslmode=%1, %2").arg(sslMode, session);
}

bool Registry::isTeamModeUrl(const QString &dbUrlOrPath)
{
    return dbUrlOrPath.startsWith(QLatin1StringView("postgresql://"), Qt::CaseInsensitive)
        || dbUrlOrPath.startsWith(QLatin1StringView("postgres://"), Qt::CaseInsensitive);
}

bool Registry::databaseUrlHasPassword(const QString &dbUrl)
{
    if (!isTeamModeUrl(dbUrl))
        return false;
    // Read from the text, not from QUrl: a URL QUrl cannot parse (a libpq host list, a stray character) must
    // not hide a password it carries.
    const qsizetype start = dbUrl.indexOf(QLatin1StringView("://")) + 3;
    qsizetype end = start;
    while (end < dbUrl.size() && dbUrl.at(end) != u'/' && dbUrl.at(end) != u'?' && dbUrl.at(end) != u'#')
        ++end;
    const QString authority = dbUrl.mid(start, end - start);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at > 0 && !authority.left(at).section(QLatin1Char(':'), 1).isEmpty())
        return true;
    const qsizetype question = dbUrl.indexOf(QLatin1Char('?'));
    if (question < 0)
        return false;
    const QString queryText = dbUrl.mid(question + 1).section(QLatin1Char('#'), 0, 0);
    return QUrlQuery(queryText).hasQueryItem(QStringLiteral("password"));
}

AwsError Registry::commandLineUrlError(const QString &dbUrlOrPath)
{
    if (!databaseUrlHasPassword(dbUrlOrPath))
        return AwsError();
    return makeError(AwsError::Kind::InvalidInput, OnrampError::PasswordOnCommandLine,
        tr("The database URL given with --db contains a password, which other users of this computer can read "
           "(ps, /proc) and your shell history keeps. Remove it from --db and give the password another way: "
           "the whole URL in the ONRAMP_DB environment variable, a password file (PGPASSFILE or ~/.pgpass), or "
           "PGPASSWORD."));
}

Result<QString> Registry::postgresConnectOptions(const QString &dbUrl, const Options &options)
{
    Result<PgTarget> target = parsePostgresUrl(dbUrl, options);
    if (!target)
        return target.error();
    return target->connectOptions;
}

Result<QString> Registry::postgresConnectOptions(const QString &dbUrl)
{
    return postgresConnectOptions(dbUrl, Options());
}

void Registry::noteRowsAdded(const QString &accountId, qsizetype added)
{
    if (!m_teamMode || added <= 0)
        return;
    constexpr qint64 kFirstRefresh = 1000;
    auto &[total, atRefresh] = m_rowsAdded[accountId];
    total += added;
    if (total < std::max(kFirstRefresh, 2 * atRefresh))
        return;
    atRefresh = total;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT onramp_refresh_statistics()")) || !q.next())
        qCWarning(lcModels).noquote() << "team database: planner statistics not refreshed:"
                                      << q.lastError().databaseText().simplified();
    else if (!q.value(0).toBool())
        qCInfo(lcModels) << "team database: planner statistics being refreshed by another session";
}
