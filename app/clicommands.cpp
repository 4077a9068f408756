// CliCommands: onrampctl's commands.
#include "clicommands.h"

#include "clihelp.h"
#include "cliprogress.h"
#include "keyinput.h"

#include "aws/awsendpoints.h"
#include "aws/httpclient.h"
#include "aws/stsclient.h"
#include "aws/templatebuilder.h"
#include "models/awsclients.h"
#include "models/consolesession.h"
#include "models/diagnostics.h"
#include "models/errortext.h"
#include "models/onboardingservice.h"
#include "models/registry.h"
#include "models/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {
QJsonObject accountJson(const Account &a)
{
    return QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("aws_account_id"), a.awsAccountId },
        { QStringLiteral("status"), accountStatusName(a.status) },
        { QStringLiteral("method"), accountMethodName(a.method) }, { QStringLiteral("owner"), a.owner },
        { QStringLiteral("instance_count"), a.instanceCount }, { QStringLiteral("database_count"), a.databaseCount },
        { QStringLiteral("last_error"), a.lastError.isEmpty() ? QJsonValue() : QJsonValue(a.lastError) },
        { QStringLiteral("kind"), accountKindName(a.kind) },
        { QStringLiteral("organization"), a.organization.isEmpty() ? QJsonValue() : QJsonValue(a.organization) } };
}

QJsonObject instanceJson(const StoredInstance &i)
{
    QJsonObject tags;
    for (const Ec2Tag &t : i.tags)
        tags.insert(t.key, t.value);
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    const QJsonValue launchTime
        = i.launchTime.isValid() ? QJsonValue(i.launchTime.toUTC().toString(Qt::ISODate)) : QJsonValue();
    if (i.isDatabase())
        return QJsonObject { { QStringLiteral("kind"), resourceKindName(i.kind) },
            { QStringLiteral("instance_id"), i.instanceId }, { QStringLiteral("region"), i.region },
            { QStringLiteral("availability_zone"), orNull(i.availabilityZone) }, { QStringLiteral("state"), i.state },
            { QStringLiteral("instance_type"), i.instanceType }, { QStringLiteral("engine"), i.engine },
            { QStringLiteral("engine_version"), i.engineVersion }, { QStringLiteral("multi_az"), i.multiAz },
            { QStringLiteral("storage_gb"), i.storageGb }, { QStringLiteral("name"), i.name },
            { QStringLiteral("launch_time"), launchTime }, { QStringLiteral("cluster"), orNull(i.cluster) },
            { QStringLiteral("tags"), tags } };
    return QJsonObject { { QStringLiteral("kind"), resourceKindName(i.kind) },
        { QStringLiteral("instance_id"), i.instanceId }, { QStringLiteral("region"), i.region },
        { QStringLiteral("availability_zone"), i.availabilityZone }, { QStringLiteral("state"), i.state },
        { QStringLiteral("instance_type"), i.instanceType }, { QStringLiteral("lifecycle"), i.lifecycle },
        { QStringLiteral("private_ip"), orNull(i.privateIp) }, { QStringLiteral("public_ip"), orNull(i.publicIp) },
        { QStringLiteral("launch_time"), launchTime }, { QStringLiteral("name"), orNull(i.name) },
        { QStringLiteral("cluster"), orNull(i.cluster) }, { QStringLiteral("health"), orNull(i.health) },
        { QStringLiteral("tags"), tags } };
}

} // namespace

CliCommands::CliCommands(CliGlobals globals, QObject *parent)
    : QObject(parent)
    , m_globals(std::move(globals))
    , m_progress(new CliProgress(m_globals.json, this))
{
}

CliCommands::~CliCommands() = default;

void CliCommands::closeForExit()
{
    if (m_session)
        m_session->closeForExit();
}

void CliCommands::printJson(const QJsonValue &value)
{
    m_progress->stop();
    QTextStream out(stdout);
    if (value.isArray())
        out << QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact) << '\n';
    else
        out << QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact) << '\n';
}

void CliCommands::printLine(const QString &text)
{
    m_progress->stop();
    QTextStream(stdout) << text << '\n';
}

void CliCommands::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_progress->stop();
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [exitCode] { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
}

void CliCommands::fail(const AwsError &error)
{
    m_progress->stop();
    const ErrorText text = ErrorText::describe(error);
    QString line = text.message;
    if (!text.hint.isEmpty() && !line.contains(text.hint))
        line += QStringLiteral(" (") + text.hint + QLatin1Char(')');
    QTextStream(stderr) << "onrampctl: " << line << '\n';
    if (m_globals.json) {
        printJson(QJsonObject { { QStringLiteral("error"),
            QJsonObject {
                { QStringLiteral("code"), error.code.isEmpty() ? AwsError::kindName(error.kind) : error.code },
                { QStringLiteral("message"), text.message } } } });
    }
    finish(text.exitCode);
}

void CliCommands::usage(const QString &message)
{
    fail(AwsError::make(AwsError::Kind::InvalidInput, message));
}

bool CliCommands::openRegistry()
{
    ConsoleSession::Options options;
    options.db = m_globals.db;
    options.user = m_globals.userGiven ? m_globals.user : QString();
    options.region = m_globals.region;
    Result<std::unique_ptr<ConsoleSession>> opened = ConsoleSession::open(options);
    if (!opened) {
        fail(opened.error());
        return false;
    }
    m_session = std::move(opened).value();
    m_globals.user = m_session->user();
    m_registry = m_session->registry();
    m_aws = m_session->aws();
    m_secrets = m_session->secrets();
    m_discovery = m_session->discovery();
    m_onboarding = m_session->onboarding();
    m_organizations = m_session->organizations();
    return true;
}

void CliCommands::run(const QString &command, const QStringList &args)
{
    static const QStringList known = { QStringLiteral("create"), QStringLiteral("template"), QStringLiteral("verify"),
        QStringLiteral("connect-keys"), QStringLiteral("accounts"), QStringLiteral("discover"),
        QStringLiteral("instances"), QStringLiteral("disconnect"), QStringLiteral("users"), QStringLiteral("doctor"),
        QStringLiteral("org") };
    if (!known.contains(command)) {
        usage(command.isEmpty()
                ? tr("no command; one of: %1").arg(known.join(QStringLiteral(", ")))
                : tr("unknown command \"%1\"; one of: %2").arg(command, known.join(QStringLiteral(", "))));
        return;
    }
    // Before anything connects: a password in argv is readable by every local user, whatever happens next.
    if (m_globals.dbGiven) {
        if (const AwsError refused = Registry::commandLineUrlError(m_globals.db); refused.isError()) {
            fail(refused);
            return;
        }
    }
    // AWS settings that would weaken the connection are refused before anything is opened or sent; an override
    // that is allowed is still announced, once per run, on stderr (stdout stays the command's, JSON or not).
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (const AwsError refused = AwsClients::checkEnvironment(env); refused.isError())
        return fail(refused);
    if (const QList<AwsEndpoints::Override> overrides = AwsEndpoints::fromEnvironment(env).overrides();
        !overrides.isEmpty())
        QTextStream(stderr) << "onrampctl: warning: "
                            << tr("AWS endpoint override active: %1").arg(AwsEndpoints::describe(overrides)) << '\n';
    if (command == QLatin1StringView("doctor")) {
        doctor();
        return;
    }
    if (!openRegistry())
        return;
    if (command == QLatin1StringView("create"))
        create(args);
    else if (command == QLatin1StringView("template"))
        templateCommand(args, false);
    else if (command == QLatin1StringView("verify"))
        verify(args);
    else if (command == QLatin1StringView("connect-keys"))
        connectKeys(args);
    else if (command == QLatin1StringView("accounts"))
        accounts();
    else if (command == QLatin1StringView("discover"))
        discover(args);
    else if (command == QLatin1StringView("instances"))
        instances(args);
    else if (command == QLatin1StringView("disconnect"))
        disconnect(args);
    else if (command == QLatin1StringView("users"))
        users(args);
    else if (command == QLatin1StringView("org"))
        org(args);
}

void CliCommands::create(const QStringList &args)
{
    QCommandLineParser p;
    CliHelp::addOptions(p, QStringLiteral("create"));
    if (!p.parse(QStringList { QStringLiteral("create") } + args))
        return usage(p.errorText());
    const Result<Account> a
        = m_onboarding->createPending(m_globals.user, p.value(QStringLiteral("name")), m_globals.region);
    if (!a)
        return fail(a.error());
    if (m_globals.json)
        printJson(QJsonObject { { QStringLiteral("id"), a->id }, { QStringLiteral("external_id"), a->externalId },
            { QStringLiteral("status"), accountStatusName(a->status) } });
    else
        printLine(tr("Created pending onboarding %1\nExternal ID: %2\nNext: onrampctl template %1 > onramp.json, "
                     "create the stack, then onrampctl verify %1 --role-arn ROLE_ARN")
                      .arg(a->id, a->externalId));
    finish(0);
}

void CliCommands::templateCommand(const QStringList &args, bool organization)
{
    QCommandLineParser p;
    CliHelp::addOptions(p, organization ? QStringLiteral("org template") : QStringLiteral("template"));
    if (!p.parse(QStringList { organization ? QStringLiteral("org template") : QStringLiteral("template") } + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(organization ? tr("usage: onrampctl org template ID [--format json|yaml|terraform] "
                                       "[--trusted-account ID] "
                                       "[--role-name NAME] [--ou ROOT_OR_OU_ID]...")
                                  : tr("template needs exactly one record ID"));
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1StringView("json") && format != QLatin1StringView("yaml")
        && format != QLatin1StringView("terraform"))
        return usage(tr("--format must be json, yaml or terraform"));
    const QString id = p.positionalArguments().constFirst();
    const Result<Account> record = m_registry->account(id);
    if (record && record->owner == m_globals.user && record->isOrganization() != organization)
        return usage(organization ? tr("record %1 is a single account: use \"onrampctl template\"").arg(id)
                                  : tr("record %1 is an organization: use \"onrampctl org template\"").arg(id));
    // The trusted account is the console's in the record's partition (templateOptions() refuses others' records).
    const QString recordRegion = record && record->owner == m_globals.user ? record->region : QString();
    const QString roleName = p.value(QStringLiteral("role-name"));
    auto emitTemplate = [this, id, format, roleName, organization](const QString &trusted, const QStringList &targets) {
        const Result<TemplateOptions> options = m_onboarding->templateOptions(m_globals.user, id, trusted, roleName);
        if (!options)
            return fail(options.error());
        OrgTemplateOptions org;
        static_cast<TemplateOptions &>(org) = *options;
        org.targetIds = targets;
        Result<QByteArray> doc = QByteArray();
        if (format == QLatin1StringView("terraform"))
            doc = organization ? TemplateBuilder::buildOrganizationTerraform(org)
                               : TemplateBuilder::buildTerraform(*options);
        else if (format == QLatin1StringView("yaml"))
            doc = organization ? TemplateBuilder::buildOrganizationYaml(org) : TemplateBuilder::buildYaml(*options);
        else
            doc = organization ? TemplateBuilder::buildOrganizationJson(org) : TemplateBuilder::buildJson(*options);
        if (!doc)
            return fail(doc.error());
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly))
            out.write(*doc);
        finish(0);
    };
    auto withTrustedAccount = [this, emitTemplate, recordRegion, trusted = p.value(QStringLiteral("trusted-account"))](
                                  const QStringList &targets) {
        if (!trusted.isEmpty())
            return emitTemplate(trusted, targets);
        m_onboarding->defaultTrustedAccount(
            recordRegion, this, [this, emitTemplate, targets](const Result<QString> &account) {
                if (!account)
                    return fail(account.error());
                emitTemplate(*account, targets);
            });
    };
    const QStringList ous = organization ? p.values(QStringLiteral("ou")) : QStringList();
    if (!organization || !ous.isEmpty())
        return withTrustedAccount(ous);
    // The contract's default for an organization: its root, which only a verified organization can look up.
    m_organizations->roots(m_globals.user, id, this, [this, withTrustedAccount](const Result<QStringList> &roots) {
        if (!roots)
            return fail(roots.error());
        withTrustedAccount(*roots);
    });
}

void CliCommands::verify(const QStringList &args)
{
    QCommandLineParser p;
    CliHelp::addOptions(p, QStringLiteral("verify"));
    if (!p.parse(QStringList { QStringLiteral("verify") } + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("role-arn")))
        return usage(tr("usage: onrampctl verify ID --role-arn ARN|ACCOUNT_ID [--no-wait] [--wait-for-role SECONDS]"));
    bool ok = false;
    const int waitSecs = p.value(QStringLiteral("wait-for-role")).toInt(&ok);
    if (!ok || waitSecs < 0 || waitSecs > 3600)
        return usage(tr("--wait-for-role takes seconds between 0 and 3600"));
    const bool wait = !p.isSet(QStringLiteral("no-wait"));
    OnboardingService::VerifyOptions options;
    options.waitForRoleSecs = waitSecs;
    if (!m_globals.json) {
        connect(m_onboarding, &OnboardingService::stage, m_progress,
            [this](const QString &, const QString &text) { m_progress->printLine(text); });
    }
    m_onboarding->verifyRole(m_globals.user, p.positionalArguments().constFirst(), p.value(QStringLiteral("role-arn")),
        options, this, [this, wait](const Result<Account> &a) {
            if (!a)
                return fail(a.error());
            awaitDiscovery(*a, wait);
        });
}

void CliCommands::connectKeys(const QStringList &args)
{
    QCommandLineParser p;
    CliHelp::addOptions(p, QStringLiteral("connect-keys"));
    if (!p.parse(QStringList { QStringLiteral("connect-keys") } + args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(tr("connect-keys reads the access key id and secret from stdin, one per line, never from "
                        "arguments"));
    // Unbuffered on the descriptor: the secret goes from the kernel straight into KeyInput's wiped buffer,
    // never into a stdio or QIODevice buffer that outlives it.
    QFile in;
    KeyInput keys;
    if (in.open(STDIN_FILENO, QIODevice::ReadOnly | QIODevice::Unbuffered))
        keys = KeyInput::read(in);
    if (keys.status != KeyInput::Status::Ok)
        return usage(tr("expected the access key id and the secret access key on stdin, one per line"));
    const bool wait = !p.isSet(QStringLiteral("no-wait"));
    m_onboarding->connectKeys(m_globals.user, keys.accessKeyId, std::move(keys.secretAccessKey), m_globals.region,
        p.value(QStringLiteral("name")), this, [this, wait](const Result<Account> &a) {
            if (!a)
                return fail(a.error());
            awaitDiscovery(*a, wait);
        });
}

void CliCommands::awaitDiscovery(const Account &account, bool wait)
{
    if (!wait || !m_discovery->isRunning(account.id)) {
        const Result<Account> fresh = m_registry->account(account.id);
        printAccountResult(fresh ? *fresh : account, nullptr);
        return finish(0);
    }
    connect(m_discovery, &DiscoveryService::slow, m_progress,
        [this](const QString &) { m_progress->printLine(tr("Discovery taking longer than expected")); });
    if (!m_globals.json) {
        connect(m_discovery, &DiscoveryService::regionFailed, m_progress,
            [this](const QString &, const QString &region, const QString &message) {
                m_progress->printLine(tr("region %1: %2").arg(region, message));
            });
    }
    auto progress = std::make_shared<DiscoveryProgress>();
    connect(m_discovery, &DiscoveryService::progress, m_progress,
        [this, progress, id = account.id](const DiscoveryProgress &p) {
            if (p.accountId != id)
                return;
            *progress = p;
            m_progress->update();
        });
    m_progress->start([progress](qint64 secs) { return discoveringText(*progress, secs); });
    connect(m_discovery, &DiscoveryService::finished, this, [this, id = account.id](const DiscoveryResult &r) {
        if (r.accountId != id)
            return;
        const Result<Account> fresh = m_registry->account(id);
        if (!fresh)
            return fail(fresh.error());
        printAccountResult(*fresh, &r);
        if (r.status == AccountStatus::Failed) {
            QTextStream(stderr) << "onrampctl: " << tr("discovery failed: %1").arg(r.lastError) << '\n';
            return finish(7);
        }
        finish(0);
    });
}

QString CliCommands::discoveringText(const DiscoveryProgress &progress, qint64 elapsedSecs)
{
    const QLocale locale;
    if (progress.regionsTotal == 0)
        return tr("Discovering: listing regions · %1 instances · %2 s")
            .arg(locale.toString(progress.instancesSoFar), locale.toString(elapsedSecs));
    return tr("Discovering: %1/%2 regions · %3 instances · %4 s")
        .arg(locale.toString(progress.regionsDone), locale.toString(progress.regionsTotal),
            locale.toString(progress.instancesSoFar), locale.toString(elapsedSecs));
}

void CliCommands::printAccountResult(const Account &a, const DiscoveryResult *result)
{
    QString message;
    if (a.status == AccountStatus::Active)
        message = a.instanceCount == 0
            ? tr("0 instances discovered — add instances to your AWS account to begin optimization")
            : tr("Complete! Account activated with %n instance(s)", nullptr, a.instanceCount);
    else if (a.status == AccountStatus::Connected)
        message = tr("Credentials verified! Scanning resources...");
    else if (a.status == AccountStatus::Failed)
        message = a.lastError;
    else
        message = accountStatusName(a.status);
    if (a.status == AccountStatus::Active && a.databaseCount > 0)
        message += tr(" and %n database(s)", nullptr, a.databaseCount);
    if (const QString note = databaseAccessNote(a); !note.isEmpty())
        message += QStringLiteral(". ") + note;
    if (m_globals.json) {
        QJsonObject o { { QStringLiteral("id"), a.id }, { QStringLiteral("status"), accountStatusName(a.status) },
            { QStringLiteral("aws_account_id"), a.awsAccountId }, { QStringLiteral("instance_count"), a.instanceCount },
            { QStringLiteral("database_count"), a.databaseCount }, { QStringLiteral("message"), message } };
        if (a.status == AccountStatus::Failed)
            o.insert(QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), QString(OnrampError::DiscoveryFailed) },
                    { QStringLiteral("message"), a.lastError } });
        if (result && !result->regionErrors.isEmpty()) {
            QJsonObject regions;
            for (auto it = result->regionErrors.cbegin(); it != result->regionErrors.cend(); ++it)
                regions.insert(it.key(), it.value());
            o.insert(QStringLiteral("region_errors"), regions);
        }
        printJson(o);
    } else {
        printLine(tr("%1  %2  %3  %4").arg(a.id, a.awsAccountId, accountStatusName(a.status), message));
    }
}

QString CliCommands::databaseAccessNote(const Account &a)
{
    switch (a.databaseAccess) {
    case DatabaseAccess::NotPermitted:
        return tr("Databases not permitted — update the stack to include databases: CloudFormation → the stack → "
                  "Update → Replace current template, with the template `onrampctl template %1` prints now")
            .arg(a.organization.isEmpty() ? a.id : a.organization);
    case DatabaseAccess::PartlyDenied:
        return tr("Databases not permitted in %1 (rds:DescribeDBInstances denied there, e.g. by a service control "
                  "policy)")
            .arg(a.databaseDeniedRegions.join(QStringLiteral(", ")));
    case DatabaseAccess::Unknown:
    case DatabaseAccess::Allowed:
        break;
    }
    return QString();
}

void CliCommands::accounts()
{
    const Result<QList<Account>> list = m_registry->accounts(m_globals.user);
    if (!list)
        return fail(list.error());
    if (m_globals.json) {
        QJsonArray arr;
        for (const Account &a : *list)
            arr.append(accountJson(a));
        printJson(arr);
    } else {
        for (const Account &a : *list)
            printLine(QStringLiteral("%1  %2  %3  %4  %5 instances  %7 databases%6")
                          .arg(a.id,
                              a.isOrganization() ? (
                                  a.awsOrganizationId.isEmpty() ? QStringLiteral("organization") : a.awsOrganizationId)
                                                 : (a.awsAccountId.isEmpty() ? QStringLiteral("-") : a.awsAccountId),
                              accountMethodName(a.method), accountStatusName(a.status))
                          .arg(a.instanceCount)
                          .arg(a.lastError.isEmpty() ? QString() : QStringLiteral("  ") + a.lastError)
                          .arg(a.databaseCount));
    }
    finish(0);
}

void CliCommands::discover(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("usage: onrampctl discover ID"));
    m_onboarding->discover(m_globals.user, args.constFirst(), this, [this](const Result<Account> &a) {
        if (!a)
            return fail(a.error());
        awaitDiscovery(*a, true);
    });
}

void CliCommands::instances(const QStringList &args)
{
    QCommandLineParser p;
    CliHelp::addOptions(p, QStringLiteral("instances"));
    if (!p.parse(QStringList { QStringLiteral("instances") } + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("usage: onrampctl instances ID [--kind ec2|rds]"));
    std::optional<ResourceKind> only;
    if (p.isSet(QStringLiteral("kind"))) {
        only = resourceKindFromName(p.value(QStringLiteral("kind")));
        if (!only)
            return usage(tr("--kind must be ec2 or rds"));
    }
    const QString id = p.positionalArguments().constFirst();
    const Result<Account> a = m_registry->account(id);
    if (!a || a->owner != m_globals.user)
        return fail(a ? AwsError::make(AwsError::Kind::InvalidInput, tr("No account record %1.").arg(id)) : a.error());
    QList<StoredInstance> list;
    for (const ResourceKind kind : { ResourceKind::Ec2, ResourceKind::Rds }) {
        if (only && *only != kind)
            continue;
        const Result<QList<StoredInstance>> some
            = kind == ResourceKind::Ec2 ? m_registry->instances(a->id) : m_registry->databases(a->id);
        if (!some)
            return fail(some.error());
        list += *some;
    }
    QTextStream out(stdout);
    for (const StoredInstance &i : std::as_const(list)) {
        if (m_globals.json)
            out << QJsonDocument(instanceJson(i)).toJson(QJsonDocument::Compact) << '\n';
        else if (i.isDatabase())
            out << i.instanceId << "  " << i.region << "  " << i.state << "  " << i.instanceType << "  " << i.engine
                << ' ' << i.engineVersion << "  " << i.storageGb << " GiB" << (i.multiAz ? "  multi-AZ" : "") << '\n';
        else
            out << i.instanceId << "  " << i.region << "  " << i.state << "  " << i.instanceType << "  " << i.lifecycle
                << "  " << i.name << '\n';
    }
    out.flush();
    finish(0);
}

void CliCommands::disconnect(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("usage: onrampctl disconnect ID"));
    m_onboarding->disconnect(m_globals.user, args.constFirst(), this, [this](const Result<Account> &a) {
        if (!a)
            return fail(a.error());
        printAccountResult(*a, nullptr);
        finish(0);
    });
}

void CliCommands::users(const QStringList &args)
{
    if (!args.isEmpty()) {
        if (args.size() != 3 || args.at(0) != QLatin1StringView("set-plan"))
            return usage(tr("usage: onrampctl users [set-plan NAME trial|standard]"));
        const std::optional<UserPlan> plan = userPlanFromName(args.at(2));
        if (!plan)
            return usage(tr("plan must be trial or standard"));
        if (const Result<ConsoleUser> u = m_registry->ensureUser(args.at(1)); !u)
            return fail(u.error());
        const Result<ConsoleUser> u = m_registry->setPlan(args.at(1), *plan);
        if (!u)
            return fail(u.error());
        m_registry->appendAudit(m_globals.user, QStringLiteral("set-plan"), QString(), QStringLiteral("ok"),
            args.at(1) + QStringLiteral(" -> ") + args.at(2));
    }
    const Result<QList<ConsoleUser>> list = m_registry->users();
    if (!list)
        return fail(list.error());
    QJsonArray arr;
    for (const ConsoleUser &u : *list) {
        if (m_globals.json)
            arr.append(
                QJsonObject { { QStringLiteral("name"), u.name }, { QStringLiteral("plan"), userPlanName(u.plan) } });
        else
            printLine(u.name + QStringLiteral("  ") + userPlanName(u.plan));
    }
    if (m_globals.json)
        printJson(arr);
    finish(0);
}

void CliCommands::doctor()
{
    // Not a ConsoleSession: doctor must report a registry that does not open, not stop at it.
    m_aws = new AwsClients(QProcessEnvironment::systemEnvironment(), this);
    if (!m_globals.region.isEmpty())
        m_aws->setHomeRegion(m_globals.region);
    m_secrets = new SecretStore(QString(), this);
    const QString user = m_globals.userGiven ? m_globals.user : ConsoleSession::defaultUser();
    auto *checks = new Diagnostics(m_globals.db, user, m_secrets, m_aws, this);
    connect(checks, &Diagnostics::finished, this, [this, checks] {
        QJsonArray arr;
        for (const DiagnosticCheck &c : checks->results()) {
            const QString detail = c.ok || c.hint.isEmpty() ? c.detail : c.detail + QStringLiteral(" — ") + c.hint;
            arr.append(QJsonObject { { QStringLiteral("name"), c.id }, { QStringLiteral("ok"), c.ok },
                { QStringLiteral("detail"), detail } });
            if (!m_globals.json)
                printLine(QStringLiteral("%1  %2: %3")
                              .arg(c.ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), c.id, detail));
        }
        if (m_globals.json)
            printJson(QJsonObject { { QStringLiteral("checks"), arr } });
        finish(checks->allOk() ? 0 : 1);
    });
    checks->run();
}
