// Tests AwsJson: AWS JSON-protocol error documents (code, message, classification) and the typed field reader.
#include "aws/awsjson.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAwsJson final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesJsonErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");
        using Kind = AwsError::Kind;
        QTest::newRow("organizations not in use")
            << QByteArray("{\"__type\":\"AWSOrganizationsNotInUseException\",\"Message\":\"Your account is not a "
                          "member of an organization.\"}")
            << 400 << QByteArray() << u"AWSOrganizationsNotInUseException"_s
            << u"Your account is not a member of an organization."_s << int(Kind::Service) << false;
        QTest::newRow("access denied, lower-case message")
            << QByteArray("{\"__type\":\"AccessDeniedException\",\"message\":\"no\"}") << 400 << QByteArray()
            << u"AccessDeniedException"_s << u"no"_s << int(Kind::AccessDenied) << false;
        QTest::newRow("namespace#code") << QByteArray("{\"__type\":\"com.amazonaws.organizations.v20161128#"
                                                      "TooManyRequestsException\",\"Message\":\"slow down\"}")
                                        << 400 << QByteArray() << u"TooManyRequestsException"_s << u"slow down"_s
                                        << int(Kind::Throttling) << true;
        QTest::newRow("header wins, its uri stripped")
            << QByteArray("{\"__type\":\"Something\",\"Message\":\"m\"}") << 400
            << QByteArray("ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.availability/")
            << u"ThrottlingException"_s << u"m"_s << int(Kind::Throttling) << true;
        QTest::newRow("header only, empty body")
            << QByteArray() << 400 << QByteArray("AccessDeniedException:") << u"AccessDeniedException"_s << QString()
            << int(Kind::AccessDenied) << false;
        QTest::newRow("service exception 500")
            << QByteArray("{\"__type\":\"ServiceException\",\"Message\":\"x\"}") << 500 << QByteArray()
            << u"ServiceException"_s << u"x"_s << int(Kind::ServerError) << true;
        QTest::newRow("code key") << QByteArray("{\"code\":\"InvalidSignatureException\",\"message\":\"Signature "
                                                "expired: 20240101T000000Z is now earlier than ...\"}")
                                  << 400 << QByteArray() << u"InvalidSignatureException"_s
                                  << u"Signature expired: 20240101T000000Z is now earlier than ..."_s
                                  << int(Kind::ClockSkew) << true;
        QTest::newRow("empty body 503") << QByteArray() << 503 << QByteArray() << QString()
                                        << u"Service unavailable (HTTP 503); the response carried no error details."_s
                                        << int(Kind::ServerError) << true;
        QTest::newRow("html from a proxy")
            << QByteArray("<html><body>Bad gateway</body></html>") << 502 << QByteArray() << QString()
            << u"Bad gateway (HTTP 502); the response was an HTML page, not an AWS error (from a proxy or load balancer?)."_s
            << int(Kind::ServerError) << true;
        QTest::newRow("truncated json") << QByteArray("{\"__type\":\"AccessDen") << 400 << QByteArray() << QString()
                                        << u"Bad request (HTTP 400); the response was not an AWS error document."_s
                                        << int(Kind::Service) << false;
        QTest::newRow("__type not a string") << QByteArray("{\"__type\":{\"a\":1},\"Message\":\"m\"}") << 403
                                             << QByteArray() << QString() << u"m"_s << int(Kind::AccessDenied) << false;
        QTest::newRow("code with spaces refused")
            << QByteArray("{\"__type\":\"Access Denied <b>\"}") << 400 << QByteArray() << QString()
            << u"Bad request (HTTP 400); the response was not an AWS error document."_s << int(Kind::Service) << false;
    }
    void parsesJsonErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, header);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        const AwsError e = AwsJson::parseError(body, status, header);
        QCOMPARE(e.code, code);
        QCOMPARE(e.message, message);
        QCOMPARE(AwsError::kindName(e.kind), AwsError::kindName(AwsError::Kind(kind)));
        QCOMPARE(e.retryable, retryable);
        QCOMPARE(e.httpStatus, status);
    }

    void errorMessagesLoseControlCharactersAndLength()
    {
        const QByteArray body = "{\"__type\":\"X\",\"Message\":\"a\\u001b[31mb\\nc" + QByteArray(5000, 'z') + "\"}";
        const AwsError e = AwsJson::parseError(body, 400);
        QCOMPARE(e.message.left(7), u"a [31mb"_s);
        QVERIFY(!e.message.contains(QChar(0x1b)));
        QVERIFY(!e.message.contains(u'\n'));
        QCOMPARE(e.message.size(), 1024);
    }

    void errorCodeKeepsOnlyTheCode_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("code");
        QTest::newRow("plain") << u"AccessDeniedException"_s << u"AccessDeniedException"_s;
        QTest::newRow("namespace") << u"aws.protocoltests.json#ComplexError"_s << u"ComplexError"_s;
        QTest::newRow("uri") << u"FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"_s
                             << u"FooError"_s;
        QTest::newRow("both") << u"  ns#FooError:uri  "_s << u"FooError"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("too long") << QString(129, u'A') << QString();
    }
    void errorCodeKeepsOnlyTheCode()
    {
        QFETCH(QString, raw);
        QFETCH(QString, code);
        QCOMPARE(AwsJson::errorCode(raw), code);
    }

    void readerNamesTheFirstBadField()
    {
        AwsJson::Reader r { u"ListThings"_s, {} };
        const QJsonObject o { { u"Id"_s, 5 }, { u"Name"_s, u"n"_s } };
        QCOMPARE(r.optionalString(o, u"Name", u"Things[0].Name"_s), u"n"_s);
        QVERIFY(!r.failed());
        QCOMPARE(r.requiredString(o, u"Id", u"Things[0].Id"_s), QString());
        r.requiredArray(o, u"Missing", u"Missing"_s);
        QVERIFY(r.failed());
        QCOMPARE(r.error.kind, AwsError::Kind::Parse);
        QCOMPARE(r.error.code, u"MalformedResponse"_s);
        QCOMPARE(r.error.message, u"ListThings: the response's field Things[0].Id is not a string."_s);
    }

    void parseObjectRefusesWhatIsNotAnObject()
    {
        QVERIFY(AwsJson::parseObject("{}", u"Op").ok());
        QVERIFY(!AwsJson::parseObject("", u"Op").ok());
        QVERIFY(!AwsJson::parseObject("[1]", u"Op").ok());
        QVERIFY(!AwsJson::parseObject("{\"a\":", u"Op").ok());
        QVERIFY(AwsJson::parseObject("{\"a\":", u"Op").error().message.startsWith(u"Op: "_s));
    }
};

QTEST_GUILESS_MAIN(TestAwsJson)
#include "tst_awsjson.moc"
