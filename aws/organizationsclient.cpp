// OrganizationsClient: DescribeOrganization, ListAccounts, ListRoots and the OU walk, over AWS JSON 1.1.
#include "aws/organizationsclient.h"

#include "aws/awsjson.h"
#include "aws/httpclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>

namespace {

/// The AWS Organizations API Reference's patterns (botocore organizations/2016-11-28 service-2.json shapes
/// AccountId, RootId, OrganizationalUnitId, OrganizationId), anchored at both ends (\\z: no trailing newline).
const QRegularExpression &accountIdPattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("\\d{12}")));
    return re;
}
const QRegularExpression &rootIdPattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("r-[0-9a-z]{4,32}")));
    return re;
}
const QRegularExpression &ouIdPattern()
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}")));
    return re;
}
const QRegularExpression &organizationIdPattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("o-[a-z0-9]{10,32}")));
    return re;
}
const QRegularExpression &childIdPattern()
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("(\\d{12}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})")));
    return re;
}
const QRegularExpression &arnPattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("arn:aws[a-z-]*:organizations::\\d{12}:[\\x21-\\x7e]{1,1024}")));
    return re;
}
/// Account statuses (Status) and states (State, which AWS introduced to replace Status): upper-case words.
const QRegularExpression &statusPattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[A-Z_]{1,32}")));
    return re;
}

/// More items than this in one page is not an answer to MaxResults 20: a broken or hostile endpoint.
constexpr qsizetype maxItemsPerPage = 1000;
/// Pages one Organizations listing may take: 100,000 accounts at 20 a page.
constexpr int defaultMaxPages = 5000;

QString idx(const char *list, qsizetype i, const char *field)
{
    return QStringLiteral("%1[%2].%3").arg(QLatin1StringView(list)).arg(i).arg(QLatin1StringView(field));
}

template <typename Item>
Result<OrganizationsClient::Page<Item>> parseList(QByteArrayView body, const char *operation, const char *listKey,
    const std::function<Item(AwsJson::Reader &, const QJsonObject &, qsizetype)> &readItem)
{
    const QString op = QLatin1StringView(operation);
    const Result<QJsonObject> object = AwsJson::parseObject(body, op);
    if (!object)
        return object.error();
    AwsJson::Reader r { op, {} };
    const QString key = QLatin1StringView(listKey);
    const QJsonArray list = r.requiredArray(*object, key, key);
    if (list.size() > maxItemsPerPage) {
        r.fail(QLatin1StringView(listKey),
            QCoreApplication::translate("OrganizationsClient", "has %1 items where at most %2 were asked for")
                .arg(list.size())
                .arg(OrganizationsClient::maxPageSize));
    }
    OrganizationsClient::Page<Item> page;
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QJsonObject o = r.objectAt(list, i, QStringLiteral("%1[%2]").arg(QLatin1StringView(listKey)).arg(i));
        if (r.failed())
            break;
        Item item = readItem(r, o, i);
        if (!r.failed())
            page.items.append(std::move(item));
    }
    page.nextToken = r.optionalString(*object, u"NextToken", QStringLiteral("NextToken"), AwsJson::maxDocumentBytes);
    if (r.failed())
        return r.error;
    return page;
}

AwsError invalidParent(const QString &id)
{
    AwsError e = AwsError::make(AwsError::Kind::InvalidInput,
        QCoreApplication::translate("OrganizationsClient",
            "\"%1\" is not an organization root (r-…), organizational unit (ou-…-…) or account id (12 digits).")
            .arg(id.left(100)));
    e.code = QStringLiteral("InvalidParentId");
    return e;
}

} // namespace

OrganizationsClient::OrganizationsClient(HttpClient *http, AwsEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_endpoints(std::move(endpoints))
    , m_maxPagesPerChain(defaultMaxPages)
{
}

QList<QByteArray> OrganizationsClient::requiredOrganizationsActions()
{
    return {
        QByteArrayLiteral("organizations:DescribeOrganization"),
        QByteArrayLiteral("organizations:ListAccounts"),
        QByteArrayLiteral("organizations:ListRoots"),
        QByteArrayLiteral("organizations:ListChildren"),
        QByteArrayLiteral("organizations:ListAccountsForParent"),
    };
}

bool OrganizationsClient::isAccountId(QStringView id)
{
    return accountIdPattern().match(id).hasMatch();
}

bool OrganizationsClient::isRootId(QStringView id)
{
    return rootIdPattern().match(id).hasMatch();
}

bool OrganizationsClient::isOuId(QStringView id)
{
    return ouIdPattern().match(id).hasMatch();
}

bool OrganizationsClient::isOrganizationId(QStringView id)
{
    return organizationIdPattern().match(id).hasMatch();
}

// ------------------------------------------------------------------------------------------------------ parsers

Result<OrgDescription> OrganizationsClient::parseDescribeOrganization(QByteArrayView body)
{
    const QString op = QStringLiteral("DescribeOrganization");
    const Result<QJsonObject> object = AwsJson::parseObject(body, op);
    if (!object)
        return object.error();
    AwsJson::Reader r { op, {} };
    const QJsonObject org = r.requiredObject(*object, u"Organization", QStringLiteral("Organization"));
    OrgDescription d;
    if (!r.failed()) {
        d.id = r.requiredString(org, u"Id", QStringLiteral("Organization.Id"), organizationIdPattern());
        d.arn = r.requiredString(org, u"Arn", QStringLiteral("Organization.Arn"), arnPattern());
        d.managementAccountId = r.requiredString(
            org, u"MasterAccountId", QStringLiteral("Organization.MasterAccountId"), accountIdPattern());
        d.managementAccountArn
            = r.optionalString(org, u"MasterAccountArn", QStringLiteral("Organization.MasterAccountArn"));
        d.featureSet = r.optionalString(org, u"FeatureSet", QStringLiteral("Organization.FeatureSet"), 64);
    }
    if (r.failed())
        return r.error;
    return d;
}

Result<OrganizationsClient::Page<OrgAccount>> OrganizationsClient::parseAccountsPage(QByteArrayView body)
{
    return parseAccounts(body, "ListAccounts");
}

Result<OrganizationsClient::Page<OrgAccount>> OrganizationsClient::parseAccountsForParentPage(QByteArrayView body)
{
    return parseAccounts(body, "ListAccountsForParent");
}

Result<OrganizationsClient::Page<OrgAccount>> OrganizationsClient::parseAccounts(
    QByteArrayView body, const char *operation)
{
    return parseList<OrgAccount>(
        body, operation, "Accounts", [](AwsJson::Reader &r, const QJsonObject &o, qsizetype i) {
            OrgAccount a;
            a.id = r.requiredString(o, u"Id", idx("Accounts", i, "Id"), accountIdPattern());
            a.arn = r.optionalString(o, u"Arn", idx("Accounts", i, "Arn"), 2048);
            a.name = r.optionalString(o, u"Name", idx("Accounts", i, "Name"), 1024);
            a.email = r.optionalString(o, u"Email", idx("Accounts", i, "Email"), 1024);
            // Status, or State where AWS sends only the newer field.
            const bool hasStatus = o.contains(u"Status") && !o.value(u"Status").isNull();
            a.status = hasStatus || !o.contains(u"State")
                ? r.requiredString(o, u"Status", idx("Accounts", i, "Status"), statusPattern())
                : r.requiredString(o, u"State", idx("Accounts", i, "State"), statusPattern());
            return a;
        });
}

Result<OrganizationsClient::Page<QString>> OrganizationsClient::parseRootsPage(QByteArrayView body)
{
    return parseList<QString>(body, "ListRoots", "Roots", [](AwsJson::Reader &r, const QJsonObject &o, qsizetype i) {
        return r.requiredString(o, u"Id", idx("Roots", i, "Id"), rootIdPattern());
    });
}

Result<OrganizationsClient::Page<OrganizationsClient::Child>> OrganizationsClient::parseChildrenPage(
    QByteArrayView body)
{
    return parseList<Child>(
        body, "ListChildren", "Children", [](AwsJson::Reader &r, const QJsonObject &o, qsizetype i) {
            Child c;
            c.id = r.requiredString(o, u"Id", idx("Children", i, "Id"), childIdPattern());
            c.type = r.requiredString(o, u"Type", idx("Children", i, "Type"), statusPattern());
            return c;
        });
}

// ------------------------------------------------------------------------------------------------------- calls

void OrganizationsClient::describeOrganization(const QString &homeRegion, CredentialsProviderPtr credentials,
    QObject *context, std::function<void(const Result<OrgDescription> &)> callback)
{
    AwsCall call
        = AwsCall::json(QByteArrayLiteral("organizations"), AwsEndpoints::organizationsSigningRegion(homeRegion),
            m_endpoints.organizationsUrl(homeRegion), targetPrefix.toByteArray() + ".DescribeOrganization", "{}");
    m_http->call<OrgDescription>(std::move(call), std::move(credentials), context,
        &OrganizationsClient::parseDescribeOrganization, std::move(callback));
}

template <typename Item> struct OrganizationsClient::Listing
{
    QString homeRegion;
    QByteArray action;
    QJsonObject params;
    CredentialsProviderPtr credentials;
    QObject *context = nullptr;
    Result<Page<Item>> (*parse)(QByteArrayView) = nullptr;
    std::function<void(const Result<QList<Item>> &)> callback;
    std::unique_ptr<PageChain> chain;
    QList<Item> items;
};

template <typename Item>
void OrganizationsClient::listAll(const QString &homeRegion, QByteArray action, QJsonObject params,
    CredentialsProviderPtr credentials, QObject *context, Result<Page<Item>> (*parse)(QByteArrayView),
    std::function<void(const Result<QList<Item>> &)> callback)
{
    auto listing = std::make_shared<Listing<Item>>();
    listing->homeRegion = homeRegion;
    listing->chain
        = std::make_unique<PageChain>(action, AwsEndpoints::organizationsSigningRegion(homeRegion), m_maxPagesPerChain);
    listing->action = std::move(action);
    listing->params = std::move(params);
    listing->credentials = std::move(credentials);
    listing->context = context;
    listing->parse = parse;
    listing->callback = std::move(callback);
    nextPage(std::move(listing));
}

template <typename Item> void OrganizationsClient::nextPage(std::shared_ptr<Listing<Item>> listing)
{
    QJsonObject params = listing->params;
    params.insert(QStringLiteral("MaxResults"), maxPageSize);
    if (!listing->chain->token().isEmpty())
        params.insert(QStringLiteral("NextToken"), listing->chain->token());
    AwsCall call = AwsCall::json(QByteArrayLiteral("organizations"),
        AwsEndpoints::organizationsSigningRegion(listing->homeRegion),
        m_endpoints.organizationsUrl(listing->homeRegion), targetPrefix.toByteArray() + '.' + listing->action,
        QJsonDocument(params).toJson(QJsonDocument::Compact));
    QPointer<OrganizationsClient> self(this);
    m_http->call<Page<Item>>(std::move(call), listing->credentials, listing->context, listing->parse,
        [self, listing](const Result<Page<Item>> &page) {
            if (!page) {
                listing->callback(page.error());
                return;
            }
            listing->items.append(page->items);
            // The pages so far stand only together: a token that loops, is oversized or exceeds the page cap is an
            // error, never a partial list that would look complete.
            const Result<bool> more = listing->chain->advance(page->nextToken);
            if (!more) {
                listing->callback(more.error());
                return;
            }
            if (!*more) {
                listing->callback(std::move(listing->items));
                return;
            }
            if (!self) {
                listing->callback(AwsError::make(AwsError::Kind::Network,
                    QCoreApplication::translate("OrganizationsClient", "The request was cancelled.")));
                return;
            }
            self->nextPage(listing);
        });
}

void OrganizationsClient::listAccounts(const QString &homeRegion, CredentialsProviderPtr credentials, QObject *context,
    std::function<void(const Result<QList<OrgAccount>> &)> callback)
{
    listAll<OrgAccount>(homeRegion, QByteArrayLiteral("ListAccounts"), {}, std::move(credentials), context,
        &OrganizationsClient::parseAccountsPage, std::move(callback));
}

void OrganizationsClient::listRoots(const QString &homeRegion, CredentialsProviderPtr credentials, QObject *context,
    std::function<void(const Result<QStringList> &)> callback)
{
    listAll<QString>(homeRegion, QByteArrayLiteral("ListRoots"), {}, std::move(credentials), context,
        &OrganizationsClient::parseRootsPage, [callback = std::move(callback)](const Result<QList<QString>> &roots) {
            if (!roots)
                callback(roots.error());
            else
                callback(QStringList(*roots));
        });
}

struct OrganizationsClient::Walk
{
    QString homeRegion;
    CredentialsProviderPtr credentials;
    QObject *context = nullptr;
    std::function<void(const Result<QSet<QString>> &)> callback;
    QSet<QString> accounts;
    QSet<QString> seenParents; ///< every root and OU queued: a child seen again (a cycle) is not walked twice
    QList<std::pair<QString, int>> queue; ///< (parent id, depth below the given parent), breadth-first
    qsizetype next = 0;
    int ous = 0;
};

void OrganizationsClient::accountsBeneath(const QString &homeRegion, const QStringList &parentIds,
    CredentialsProviderPtr credentials, QObject *context, std::function<void(const Result<QSet<QString>> &)> callback)
{
    auto walk = std::make_shared<Walk>();
    walk->homeRegion = homeRegion;
    walk->credentials = std::move(credentials);
    walk->context = context;
    walk->callback = std::move(callback);
    AwsError refused;
    for (const QString &id : parentIds) {
        if (isAccountId(id)) {
            walk->accounts.insert(id);
        } else if (isRootId(id) || isOuId(id)) {
            if (!walk->seenParents.contains(id)) {
                walk->seenParents.insert(id);
                walk->queue.append({ id, 0 });
            }
        } else if (!refused.isError()) {
            refused = invalidParent(id);
        }
    }
    if (refused.isError() || walk->queue.isEmpty()) {
        // Answered from the event loop like every other outcome, never from inside this call.
        QMetaObject::invokeMethod(
            context,
            [walk, refused] {
                if (refused.isError())
                    walk->callback(refused);
                else
                    walk->callback(walk->accounts);
            },
            Qt::QueuedConnection);
        return;
    }
    walkNext(std::move(walk));
}

void OrganizationsClient::walkNext(std::shared_ptr<Walk> walk)
{
    if (walk->next >= walk->queue.size()) {
        walk->callback(walk->accounts);
        return;
    }
    // Plain variables, not a structured binding: lambdas below capture them (clang 14 cannot capture bindings).
    const QString parent = walk->queue.at(walk->next).first;
    const int depth = walk->queue.at(walk->next).second;
    ++walk->next;
    QPointer<OrganizationsClient> self(this);
    QJsonObject params { { QStringLiteral("ParentId"), parent } };
    listAll<OrgAccount>(walk->homeRegion, QByteArrayLiteral("ListAccountsForParent"), params, walk->credentials,
        walk->context, &OrganizationsClient::parseAccountsForParentPage,
        [self, walk, parent, depth](const Result<QList<OrgAccount>> &accounts) {
            if (!accounts) {
                walk->callback(accounts.error());
                return;
            }
            for (const OrgAccount &a : *accounts)
                walk->accounts.insert(a.id);
            if (!self) {
                walk->callback(AwsError::make(AwsError::Kind::Network,
                    QCoreApplication::translate("OrganizationsClient", "The request was cancelled.")));
                return;
            }
            if (depth >= maxOuDepth) { // AWS nests OUs five deep below the root; nothing lies deeper
                self->walkNext(walk);
                return;
            }
            QJsonObject childParams { { QStringLiteral("ParentId"), parent },
                { QStringLiteral("ChildType"), QStringLiteral("ORGANIZATIONAL_UNIT") } };
            self->listAll<Child>(walk->homeRegion, QByteArrayLiteral("ListChildren"), childParams, walk->credentials,
                walk->context, &OrganizationsClient::parseChildrenPage,
                [self, walk, depth](const Result<QList<Child>> &children) {
                    if (!children) {
                        walk->callback(children.error());
                        return;
                    }
                    for (const Child &c : *children) {
                        if (c.type != QLatin1StringView("ORGANIZATIONAL_UNIT") || !isOuId(c.id)) {
                            AwsError e = AwsError::make(AwsError::Kind::Parse,
                                QCoreApplication::translate("OrganizationsClient",
                                    "ListChildren: asked for organizational units, the response listed %1 (%2).")
                                    .arg(c.id, c.type));
                            e.code = QStringLiteral("MalformedResponse");
                            walk->callback(e);
                            return;
                        }
                        if (walk->seenParents.contains(c.id))
                            continue;
                        if (++walk->ous > maxOrganizationalUnits) {
                            AwsError e = AwsError::make(AwsError::Kind::Parse,
                                QCoreApplication::translate("OrganizationsClient",
                                    "More than %1 organizational units beneath the given parents; stopped (AWS "
                                    "allows at most %1 in an organization).")
                                    .arg(maxOrganizationalUnits));
                            e.code = QStringLiteral("TooManyOrganizationalUnits");
                            walk->callback(e);
                            return;
                        }
                        walk->seenParents.insert(c.id);
                        walk->queue.append({ c.id, depth + 1 });
                    }
                    if (!self) {
                        walk->callback(AwsError::make(AwsError::Kind::Network,
                            QCoreApplication::translate("OrganizationsClient", "The request was cancelled.")));
                        return;
                    }
                    self->walkNext(walk);
                });
        });
}
