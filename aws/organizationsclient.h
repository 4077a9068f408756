// TEMPORARY (lead's compile stand-in; replaced by the org-aws branch's header).
#pragma once
#include "aws/awsendpoints.h"
#include "aws/credentialsprovider.h"
#include <QObject>
#include <QSet>
#include <functional>
class HttpClient;
struct OrgDescription { QString id; QString arn; QString managementAccountId; QString managementAccountArn; QString featureSet; };
struct OrgAccount { QString id; QString arn; QString name; QString email; QString status; };
class OrganizationsClient final : public QObject { Q_OBJECT
public:
    OrganizationsClient(HttpClient *http, AwsEndpoints endpoints, QObject *parent = nullptr);
    void describeOrganization(const QString &homeRegion, CredentialsProviderPtr credentials, QObject *context, std::function<void(const Result<OrgDescription> &)> callback);
    void listAccounts(const QString &homeRegion, CredentialsProviderPtr credentials, QObject *context, std::function<void(const Result<QList<OrgAccount>> &)> callback);
    void accountsBeneath(const QString &homeRegion, const QStringList &parentIds, CredentialsProviderPtr credentials, QObject *context, std::function<void(const Result<QSet<QString>> &)> callback);
    void listRoots(const QString &homeRegion, CredentialsProviderPtr credentials, QObject *context, std::function<void(const Result<QStringList> &)> callback);
    static QList<QByteArray> requiredOrganizationsActions();
};
