// OrganizationsClient: the read-only AWS Organizations calls that onboard a whole organization.
#pragma once

#include "aws/awsendpoints.h"
#include "aws/credentialsprovider.h"
#include "aws/orgtypes.h"
#include "aws/pagechain.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

class HttpClient;
class QJsonObject;

/// AWS Organizations over the AWS JSON 1.1 protocol (AWS Organizations API Reference, version 2016-11-28; target
/// prefix AWSOrganizationsV20161128), on the global endpoint of the caller's partition
/// (AwsEndpoints::organizationsUrl(), signed for AwsEndpoints::organizationsSigningRegion()). Only read actions,
/// and only what onboarding needs: the organization, its accounts, its roots and the accounts beneath roots/OUs.
///
/// Every listing follows NextToken through a PageChain (a repeated token, an oversized one or too many pages end it
/// with an error), asks for MaxResults 20 (the API's maximum) and accepts shorter pages, as AWS may send them.
/// Responses are untrusted: each field is type-checked, ids must have the API's shapes (account 12 digits, o-, r-,
/// ou- ids per the API reference's patterns), unknown fields are ignored, and a malformed page is a Kind::Parse
/// error (code "MalformedResponse") naming the field. Most calls must be made with the management account's
/// credentials: a member account gets AccessDeniedException (Kind::AccessDenied), an account outside any
/// organization AWSOrganizationsNotInUseException (Kind::Service, that code).
class OrganizationsClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationsClient)
public:
    /// X-Amz-Target prefix of every action.
    static constexpr QByteArrayView targetPrefix = "AWSOrganizationsV20161128";
    /// MaxResults of every List call: the most the API allows.
    static constexpr int maxPageSize = 20;
    /// The most OUs accountsBeneath() walks (AWS allows 2,000 per organization).
    static constexpr int maxOrganizationalUnits = 2000;
    /// How many OU levels accountsBeneath() descends below each given parent (AWS allows five below the root).
    static constexpr int maxOuDepth = 5;

    OrganizationsClient(HttpClient *http, AwsEndpoints endpoints, QObject *parent = nullptr);

    /// DescribeOrganization. \a homeRegion picks the partition (any region of it).
    void describeOrganization(const QString &homeRegion, CredentialsProviderPtr credentials, QObject *context,
        std::function<void(const Result<OrgDescription> &)> callback);
    /// ListAccounts, every page (PageChain-bounded), accounts in AWS's order.
    void listAccounts(const QString &homeRegion, CredentialsProviderPtr credentials, QObject *context,
        std::function<void(const Result<QList<OrgAccount>> &)> callback);
    /// The ids of every account beneath the given roots/OUs (ListChildren ORGANIZATIONAL_UNIT walked breadth-first,
    /// nested OUs included; ListAccountsForParent for each), bounded (at most 2,000 OUs / depth 5 as AWS allows; a
    /// cycle cannot loop). Accounts directly given by id are not expanded. An id that is neither a root, an OU nor
    /// an account id is an InvalidInput error before any request (code "InvalidParentId").
    void accountsBeneath(const QString &homeRegion, const QStringList &parentIds, CredentialsProviderPtr credentials,
        QObject *context, std::function<void(const Result<QSet<QString>> &)> callback);
    /// ListRoots, every page: the root ids (an organization has one).
    void listRoots(const QString &homeRegion, CredentialsProviderPtr credentials, QObject *context,
        std::function<void(const Result<QStringList> &)> callback);

    /// The read-only actions an organization's management role needs, one list (used by the template, the probe and
    /// messages): organizations:DescribeOrganization, ListAccounts, ListRoots, ListChildren, ListAccountsForParent.
    static QList<QByteArray> requiredOrganizationsActions();

    /// The API reference's id patterns (anchored).
    static bool isAccountId(QStringView id); ///< \d{12}
    static bool isRootId(QStringView id); ///< r-[0-9a-z]{4,32}
    static bool isOuId(QStringView id); ///< ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}
    static bool isOrganizationId(QStringView id); ///< o-[a-z0-9]{10,32}

    /// The most pages one listing may take before it ends with a "PaginationLimit" error; for tests.
    void setMaxPagesPerChain(int pages) { m_maxPagesPerChain = qMax(1, pages); }

    /// One page of a List call, parsed (public for the parsers' tests and fuzzing).
    template <typename Item> struct Page
    {
        QList<Item> items;
        QString nextToken;
    };
    /// A child of ListChildren.
    struct Child
    {
        QString id;
        QString type; ///< ACCOUNT | ORGANIZATIONAL_UNIT
    };
    static Result<OrgDescription> parseDescribeOrganization(QByteArrayView body);
    static Result<Page<OrgAccount>> parseAccountsPage(QByteArrayView body); ///< ListAccounts
    static Result<Page<OrgAccount>> parseAccountsForParentPage(QByteArrayView body); ///< ListAccountsForParent
    static Result<Page<QString>> parseRootsPage(QByteArrayView body);
    static Result<Page<Child>> parseChildrenPage(QByteArrayView body);

private:
    static Result<Page<OrgAccount>> parseAccounts(QByteArrayView body, const char *operation);
    template <typename Item> struct Listing;
    template <typename Item>
    void listAll(const QString &homeRegion, QByteArray action, QJsonObject params, CredentialsProviderPtr credentials,
        QObject *context, Result<Page<Item>> (*parse)(QByteArrayView),
        std::function<void(const Result<QList<Item>> &)> callback);
    template <typename Item> void nextPage(std::shared_ptr<Listing<Item>> listing);
    struct Walk;
    void walkNext(std::shared_ptr<Walk> walk);

    HttpClient *m_http;
    AwsEndpoints m_endpoints;
    int m_maxPagesPerChain = PageChain::defaultMaxPages;
};
