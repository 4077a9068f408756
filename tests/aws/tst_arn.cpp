// Tests for Arn: every IAM role ARN rule, accepted shapes in all partitions, trimming, limits, partitions by region.
#include "aws/arn.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString account = u"123456789012"_s;

QString roleArn(const QString &resource, const QString &partition = u"aws"_s)
{
    return u"arn:"_s + partition + u":iam::"_s + account + u':' + resource;
}
} // namespace

class TestArn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsRoleArn_data();
    void acceptsRoleArn();
    void rejectsMalformedArn_data();
    void rejectsMalformedArn();
    void toStringGivesBackTheTrimmedText();
    void roleFactoryEqualsTheParsedArn();
    void equalityComparesEveryPart();
    void checkRoleNameAcceptsValidNamesWithoutError();
    void checkRolePathRequiresSurroundingSlashes_data();
    void checkRolePathRequiresSurroundingSlashes();
    void isAccountIdRequiresExactlyTwelveAsciiDigits_data();
    void isAccountIdRequiresExactlyTwelveAsciiDigits();
    void partitionMismatchNamesBothPartitions_data();
    void partitionMismatchNamesBothPartitions();
    void refusesMegabytePastesWithAShortMessage_data();
    void refusesMegabytePastesWithAShortMessage();
    void messageExcerptNeverSplitsASurrogatePair();
};

void TestArn::acceptsRoleArn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("partition");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");

    const QString maxName = QString(64, u'n');
    const QString maxPath = u'/' + QString(510, u'p') + u'/';

    QTest::newRow("aws") << roleArn(u"role/OnrampDiscoveryRole"_s) << u"aws"_s << u"/"_s << u"OnrampDiscoveryRole"_s;
    QTest::newRow("aws-cn") << roleArn(u"role/OnrampDiscoveryRole"_s, u"aws-cn"_s) << u"aws-cn"_s << u"/"_s
                            << u"OnrampDiscoveryRole"_s;
    QTest::newRow("aws-us-gov") << roleArn(u"role/OnrampDiscoveryRole"_s, u"aws-us-gov"_s) << u"aws-us-gov"_s << u"/"_s
                                << u"OnrampDiscoveryRole"_s;
    QTest::newRow("aws with path") << roleArn(u"role/onramp/discovery/Reader"_s) << u"aws"_s << u"/onramp/discovery/"_s
                                   << u"Reader"_s;
    QTest::newRow("aws-cn with path") << roleArn(u"role/team/Reader"_s, u"aws-cn"_s) << u"aws-cn"_s << u"/team/"_s
                                      << u"Reader"_s;
    QTest::newRow("aws-us-gov with path")
        << roleArn(u"role/a/b/c/Reader"_s, u"aws-us-gov"_s) << u"aws-us-gov"_s << u"/a/b/c/"_s << u"Reader"_s;
    QTest::newRow("every allowed name character")
        << roleArn(u"role/Az09+=,.@_-"_s) << u"aws"_s << u"/"_s << u"Az09+=,.@_-"_s;
    QTest::newRow("path with printable ASCII punctuation")
        << roleArn(u"role/a:b!~*/Reader"_s) << u"aws"_s << u"/a:b!~*/"_s << u"Reader"_s;
    QTest::newRow("leading and trailing spaces")
        << QString(u"   "_s + roleArn(u"role/Reader"_s) + u"  "_s) << u"aws"_s << u"/"_s << u"Reader"_s;
    QTest::newRow("pasted with tab and CRLF")
        << QString(u"\t"_s + roleArn(u"role/Reader"_s) + u"\r\n"_s) << u"aws"_s << u"/"_s << u"Reader"_s;
    QTest::newRow("no-break space around")
        << QString(u"\u00a0"_s + roleArn(u"role/Reader"_s) + u"\u00a0"_s) << u"aws"_s << u"/"_s << u"Reader"_s;
    QTest::newRow("64-character name") << roleArn(u"role/"_s + maxName) << u"aws"_s << u"/"_s << maxName;
    QTest::newRow("512-character path") << roleArn(u"role"_s + maxPath + u"Reader"_s) << u"aws"_s << maxPath
                                        << u"Reader"_s;
}

void TestArn::acceptsRoleArn()
{
    QFETCH(QString, text);
    QFETCH(QString, partition);
    QFETCH(QString, path);
    QFETCH(QString, name);

    const Result<Arn> arn = Arn::parseRoleArn(text);
    QVERIFY2(arn.ok(), qPrintable(arn.ok() ? QString() : arn.error().code + u": "_s + arn.error().message));
    QCOMPARE(arn->partition(), partition);
    QCOMPARE(arn->accountId(), account);
    QCOMPARE(arn->rolePath(), path);
    QCOMPARE(arn->roleName(), name);
    QVERIFY(!arn->isNull());
}

void TestArn::rejectsMalformedArn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QString() << u"InvalidArn.Empty"_s << u"The role ARN is empty"_s;
    QTest::newRow("only whitespace") << u" \t\r\n "_s << u"InvalidArn.Empty"_s << u"empty"_s;
    QTest::newRow("bare account id") << account << u"InvalidArn.BareAccountId"_s
                                     << u"is an AWS account ID, not a role ARN"_s;
    QTest::newRow("no arn: prefix") << u"aws:iam::123456789012:role/Reader"_s << u"InvalidArn.MissingPrefix"_s
                                    << u"an ARN starts with \"arn:\""_s;
    QTest::newRow("upper-case prefix") << u"ARN:aws:iam::123456789012:role/Reader"_s << u"InvalidArn.MissingPrefix"_s
                                       << u"starts with \"arn:\""_s;
    QTest::newRow("a URL") << u"https://console.aws.amazon.com/iam/home#/roles/Reader"_s
                           << u"InvalidArn.MissingPrefix"_s << u"is not an ARN"_s;
    QTest::newRow("five fields: region field dropped")
        << u"arn:aws:iam:123456789012:role/Reader"_s << u"InvalidArn.FieldCount"_s
        << u"has 5 colon-separated fields; a role ARN has 6"_s;
    QTest::newRow("two fields") << u"arn:aws"_s << u"InvalidArn.FieldCount"_s << u"has 2 colon-separated fields"_s;
    QTest::newRow("unknown partition") << u"arn:aws-iso:iam::123456789012:role/Reader"_s
                                       << u"InvalidArn.UnknownPartition"_s
                                       << u"Unknown partition \"aws-iso\": Onramp accepts aws, aws-cn and aws-us-gov"_s;
    QTest::newRow("empty partition") << u"arn::iam::123456789012:role/Reader"_s << u"InvalidArn.UnknownPartition"_s
                                     << u"aws, aws-cn and aws-us-gov"_s;
    QTest::newRow("assumed-role session")
        << u"arn:aws:sts::123456789012:assumed-role/Reader/onramp-session"_s << u"InvalidArn.AssumedRoleSession"_s
        << u"This is an assumed-role session ARN; paste the IAM role ARN "
           "(arn:aws:iam::ACCOUNT:role/NAME) from the stack's Outputs"_s;
    QTest::newRow("other sts ARN") << u"arn:aws:sts::123456789012:federated-user/bob"_s << u"InvalidArn.NotIam"_s
                                   << u"\"sts\" service"_s;
    QTest::newRow("s3 bucket") << u"arn:aws:s3:::onramp-bucket"_s << u"InvalidArn.NotIam"_s
                               << u"belongs to the \"s3\" service; a role ARN belongs to \"iam\""_s;
    QTest::newRow("region present") << u"arn:aws:iam:us-east-1:123456789012:role/Reader"_s
                                    << u"InvalidArn.RegionNotEmpty"_s << u"(IAM is global), but it is \"us-east-1\""_s;
    QTest::newRow("eleven-digit account")
        << u"arn:aws:iam::12345678901:role/Reader"_s << u"InvalidArn.AccountIdLength"_s
        << u"\"12345678901\" is 11 digits long; an account ID has exactly 12 digits"_s;
    QTest::newRow("thirteen-digit account")
        << u"arn:aws:iam::1234567890123:role/Reader"_s << u"InvalidArn.AccountIdLength"_s << u"is 13 digits long"_s;
    QTest::newRow("missing account") << u"arn:aws:iam:::role/Reader"_s << u"InvalidArn.AccountIdLength"_s
                                     << u"The account ID is missing"_s;
    QTest::newRow("letter in account") << u"arn:aws:iam::12345678901O:role/Reader"_s
                                       << u"InvalidArn.AccountIdNotDigits"_s << u"contains \"O\""_s;
    QTest::newRow("dashes in account") << u"arn:aws:iam::1234-5678-9012:role/Reader"_s
                                       << u"InvalidArn.AccountIdNotDigits"_s << u"contains \"-\""_s;
    QTest::newRow("aws-managed policy") << u"arn:aws:iam::aws:policy/ReadOnlyAccess"_s
                                        << u"InvalidArn.AccountIdNotDigits"_s << u"\"aws\" contains"_s;
    QTest::newRow("user ARN") << roleArn(u"user/alice"_s) << u"InvalidArn.NotRole"_s
                              << u"This is an IAM user ARN, not a role ARN"_s;
    QTest::newRow("group ARN") << roleArn(u"group/admins"_s) << u"InvalidArn.NotRole"_s
                               << u"IAM group ARN, not a role ARN"_s;
    QTest::newRow("policy ARN") << roleArn(u"policy/Reader"_s) << u"InvalidArn.NotRole"_s
                                << u"IAM policy ARN, not a role ARN"_s;
    QTest::newRow("instance profile ARN")
        << roleArn(u"instance-profile/Reader"_s) << u"InvalidArn.NotRole"_s << u"instance profile ARN"_s;
    QTest::newRow("root ARN") << roleArn(u"root"_s) << u"InvalidArn.NotRole"_s << u"root user, not a role ARN"_s;
    QTest::newRow("capitalised Role/") << roleArn(u"Role/Reader"_s) << u"InvalidArn.NotRole"_s
                                       << u"The resource \"Role/Reader\" is not a role"_s;
    QTest::newRow("empty role name") << roleArn(u"role/"_s) << u"InvalidArn.RoleNameEmpty"_s
                                     << u"The role name is empty"_s;
    QTest::newRow("path without a name") << roleArn(u"role/onramp/"_s) << u"InvalidArn.RoleNameEmpty"_s
                                         << u"role name is empty"_s;
    QTest::newRow("65-character name") << roleArn(u"role/"_s + QString(65, u'n')) << u"InvalidArn.RoleNameTooLong"_s
                                       << u"has 65 characters; IAM allows at most 64"_s;
    QTest::newRow("space in name") << roleArn(u"role/My Role"_s) << u"InvalidArn.RoleNameInvalidCharacter"_s
                                   << u"contains a space at position 3"_s;
    QTest::newRow("exclamation mark in name")
        << roleArn(u"role/Reader!"_s) << u"InvalidArn.RoleNameInvalidCharacter"_s << u"contains \"!\" at position 7"_s;
    QTest::newRow("colon in name") << roleArn(u"role/a:b"_s) << u"InvalidArn.RoleNameInvalidCharacter"_s
                                   << u"contains \":\" at position 2"_s;
    QTest::newRow("accented letter in name")
        << roleArn(u"role/R\u00e9ader"_s) << u"InvalidArn.RoleNameInvalidCharacter"_s
        << u"contains \"\u00e9\" (U+00E9) at position 2"_s;
    QTest::newRow("zero-width space in name")
        << roleArn(u"role/Read\u200ber"_s) << u"InvalidArn.RoleNameInvalidCharacter"_s
        << u"contains U+200B at position 5"_s;
    QTest::newRow("emoji in name") << roleArn(u"role/R\U0001F600"_s) << u"InvalidArn.RoleNameInvalidCharacter"_s
                                   << u"(U+1F600) at position 2"_s;
    QTest::newRow("513-character path") << roleArn(u"role/"_s + QString(511, u'p') + u"/Reader"_s)
                                        << u"InvalidArn.PathTooLong"_s
                                        << u"The role path has 513 characters; IAM allows at most 512"_s;
    QTest::newRow("space in path") << roleArn(u"role/my team/Reader"_s) << u"InvalidArn.PathInvalidCharacter"_s
                                   << u"contains a space at position 4"_s;
    QTest::newRow("non-ASCII in path") << roleArn(u"role/\u00e4/Reader"_s) << u"InvalidArn.PathInvalidCharacter"_s
                                       << u"\"\u00e4\" (U+00E4)"_s;
    QTest::newRow("empty path segment") << roleArn(u"role//Reader"_s) << u"InvalidArn.PathSlashes"_s
                                        << u"must be \"/\" or start and end with \"/\""_s;
}

void TestArn::rejectsMalformedArn()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);

    const Result<Arn> arn = Arn::parseRoleArn(text);
    QVERIFY2(!arn.ok(), qPrintable(u"accepted: "_s + text));
    QCOMPARE(arn.error().code, code);
    QVERIFY2(arn.error().message.contains(messagePart),
        qPrintable(u"message: "_s + arn.error().message + u"\nexpected part: "_s + messagePart));
    QCOMPARE(arn.error().kind, AwsError::Kind::InvalidInput);
    QVERIFY(!arn.error().retryable);
}

void TestArn::toStringGivesBackTheTrimmedText()
{
    const QString text = roleArn(u"role/onramp/Reader"_s, u"aws-us-gov"_s);
    const Result<Arn> arn = Arn::parseRoleArn(QString(u"  "_s + text + u"\n"_s));
    QVERIFY(arn.ok());
    QCOMPARE(arn->toString(), text);
}

void TestArn::roleFactoryEqualsTheParsedArn()
{
    const Arn plain = Arn::role(u"aws"_s, account, u"OnrampDiscoveryRole"_s);
    QCOMPARE(plain.toString(), u"arn:aws:iam::123456789012:role/OnrampDiscoveryRole"_s);
    QCOMPARE(Arn::parseRoleArn(plain.toString()).value(), plain);

    const Arn withPath = Arn::role(u"aws-cn"_s, account, u"Reader"_s, u"/onramp/"_s);
    QCOMPARE(withPath.toString(), u"arn:aws-cn:iam::123456789012:role/onramp/Reader"_s);
    QCOMPARE(Arn::parseRoleArn(withPath.toString()).value(), withPath);
}

void TestArn::equalityComparesEveryPart()
{
    const Arn base = Arn::role(u"aws"_s, account, u"Reader"_s, u"/a/"_s);
    QVERIFY(base == Arn::role(u"aws"_s, account, u"Reader"_s, u"/a/"_s));
    QVERIFY(base != Arn::role(u"aws-cn"_s, account, u"Reader"_s, u"/a/"_s));
    QVERIFY(base != Arn::role(u"aws"_s, u"210987654321"_s, u"Reader"_s, u"/a/"_s));
    QVERIFY(base != Arn::role(u"aws"_s, account, u"Writer"_s, u"/a/"_s));
    QVERIFY(base != Arn::role(u"aws"_s, account, u"Reader"_s, u"/b/"_s));
    QVERIFY(Arn().isNull());
    QVERIFY(!base.isNull());
}

void TestArn::checkRoleNameAcceptsValidNamesWithoutError()
{
    QCOMPARE(Arn::checkRoleName(u"OnrampDiscoveryRole").kind, AwsError::Kind::None);
    QCOMPARE(Arn::checkRoleName(QString(64, u'x')).kind, AwsError::Kind::None);
    QCOMPARE(Arn::checkRoleName(QString(65, u'x')).code, u"InvalidArn.RoleNameTooLong"_s);
    QCOMPARE(Arn::checkRoleName(u"").code, u"InvalidArn.RoleNameEmpty"_s);
}

void TestArn::checkRolePathRequiresSurroundingSlashes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");

    QTest::newRow("root") << u"/"_s << QString();
    QTest::newRow("one level") << u"/onramp/"_s << QString();
    QTest::newRow("no leading slash") << u"onramp/"_s << u"InvalidArn.PathSlashes"_s;
    QTest::newRow("no trailing slash") << u"/onramp"_s << u"InvalidArn.PathSlashes"_s;
    QTest::newRow("empty") << QString() << u"InvalidArn.PathSlashes"_s;
    QTest::newRow("512 characters") << QString(u'/' + QString(510, u'p') + u'/') << QString();
    QTest::newRow("513 characters") << QString(u'/' + QString(511, u'p') + u'/') << u"InvalidArn.PathTooLong"_s;
    QTest::newRow("tab") << u"/a\tb/"_s << u"InvalidArn.PathInvalidCharacter"_s;
    QTest::newRow("DEL") << u"/a\u007fb/"_s << u"InvalidArn.PathInvalidCharacter"_s;
}

void TestArn::checkRolePathRequiresSurroundingSlashes()
{
    QFETCH(QString, path);
    QFETCH(QString, code);

    const AwsError error = Arn::checkRolePath(path);
    QCOMPARE(error.code, code);
    QCOMPARE(error.isError(), !code.isEmpty());
}

void TestArn::isAccountIdRequiresExactlyTwelveAsciiDigits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("12 digits") << account << true;
    QTest::newRow("all zeros") << u"000000000000"_s << true;
    QTest::newRow("11 digits") << u"12345678901"_s << false;
    QTest::newRow("13 digits") << u"1234567890123"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("with a letter") << u"12345678901a"_s << false;
    QTest::newRow("with a space") << u" 123456789012"_s << false;
    QTest::newRow("Arabic-Indic digits")
        << u"\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0661\u0662"_s << false;
    QTest::newRow("full-width digits") << u"\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19\uff10\uff11\uff12"_s
                                       << false;
}

void TestArn::isAccountIdRequiresExactlyTwelveAsciiDigits()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(Arn::isAccountId(text), expected);
}

void TestArn::partitionMismatchNamesBothPartitions_data()
{
    QTest::addColumn<QString>("arn");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("refused");
    QTest::newRow("aws in us-east-1") << u"arn:aws:iam::123456789012:role/R"_s << u"us-east-1"_s << false;
    QTest::newRow("aws-us-gov in us-gov-east-1")
        << u"arn:aws-us-gov:iam::123456789012:role/R"_s << u"us-gov-east-1"_s << false;
    QTest::newRow("aws-cn in cn-northwest-1")
        << u"arn:aws-cn:iam::123456789012:role/R"_s << u"cn-northwest-1"_s << false;
    QTest::newRow("aws-us-gov in us-east-1") << u"arn:aws-us-gov:iam::123456789012:role/R"_s << u"us-east-1"_s << true;
    QTest::newRow("aws in cn-north-1") << u"arn:aws:iam::123456789012:role/R"_s << u"cn-north-1"_s << true;
    QTest::newRow("aws-cn in us-gov-west-1") << u"arn:aws-cn:iam::123456789012:role/R"_s << u"us-gov-west-1"_s << true;
}

void TestArn::partitionMismatchNamesBothPartitions()
{
    QFETCH(QString, arn);
    QFETCH(QString, region);
    QFETCH(bool, refused);
    const Result<Arn> parsed = Arn::parseRoleArn(arn);
    QVERIFY(parsed.ok());
    const AwsError e = parsed->checkPartitionOfRegion(region);
    QCOMPARE(e.isError(), refused);
    if (!refused)
        return;
    QCOMPARE(e.code, u"InvalidArn.PartitionMismatch"_s);
    QCOMPARE(e.kind, AwsError::Kind::InvalidInput);
    QVERIFY2(e.message.contains(parsed->partition()) && e.message.contains(region) && e.message.contains(arn),
        qPrintable(e.message));
}

// Hostile pastes (tests/fuzz/hostile.py has the same shapes for the fuzzer): each is refused for the right reason,
// and the message echoes at most an excerpt of it.
void TestArn::refusesMegabytePastesWithAShortMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    constexpr qsizetype mega = 1024 * 1024;
    QTest::newRow("megabyte role name") << roleArn(u"role/"_s + QString(mega, u'n')) << u"InvalidArn.RoleNameTooLong"_s;
    QTest::newRow("megabyte path") << roleArn(u"role/"_s + QString(mega, u'p') + u"/Name"_s)
                                   << u"InvalidArn.PathTooLong"_s;
    QTest::newRow("megabyte of path slashes")
        << roleArn(u"role"_s + u"/p"_s.repeated(mega / 2) + u"/Name"_s) << u"InvalidArn.PathTooLong"_s;
    QTest::newRow("megabyte account id") << QString(u"arn:aws:iam::"_s + QString(mega, u'1') + u":role/Name"_s)
                                         << u"InvalidArn.AccountIdLength"_s;
    QTest::newRow("megabyte of colons") << QString(u"arn:"_s + QString(mega, u':')) << u"InvalidArn.UnknownPartition"_s;
    QTest::newRow("megabyte partition") << QString(u"arn:"_s + QString(mega, u'a') + u":iam::1:role/R"_s)
                                        << u"InvalidArn.UnknownPartition"_s;
    QTest::newRow("megabyte without arn:") << QString(mega, u'x') << u"InvalidArn.MissingPrefix"_s;
    QTest::newRow("megabyte of whitespace") << QString(mega, u' ') << u"InvalidArn.Empty"_s;
}

void TestArn::refusesMegabytePastesWithAShortMessage()
{
    QFETCH(QString, text);
    QFETCH(QString, code);

    const Result<Arn> arn = Arn::parseRoleArn(text);
    QVERIFY(!arn.ok());
    QCOMPARE(arn.error().code, code);
    QVERIFY2(arn.error().message.size() < 512, qPrintable(QString::number(arn.error().message.size())));
}

void TestArn::messageExcerptNeverSplitsASurrogatePair()
{
    // The resource is echoed as an 80-character excerpt; its 80th character is the high half of an emoji.
    const QString resource = u"roel/"_s + QString(48, u'x') + u"\U0001F600"_s.repeated(20);
    QVERIFY(resource.at(79).isHighSurrogate());
    const Result<Arn> arn = Arn::parseRoleArn(roleArn(resource));
    QVERIFY(!arn.ok());
    QCOMPARE(arn.error().code, u"InvalidArn.NotRole"_s);
    const QString message = arn.error().message;
    QVERIFY(message.contains(u'\x2026'));
    for (qsizetype i = 0; i < message.size(); ++i) {
        if (message.at(i).isHighSurrogate())
            QVERIFY2(i + 1 < message.size() && message.at(i + 1).isLowSurrogate(), qPrintable(message));
        else if (message.at(i).isLowSurrogate())
            QVERIFY2(i > 0 && message.at(i - 1).isHighSurrogate(), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestArn)
#include "tst_arn.moc"
