// Arn: parsing and validation of IAM role ARNs (IAM User Guide, "IAM identifiers" and "IAM and AWS STS quotas").
#include "aws/arn.h"

#include "aws/awspartition.h"

#include <QLatin1StringView>

using namespace Qt::StringLiterals;

namespace {

AwsError invalidArn(QLatin1StringView reason, const QString &message)
{
    AwsError error = AwsError::make(AwsError::Kind::InvalidInput, message);
    error.code = "InvalidArn."_L1 + reason;
    return error;
}

// Echoes user input into a message without letting a huge paste flood it.
QString excerpt(QStringView text)
{
    constexpr qsizetype maxLength = 80;
    if (text.size() <= maxLength)
        return text.toString();
    // Never cut between the halves of a surrogate pair: the message would hold a lone surrogate.
    const qsizetype cut = text.at(maxLength - 1).isHighSurrogate() ? maxLength - 1 : maxLength;
    return text.left(cut).toString() + u'\x2026';
}

// The code point at index, joining a surrogate pair, and how many QChars it takes.
char32_t codePointAt(QStringView text, qsizetype index, qsizetype *width)
{
    const QChar c = text.at(index);
    if (c.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, text.at(index + 1));
    }
    *width = 1;
    return c.unicode();
}

// Names a character so that an invisible or look-alike one is recognisable: "!", a space, "é" (U+00E9), U+200B.
QString describeCharacter(char32_t cp)
{
    if (cp == U' ')
        return Arn::tr("a space");
    const QString hex = u"U+"_s + QString::number(uint(cp), 16).toUpper().rightJustified(4, u'0');
    if (cp > 0x20 && cp < 0x7f)
        return u'"' + QString(QChar(char16_t(cp))) + u'"';
    if (QChar::isPrint(cp) && !QChar::isSpace(cp))
        return u'"' + QString::fromUcs4(&cp, 1) + u"\" ("_s + hex + u')';
    return hex;
}

bool isRoleNameCharacter(char32_t cp)
{
    return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') || (cp >= U'0' && cp <= U'9') || cp == U'+'
        || cp == U'=' || cp == U',' || cp == U'.' || cp == U'@' || cp == U'_' || cp == U'-';
}

// The index of the first character for which allowed() is false, or -1.
template <typename Pred> qsizetype firstDisallowed(QStringView text, Pred allowed, char32_t *cp)
{
    for (qsizetype i = 0; i < text.size();) {
        qsizetype width = 1;
        *cp = codePointAt(text, i, &width);
        if (!allowed(*cp))
            return i;
        i += width;
    }
    return -1;
}

constexpr auto roleArnShape = "arn:aws:iam::ACCOUNT:role/NAME"_L1;

} // namespace

Arn Arn::role(const QString &partition, const QString &accountId, const QString &roleName, const QString &path)
{
    Arn arn;
    arn.m_partition = partition;
    arn.m_accountId = accountId;
    arn.m_roleName = roleName;
    arn.m_rolePath = path;
    return arn;
}

bool Arn::isAccountId(QStringView text)
{
    if (text.size() != 12)
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool Arn::isKnownPartition(QStringView partition)
{
    return partitionById(partition) != nullptr;
}

AwsError Arn::checkPartitionOfRegion(QStringView region) const
{
    const AwsPartition &home = partitionOfRegion(region);
    if (m_partition == home.id)
        return {};
    const AwsPartition *mine = partitionById(m_partition);
    return invalidArn("PartitionMismatch"_L1,
        tr("%1 is in the %2 partition (%3), but this onboarding's home region %4 is in the %5 partition (%6): a "
           "console can only assume roles of its own partition. Start the onboarding with a home region of %2 "
           "(e.g. --region %7), or use the role ARN of the %5 partition.")
            .arg(toString(), m_partition, mine ? mine->name : m_partition, region.toString(), home.id, home.name,
                mine ? mine->defaultRegion : QString()));
}

QString Arn::toString() const
{
    return u"arn:"_s + m_partition + u":iam::"_s + m_accountId + u":role"_s + m_rolePath + m_roleName;
}

AwsError Arn::checkRoleName(QStringView name)
{
    if (name.isEmpty())
        return invalidArn("RoleNameEmpty"_L1,
            tr("The role name is empty. An IAM role name has 1 to %1 characters.").arg(MaxRoleNameLength));
    if (name.size() > MaxRoleNameLength)
        return invalidArn("RoleNameTooLong"_L1,
            tr("The role name has %1 characters; IAM allows at most %2.").arg(name.size()).arg(MaxRoleNameLength));
    char32_t cp = 0;
    const qsizetype bad = firstDisallowed(name, isRoleNameCharacter, &cp);
    if (bad >= 0)
        return invalidArn("RoleNameInvalidCharacter"_L1,
            tr("The role name \"%1\" contains %2 at position %3; IAM role names may only contain "
               "letters, digits and + = , . @ _ -.")
                .arg(excerpt(name), describeCharacter(cp))
                .arg(bad + 1));
    return {};
}

AwsError Arn::checkRolePath(QStringView path)
{
    if (path.size() > MaxRolePathLength)
        return invalidArn("PathTooLong"_L1,
            tr("The role path has %1 characters; IAM allows at most %2.").arg(path.size()).arg(MaxRolePathLength));
    if (path != u"/" && (path.size() < 3 || !path.startsWith(u'/') || !path.endsWith(u'/')))
        return invalidArn("PathSlashes"_L1,
            tr("The role path \"%1\" must be \"/\" or start and end with \"/\" with a name between "
               "them, such as \"/onramp/\".")
                .arg(excerpt(path)));
    char32_t cp = 0;
    const qsizetype bad = firstDisallowed(
        path, [](char32_t c) { return c >= 0x21 && c <= 0x7e; }, &cp);
    if (bad >= 0)
        return invalidArn("PathInvalidCharacter"_L1,
            tr("The role path \"%1\" contains %2 at position %3; IAM paths may only contain printable "
               "ASCII characters without spaces.")
                .arg(excerpt(path), describeCharacter(cp))
                .arg(bad + 1));
    return {};
}

Result<Arn> Arn::parseRoleArn(QStringView text)
{
    const QStringView arn = text.trimmed();
    const QString pasteHint = tr("Paste the role ARN (%1) from the stack's Outputs.").arg(roleArnShape);

    if (arn.isEmpty())
        return invalidArn("Empty"_L1, tr("The role ARN is empty. %1").arg(pasteHint));
    if (isAccountId(arn))
        return invalidArn(
            "BareAccountId"_L1, tr("\"%1\" is an AWS account ID, not a role ARN. %2").arg(arn.toString(), pasteHint));
    if (!arn.startsWith(u"arn:"))
        return invalidArn("MissingPrefix"_L1,
            tr("\"%1\" is not an ARN: an ARN starts with \"arn:\". %2").arg(excerpt(arn), pasteHint));

    // arn:partition:service:region:account:resource. The resource is everything after the fifth colon: an IAM
    // path may itself contain colons.
    QStringView fields[6];
    qsizetype start = 0;
    int count = 0;
    for (; count < 5; ++count) {
        const qsizetype colon = arn.indexOf(u':', start);
        if (colon < 0)
            break;
        fields[count] = arn.sliced(start, colon - start);
        start = colon + 1;
    }
    if (count < 5)
        return invalidArn("FieldCount"_L1,
            tr("\"%1\" has %2 colon-separated fields; a role ARN has 6 (%3).")
                .arg(excerpt(arn))
                .arg(count + 1)
                .arg(roleArnShape));
    fields[5] = arn.sliced(start);
    const QStringView partition = fields[1];
    const QStringView service = fields[2];
    const QStringView region = fields[3];
    const QStringView account = fields[4];
    const QStringView resource = fields[5];

    if (!isKnownPartition(partition))
        return invalidArn("UnknownPartition"_L1,
            tr("Unknown partition \"%1\": Onramp accepts aws, aws-cn and aws-us-gov.").arg(excerpt(partition)));
    if (service != u"iam") {
        if (service == u"sts" && resource.startsWith(u"assumed-role/"))
            return invalidArn("AssumedRoleSession"_L1,
                tr("This is an assumed-role session ARN; paste the IAM role ARN "
                   "(arn:aws:iam::ACCOUNT:role/NAME) from the stack's Outputs"));
        return invalidArn("NotIam"_L1,
            tr("This ARN belongs to the \"%1\" service; a role ARN belongs to \"iam\". %2")
                .arg(excerpt(service), pasteHint));
    }
    if (!region.isEmpty())
        return invalidArn("RegionNotEmpty"_L1,
            tr("The region field must be empty in a role ARN (IAM is global), but it is \"%1\". %2")
                .arg(excerpt(region), pasteHint));

    char32_t cp = 0;
    const qsizetype bad = firstDisallowed(
        account, [](char32_t c) { return c >= U'0' && c <= U'9'; }, &cp);
    if (bad >= 0)
        return invalidArn("AccountIdNotDigits"_L1,
            tr("The account ID \"%1\" contains %2; an account ID is 12 digits.")
                .arg(excerpt(account), describeCharacter(cp)));
    if (account.isEmpty())
        return invalidArn(
            "AccountIdLength"_L1, tr("The account ID is missing; an account ID is 12 digits. %1").arg(pasteHint));
    if (account.size() != 12)
        return invalidArn("AccountIdLength"_L1,
            tr("The account ID \"%1\" is %2 digits long; an account ID has exactly 12 digits.")
                .arg(excerpt(account))
                .arg(account.size()));

    if (!resource.startsWith(u"role/")) {
        QString what;
        if (resource.startsWith(u"user/"))
            what = tr("This is an IAM user ARN, not a role ARN.");
        else if (resource.startsWith(u"group/"))
            what = tr("This is an IAM group ARN, not a role ARN.");
        else if (resource.startsWith(u"policy/"))
            what = tr("This is an IAM policy ARN, not a role ARN.");
        else if (resource.startsWith(u"instance-profile/"))
            what = tr("This is an instance profile ARN, not a role ARN.");
        else if (resource == u"root")
            what = tr("This is the ARN of the account's root user, not a role ARN.");
        else
            what = tr("The resource \"%1\" is not a role: a role ARN's resource starts with \"role/\".")
                       .arg(excerpt(resource));
        return invalidArn("NotRole"_L1, what + u' ' + pasteHint);
    }

    // role/NAME or role/PATH/NAME: the path is everything up to and including the last slash.
    const QStringView afterRole = resource.sliced(4); // "/..." : starts with the path's leading slash
    const qsizetype lastSlash = afterRole.lastIndexOf(u'/');
    const QStringView path = afterRole.first(lastSlash + 1);
    const QStringView name = afterRole.sliced(lastSlash + 1);

    if (AwsError e = checkRoleName(name); e.isError())
        return e;
    if (AwsError e = checkRolePath(path); e.isError())
        return e;

    return role(partition.toString(), account.toString(), name.toString(), path.toString());
}
