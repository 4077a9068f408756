// CliCommands: `onrampctl org …`, a whole AWS Organization (cli-contract.md, "Organizations").
#include "clicommands.h"

#include "models/onboardingservice.h"
#include "models/organizationservice.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

void CliCommands::org(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1StringView("create"))
        return orgCreate(rest);
    if (sub == QLatin1StringView("template"))
        return templateCommand(rest, true);
    if (sub == QLatin1StringView("verify"))
        return orgVerify(rest, true);
    if (sub == QLatin1StringView("sync"))
        return orgVerify(rest, false);
    usage(sub.isEmpty() ? tr("org needs a command: create, template, verify or sync")
                        : tr("unknown org command \"%1\"; one of: create, template, verify, sync").arg(sub.left(64)));
}

void CliCommands::orgCreate(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("name"), tr("Friendly name."), QStringLiteral("NAME") });
    if (!p.parse(QStringList { QStringLiteral("org create") } + args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(tr("usage: onrampctl org create [--name NAME]"));
    const Result<Account> a
        = m_organizations->createPending(m_globals.user, p.value(QStringLiteral("name")), m_globals.region);
    if (!a)
        return fail(a.error());
    if (m_globals.json)
        printJson(QJsonObject { { QStringLiteral("id"), a->id }, { QStringLiteral("external_id"), a->externalId },
            { QStringLiteral("status"), accountStatusName(a->status) },
            { QStringLiteral("kind"), accountKindName(a->kind) } });
    else
        printLine(tr("Created pending organization onboarding %1\nExternal ID: %2\nNext: onrampctl org template %1 > "
                     "onramp-org.json, create the stack in the management account, then onrampctl org verify %1 "
                     "--role-arn ROLE_ARN")
                      .arg(a->id, a->externalId));
    finish(0);
}

void CliCommands::orgVerify(const QStringList &args, bool verify)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("Organization record."));
    p.addOption({ QStringLiteral("no-wait"), tr("Do not wait for discovery.") });
    if (verify) {
        p.addOption({ QStringLiteral("role-arn"), tr("The management account's Role ARN or account id."),
            QStringLiteral("ARN") });
        p.addOption({ QStringLiteral("wait-for-role"), tr("Retry AccessDenied for up to N seconds."),
            QStringLiteral("N"), QStringLiteral("0") });
        p.addOption({ QStringLiteral("exclude-account"), tr("An account never connected (repeatable)."),
            QStringLiteral("ACCOUNT_ID") });
        p.addOption({ QStringLiteral("exclude-ou"), tr("An OU whose accounts are never connected (repeatable)."),
            QStringLiteral("OU_ID") });
    }
    if (!p.parse(QStringList { verify ? QStringLiteral("org verify") : QStringLiteral("org sync") } + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1 || (verify && !p.isSet(QStringLiteral("role-arn"))))
        return usage(verify ? tr("usage: onrampctl org verify ID --role-arn ARN|ACCOUNT_ID [--wait-for-role N] "
                                 "[--no-wait] [--exclude-account ACCOUNT_ID]... [--exclude-ou OU_ID]...")
                            : tr("usage: onrampctl org sync ID [--no-wait]"));
    OrganizationService::Options options;
    options.waitForDiscovery = !p.isSet(QStringLiteral("no-wait"));
    if (verify) {
        bool ok = false;
        options.waitForRoleSecs = p.value(QStringLiteral("wait-for-role")).toInt(&ok);
        if (!ok || options.waitForRoleSecs < 0 || options.waitForRoleSecs > 3600)
            return usage(tr("--wait-for-role takes seconds between 0 and 3600"));
        options.excludeAccounts = p.values(QStringLiteral("exclude-account"));
        options.excludeOus = p.values(QStringLiteral("exclude-ou"));
    }
    if (!m_globals.json) {
        connect(m_organizations, &OrganizationService::stage, this,
            [](const QString &, const QString &text) { QTextStream(stderr) << text << '\n'; });
    }
    auto done = [this](const Result<OrganizationResult> &result) {
        if (!result)
            return fail(result.error());
        printOrganization(*result);
        finish(0);
    };
    const QString id = p.positionalArguments().constFirst();
    if (verify)
        m_organizations->verify(m_globals.user, id, p.value(QStringLiteral("role-arn")), options, this, done);
    else
        m_organizations->sync(m_globals.user, id, options, this, done);
}

void CliCommands::printOrganization(const OrganizationResult &result)
{
    const Account &org = result.organization;
    if (m_globals.json) {
        QJsonArray accounts;
        for (const OrganizationMember &m : result.members)
            accounts.append(QJsonObject { { QStringLiteral("id"), m.recordId.isEmpty() ? QJsonValue() : m.recordId },
                { QStringLiteral("aws_account_id"), m.awsAccountId }, { QStringLiteral("name"), m.name },
                { QStringLiteral("status"), m.status }, { QStringLiteral("instance_count"), m.instanceCount },
                { QStringLiteral("database_count"), m.databaseCount }, { QStringLiteral("message"), m.message } });
        printJson(QJsonObject { { QStringLiteral("id"), org.id }, { QStringLiteral("kind"), accountKindName(org.kind) },
            { QStringLiteral("status"), accountStatusName(org.status) },
            { QStringLiteral("organization_id"), org.awsOrganizationId },
            { QStringLiteral("management_account_id"), org.managementAccountId },
            { QStringLiteral("accounts"), accounts }, { QStringLiteral("instance_count"), org.instanceCount },
            { QStringLiteral("database_count"), org.databaseCount }, { QStringLiteral("message"), org.lastError } });
        return;
    }
    printLine(tr("%1  %2  %3  %n account(s), %4 instances", nullptr, int(result.members.size()))
                  .arg(org.id, org.awsOrganizationId, accountStatusName(org.status))
                  .arg(org.instanceCount));
    for (const OrganizationMember &m : result.members)
        printLine(QStringLiteral("  %1  %2  %3 instances  %4%5")
                      .arg(m.awsAccountId, m.status)
                      .arg(m.instanceCount)
                      .arg(m.name, m.message.isEmpty() ? QString() : QStringLiteral("  ") + m.message));
}
