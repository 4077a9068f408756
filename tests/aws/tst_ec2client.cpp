// Tests Ec2Client against the fake AWS endpoint: regions, every page of instances, health, DryRun probes.
#include "../support/awstestclients.h"
#include "aws/ec2client.h"
#include "aws/querypages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

/// Hands out credentials that AWS already considers expired until told so (invalidate()), then fresh ones:
/// what a provider's cache looks like when the server's idea of expiry runs ahead of ours.
class StaleThenFreshProvider final : public CredentialsProvider
{
public:
    StaleThenFreshProvider(AwsCredentials stale, CredentialsProviderPtr fresh)
        : m_stale(std::move(stale))
        , m_fresh(std::move(fresh))
    {
    }
    void fetch(QObject *context, Callback callback) override
    {
        if (!m_invalidated)
            callback(m_stale);
        else
            m_fresh->fetch(context, std::move(callback));
    }
    void invalidate() override { m_invalidated = true; }
    bool invalidated() const { return m_invalidated; }

private:
    const Result<AwsCredentials> m_stale;
    CredentialsProviderPtr m_fresh;
    bool m_invalidated = false;
};

class TestEc2Client final : public QObject
{
    Q_OBJECT
private:
    FakeAws m_fake;

    struct Listing
    {
        QList<Ec2Instance> instances;
        int pages = 0;
        std::optional<Result<int>> done;
    };

    Listing listInstances(AwsTestClients &c, const QString &region, CredentialsProviderPtr creds, int pageSize = 1000)
    {
        Listing l;
        c.ec2.describeInstances(
            region, creds, this,
            [&l](const Ec2InstancePage &p) {
                ++l.pages;
                l.instances.append(p.instances);
            },
            [&l](const Result<int> &r) { l.done = r; }, pageSize);
        if (!QTest::qWaitFor([&] { return l.done.has_value(); }, 120000))
            l.done = Result<int>(AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test waited 120 s")));
        return l;
    }

    Result<QList<Ec2Region>> regions(AwsTestClients &c, CredentialsProviderPtr creds)
    {
        std::optional<Result<QList<Ec2Region>>> out;
        c.ec2.describeRegions(
            QStringLiteral("us-east-1"), creds, this, [&](const Result<QList<Ec2Region>> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
            return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test waited"));
        return *out;
    }

    Result<QList<Ec2Client::PermissionCheck>> probe(AwsTestClients &c, CredentialsProviderPtr creds)
    {
        std::optional<Result<QList<Ec2Client::PermissionCheck>>> out;
        c.ec2.probePermissions(QStringLiteral("us-east-1"), creds, this,
            [&](const Result<QList<Ec2Client::PermissionCheck>> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
            return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test waited"));
        return *out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fake = FakeAws::fromEnvironment();
        if (!m_fake.isValid())
            QFAIL(qPrintable(m_fake.why()));
    }

    void describeRegionsListsEnabledRegions()
    {
        AwsTestClients c(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("reg")));
        const auto r = regions(c, AwsTestClients::customer());
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 17);
        QVERIFY(std::any_of(
            r->cbegin(), r->cend(), [](const Ec2Region &x) { return x.name == QLatin1StringView("eu-west-1"); }));
    }

    void describesExactlyAll2345InstancesInPagesAcrossFiveRegions()
    {
        AwsTestClients c(m_fake, QStringLiteral("cfn-2345"), FakeAws::uniqueSession(QStringLiteral("2345")));
        const auto r = regions(c, AwsTestClients::customer());
        QVERIFY(r.ok());
        QSet<QString> ids;
        int total = 0, pages = 0, regionsWithInstances = 0;
        for (const Ec2Region &region : *r) {
            const Listing l = listInstances(c, region.name, AwsTestClients::customer(), 500);
            QVERIFY2(l.done->ok(), qPrintable(region.name));
            QCOMPARE(**l.done, int(l.instances.size()));
            total += int(l.instances.size());
            pages += l.pages;
            if (!l.instances.isEmpty())
                ++regionsWithInstances;
            for (const Ec2Instance &i : l.instances) {
                QVERIFY(i.availabilityZone.startsWith(region.name));
                ids.insert(i.instanceId);
            }
        }
        QCOMPARE(total, 2345);
        QCOMPARE(ids.size(), 2345); // no duplicates across pages
        QCOMPARE(regionsWithInstances, 5);
        QVERIFY2(
            pages >= 2 + 2 + 1 + 1 + 1, qPrintable(QString::number(pages))); // 1200 and 600 need several pages of 500
    }

    void instancesCarryTheirFields()
    {
        AwsTestClients c(m_fake, QStringLiteral("cfn-2345"), FakeAws::uniqueSession(QStringLiteral("fields")));
        const Listing l = listInstances(c, QStringLiteral("eu-central-1"), AwsTestClients::customer());
        QVERIFY(l.done->ok());
        QCOMPARE(l.instances.size(), 50);
        for (const Ec2Instance &i : l.instances) {
            QVERIFY(i.instanceId.startsWith(QStringLiteral("i-")));
            QVERIFY(!i.instanceType.isEmpty());
            QVERIFY(!i.state.isEmpty());
            QVERIFY(i.launchTime.isValid());
            QVERIFY(!i.privateIp.isEmpty());
        }
    }

    void throttlingStormDuringPaginationIsRiddenOut()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("storm"));
        AwsTestClients c(m_fake, QStringLiteral("throttle-storm"), session);
        const Listing l = listInstances(c, QStringLiteral("us-east-1"), AwsTestClients::customer(), 5);
        QVERIFY2(l.done->ok(), qPrintable(l.done->ok() ? QString() : l.done->error().toString()));
        QVERIFY(l.pages >= 1);
        const QJsonArray log = m_fake.requestLog(QStringLiteral("throttle-storm"), session);
        QCOMPARE(log.size(), l.pages * 3); // every page: 2 throttled attempts, then success
    }

    void deniedRegionIsUnauthorizedOperation()
    {
        AwsTestClients c(m_fake, QStringLiteral("denied-region"), FakeAws::uniqueSession(QStringLiteral("deny")));
        const QStringList denied = [] {
            QFile f(qEnvironmentVariable("ONRAMP_SOURCE_DIR")
                + QStringLiteral("/tests/fakeaws/scenarios/denied-region.json"));
            if (!f.open(QIODevice::ReadOnly))
                return QStringList();
            QStringList out;
            for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll())
                                           .object()
                                           .value(QStringLiteral("faults"))
                                           .toObject()
                                           .value(QStringLiteral("denied_regions"))
                                           .toArray())
                out.append(v.toString());
            return out;
        }();
        QVERIFY(!denied.isEmpty());
        const Listing l = listInstances(c, denied.first(), AwsTestClients::customer());
        QVERIFY(!l.done->ok());
        QCOMPARE(l.done->error().kind, AwsError::Kind::AccessDenied);
        QCOMPARE(l.done->error().code, QStringLiteral("UnauthorizedOperation"));
        QCOMPARE(l.pages, 0);
    }

    /// A scenario where \a action's pages in us-east-1 never end the way \a mode says (see SCENARIOS.md).
    QString hostilePagination(const QString &mode, const QString &action)
    {
        const QString name = QStringLiteral("hostile-pages-") + mode + QLatin1Char('-') + action;
        const QJsonObject scenario {
            { QStringLiteral("extends"), QStringLiteral("cfn-2345") },
            { QStringLiteral("faults"),
                QJsonObject { { QStringLiteral("hostile_pagination"),
                    QJsonObject { { QStringLiteral("mode"), mode }, { QStringLiteral("action"), action },
                        { QStringLiteral("regions"), QJsonArray { QStringLiteral("us-east-1") } } } } } },
        };
        return m_fake.putScenario(name, scenario) ? name : QString();
    }

    void paginationLeadingBackToAnEarlierPageEndsWithARegionError()
    {
        const QString scenario = hostilePagination(QStringLiteral("cycle"), QStringLiteral("DescribeInstances"));
        QVERIFY(!scenario.isEmpty());
        const QString session = FakeAws::uniqueSession(QStringLiteral("cycle"));
        AwsTestClients c(m_fake, scenario, session);
        const Listing l = listInstances(c, QStringLiteral("us-east-1"), AwsTestClients::customer(), 100);
        QVERIFY(l.done.has_value());
        QVERIFY2(!l.done->ok(), "a listing whose tokens go A, B, A, ... ended as if complete");
        QCOMPARE(l.done->error().code, QStringLiteral("PaginationLoop"));
        QVERIFY2(l.done->error().message.contains(QLatin1StringView("us-east-1"))
                && l.done->error().message.contains(QLatin1StringView("DescribeInstances")),
            qPrintable(l.done->error().message));
        // Page 1 (token B), page 2 (token A), page 3 (token B again): stopped there, not tens of thousands later.
        QCOMPARE(l.pages, 3);
        QCOMPARE(m_fake.requestLog(scenario, session).size(), 3);
    }

    void endlessPaginationStopsAtThePageCap()
    {
        const QString scenario = hostilePagination(QStringLiteral("endless"), QStringLiteral("DescribeInstanceStatus"));
        QVERIFY(!scenario.isEmpty());
        const QString session = FakeAws::uniqueSession(QStringLiteral("endless"));
        AwsTestClients c(m_fake, scenario, session);
        c.ec2.setMaxPagesPerChain(25);
        std::optional<Result<int>> done;
        int pages = 0;
        c.ec2.describeInstanceStatus(
            QStringLiteral("us-east-1"), AwsTestClients::customer(), this,
            [&](const Ec2InstanceStatusPage &) { ++pages; }, [&](const Result<int> &r) { done = r; }, 5);
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
        QVERIFY2(!done->ok(), "a listing with a fresh token on every page ended as if complete");
        QCOMPARE(done->error().code, QStringLiteral("PaginationLimit"));
        QVERIFY2(done->error().message.contains(QLatin1StringView("25")), qPrintable(done->error().message));
        QCOMPARE(pages, 25);
        QCOMPARE(m_fake.requestLog(scenario, session).size(), 25);
    }

    void theNextPageIsAskedForBeforeAPageIsParsed()
    {
        // The token at the end of a page's body is followed before the page is parsed and delivered: when page k
        // is delivered, k + 1 requests have been started (one listing, nothing else on this client), or k + 2 if
        // page k + 1 came back while page k was still being parsed on the parse thread (never more: at most
        // QueryPagesState::kMaxUnparsed pages wait for their parse); when the last page, which has no token, is
        // delivered, k.
        AwsTestClients c(m_fake, QStringLiteral("cfn-2345"), FakeAws::uniqueSession(QStringLiteral("ahead")));
        QList<qint64> aheadAtDelivery; // requests started minus pages delivered, at each delivery
        std::optional<Result<int>> done;
        int instances = 0;
        c.ec2.describeInstances(
            QStringLiteral("us-east-1"), AwsTestClients::customer(), this,
            [&](const Ec2InstancePage &p) {
                aheadAtDelivery << c.http.scheduler().stats().started - (aheadAtDelivery.size() + 1);
                instances += int(p.instances.size());
            },
            [&](const Result<int> &r) { done = r; }, 100);
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
        QVERIFY2(done->ok(), done->ok() ? "" : qPrintable(done->error().message));
        QCOMPARE(**done, instances);
        QCOMPARE(aheadAtDelivery.size(), 12); // 1,200 instances in us-east-1, pages of 100
        for (qsizetype k = 0; k < 11; ++k) {
            QVERIFY2(aheadAtDelivery.at(k) >= 1 && aheadAtDelivery.at(k) <= QueryPagesState::kMaxUnparsed,
                qPrintable(QStringLiteral("page %1: %2 ahead").arg(k + 1).arg(aheadAtDelivery.at(k))));
        }
        QCOMPARE(aheadAtDelivery.last(), 0);
    }

    void aDecoyTokenAtTheEndOfAPageEndsTheListing()
    {
        // A body that ends with another <nextToken> than the page's own: what was read ahead is not trusted, the
        // parsed page disagrees, the listing ends with an error and delivers nothing of that page.
        const QString scenario = hostilePagination(QStringLiteral("decoy"), QStringLiteral("DescribeInstances"));
        QVERIFY(!scenario.isEmpty());
        const QString session = FakeAws::uniqueSession(QStringLiteral("decoy"));
        AwsTestClients c(m_fake, scenario, session);
        const Listing l = listInstances(c, QStringLiteral("us-east-1"), AwsTestClients::customer(), 100);
        QVERIFY(l.done.has_value());
        QVERIFY2(!l.done->ok(), "a page naming two tokens was followed");
        QCOMPARE(l.done->error().code, QStringLiteral("PaginationInconsistent"));
        QVERIFY2(l.done->error().message.contains(QLatin1StringView("us-east-1")), qPrintable(l.done->error().message));
        QCOMPARE(l.pages, 0);
        // The page asked for ahead (with the decoy) was aborted or refused; nothing followed it.
        QTest::qWait(200);
        const QJsonArray log = m_fake.requestLog(scenario, session);
        QVERIFY2(log.size() >= 1 && log.size() <= 2, qPrintable(QString::number(log.size())));
        QVERIFY(c.http.scheduler().inFlight() == 0);
    }

    void oversizedContinuationTokenIsNotFollowed()
    {
        PageChain chain(QByteArrayLiteral("DescribeInstances"), QStringLiteral("eu-west-1"));
        QVERIFY(chain.advance(QString(PageChain::maxTokenBytes, u'A')).ok());
        const Result<bool> tooLong = chain.advance(QString(PageChain::maxTokenBytes + 1, u'B'));
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().code, QStringLiteral("PaginationTokenTooLong"));
        QCOMPARE(chain.token(), QString(PageChain::maxTokenBytes, u'A'));
        const Result<bool> last = chain.advance(QString());
        QVERIFY(last.ok() && !*last);
    }

    void instanceStatusPagesGiveHealth()
    {
        AwsTestClients c(m_fake, QStringLiteral("cfn-2345"), FakeAws::uniqueSession(QStringLiteral("health")));
        QList<Ec2InstanceStatus> statuses;
        std::optional<Result<int>> done;
        c.ec2.describeInstanceStatus(
            QStringLiteral("eu-west-1"), AwsTestClients::customer(), this,
            [&](const Ec2InstanceStatusPage &p) { statuses.append(p.statuses); },
            [&](const Result<int> &r) { done = r; }, 100);
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
        QVERIFY(done->ok());
        QCOMPARE(statuses.size(), 345); // IncludeAllInstances: every instance, across 4 pages of 100
        QVERIFY(std::all_of(
            statuses.cbegin(), statuses.cend(), [](const Ec2InstanceStatus &s) { return !s.state.isEmpty(); }));
    }

    void dryRunProbeReportsAllowedActions()
    {
        AwsTestClients c(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("probe")));
        const auto checks = probe(c, AwsTestClients::customer());
        QVERIFY(checks.ok());
        QCOMPARE(checks->size(), 3);
        for (const auto &check : *checks)
            QVERIFY2(check.allowed, check.iamAction.constData());
    }

    void dryRunProbeNamesDeniedActions()
    {
        AwsTestClients c(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("probe-limited")));
        const auto checks = probe(c, AwsTestClients::keys(FakeAws::limitedKeyId(), FakeAws::limitedSecret()));
        QVERIFY(checks.ok());
        QStringList allowed, denied;
        for (const auto &check : *checks) {
            (check.allowed ? allowed : denied).append(QString::fromLatin1(check.iamAction));
            if (!check.allowed)
                QCOMPARE(check.error.code, QStringLiteral("UnauthorizedOperation"));
        }
        QCOMPARE(allowed, QStringList { QStringLiteral("ec2:DescribeRegions") });
        QCOMPARE(denied,
            (QStringList { QStringLiteral("ec2:DescribeInstances"), QStringLiteral("ec2:DescribeInstanceStatus") }));
    }

    void expiredAssumedCredentialsAreRefreshedTransparently()
    {
        QJsonObject scenario { { QStringLiteral("extends"), QStringLiteral("cfn-2345") },
            { QStringLiteral("issued_credentials_seconds"), 3 } };
        QVERIFY(m_fake.putScenario(QStringLiteral("short-lived-creds"), scenario));
        const QString session = FakeAws::uniqueSession(QStringLiteral("expired"));
        AwsTestClients c(m_fake, QStringLiteral("short-lived-creds"), session);
        const StsClient::AssumeRoleRequest request { FakeAws::customerRoleArn(), FakeAws::customerExternalId(),
            QStringLiteral("tst"), 900 };
        std::optional<Result<AssumedRole>> assumed;
        c.sts.assumeRole(QStringLiteral("us-east-1"), AwsTestClients::console(), request, this,
            [&](Result<AssumedRole> r) { assumed = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(assumed.has_value(), 30000);
        QVERIFY(assumed->ok());
        AwsCredentials stale;
        stale.accessKeyId = (*assumed)->accessKeyId;
        stale.secretAccessKey = std::move(assumed->value().secretAccessKey);
        stale.sessionToken = (*assumed)->sessionToken.toUtf8();
        stale.expiration = QDateTime::currentDateTimeUtc().addSecs(3600); // what a confused cache believes
        QTest::qWait(3500); // the fake's 3 s credentials are now expired on its clock (fresh ones live 3 s too)

        auto fresh = std::make_shared<AssumeRoleCredentialsProvider>(
            &c.sts, QStringLiteral("us-east-1"), AwsTestClients::console(), request);
        auto provider = std::make_shared<StaleThenFreshProvider>(std::move(stale), fresh);
        const Listing l = listInstances(c, QStringLiteral("eu-central-1"), provider);
        QVERIFY2(l.done->ok(), qPrintable(l.done->ok() ? QString() : l.done->error().toString()));
        QCOMPARE(l.instances.size(), 50);
        QVERIFY(provider->invalidated());
        const QJsonArray log = m_fake.requestLog(QStringLiteral("short-lived-creds"), session);
        QStringList codes;
        for (const QJsonValue &v : log)
            codes.append(v.toObject().value(QStringLiteral("action")).toString() + QLatin1Char(':')
                + v.toObject().value(QStringLiteral("code")).toString());
        QVERIFY2(codes.contains(QStringLiteral("DescribeInstances:RequestExpired")), qPrintable(codes.join(u' ')));
    }

    void dryRunProbeWithBadKeysIsInconclusive()
    {
        AwsTestClients c(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("probe-bad")));
        const auto checks
            = probe(c, AwsTestClients::keys(QStringLiteral("AKIAUNKNOWNKEY000000"), FakeAws::customerSecret()));
        QVERIFY(!checks.ok());
        QCOMPARE(checks.error().kind, AwsError::Kind::InvalidCredentials);
    }
};

QTEST_GUILESS_MAIN(TestEc2Client)
#include "tst_ec2client.moc"
