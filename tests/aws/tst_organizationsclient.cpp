// Tests OrganizationsClient against the fake AWS endpoint (AWS JSON 1.1, botocore-verified SigV4) and its parsers.
#include "../support/awstestclients.h"
#include "aws/organizationsclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString orgScenario = u"org-basic"_s;
const QString homeRegion = u"eu-west-1"_s; // any region of the partition: Organizations is global

CredentialsProviderPtr orgAdmin()
{
    return AwsTestClients::keys(u"AKIAORGMANAGEMENT001"_s, u"OrgManagement0/K7MDENG+bPxRfiCYEXAMPLEKY"_s);
}
CredentialsProviderPtr memberAdmin()
{
    return AwsTestClients::keys(u"AKIAORGMEMBERUSER001"_s, u"OrgMemberUser0/K7MDENG+bPxRfiCYEXAMPLEKY"_s);
}
CredentialsProviderPtr ec2Only()
{
    return AwsTestClients::keys(u"AKIAORGNOPERMISSION1"_s, u"OrgNoPermissn0/K7MDENG+bPxRfiCYEXAMPLEKY"_s);
}

const QStringList orgBasicAccounts { u"111111111111"_s, u"222222222222"_s, u"333333333333"_s, u"444444444444"_s,
    u"555555555555"_s, u"666666666666"_s };

/// AwsTestClients plus an OrganizationsClient on the same HttpClient and endpoints.
struct OrgClients : AwsTestClients
{
    OrgClients(const FakeAws &fake, const QString &scenario, const QString &session)
        : AwsTestClients(fake, scenario, session)
        , org(&http, endpoints)
    {
    }
    OrganizationsClient org;
};

template <typename T, typename Start> Result<T> await(Start start)
{
    std::optional<Result<T>> out;
    start([&out](const Result<T> &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
        return AwsError::make(AwsError::Kind::Timeout, u"test waited 60 s"_s);
    return *out;
}

QStringList ids(const QList<OrgAccount> &accounts)
{
    QStringList out;
    for (const OrgAccount &a : accounts)
        out.append(a.id);
    return out;
}

QJsonObject orgBasicWith(const QJsonObject &organizationChanges, const QJsonObject &topLevel = {})
{
    QFile f(QFINDTESTDATA("../fakeaws/scenarios/org-basic.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject scenario = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject org = scenario.value(u"organization"_s).toObject();
    for (auto it = organizationChanges.begin(); it != organizationChanges.end(); ++it)
        org.insert(it.key(), it.value());
    scenario.insert(u"organization"_s, org);
    for (auto it = topLevel.begin(); it != topLevel.end(); ++it)
        scenario.insert(it.key(), it.value());
    return scenario;
}

QStringList actionsIn(const QJsonArray &log)
{
    QStringList out;
    for (const QJsonValue &e : log)
        out.append(e[u"action"_s].toString());
    return out;
}

} // namespace

class TestOrganizationsClient final : public QObject
{
    Q_OBJECT
private:
    FakeAws m_fake;

    Result<QList<OrgAccount>> listAccounts(OrganizationsClient &org, CredentialsProviderPtr creds)
    {
        return await<QList<OrgAccount>>([&](auto cb) { org.listAccounts(homeRegion, creds, this, cb); });
    }
    Result<QSet<QString>> beneath(OrganizationsClient &org, const QStringList &parents)
    {
        return await<QSet<QString>>([&](auto cb) { org.accountsBeneath(homeRegion, parents, orgAdmin(), this, cb); });
    }
    QString put(const QString &name, const QJsonObject &scenario)
    {
        return m_fake.putScenario(name, scenario) ? name : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fake = FakeAws::fromEnvironment();
        if (!m_fake.isValid())
            QFAIL(qPrintable(m_fake.why()));
    }

    void describesTheOrganizationWithSignedJsonRequests()
    {
        const QString session = FakeAws::uniqueSession(u"describe"_s);
        OrgClients c(m_fake, orgScenario, session);
        const auto d
            = await<OrgDescription>([&](auto cb) { c.org.describeOrganization(homeRegion, orgAdmin(), this, cb); });
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().toString()));
        QCOMPARE(d->id, u"o-a1b2c3d4e5"_s);
        QCOMPARE(d->arn, u"arn:aws:organizations::111111111111:organization/o-a1b2c3d4e5"_s);
        QCOMPARE(d->managementAccountId, u"111111111111"_s);
        QCOMPARE(d->managementAccountArn, u"arn:aws:organizations::111111111111:account/o-a1b2c3d4e5/111111111111"_s);
        QCOMPARE(d->featureSet, u"ALL"_s);
        const QJsonArray log = m_fake.requestLog(orgScenario, session);
        QCOMPARE(log.size(), 1);
        const QJsonObject entry = log.first().toObject();
        QCOMPARE(entry[u"service"_s].toString(), u"organizations"_s);
        QCOMPARE(entry[u"region"_s].toString(), u"us-east-1"_s); // the global endpoint's signing region
        const QJsonObject headers = entry[u"headers"_s].toObject();
        QCOMPARE(headers[u"x-amz-target"_s].toString(), u"AWSOrganizationsV20161128.DescribeOrganization"_s);
        QCOMPARE(headers[u"content-type"_s].toString(), u"application/x-amz-json-1.1"_s);
        QVERIFY2(headers[u"authorization"_s].toString().contains(u"x-amz-target"_s),
            qPrintable(headers[u"authorization"_s].toString()));
    }

    void listAccountsFollowsEveryPageInAwsOrder()
    {
        const QString session = FakeAws::uniqueSession(u"accounts"_s);
        OrgClients c(m_fake, orgScenario, session);
        const auto accounts = listAccounts(c.org, orgAdmin());
        QVERIFY2(accounts.ok(), qPrintable(accounts.ok() ? QString() : accounts.error().toString()));
        QCOMPARE(ids(*accounts), orgBasicAccounts);
        const OrgAccount &legacy = accounts->at(4);
        QCOMPARE(legacy.status, u"SUSPENDED"_s);
        QCOMPARE(legacy.name, u"Legacy (closed)"_s);
        QCOMPARE(legacy.email, u"legacy@example.com"_s);
        QCOMPARE(legacy.arn, u"arn:aws:organizations::111111111111:account/o-a1b2c3d4e5/555555555555"_s);
        QCOMPARE(accounts->at(1).status, u"ACTIVE"_s);
        // org-basic answers pages of 2: three requests, the 2nd and 3rd with the previous page's token.
        const QJsonArray log = m_fake.requestLog(orgScenario, session);
        QCOMPARE(actionsIn(log), QStringList(3, u"ListAccounts"_s));
    }

    void listsFiftyFiveGeneratedMembersAcrossPages()
    {
        const QString scenario = put(u"org-55"_s,
            orgBasicWith({ { u"page_size"_s, 20 },
                { u"generate_accounts"_s,
                    QJsonObject { { u"count"_s, 55 }, { u"first_id"_s, u"300000000000"_s },
                        { u"instances_per_region"_s, QJsonObject { { u"us-east-1"_s, 2 } } } } } }));
        QVERIFY(!scenario.isEmpty());
        const QString session = FakeAws::uniqueSession(u"55"_s);
        OrgClients c(m_fake, scenario, session);
        const auto accounts = listAccounts(c.org, orgAdmin());
        QVERIFY2(accounts.ok(), qPrintable(accounts.ok() ? QString() : accounts.error().toString()));
        QCOMPARE(accounts->size(), 61);
        const QStringList listed = ids(*accounts);
        QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()).size(), 61);
        QCOMPARE(accounts->last().id, u"300000000054"_s);
        QCOMPARE(m_fake.requestLog(scenario, session).size(), 4); // 20 + 20 + 20 + 1
    }

    void listRootsGivesTheRoot()
    {
        OrgClients c(m_fake, orgScenario, FakeAws::uniqueSession(u"roots"_s));
        const auto roots = await<QStringList>([&](auto cb) { c.org.listRoots(homeRegion, orgAdmin(), this, cb); });
        QVERIFY(roots.ok());
        QCOMPARE(*roots, QStringList { u"r-a1b2"_s });
    }

    void accountsBeneathWalksNestedOus_data()
    {
        QTest::addColumn<QStringList>("parents");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("root") << QStringList { u"r-a1b2"_s } << orgBasicAccounts;
        QTest::newRow("Production and its nested OU")
            << QStringList { u"ou-a1b2-prod0001"_s }
            << QStringList { u"222222222222"_s, u"666666666666"_s, u"333333333333"_s };
        QTest::newRow("nested OU alone") << QStringList { u"ou-a1b2-prodeu01"_s } << QStringList { u"333333333333"_s };
        QTest::newRow("OU and an account id") << QStringList { u"ou-a1b2-sandbox1"_s, u"555555555555"_s }
                                              << QStringList { u"444444444444"_s, u"555555555555"_s };
        QTest::newRow("the same OU twice")
            << QStringList { u"ou-a1b2-sandbox1"_s, u"ou-a1b2-sandbox1"_s } << QStringList { u"444444444444"_s };
    }
    void accountsBeneathWalksNestedOus()
    {
        QFETCH(QStringList, parents);
        QFETCH(QStringList, expected);
        OrgClients c(m_fake, orgScenario, FakeAws::uniqueSession(u"beneath"_s));
        const auto found = beneath(c.org, parents);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
        QCOMPARE(*found, QSet<QString>(expected.cbegin(), expected.cend()));
    }

    void accountsBeneathRefusesAnIdThatIsNoParentBeforeAnyRequest()
    {
        const QString session = FakeAws::uniqueSession(u"badparent"_s);
        OrgClients c(m_fake, orgScenario, session);
        for (const QString &bad : { u"ou-A1B2-prod0001"_s, u"o-a1b2c3d4e5"_s, u"r-a"_s, u"12345678901"_s, u""_s }) {
            const auto found = beneath(c.org, { u"r-a1b2"_s, bad });
            QVERIFY2(!found.ok(), qPrintable(bad));
            QCOMPARE(found.error().kind, AwsError::Kind::InvalidInput);
            QCOMPARE(found.error().code, u"InvalidParentId"_s);
        }
        QCOMPARE(m_fake.requestLog(orgScenario, session).size(), 0);
    }

    void accountsBeneathWalksACycleOnce()
    {
        // A hostile or broken endpoint: A contains B and B contains A.
        const QString scenario = put(u"org-ou-cycle"_s,
            orgBasicWith({ { u"ous"_s,
                               QJsonArray { QJsonObject { { u"id"_s, u"ou-a1b2-cyclea00"_s },
                                                { u"parent"_s, u"ou-a1b2-cycleb00"_s } },
                                   QJsonObject {
                                       { u"id"_s, u"ou-a1b2-cycleb00"_s }, { u"parent"_s, u"ou-a1b2-cyclea00"_s } } } },
                { u"accounts"_s,
                    QJsonArray {
                        QJsonObject { { u"id"_s, u"222222222222"_s }, { u"parent"_s, u"ou-a1b2-cycleb00"_s } } } } }));
        QVERIFY(!scenario.isEmpty());
        const QString session = FakeAws::uniqueSession(u"cycle"_s);
        OrgClients c(m_fake, scenario, session);
        const auto found = await<QSet<QString>>(
            [&](auto cb) { c.org.accountsBeneath(homeRegion, { u"ou-a1b2-cyclea00"_s }, orgAdmin(), this, cb); });
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
        QCOMPARE(*found, QSet<QString> { u"222222222222"_s });
        QCOMPARE(actionsIn(m_fake.requestLog(scenario, session)).count(u"ListChildren"_s), 2);
    }

    void accountsBeneathDescendsAtMostFiveLevels()
    {
        // OUs nested seven deep (AWS allows five): the walk lists children down to level 5 and no further.
        QJsonArray ous;
        QString parent = u"r-a1b2"_s;
        for (int level = 1; level <= 7; ++level) {
            const QString id = u"ou-a1b2-level"_s + QString::number(level) + u"000"_s;
            ous.append(QJsonObject { { u"id"_s, id }, { u"parent"_s, parent } });
            parent = id;
        }
        const QString scenario = put(u"org-deep"_s,
            orgBasicWith({ { u"ous"_s, ous },
                { u"accounts"_s,
                    QJsonArray {
                        QJsonObject { { u"id"_s, u"222222222222"_s }, { u"parent"_s, u"ou-a1b2-level5000"_s } },
                        QJsonObject { { u"id"_s, u"333333333333"_s }, { u"parent"_s, u"ou-a1b2-level6000"_s } } } } }));
        QVERIFY(!scenario.isEmpty());
        const QString session = FakeAws::uniqueSession(u"deep"_s);
        OrgClients c(m_fake, scenario, session);
        const auto found = await<QSet<QString>>(
            [&](auto cb) { c.org.accountsBeneath(homeRegion, { u"r-a1b2"_s }, orgAdmin(), this, cb); });
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
        QCOMPARE(*found, (QSet<QString> { u"111111111111"_s, u"222222222222"_s }));
        const QStringList actions = actionsIn(m_fake.requestLog(scenario, session));
        QCOMPARE(actions.count(u"ListChildren"_s), 5); // root, levels 1-4; level 5 is not asked for OUs
        QCOMPARE(actions.count(u"ListAccountsForParent"_s), 6); // root, levels 1-5
    }

    void outsideAnOrganizationIsNotInUse()
    {
        const QString scenario = put(
            u"org-none"_s, QJsonObject { { u"extends"_s, orgScenario }, { u"organization"_s, QJsonValue::Null } });
        QVERIFY(!scenario.isEmpty());
        OrgClients c(m_fake, scenario, FakeAws::uniqueSession(u"none"_s));
        const auto d
            = await<OrgDescription>([&](auto cb) { c.org.describeOrganization(homeRegion, orgAdmin(), this, cb); });
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, u"AWSOrganizationsNotInUseException"_s);
        QCOMPARE(d.error().kind, AwsError::Kind::Service);
        QCOMPARE(d.error().httpStatus, 400);
        QCOMPARE(d.error().message, u"Your account is not a member of an organization."_s);
        QVERIFY(!d.error().requestId.isEmpty());
    }

    void memberAccountsAndMissingPermissionsAreAccessDenied()
    {
        OrgClients c(m_fake, orgScenario, FakeAws::uniqueSession(u"denied"_s));
        for (const CredentialsProviderPtr &creds : { memberAdmin(), ec2Only() }) {
            const auto accounts = listAccounts(c.org, creds);
            QVERIFY(!accounts.ok());
            QCOMPARE(accounts.error().kind, AwsError::Kind::AccessDenied);
            QCOMPARE(accounts.error().code, u"AccessDeniedException"_s);
        }
        // A member may describe its organization, as in AWS.
        const auto d
            = await<OrgDescription>([&](auto cb) { c.org.describeOrganization(homeRegion, memberAdmin(), this, cb); });
        QVERIFY(d.ok());
        QCOMPARE(d->managementAccountId, u"111111111111"_s);
    }

    void wrongSecretIsInvalidCredentialsAndNotRetried()
    {
        const QString session = FakeAws::uniqueSession(u"secret"_s);
        OrgClients c(m_fake, orgScenario, session);
        const auto accounts = listAccounts(c.org, AwsTestClients::keys(u"AKIAORGMANAGEMENT001"_s, QString(40, u'x')));
        QVERIFY(!accounts.ok());
        QCOMPARE(accounts.error().code, u"InvalidSignatureException"_s);
        QCOMPARE(accounts.error().kind, AwsError::Kind::InvalidCredentials);
        QCOMPARE(m_fake.requestLog(orgScenario, session).size(), 1);
    }

    void throttlingIsRetriedWithinOneInvocation_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("2 of 3 attempts throttled") << 2 << true;
        QTest::newRow("every attempt throttled") << 3 << false;
    }
    void throttlingIsRetriedWithinOneInvocation()
    {
        QFETCH(int, failures);
        QFETCH(bool, succeeds);
        const QString scenario = put(u"org-throttle-%1"_s.arg(failures),
            QJsonObject { { u"extends"_s, orgScenario },
                { u"faults"_s,
                    QJsonObject { { u"throttle"_s,
                        QJsonObject { { u"action"_s, u"DescribeOrganization"_s },
                            { u"failures_per_invocation"_s, failures } } } } } });
        QVERIFY(!scenario.isEmpty());
        const QString session = FakeAws::uniqueSession(u"throttle"_s);
        OrgClients c(m_fake, scenario, session);
        const auto d
            = await<OrgDescription>([&](auto cb) { c.org.describeOrganization(homeRegion, orgAdmin(), this, cb); });
        QCOMPARE(d.ok(), succeeds);
        if (!succeeds) {
            QCOMPARE(d.error().kind, AwsError::Kind::Throttling);
            QCOMPARE(d.error().code, u"TooManyRequestsException"_s);
        }
        const QJsonArray log = m_fake.requestLog(scenario, session);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0)[u"code"_s].toString(), u"TooManyRequestsException"_s);
        QCOMPARE(log.at(0)[u"invocation_id"_s], log.at(2)[u"invocation_id"_s]);
        QCOMPARE(log.at(2)[u"attempt"_s].toInt(), 3);
    }

    void serverErrorsAreRetriedThenReported_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("one 500") << 1 << true;
        QTest::newRow("500 on every attempt") << 5 << false;
    }
    void serverErrorsAreRetriedThenReported()
    {
        QFETCH(int, count);
        QFETCH(bool, succeeds);
        const QString scenario = put(u"org-5xx-%1"_s.arg(count),
            QJsonObject { { u"extends"_s, orgScenario },
                { u"faults"_s,
                    QJsonObject { { u"errors"_s,
                        QJsonObject { { u"action"_s, u"ListAccounts"_s }, { u"count"_s, count } } } } } });
        QVERIFY(!scenario.isEmpty());
        const QString session = FakeAws::uniqueSession(u"5xx"_s);
        OrgClients c(m_fake, scenario, session);
        const auto accounts = listAccounts(c.org, orgAdmin());
        QCOMPARE(accounts.ok(), succeeds);
        if (succeeds) {
            QCOMPARE(ids(*accounts), orgBasicAccounts);
        } else {
            QCOMPARE(accounts.error().kind, AwsError::Kind::ServerError);
            QCOMPARE(accounts.error().code, u"ServiceException"_s);
            QCOMPARE(accounts.error().httpStatus, 500);
            QCOMPARE(m_fake.requestLog(scenario, session).size(), 3);
        }
    }

    void hostilePaginationIsStopped_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("code");
        QTest::newRow("cycle") << u"cycle"_s << u"PaginationLoop"_s;
        QTest::newRow("endless") << u"endless"_s << u"PaginationLimit"_s;
    }
    void hostilePaginationIsStopped()
    {
        QFETCH(QString, mode);
        QFETCH(QString, code);
        const QString scenario = put(u"org-hostile-"_s + mode,
            QJsonObject { { u"extends"_s, orgScenario },
                { u"faults"_s,
                    QJsonObject { { u"hostile_pagination"_s,
                        QJsonObject { { u"mode"_s, mode }, { u"action"_s, u"ListAccounts"_s } } } } } });
        QVERIFY(!scenario.isEmpty());
        const QString session = FakeAws::uniqueSession(u"hostile"_s);
        OrgClients c(m_fake, scenario, session);
        c.org.setMaxPagesPerChain(10);
        const auto accounts = listAccounts(c.org, orgAdmin());
        QVERIFY(!accounts.ok());
        QCOMPARE(accounts.error().code, code);
        QVERIFY2(accounts.error().message.contains(u"ListAccounts"_s), qPrintable(accounts.error().message));
        QVERIFY(m_fake.requestLog(scenario, session).size() <= 10);
    }

    void managementRoleAssumedBySts()
    {
        // What onboarding does: the console assumes the management account's role, then lists with it.
        const QString session = FakeAws::uniqueSession(u"role"_s);
        OrgClients c(m_fake, orgScenario, session);
        StsClient::AssumeRoleRequest request;
        request.roleArn = u"arn:aws:iam::111111111111:role/OnrampDiscoveryRole"_s;
        request.externalId = u"onramp-org-test"_s;
        request.sessionName = u"onramp-test"_s;
        auto role = std::make_shared<AssumeRoleCredentialsProvider>(
            &c.sts, u"us-east-1"_s, AwsTestClients::console(), request);
        const auto accounts = listAccounts(c.org, role);
        QVERIFY2(accounts.ok(), qPrintable(accounts.ok() ? QString() : accounts.error().toString()));
        QCOMPARE(ids(*accounts), orgBasicAccounts);
        const QJsonArray log = m_fake.requestLog(orgScenario, session);
        QCOMPARE(log.first()[u"action"_s].toString(), u"AssumeRole"_s);
        QVERIFY(log.last()[u"has_security_token"_s].toBool());
    }

    void requiredActionsAreTheFiveReadActions()
    {
        const QList<QByteArray> actions = OrganizationsClient::requiredOrganizationsActions();
        QCOMPARE(actions,
            (QList<QByteArray> { "organizations:DescribeOrganization", "organizations:ListAccounts",
                "organizations:ListRoots", "organizations:ListChildren", "organizations:ListAccountsForParent" }));
    }

    // ---- parsers: untrusted JSON

    void malformedPagesAreErrorsNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("not JSON") << QByteArray("{\"Accounts\": [") << u"not valid JSON"_s;
        QTest::newRow("an array") << QByteArray("[]") << u"not a JSON object"_s;
        QTest::newRow("no Accounts") << QByteArray("{\"NextToken\": \"x\"}") << u"Accounts is missing"_s;
        QTest::newRow("Accounts an object") << QByteArray("{\"Accounts\": {}}") << u"Accounts is not a list"_s;
        QTest::newRow("an account a string")
            << QByteArray("{\"Accounts\": [\"111111111111\"]}") << u"Accounts[0] is not an object"_s;
        QTest::newRow("Id a number") << QByteArray("{\"Accounts\": [{\"Id\": 111111111111, \"Status\": \"ACTIVE\"}]}")
                                     << u"Accounts[0].Id is not a string"_s;
        QTest::newRow("Id 11 digits") << QByteArray("{\"Accounts\": [{\"Id\": \"111111111111\", \"Status\": "
                                                    "\"ACTIVE\"}, {\"Id\": \"11111111111\", \"Status\": \"ACTIVE\"}]}")
                                      << u"Accounts[1].Id is not a valid value"_s;
        QTest::newRow("Id with a path") << QByteArray(
            "{\"Accounts\": [{\"Id\": \"../111111111\", \"Status\": \"ACTIVE\"}]}")
                                        << u"Accounts[0].Id is not a valid value"_s;
        QTest::newRow("no Status") << QByteArray("{\"Accounts\": [{\"Id\": \"111111111111\"}]}")
                                   << u"Accounts[0].Status is missing"_s;
        QTest::newRow("Status lower case")
            << QByteArray("{\"Accounts\": [{\"Id\": \"111111111111\", \"Status\": \"active\"}]}")
            << u"Accounts[0].Status is not a valid value"_s;
        QTest::newRow("Name a list") << QByteArray(
            "{\"Accounts\": [{\"Id\": \"111111111111\", \"Status\": \"ACTIVE\", \"Name\": []}]}")
                                     << u"Accounts[0].Name is not a string"_s;
        QTest::newRow("NextToken a number")
            << QByteArray("{\"Accounts\": [], \"NextToken\": 7}") << u"NextToken is not a string"_s;
    }
    void malformedPagesAreErrorsNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto page = OrganizationsClient::parseAccountsPage(body);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, AwsError::Kind::Parse);
        QVERIFY2(page.error().message.startsWith(u"ListAccounts: "_s), qPrintable(page.error().message));
        QVERIFY2(page.error().message.contains(field), qPrintable(page.error().message));
    }

    void unknownFieldsAreIgnoredAndStateStandsInForStatus()
    {
        const auto page = OrganizationsClient::parseAccountsPage(
            "{\"Accounts\": [{\"Id\": \"111111111111\", \"Status\": \"ACTIVE\", \"Future\": {\"x\": [1]}, \"Name\": "
            "\"A\"}, {\"Id\": \"222222222222\", \"State\": \"CLOSED\"}], \"NextToken\": null, \"Extra\": 1}");
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->items.at(0).name, u"A"_s);
        QCOMPARE(page->items.at(1).status, u"CLOSED"_s);
        QVERIFY(page->nextToken.isEmpty());
    }

    void describeOrganizationChecksIdShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problem"); // empty: valid
        const QByteArray arn = "arn:aws:organizations::111111111111:organization/o-a1b2c3d4e5";
        const auto doc = [](const char *id, const char *master, const QByteArray &theArn) -> QByteArray {
            return QByteArray("{\"Organization\": {\"Id\": \"") + id + "\", \"Arn\": \"" + theArn
                + "\", \"MasterAccountId\": \"" + master + "\", \"FeatureSet\": \"ALL\"}}";
        };
        QTest::newRow("valid") << doc("o-a1b2c3d4e5", "111111111111", arn) << QString();
        QTest::newRow("gov partition") << doc(
            "o-a1b2c3d4e5", "111111111111", "arn:aws-us-gov:organizations::111111111111:organization/o-a1b2c3d4e5")
                                       << QString();
        QTest::newRow("org id too short") << doc("o-a1b2", "111111111111", arn) << u"Organization.Id"_s;
        QTest::newRow("org id upper case") << doc("o-A1B2C3D4E5", "111111111111", arn) << u"Organization.Id"_s;
        QTest::newRow("management 13 digits")
            << doc("o-a1b2c3d4e5", "1111111111111", arn) << u"Organization.MasterAccountId"_s;
        QTest::newRow("arn of another service")
            << doc("o-a1b2c3d4e5", "111111111111", "arn:aws:iam::111111111111:role/x") << u"Organization.Arn"_s;
        QTest::newRow("no Organization") << QByteArray("{}") << u"Organization is missing"_s;
    }
    void describeOrganizationChecksIdShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, problem);
        const auto d = OrganizationsClient::parseDescribeOrganization(body);
        if (problem.isEmpty()) {
            QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
            QCOMPARE(d->id, u"o-a1b2c3d4e5"_s);
            return;
        }
        QVERIFY(!d.ok());
        QVERIFY2(d.error().message.contains(problem), qPrintable(d.error().message));
    }

    void childrenAndRootsPagesCheckIds()
    {
        QVERIFY(OrganizationsClient::parseChildrenPage(
            "{\"Children\": [{\"Id\": \"ou-a1b2-prod0001\", \"Type\": \"ORGANIZATIONAL_UNIT\"}]}")
                    .ok());
        QVERIFY(
            !OrganizationsClient::parseChildrenPage("{\"Children\": [{\"Id\": \"r-a1b2\", \"Type\": \"ROOT\"}]}").ok());
        QVERIFY(OrganizationsClient::parseRootsPage("{\"Roots\": [{\"Id\": \"r-a1b2\", \"Name\": \"Root\"}]}").ok());
        const auto bad = OrganizationsClient::parseRootsPage("{\"Roots\": [{\"Id\": \"ou-a1b2-prod0001\"}]}");
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(u"Roots[0].Id"_s), qPrintable(bad.error().message));
    }

    void idShapesFollowTheApiReference()
    {
        QVERIFY(OrganizationsClient::isAccountId(u"012345678901"));
        QVERIFY(!OrganizationsClient::isAccountId(u"01234567890"));
        QVERIFY(!OrganizationsClient::isAccountId(u"0123456789012"));
        QVERIFY(OrganizationsClient::isRootId(u"r-ab12"));
        QVERIFY(!OrganizationsClient::isRootId(u"r-ab1"));
        QVERIFY(OrganizationsClient::isOuId(u"ou-ab12-abcdef12"));
        QVERIFY(!OrganizationsClient::isOuId(u"ou-ab12-abcdef1"));
        QVERIFY(!OrganizationsClient::isOuId(u"ou-ab12-abcdef12\n"));
        QVERIFY(OrganizationsClient::isOrganizationId(u"o-abcdefghij"));
        QVERIFY(!OrganizationsClient::isOrganizationId(u"o-abcdefghi"));
    }
};

QTEST_GUILESS_MAIN(TestOrganizationsClient)
#include "tst_organizationsclient.moc"
