// tst_csvwriter: RFC 4180 quoting rules and the CSV-injection guard.
#include "ui/csvwriter.h"

#include <QTest>

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

    void recordEndsWithCrlfInUtf8()
    {
        QCOMPARE(CsvWriter::record({ QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("é") }),
            QByteArray("a,\"b,c\",\xc3\xa9\r\n"));
    }
};

QTEST_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
