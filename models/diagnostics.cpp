// Diagnostics: database, file permissions, keychain, console identity, endpoint and clock checks.
#include "models/diagnostics.h"

#include "aws/stsclient.h"
#include "models/awsclients.h"
#include "models/errortext.h"
#include "models/offthread.h"
#include "models/registry.h"
#include "models/secretstore.h"

#include <QThread>

Diagnostics::Diagnostics(QString dbUrl, QString user, SecretStore *secrets, AwsClients *aws, QObject *parent)
    : QObject(parent)
    , m_dbUrl(std::move(dbUrl))
    , m_user(std::move(user))
    , m_secrets(secrets)
    , m_aws(aws)
{
}

Diagnostics::~Diagnostics()
{
    // The database check's thread reads nothing of ours, but its result is for us: let it end first.
    if (m_worker)
        m_worker->wait();
}

bool Diagnostics::allOk() const
{
    return std::all_of(m_results.cbegin(), m_results.cend(), [](const DiagnosticCheck &c) { return c.ok; });
}

void Diagnostics::add(DiagnosticCheck check)
{
    m_results.append(check);
    Q_EMIT checkDone(check);
}

void Diagnostics::finish()
{
    m_running = false;
    Q_EMIT finished();
}

void Diagnostics::run()
{
    if (m_running)
        return;
    m_running = true;
    m_results.clear();
    std::function<QList<DiagnosticCheck>()> work = [dbUrl = m_dbUrl, user = m_user] {
        DiagnosticCheck db { QStringLiteral("database"), tr("Database"), false, {}, {} };
        const bool team = Registry::isTeamModeUrl(dbUrl);
        Result<std::unique_ptr<Registry>> opened = Registry::open(dbUrl, team ? QString() : user);
        if (!opened) {
            db.detail = ErrorText::describe(opened.error()).message;
            db.hint = tr("Check --db / ONRAMP_DB and the file's permissions.");
            QList<DiagnosticCheck> checks { db };
            if (team) {
                const bool insecure = opened.error().code == OnrampError::InsecureDatabaseTransport;
                checks.append({ QStringLiteral("database transport"), tr("Database transport"), false,
                    insecure ? opened.error().message : tr("Not checked: the team database could not be opened."),
                    {} });
            }
            return checks;
        }
        Registry &registry = **opened;
        const Result<qint64> write
            = registry.appendAudit(registry.consoleUser(), QStringLiteral("doctor"), {}, QStringLiteral("ok"), {});
        const Result<void> integrity = registry.integrityCheck();
        db.ok = write.ok() && integrity.ok();
        db.detail = db.ok
            ? tr("%1 is writable, schema version %2").arg(registry.location()).arg(registry.schemaVersion())
            : (!write ? write.error().message : integrity.error().message);
        if (!db.ok)
            db.hint = tr("Check the disk and the file's permissions; restore from a backup if it is damaged.");
        QList<DiagnosticCheck> checks { db };
        if (registry.isTeamMode()) {
            // open() lets only verify-full, a Unix socket or loopback through: what is reported is which of them
            // is in force and whether the server says the session is encrypted.
            checks.append({ QStringLiteral("database transport"), tr("Database transport"), true,
                registry.transportSecurity(), {} });
        } else {
            const PrivateFiles::Report files = PrivateFiles::report(registry.exposedFiles());
            checks.append(
                { QStringLiteral("file permissions"), tr("File permissions"), files.ok, files.detail, files.hint });
        }
        return checks;
    };
    m_worker
        = runOffThread<QList<DiagnosticCheck>>(this, std::move(work), [this](const QList<DiagnosticCheck> &checks) {
              for (const DiagnosticCheck &c : checks)
                  add(c);
              checkKeychain();
          });
}

void Diagnostics::checkKeychain()
{
    m_secrets->probe(this, [this](Result<void> keychain) {
        DiagnosticCheck c { QStringLiteral("keychain"), tr("Keychain"), keychain.ok(), {}, {} };
        if (c.ok) {
            c.detail = tr("Service \"%1\" is reachable and unlocked").arg(m_secrets->serviceName());
        } else {
            const ErrorText t = ErrorText::describe(keychain.error());
            c.detail = t.message;
            c.hint = t.hint;
        }
        add(c);
        checkAws();
    });
}

void Diagnostics::checkAws()
{
    // Not a failure: a refused override never gets this far (the executables refuse it at start), an allowed one
    // is worth seeing.
    const QList<AwsEndpoints::Override> overrides = m_aws->endpoints().overrides();
    add({ QStringLiteral("endpoint override"), tr("Endpoint override"), true,
        overrides.isEmpty() ? tr("none") : AwsEndpoints::describe(overrides), {} });
    const Result<CredentialsProviderPtr> console = m_aws->consoleIdentity();
    if (!console) {
        add({ QStringLiteral("console identity"), tr("Console identity"), false, console.error().message,
            tr("Choose an AWS profile or store access keys in Settings, or set AWS_PROFILE or "
               "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.") });
        add({ QStringLiteral("endpoint"), tr("AWS endpoint"), false, tr("Not checked without a console identity."),
            {} });
        add({ QStringLiteral("clock skew"), tr("Clock"), false, tr("Not checked without a console identity."), {} });
        finish();
        return;
    }
    m_consoleSource = (*console)->sourceDescription(); // which source of the credentials chain, shown with the result
    m_aws->sts()->checkCallerIdentity(m_aws->homeRegion(), *console, this, [this](const StsClient::IdentityCheck &r) {
        const AwsError e = r.identity ? AwsError() : r.identity.error();
        DiagnosticCheck identity { QStringLiteral("console identity"), tr("Console identity"), r.identity.ok(), {},
            {} };
        if (r.identity) {
            identity.detail = m_consoleSource.isEmpty() ? r.identity->arn
                                                        : tr("%1 (from %2)").arg(r.identity->arn, m_consoleSource);
        } else {
            const ErrorText t = ErrorText::describe(e);
            identity.detail = m_consoleSource.isEmpty()
                ? t.message
                : tr("%1 (credentials from %2)").arg(t.message, m_consoleSource);
            identity.hint = t.hint;
        }
        add(identity);

        const bool transport
            = e.kind == AwsError::Kind::Network || e.kind == AwsError::Kind::Timeout || e.kind == AwsError::Kind::Tls;
        DiagnosticCheck endpoint { QStringLiteral("endpoint"), tr("AWS endpoint"), !transport, {}, {} };
        endpoint.detail = transport
            ? e.message
            : tr("%1 is reachable over %2").arg(r.endpoint.host(), r.endpoint.scheme().toUpper());
        if (transport)
            endpoint.hint = ErrorText::describe(e).hint;
        add(endpoint);

        DiagnosticCheck clock { QStringLiteral("clock skew"), tr("Clock"), false, {}, {} };
        if (!r.serverDate.isValid()) {
            clock.detail = tr("AWS sent no Date header to compare with.");
        } else {
            const qint64 skew = QDateTime::currentDateTimeUtc().secsTo(r.serverDate);
            clock.ok = qAbs(skew) < maxClockSkewSecs;
            clock.detail = tr("%1 s from AWS's clock").arg(skew);
            if (!clock.ok)
                clock.hint = tr("Fix this computer's clock (enable NTP time synchronisation).");
        }
        add(clock);
        finish();
    });
}
