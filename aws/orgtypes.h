// Plain value types for what AWS Organizations returns: the organization and its accounts.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

/// DescribeOrganization's Organization (AWS Organizations API Reference: Organization). The API still names the
/// management account "Master" (MasterAccountId, MasterAccountArn); these fields hold those values.
struct OrgDescription
{
    QString id; ///< o-exampleorgid (o- then 10-32 lower-case letters or digits)
    QString arn; ///< arn:aws:organizations::111111111111:organization/o-exampleorgid
    QString managementAccountId; ///< 12 digits
    QString managementAccountArn;
    QString featureSet; ///< ALL | CONSOLIDATED_BILLING (empty if AWS left it out)

    friend bool operator==(const OrgDescription &, const OrgDescription &) = default;
};

/// One account of ListAccounts / ListAccountsForParent (AWS Organizations API Reference: Account).
struct OrgAccount
{
    QString id; ///< 12 digits
    QString arn;
    QString name;
    QString email;
    QString status; ///< ACTIVE | SUSPENDED | PENDING_CLOSURE (a new status AWS adds is kept as sent)

    friend bool operator==(const OrgAccount &, const OrgAccount &) = default;
};

Q_DECLARE_METATYPE(OrgDescription)
Q_DECLARE_METATYPE(OrgAccount)
