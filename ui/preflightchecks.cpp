// PreflightChecks: database, keychain, console identity, endpoint and clock checks.
#include "ui/preflightchecks.h"

#include "aws/httpclient.h"
#include "aws/stsclient.h"
#include "models/awsclients.h"
#include "models/errortext.h"
#include "models/registry.h"
#include "models/secretstore.h"
#include "ui/offthread.h"

#include <QThread>

PreflightChecks::PreflightChecks(const ConsoleServices &services, QObject *parent)
    : QObject(parent), m_services(services)
{
}

PreflightChecks::~PreflightChecks()
{
    if (m_worker)
        m_worker->wait();
}

void PreflightChecks::add(Check check)
{
    m_results.append(check);
    Q_EMIT checkDone(check);
}

void PreflightChecks::run()
{
    if (m_running)
        return;
    m_running = true;
    m_results.clear();
    const QString dbUrl = m_services.dbUrl;
    const QString user = m_services.user;
    std::function<QList<Check>()> work = [dbUrl, user] {
        Check c;
        c.name = tr("Database");
        Result<std::unique_ptr<Registry>> opened = Registry::open(dbUrl, user);
        if (!opened) {
            c.detail = ErrorText::describe(opened.error()).message;
            c.hint = tr("Check --db / ONRAMP_DB and the file's permissions.");
            return QList<Check> { c };
        }
        Registry &registry = **opened;
        const Result<qint64> write = registry.appendAudit(registry.consoleUser(), QStringLiteral("doctor"), {},
                                                          QStringLiteral("ok"), {});
        const Result<bool> integrity = registry.integrityCheck();
        c.ok = write.ok() && integrity.ok();
        c.detail = c.ok ? tr("%1 is writable, schema version %2").arg(registry.location()).arg(registry.schemaVersion())
                        : (!write ? write.error().message : integrity.error().message);
        if (!c.ok)
            c.hint = tr("Check the disk and the file's permissions; restore from a backup if it is damaged.");
        QList<Check> checks { c };
        if (!registry.isTeamMode()) {
            const PrivateFiles::Report files = PrivateFiles::report(registry.exposedFiles());
            checks.append({ tr("File permissions"), files.ok, files.detail, files.hint });
        }
        return checks;
    };
    m_worker = runOffThread<QList<Check>>(this, std::move(work), [this](const QList<Check> &checks) {
        for (const Check &c : checks)
            add(c);
        checkKeychain();
    });
}

void PreflightChecks::checkKeychain()
{
    m_services.secrets->probe(this, [this](Result<bool> keychain) {
        Check c;
        c.name = tr("Keychain");
        c.ok = keychain.ok();
        if (c.ok) {
            c.detail = tr("Service \"%1\" is reachable and unlocked").arg(m_services.secrets->serviceName());
        } else {
            const ErrorText t = ErrorText::describe(keychain.error());
            c.detail = t.message;
            c.hint = t.hint;
        }
        add(c);
        checkAws();
    });
}

void PreflightChecks::checkAws()
{
    AwsClients *aws = m_services.aws;
    const Result<CredentialsProviderPtr> console = aws->consoleIdentity();
    if (!console) {
        add({tr("Console identity"), false, console.error().message,
             tr("Choose an AWS profile or store access keys under Console identity, or set AWS_PROFILE.")});
        add({tr("AWS endpoint"), false, tr("Not checked without a console identity."), {}});
        add({tr("Clock"), false, tr("Not checked without a console identity."), {}});
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const QString region = aws->homeRegion();
    const QUrl url = aws->endpoints().stsUrl(region);
    AwsCall call{QByteArrayLiteral("sts"), region, url, AwsQuery("GetCallerIdentity", StsClient::apiVersion)};
    AwsReply *reply = aws->http()->send(std::move(call), *console);
    connect(reply, &AwsReply::finished, this, [this, reply, url] {
        const AwsError &e = reply->error();
        const bool transport = e.kind == AwsError::Kind::Network || e.kind == AwsError::Kind::Timeout
                || e.kind == AwsError::Kind::Tls;
        Check identity{tr("Console identity"), !e.isError(), {}, {}};
        if (e.isError()) {
            const ErrorText t = ErrorText::describe(e);
            identity.detail = t.message;
            identity.hint = t.hint;
        } else {
            identity.detail = QString::fromUtf8(reply->body())
                                      .section(QStringLiteral("<Arn>"), 1)
                                      .section(QStringLiteral("</Arn>"), 0, 0);
        }
        add(identity);
        Check endpoint{tr("AWS endpoint"), !transport, {}, {}};
        endpoint.detail = transport ? e.message : tr("%1 is reachable over %2").arg(url.host(), url.scheme().toUpper());
        if (transport)
            endpoint.hint = ErrorText::describe(e).hint;
        add(endpoint);
        Check clock{tr("Clock"), false, {}, {}};
        if (!reply->serverDate().isValid()) {
            clock.detail = tr("AWS sent no Date header to compare with.");
        } else {
            const qint64 skew = QDateTime::currentDateTimeUtc().secsTo(reply->serverDate());
            clock.ok = qAbs(skew) < 300;
            clock.detail = tr("%1 s from AWS's clock").arg(skew);
            if (!clock.ok)
                clock.hint = tr("Fix this computer's clock (enable NTP time synchronisation).");
        }
        add(clock);
        m_running = false;
        Q_EMIT finished();
    });
}
