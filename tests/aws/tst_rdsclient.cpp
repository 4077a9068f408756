// Tests RdsClient against the fake AWS endpoint: every page of databases, tags, denials, throttling, the probe.
#include "../support/awstestclients.h"
#include "aws/rdsclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

class TestRdsClient final : public QObject
{
    Q_OBJECT
private:
    FakeAws m_fake;

    struct Listing
    {
        QList<RdsDbInstance> databases;
        QList<int> pageSizes;
        std::optional<Result<int>> done;
    };

    Listing list(
        AwsTestClients &c, const QString &region, CredentialsProviderPtr creds, int pageSize = RdsClient::maxPageSize)
    {
        Listing l;
        c.rds.describeDbInstances(
            region, std::move(creds), this,
            [&l](const RdsDbInstancePage &p) {
                l.pageSizes.append(int(p.databases.size()));
                l.databases.append(p.databases);
            },
            [&l](const Result<int> &r) { l.done = r; }, pageSize);
        if (!QTest::qWaitFor([&] { return l.done.has_value(); }, 120000))
            l.done = Result<int>(AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test waited 120 s")));
        return l;
    }

    Result<PermissionCheck> probe(AwsTestClients &c, const QString &region, CredentialsProviderPtr creds)
    {
        std::optional<Result<PermissionCheck>> out;
        c.rds.probePermission(region, std::move(creds), this, [&](const Result<PermissionCheck> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
            return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test waited"));
        return *out;
    }

    /// The customer role of \a scenario, assumed by the console identity.
    static CredentialsProviderPtr role(AwsTestClients &c)
    {
        return std::make_shared<AssumeRoleCredentialsProvider>(&c.sts, QStringLiteral("us-east-1"),
            AwsTestClients::console(),
            StsClient::AssumeRoleRequest {
                FakeAws::customerRoleArn(), FakeAws::customerExternalId(), QStringLiteral("tst"), 900 });
    }

    QStringList requests(const QString &scenario, const QString &session, const QString &field)
    {
        QStringList out;
        for (const QJsonValue &v : m_fake.requestLog(scenario, session))
            out.append(v.toObject().value(field).toVariant().toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fake = FakeAws::fromEnvironment();
        if (!m_fake.isValid())
            QFAIL(qPrintable(m_fake.why()));
    }

    void lists250DatabasesInThreePagesFollowingTheMarker()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("many"));
        AwsTestClients c(m_fake, QStringLiteral("rds-many"), session);
        const Listing l = list(c, QStringLiteral("us-east-1"), AwsTestClients::customer());
        QVERIFY2(l.done->ok(), qPrintable(l.done->ok() ? QString() : l.done->error().toString()));
        QCOMPARE(**l.done, 250);
        QCOMPARE(l.pageSizes, (QList<int> { 100, 100, 50 }));
        QSet<QString> ids;
        for (const RdsDbInstance &db : l.databases) {
            ids.insert(db.identifier);
            QVERIFY(db.availabilityZone.isEmpty() || db.availabilityZone.startsWith(QLatin1StringView("us-east-1")));
            QVERIFY(db.arn.startsWith(QLatin1StringView("arn:aws:rds:us-east-1:111122223333:db:")));
            QVERIFY(db.resourceId.startsWith(QLatin1StringView("db-")));
            QVERIFY(!db.engine.isEmpty() && !db.instanceClass.isEmpty() && !db.status.isEmpty());
            if (db.engine.startsWith(QLatin1StringView("aurora"))) {
                QVERIFY(!db.clusterIdentifier.isEmpty());
                QCOMPARE(db.storageType, QStringLiteral("aurora"));
            }
        }
        QCOMPARE(ids.size(), 250);
        const QJsonArray log = m_fake.requestLog(QStringLiteral("rds-many"), session);
        QCOMPARE(log.size(), 3);
        for (const QJsonValue &v : log) {
            QCOMPARE(v[u"service"].toString(), QStringLiteral("rds"));
            QCOMPARE(v[u"action"].toString(), QStringLiteral("DescribeDBInstances"));
            QCOMPARE(v[u"status"].toInt(), 200);
        }
    }

    void pageSizeIsKeptWithinRdsBounds()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("bounds"));
        AwsTestClients c(m_fake, QStringLiteral("rds-many"), session);
        // 5 is below RDS's minimum of 20 (the fake answers InvalidParameterValue to it); 1000 above its 100.
        const Listing small = list(c, QStringLiteral("eu-west-1"), AwsTestClients::customer(), 5);
        QVERIFY2(small.done->ok(), qPrintable(small.done->ok() ? QString() : small.done->error().toString()));
        QCOMPARE(small.pageSizes, (QList<int> { 20, 10 }));
        const Listing big = list(c, QStringLiteral("us-east-1"), AwsTestClients::customer(), 1000);
        QVERIFY(big.done->ok());
        QCOMPARE(big.pageSizes, (QList<int> { 100, 100, 50 }));
        for (const RdsDbInstance &db : small.databases)
            QVERIFY2(db.engine == QLatin1StringView("postgres") || db.engine == QLatin1StringView("mysql"),
                qPrintable(db.engine));
    }

    void readsEveryFieldAndTagsThroughTheRole()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("fields"));
        AwsTestClients c(m_fake, QStringLiteral("basic"), session);
        const Listing l = list(c, QStringLiteral("us-east-1"), role(c));
        QVERIFY2(l.done->ok(), qPrintable(l.done->ok() ? QString() : l.done->error().toString()));
        QCOMPARE(l.databases.size(), 3);
        const RdsDbInstance &orders = l.databases[0];
        QCOMPARE(orders.identifier, QStringLiteral("orders-db"));
        QCOMPARE(orders.resourceId, QStringLiteral("db-ORDERSDB0ABCDEFGHIJKLMNOPQ"));
        QCOMPARE(orders.arn, QStringLiteral("arn:aws:rds:us-east-1:111122223333:db:orders-db"));
        QCOMPARE(orders.instanceClass, QStringLiteral("db.m6g.large"));
        QCOMPARE(orders.engine, QStringLiteral("postgres"));
        QCOMPARE(orders.engineVersion, QStringLiteral("16.3"));
        QCOMPARE(orders.status, QStringLiteral("available"));
        QCOMPARE(orders.availabilityZone, QStringLiteral("us-east-1a"));
        QVERIFY(orders.multiAz);
        QCOMPARE(orders.allocatedStorageGb, 200);
        QCOMPARE(orders.storageType, QStringLiteral("gp3"));
        QCOMPARE(orders.createTime, QDateTime(QDate(2024, 2, 1), QTime(9, 30, 0, 123), Qt::UTC));
        QVERIFY(orders.clusterIdentifier.isEmpty());
        QCOMPARE(orders.endpointAddress, QStringLiteral("orders-db.c1a2b3c4d5e6.us-east-1.rds.amazonaws.com"));
        QCOMPARE(orders.tags,
            (QList<Ec2Tag> { { QStringLiteral("Name"), QStringLiteral("orders") },
                { QStringLiteral("Environment"), QStringLiteral("prod") },
                { QStringLiteral("Team"), QString::fromUtf8("R&D <core> \"\u03b1\" '\u03b2'") } }));
        QCOMPARE(l.databases[1].clusterIdentifier, QStringLiteral("reports-cluster"));
        QCOMPARE(l.databases[1].storageType, QStringLiteral("aurora"));
        QCOMPARE(l.databases[1].allocatedStorageGb, 1);
        const RdsDbInstance &creating = l.databases[2];
        QCOMPARE(creating.status, QStringLiteral("creating"));
        QVERIFY(creating.endpointAddress.isEmpty());
        QVERIFY(!creating.createTime.isValid());
        QVERIFY(creating.availabilityZone.isEmpty());
        QVERIFY(creating.tags.isEmpty());
    }

    void roleFromAnOldTemplateIsAccessDeniedNamingTheAction()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("old"));
        AwsTestClients c(m_fake, QStringLiteral("rds-old-role"), session);
        const CredentialsProviderPtr creds = role(c);
        const Listing l = list(c, QStringLiteral("us-east-1"), creds);
        QVERIFY(!l.done->ok());
        QCOMPARE(l.done->error().kind, AwsError::Kind::AccessDenied);
        QCOMPARE(l.done->error().code, QStringLiteral("AccessDenied"));
        QVERIFY2(l.done->error().message.contains(QLatin1StringView("rds:DescribeDBInstances")),
            qPrintable(l.done->error().message));
        QVERIFY(l.databases.isEmpty());

        const Result<PermissionCheck> check = probe(c, QStringLiteral("us-east-1"), creds);
        QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().toString()));
        QCOMPARE(check->iamAction, QByteArray("rds:DescribeDBInstances"));
        QVERIFY(!check->allowed);
        QCOMPARE(check->error.kind, AwsError::Kind::AccessDenied);
        // A denial is not retried: one AssumeRole, one listing request, one probe request.
        QCOMPARE(requests(QStringLiteral("rds-old-role"), session, QStringLiteral("code")),
            (QStringList { QString(), QStringLiteral("AccessDenied"), QStringLiteral("AccessDenied") }));
    }

    void regionDeniedByAnScpIsAccessDeniedWhileOthersList()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("scp"));
        AwsTestClients c(m_fake, QStringLiteral("rds-scp-denied"), session);
        const Listing denied = list(c, QStringLiteral("eu-west-1"), AwsTestClients::customer());
        QVERIFY(!denied.done->ok());
        QCOMPARE(denied.done->error().kind, AwsError::Kind::AccessDenied);
        QVERIFY2(denied.done->error().message.contains(QLatin1StringView("explicit deny")),
            qPrintable(denied.done->error().message));
        const Listing allowed = list(c, QStringLiteral("us-east-1"), AwsTestClients::customer());
        QVERIFY(allowed.done->ok());
        QCOMPARE(**allowed.done, 3);
        const Result<PermissionCheck> check = probe(c, QStringLiteral("eu-west-1"), AwsTestClients::customer());
        QVERIFY(check.ok());
        QVERIFY(!check->allowed);
    }

    void probeAllowsWithOneSmallPage()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("probe"));
        AwsTestClients c(m_fake, QStringLiteral("rds-many"), session);
        const Result<PermissionCheck> check = probe(c, QStringLiteral("us-east-1"), AwsTestClients::customer());
        QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().toString()));
        QVERIFY(check->allowed);
        QCOMPARE(check->iamAction, QByteArray("rds:DescribeDBInstances"));
        const QJsonArray log = m_fake.requestLog(QStringLiteral("rds-many"), session);
        QCOMPARE(log.size(), 1);
        QVERIFY(log[0][u"body_bytes"].toInt() < 100); // MaxRecords=20, no Marker: the smallest call
    }

    void probeWithInvalidCredentialsIsInconclusive()
    {
        AwsTestClients c(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("badkey")));
        const Result<PermissionCheck> check = probe(c, QStringLiteral("us-east-1"),
            AwsTestClients::keys(QStringLiteral("AKIANOSUCHKEY0000000"), QStringLiteral("x").repeated(40)));
        QVERIFY(!check.ok());
        QCOMPARE(check.error().code, QStringLiteral("InvalidClientTokenId"));
    }

    void throttlingIsRetriedThenSucceeds()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("throttle"));
        AwsTestClients c(m_fake, QStringLiteral("throttle-storm"), session);
        const Listing l = list(c, QStringLiteral("us-east-1"), AwsTestClients::customer());
        QVERIFY2(l.done->ok(), qPrintable(l.done->ok() ? QString() : l.done->error().toString()));
        QCOMPARE(**l.done, 3);
        QCOMPARE(requests(QStringLiteral("throttle-storm"), session, QStringLiteral("code")),
            (QStringList { QStringLiteral("Throttling"), QStringLiteral("Throttling"), QString() }));
        QCOMPARE(requests(QStringLiteral("throttle-storm"), session, QStringLiteral("attempt")),
            (QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3") }));
    }

    void markerLeadingBackIsAPaginationLoop()
    {
        const QString scenario = QStringLiteral("rds-hostile-cycle");
        QVERIFY(m_fake.putScenario(scenario,
            QJsonObject { { QStringLiteral("extends"), QStringLiteral("rds-many") },
                { QStringLiteral("faults"),
                    QJsonObject { { QStringLiteral("hostile_pagination"),
                        QJsonObject { { QStringLiteral("mode"), QStringLiteral("cycle") },
                            { QStringLiteral("action"), QStringLiteral("DescribeDBInstances") } } } } } }));
        const QString session = FakeAws::uniqueSession(QStringLiteral("cycle"));
        AwsTestClients c(m_fake, scenario, session);
        const Listing l = list(c, QStringLiteral("us-east-1"), AwsTestClients::customer());
        QVERIFY2(!l.done->ok(), "a listing whose markers go A, B, A, ... ended as if complete");
        QCOMPARE(l.done->error().code, QStringLiteral("PaginationLoop"));
        QVERIFY2(l.done->error().message.contains(QLatin1StringView("DescribeDBInstances"))
                && l.done->error().message.contains(QLatin1StringView("us-east-1")),
            qPrintable(l.done->error().message));
        QCOMPARE(l.pageSizes.size(), 3);
        QCOMPARE(m_fake.requestLog(scenario, session).size(), 3);
    }

    void endlessMarkersStopAtThePageCap()
    {
        const QString scenario = QStringLiteral("rds-hostile-endless");
        QVERIFY(m_fake.putScenario(scenario,
            QJsonObject { { QStringLiteral("extends"), QStringLiteral("rds-many") },
                { QStringLiteral("faults"),
                    QJsonObject { { QStringLiteral("hostile_pagination"),
                        QJsonObject { { QStringLiteral("mode"), QStringLiteral("endless") } } } } } }));
        const QString session = FakeAws::uniqueSession(QStringLiteral("endless"));
        AwsTestClients c(m_fake, scenario, session);
        c.rds.setMaxPagesPerChain(4);
        const Listing l = list(c, QStringLiteral("us-east-1"), AwsTestClients::customer());
        QVERIFY(!l.done->ok());
        QCOMPARE(l.done->error().code, QStringLiteral("PaginationLimit"));
        QCOMPARE(l.pageSizes.size(), 4);
    }

    void deletedDatabaseIsGoneFromTheNextListing()
    {
        const QString scenario = QStringLiteral("rds-deletion-tst");
        QVERIFY(m_fake.putScenario(scenario, QJsonObject { { QStringLiteral("extends"), QStringLiteral("basic") } }));
        AwsTestClients c(m_fake, scenario, FakeAws::uniqueSession(QStringLiteral("del")));
        QCOMPARE(list(c, QStringLiteral("us-east-1"), AwsTestClients::customer()).databases.size(), 3);
        QVERIFY(m_fake.deleteDatabase(
            scenario, FakeAws::customerAccount(), QStringLiteral("us-east-1"), QStringLiteral("orders-db")));
        QVERIFY(!m_fake.deleteDatabase(
            scenario, FakeAws::customerAccount(), QStringLiteral("us-east-1"), QStringLiteral("orders-db")));
        const Listing after = list(c, QStringLiteral("us-east-1"), AwsTestClients::customer());
        QCOMPARE(after.databases.size(), 2);
        QCOMPARE(after.databases[0].identifier, QStringLiteral("reports-aurora-1"));
    }
};

QTEST_GUILESS_MAIN(TestRdsClient)
#include "tst_rdsclient.moc"
