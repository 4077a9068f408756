// tst_csvwriter: RFC 4180 quoting rules, the CSV-injection guard, and the instance table's records (both kinds).
#include "ui/csvwriter.h"

#include "models/instancefilterproxy.h"
#include "models/instancetablemodel.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString account = u"2a7e4c1d-0000-4000-8000-00000000c5v1"_s;

StoredInstance ec2Instance()
{
    StoredInstance s;
    s.accountId = account;
    s.instanceId = u"i-0abc"_s;
    s.name = u"web, \"blue\""_s;
    s.region = u"eu-west-1"_s;
    s.availabilityZone = u"eu-west-1a"_s;
    s.state = u"running"_s;
    s.instanceType = u"m5.large"_s;
    s.lifecycle = u"spot"_s;
    s.privateIp = u"10.0.0.1"_s;
    s.launchTime = QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);
    s.tags = { { u"Name"_s, s.name } };
    return s;
}

StoredInstance database()
{
    StoredInstance d;
    d.kind = ResourceKind::Rds;
    d.accountId = account;
    d.resourceId = u"db-ABCDEFGHIJ"_s;
    d.instanceId = u"orders-db"_s;
    d.name = d.instanceId;
    d.region = u"eu-west-3"_s;
    d.availabilityZone = u"eu-west-3b"_s;
    d.state = u"available"_s;
    d.instanceType = u"db.r6g.large"_s;
    d.engine = u"postgres"_s;
    d.engineVersion = u"15.4"_s;
    d.multiAz = true;
    d.storageGb = 1200;
    d.cluster = u"orders-cluster"_s;
    d.launchTime = QDateTime(QDate(2023, 2, 1), QTime(7, 0), Qt::UTC);
    return d;
}
} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotesOnlyWhenNeeded_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("i-0abc") << QStringLiteral("i-0abc");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote doubled") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
        QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                   << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("formula +") << QStringLiteral("+1+cmd|' /C calc'!A0") << QStringLiteral("'+1+cmd|' /C calc'!A0");
        QTest::newRow("formula -") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("leading tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("leading CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("lone dash") << QStringLiteral("-") << QStringLiteral("-");
        QTest::newRow("inner equals") << QStringLiteral("env=prod") << QStringLiteral("env=prod");
        QTest::newRow("non-ASCII") << QStringLiteral("Grüße 日本") << QStringLiteral("Grüße 日本");
    }

    void quotesOnlyWhenNeeded()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(CsvWriter::field(value), field);
    }

    void instanceRecordsHoldBothKindsWithTheNewColumnsAppended()
    {
        InstanceTableModel model;
        model.applyPage(account, { ec2Instance(), database() });
        // A label anyone with the account may have chosen: it must reach the file as text, not as a formula.
        model.setAccountLabel(account, u"=HYPERLINK(\"http://evil.example\")"_s);
        QList<int> columns;
        for (int c = 0; c < InstanceTableModel::ColumnCount; ++c)
            columns.append(c);
        const QList<QStringList> records = CsvWriter::instanceRecords(model, columns);
        QCOMPARE(records.size(), 3);
        // The EC2 columns first, in their order as before; the new ones after them.
        QCOMPARE(records.at(0),
            (QStringList { u"Name"_s, u"Instance ID"_s, u"State"_s, u"Type"_s, u"Lifecycle"_s, u"Region"_s, u"AZ"_s,
                u"Private IP"_s, u"Public IP"_s, u"Cluster"_s, u"Health"_s, u"Launch time"_s, u"Account"_s, u"Kind"_s,
                u"Engine"_s, u"Engine version"_s, u"Storage (GiB)"_s, u"Multi-AZ"_s }));
        const QString label = u"=HYPERLINK(\"http://evil.example\")"_s;
        QCOMPARE(records.at(1),
            (QStringList { u"web, \"blue\""_s, u"i-0abc"_s, u"running"_s, u"m5.large"_s, u"spot"_s, u"eu-west-1"_s,
                u"eu-west-1a"_s, u"10.0.0.1"_s, QString(), QString(), QString(), u"2024-05-01T09:30:00Z"_s, label,
                u"EC2"_s, QString(), QString(), QString(), QString() }));
        QCOMPARE(records.at(2),
            (QStringList { u"orders-db"_s, u"orders-db"_s, u"available"_s, u"db.r6g.large"_s, QString(), u"eu-west-3"_s,
                u"eu-west-3b"_s, QString(), QString(), u"orders-cluster"_s, QString(), u"2023-02-01T07:00:00Z"_s, label,
                u"RDS"_s, u"postgres"_s, u"15.4"_s, u"1200"_s, u"Yes"_s }));
        // Encoded, the label is an apostrophe-led text field, the name quoted.
        const QByteArray line = CsvWriter::record(records.at(1));
        QVERIFY2(line.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""), line.constData());
        QVERIFY(line.startsWith("\"web, \"\"blue\"\"\",i-0abc,"));
    }

    void instanceRecordsFollowTheFilterAndTheColumnsAsked()
    {
        InstanceTableModel model;
        model.applyPage(account, { ec2Instance(), database() });
        InstanceFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setKind(ResourceKind::Rds);
        const QList<QStringList> records = CsvWriter::instanceRecords(proxy,
            { InstanceTableModel::EngineColumn, InstanceTableModel::InstanceIdColumn,
                InstanceTableModel::StorageColumn });
        QCOMPARE(records,
            (QList<QStringList> { { u"Engine"_s, u"Engine version"_s, u"Instance ID"_s, u"Storage (GiB)"_s },
                { u"postgres"_s, u"15.4"_s, u"orders-db"_s, u"1200"_s } }));
        proxy.setKind(ResourceKind::Ec2);
        QCOMPARE(
            CsvWriter::instanceRecords(proxy, { InstanceTableModel::StorageColumn }).at(1), QStringList { QString() });
    }

    void recordEndsWithCrlfInUtf8()
    {
        QCOMPARE(CsvWriter::record({ QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("é") }),
            QByteArray("a,\"b,c\",\xc3\xa9\r\n"));
    }
};

QTEST_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
