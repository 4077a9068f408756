// FakeOrganization: scenarios of an AWS Organization for the fake AWS endpoint (tests/fakeaws/SCENARIOS.md,
// "organization"), shared by the service, CLI, crash-safety tests and the benchmark.
#pragma once

#include "aws/permissionprobe.h"
#include "fakeaws.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace FakeOrganization {

inline const QString managementAccount = QStringLiteral("100000000000");
inline const QString organizationId = QStringLiteral("o-exampleorg1");
inline const QString root = QStringLiteral("r-ab12");
inline const QString prodOu = QStringLiteral("ou-ab12-prod0001");
inline const QString sandboxOu = QStringLiteral("ou-ab12-sandbox1");
inline const QString nestedOu = QStringLiteral("ou-ab12-nested01"); ///< beneath sandboxOu

/// The role the organization template creates in \a account.
inline QString roleArnIn(const QString &account)
{
    return QStringLiteral("arn:aws:iam::%1:role/OnrampDiscoveryRole").arg(account);
}

/// One account of the organization's listing.
inline QJsonObject account(
    const QString &id, const QString &name, const QString &parent, const QString &status = QStringLiteral("ACTIVE"))
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
        { QStringLiteral("email"), QString(name + QStringLiteral("@example.com")) },
        { QStringLiteral("status"), status }, { QStringLiteral("parent"), parent } };
}

/// \a count accounts 2000000000NN ("member-N") in the Prod OU, after the management account.
inline QJsonArray generatedAccounts(int count)
{
    QJsonArray accounts { account(managementAccount, QStringLiteral("management"), root) };
    for (int i = 1; i <= count; ++i)
        accounts.append(account(
            QStringLiteral("2%1").arg(i, 11, 10, QLatin1Char('0')), QStringLiteral("member-%1").arg(i), prodOu));
    return accounts;
}

struct Options
{
    QStringList missingRoleIn; ///< accounts where the StackSet has not made the role yet
    QStringList regions { QStringLiteral("us-east-1"), QStringLiteral("eu-west-1") };
    int instancesPerRegion = 0; ///< generated per account and region
    int instancesInFirstRegion = 2; ///< generated per account in regions.first() (added to instancesPerRegion)
    int databasesInFirstRegion = 1; ///< RDS databases generated per account in regions.first()
    int latencyMs = 0;
};

/// A scenario (extending "basic": the console identity trusts nothing else) of an organization with root,
/// OUs Prod, Sandbox and Nested (beneath Sandbox), \a accounts, and the template's role in every account but
/// \a options.missingRoleIn, trusting the console's account with any External ID of Onramp's shape.
inline QJsonObject scenario(const QJsonArray &accounts, const Options &options = {})
{
    QJsonArray discoveryRoleActions; // as the template grants them (aws/permissionprobe.h)
    for (const RequiredAction &action : discoveryActions())
        discoveryRoleActions.append(QString::fromLatin1(action.iamAction));
    QJsonObject perAccount;
    for (const QJsonValue &a : accounts) {
        const QString id = a.toObject().value(QStringLiteral("id")).toString();
        QJsonObject regions;
        for (qsizetype r = 0; r < options.regions.size(); ++r) {
            const int n = options.instancesPerRegion + (r == 0 ? options.instancesInFirstRegion : 0);
            const int databases = r == 0 ? options.databasesInFirstRegion : 0;
            QJsonObject region;
            if (n > 0)
                region = QJsonObject { { QStringLiteral("generate"), n },
                    { QStringLiteral("seed"), int(id.right(4).toInt() * 31 + r + 1) } };
            if (databases > 0)
                region.insert(QStringLiteral("databases"),
                    QJsonObject { { QStringLiteral("generate"), databases },
                        { QStringLiteral("seed"), int(id.right(4).toInt() * 7 + r + 1) } });
            if (!region.isEmpty())
                regions.insert(options.regions.at(r), region);
        }
        perAccount.insert(id, QJsonObject { { QStringLiteral("regions"), regions } });
    }
    QJsonArray regions;
    for (const QString &r : options.regions)
        regions.append(QJsonObject { { QStringLiteral("name"), r },
            { QStringLiteral("opt_in_status"), QStringLiteral("opt-in-not-required") } });
    QJsonObject s {
        { QStringLiteral("extends"), QStringLiteral("basic") },
        { QStringLiteral("regions"), regions },
        { QStringLiteral("organization"),
            QJsonObject { { QStringLiteral("id"), organizationId },
                { QStringLiteral("management_account"), managementAccount }, { QStringLiteral("root"), root },
                { QStringLiteral("ous"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("id"), prodOu },
                            { QStringLiteral("name"), QStringLiteral("Prod") }, { QStringLiteral("parent"), root } },
                        QJsonObject { { QStringLiteral("id"), sandboxOu },
                            { QStringLiteral("name"), QStringLiteral("Sandbox") }, { QStringLiteral("parent"), root } },
                        QJsonObject { { QStringLiteral("id"), nestedOu },
                            { QStringLiteral("name"), QStringLiteral("Nested") },
                            { QStringLiteral("parent"), sandboxOu } } } },
                { QStringLiteral("accounts"), accounts },
                { QStringLiteral("member_role"),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("OnrampDiscoveryRole") },
                        { QStringLiteral("external_id_like"), QStringLiteral("onramp-*") },
                        { QStringLiteral("trusted_accounts"), QJsonArray { FakeAws::consoleAccount() } },
                        { QStringLiteral("allowed_actions"), discoveryRoleActions },
                        { QStringLiteral("missing_in"), QJsonArray::fromStringList(options.missingRoleIn) } } } } },
        { QStringLiteral("accounts"), perAccount },
    };
    if (options.latencyMs > 0)
        s.insert(QStringLiteral("faults"), QJsonObject { { QStringLiteral("latency_ms"), options.latencyMs } });
    return s;
}

} // namespace FakeOrganization
