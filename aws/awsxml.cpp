// AwsXml: one-pass parsers, on XmlScanner, for the EC2, RDS and STS Query-protocol responses Onramp reads.
#include "aws/awsxml.h"

#include "aws/awsjson.h"
#include "aws/pagechain.h"

#include "aws/secretbytes.h"
#include "aws/xmlscanner.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringDecoder>
#include <QTime>

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <utility>

namespace {

/// Translatable texts of this file, in the "AwsXml" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AwsXml)
};

/// An element name or value Onramp looks for, as a compile-time constant. Names are compared as UTF-8 bytes: no
/// allocation, no decoding per element. The comparison is inline with the length known, so the compiler turns it
/// into a few word compares instead of a call to memcmp per candidate name.
struct Literal
{
    const char *data;
    qsizetype size;
    QLatin1StringView latin1() const { return QLatin1StringView(data, size); }
};

constexpr Literal operator""_bv(const char *s, size_t n)
{
    return Literal { s, qsizetype(n) };
}

inline bool operator==(QByteArrayView bytes, Literal literal)
{
    return bytes.size() == literal.size && std::memcmp(bytes.data(), literal.data, size_t(literal.size)) == 0;
}

bool isBlank(QByteArrayView xml)
{
    for (const char c : xml) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

AwsError parseFailure(const QString &message)
{
    return AwsError::make(AwsError::Kind::Parse, message);
}

/// The scanner has checked the UTF-8, so this never meets an invalid sequence.
QString fromUtf8(QByteArrayView text)
{
    // QString::fromUtf8 drops a leading U+FEFF as a byte order mark; inside an XML value it is a character.
    if (text.startsWith("\xEF\xBB\xBF"))
        return QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom).decode(text);
    return QString::fromUtf8(text);
}

/// XmlScanner with the walking discipline every parser here follows: a handler that is given a start element
/// consumes it up to and including its end tag (by text(), skip(), or a nextChild() loop that runs out). The scanner
/// holds AwsXml::maxDepth on every path; after the first failure every call is a no-op that returns "nothing more",
/// so the handlers unwind without checks of their own.
class Reader final
{
public:
    explicit Reader(QByteArrayView xml)
        : m_xml(xml, AwsXml::maxDepth)
    {
        // Room for any credential up front, so that decoding one never leaves an unwiped, outgrown buffer behind.
        m_text.reserve(4096);
    }

    ~Reader()
    {
        // The scratch buffer may hold decoded leaf text, including an AssumeRole secret; leave none of it in freed
        // memory.
        m_text.resize(m_text.capacity());
        SecretBytes::wipe(m_text);
    }

    Q_DISABLE_COPY_MOVE(Reader)

    /// Moves to the root element. False if there is none, or the prolog is malformed or has a DTD.
    bool readRoot() { return next() == XmlScanner::Token::StartElement; }

    /// Advances to the next child element of the current element. False at the current element's end tag (which is
    /// then consumed) or after a failure.
    bool nextChild()
    {
        for (;;) {
            switch (next()) {
            case XmlScanner::Token::StartElement:
                return true;
            case XmlScanner::Token::Text:
                break;
            default:
                return false;
            }
        }
    }

    /// Consumes the current element and everything in it.
    void skip()
    {
        const int end = m_xml.depth() - 1;
        while (m_xml.depth() > end) {
            const XmlScanner::Token token = next();
            if (token == XmlScanner::Token::Invalid || token == XmlScanner::Token::EndDocument)
                return;
        }
    }

    /// Consumes the current element and returns its text as UTF-8, references decoded. The view is valid until the
    /// next call. Most leaves are one run of plain text: that is handed out as a view of the document, uncopied.
    /// Child elements inside a text field are not AWS's shape; they are skipped rather than refused.
    QByteArrayView text()
    {
        QByteArrayView single;
        bool inScratch = false;
        for (;;) {
            switch (next()) {
            case XmlScanner::Token::Text:
                if (!inScratch && single.isNull() && m_xml.textIsRaw()) {
                    single = m_xml.rawText();
                } else {
                    if (!inScratch) {
                        m_text.truncate(0);
                        m_text.append(single);
                        inScratch = true;
                    }
                    m_xml.appendText(m_text);
                }
                break;
            case XmlScanner::Token::EndElement:
                return inScratch ? QByteArrayView(m_text) : single;
            case XmlScanner::Token::StartElement:
                skip();
                break;
            default:
                return {};
            }
        }
    }

    /// Calls \a handler for each child element named \a childName; skips the others.
    template <typename Handler> void forEachChild(Literal childName, Handler &&handler)
    {
        while (nextChild()) {
            if (name() == childName)
                handler();
            else
                skip();
        }
    }

    /// Reads the current element's children named in \a fields into their strings; skips the others.
    void readTextFields(std::initializer_list<std::pair<Literal, QString *>> fields)
    {
        while (nextChild()) {
            const QByteArrayView n = name();
            const auto field = std::find_if(fields.begin(), fields.end(), [n](const auto &f) { return n == f.first; });
            if (field != fields.end())
                *field->second = fromUtf8(text());
            else
                skip();
        }
    }

    /// Reads what follows the root element, so that trailing garbage and truncation are caught.
    void finish()
    {
        if (!m_failed && next() != XmlScanner::Token::EndDocument)
            fail(Text::tr("Malformed XML at line %1: content after the root element.").arg(lineNumber()));
    }

    /// The current element's local name (any namespace prefix dropped).
    QByteArrayView name() const { return m_xml.name(); }
    QString qualifiedName() const { return fromUtf8(m_xml.qualifiedName()); }
    qint64 lineNumber() const { return m_xml.lineNumber(); }
    bool failed() const { return m_failed; }
    const QString &failure() const { return m_failure; }

    void fail(const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_failure = message;
    }

private:
    XmlScanner::Token next()
    {
        const XmlScanner::Token token = m_xml.next();
        if (token == XmlScanner::Token::Invalid)
            failFromScanner();
        return token;
    }

    void failFromScanner()
    {
        const qint64 line = m_xml.lineNumber();
        switch (m_xml.error()) {
        case XmlScanner::Error::TooDeep:
            // Refused on the spot: nothing below this depth is read, so a 10,000-deep document costs 64 elements.
            fail(Text::tr("XML nested deeper than %1 levels at line %2; refused.").arg(AwsXml::maxDepth).arg(line));
            break;
        case XmlScanner::Error::DocumentType:
            // AWS never sends one; refusing it also refuses every entity-expansion and external-entity trick.
            fail(Text::tr("XML with a document type declaration at line %1; refused.").arg(line));
            break;
        case XmlScanner::Error::ContentAfterRoot:
            fail(Text::tr("Malformed XML at line %1: content after the root element.").arg(line));
            break;
        default:
            // The detail is the scanner's technical English, as QXmlStreamReader's errorString() was.
            fail(Text::tr("Malformed XML at line %1: %2").arg(line).arg(QLatin1StringView(m_xml.errorDetail())));
            break;
        }
    }

    XmlScanner m_xml;
    QByteArray m_text;
    QString m_failure;
    bool m_failed = false;
};

/// Shares one QString among equal values within a parse: instance types, states, zones, AMIs, VPCs and tag keys
/// repeat across a page, and sharing turns a decode and an allocation per field into a hash lookup on the UTF-8
/// bytes. Keys view the document where the text came from it uncopied, else a copy the pool keeps. Bounded, so a page
/// of unique values costs no more than plain copies.
///
/// In front of the hash: a small direct-mapped table of recent values, found by length and first and last byte and
/// confirmed by comparing the bytes. Qt's qHash of the bytes is SipHash here (Debian's Qt has no AES hashing), which
/// was 8.7% of a whole `onrampctl verify`'s CPU; most values hit the front table. Its slots are overwritten, never
/// chained, so crafted values only fall through to the seeded hash, as without it.
class StringPool final
{
public:
    explicit StringPool(QByteArrayView document)
        : m_document(document)
    {
    }

    QString intern(QByteArrayView s)
    {
        if (s.isEmpty())
            return QString();
        Recent &recent = m_recent[slotOf(s)];
        if (recent.key == s)
            return recent.value;
        const auto it = m_strings.constFind(s);
        if (it != m_strings.cend()) {
            recent = { it.key(), it.value() };
            return it.value();
        }
        QString value = fromUtf8(s);
        if (m_strings.size() < maxEntries) {
            QByteArrayView key = s;
            if (!inDocument(s)) {
                m_ownedKeys.append(s.toByteArray());
                key = m_ownedKeys.constLast();
            }
            m_strings.insert(key, value);
            recent = { key, value };
        }
        return value;
    }

private:
    /// A value seen recently and its key (a view into the document or into m_ownedKeys: valid for the pool's life).
    struct Recent
    {
        QByteArrayView key;
        QString value;
    };
    static constexpr size_t recentSlots = 64;
    static size_t slotOf(QByteArrayView s)
    {
        const auto byte = [&s](qsizetype i) { return size_t(quint8(s[i])); };
        return (size_t(s.size()) * 31 + byte(0) * 7 + byte(s.size() - 1)) % recentSlots;
    }

    bool inDocument(QByteArrayView s) const
    {
        const auto begin = quintptr(m_document.data());
        const auto at = quintptr(s.data());
        return at >= begin && at + quintptr(s.size()) <= begin + quintptr(m_document.size());
    }

    static constexpr qsizetype maxEntries = 8192;
    QByteArrayView m_document;
    std::array<Recent, recentSlots> m_recent {};
    QHash<QByteArrayView, QString> m_strings;
    QList<QByteArray> m_ownedKeys; // a QByteArray's bytes stay put when the list moves it
};

/// AWS timestamps (EC2's "2026-01-02T03:04:05.000Z", STS's "2026-01-02T03:04:05Z") as UTC; invalid for other text.
/// Qt's ISO 8601 reader costs 0.2 ms per 1,000 instances, under 0.5% of a page, so there is no hand-rolled one.
QDateTime parseTimestamp(QByteArrayView s)
{
    QDateTime parsed = QDateTime::fromString(fromUtf8(s), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return QDateTime();
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC); // no designator: AWS means UTC, never this machine's zone
    return parsed.toUTC();
}

/// The shared frame of every success parser: limits, root check (an error document is answered with parseError),
/// the body, the end of the document.
template <typename T, typename Body> Result<T> parseDocument(QByteArrayView xml, Literal rootName, Body &&body)
{
    if (xml.size() > AwsXml::maxDocumentBytes) {
        return parseFailure(Text::tr("XML response of %1 bytes is over the limit of %2 bytes; refused.")
                                .arg(xml.size())
                                .arg(AwsXml::maxDocumentBytes));
    }
    if (isBlank(xml)) {
        return parseFailure(Text::tr("Empty response where <%1> was expected.").arg(rootName.latin1()));
    }
    Reader r(xml);
    if (!r.readRoot())
        return parseFailure(r.failure());
    if (r.name() != rootName) {
        if (r.name() == "Response"_bv || r.name() == "ErrorResponse"_bv)
            return AwsXml::parseError(xml, 0);
        return parseFailure(Text::tr("Expected <%1> but the response's root element is <%2>.")
                                .arg(rootName.latin1(), r.qualifiedName()));
    }
    T value;
    body(r, value);
    r.finish();
    if (r.failed())
        return parseFailure(r.failure());
    return value;
}

void readInstance(Reader &r, StringPool &pool, Ec2Instance &instance)
{
    while (r.nextChild()) {
        const QByteArrayView n = r.name();
        if (n == "instanceId"_bv) {
            instance.instanceId = fromUtf8(r.text());
        } else if (n == "instanceType"_bv) {
            instance.instanceType = pool.intern(r.text());
        } else if (n == "instanceState"_bv) {
            r.forEachChild("name"_bv, [&] { instance.state = pool.intern(r.text()); });
        } else if (n == "placement"_bv) {
            r.forEachChild("availabilityZone"_bv, [&] { instance.availabilityZone = pool.intern(r.text()); });
        } else if (n == "privateIpAddress"_bv) {
            instance.privateIp = fromUtf8(r.text());
        } else if (n == "ipAddress"_bv) {
            instance.publicIp = fromUtf8(r.text());
        } else if (n == "launchTime"_bv) {
            instance.launchTime = parseTimestamp(r.text());
        } else if (n == "instanceLifecycle"_bv) {
            instance.spot = r.text() == "spot"_bv;
        } else if (n == "imageId"_bv) {
            instance.imageId = pool.intern(r.text());
        } else if (n == "vpcId"_bv) {
            instance.vpcId = pool.intern(r.text());
        } else if (n == "platformDetails"_bv) {
            instance.platform = pool.intern(r.text());
        } else if (n == "tagSet"_bv) {
            r.forEachChild("item"_bv, [&] {
                Ec2Tag tag;
                while (r.nextChild()) {
                    if (r.name() == "key"_bv)
                        tag.key = pool.intern(r.text());
                    else if (r.name() == "value"_bv)
                        tag.value = pool.intern(r.text());
                    else
                        r.skip();
                }
                if (instance.tags.isEmpty())
                    instance.tags.reserve(8);
                instance.tags.append(std::move(tag));
            });
        } else {
            r.skip();
        }
    }
    if (instance.instanceId.isEmpty() && !r.failed())
        r.fail(Text::tr("An instance without an instanceId ending at line %1.").arg(r.lineNumber()));
}

/// The top level of a paginated EC2 response: \a readItem gets each item of the \a setName list; nextToken and
/// requestId are kept, anything else is skipped.
template <typename Page, typename ReadItem> void readPage(Reader &r, Page &page, Literal setName, ReadItem &&readItem)
{
    while (r.nextChild()) {
        const QByteArrayView n = r.name();
        if (n == setName)
            r.forEachChild("item"_bv, readItem);
        else if (n == "nextToken"_bv)
            page.nextToken = fromUtf8(r.text());
        else if (n == "requestId"_bv)
            page.requestId = fromUtf8(r.text());
        else
            r.skip();
    }
}

void readInstanceStatus(Reader &r, StringPool &pool, Ec2InstanceStatus &status)
{
    while (r.nextChild()) {
        const QByteArrayView n = r.name();
        if (n == "instanceId"_bv) {
            status.instanceId = fromUtf8(r.text());
        } else if (n == "instanceState"_bv) {
            r.forEachChild("name"_bv, [&] { status.state = pool.intern(r.text()); });
        } else if (n == "systemStatus"_bv) {
            // Only the summary's own status: details/item/status is per check.
            r.forEachChild("status"_bv, [&] { status.systemStatus = pool.intern(r.text()); });
        } else if (n == "instanceStatus"_bv) {
            r.forEachChild("status"_bv, [&] { status.instanceStatus = pool.intern(r.text()); });
        } else {
            r.skip();
        }
    }
    if (status.instanceId.isEmpty() && !r.failed())
        r.fail(Text::tr("An instance status without an instanceId ending at line %1.").arg(r.lineNumber()));
}

/// RDS's integers (AllocatedStorage): plain decimal within int; anything else is a parse failure naming the field.
int readInt(Reader &r, QByteArrayView field)
{
    bool ok = false;
    const QByteArrayView text = r.text();
    const int value = text.trimmed().toInt(&ok);
    if (!ok && !r.failed())
        r.fail(Text::tr("%1 is not a whole number at line %2.").arg(QLatin1StringView(field)).arg(r.lineNumber()));
    return value;
}

void readDbInstance(Reader &r, StringPool &pool, RdsDbInstance &db)
{
    while (r.nextChild()) {
        const QByteArrayView n = r.name();
        if (n == "DBInstanceIdentifier"_bv) {
            db.identifier = fromUtf8(r.text());
        } else if (n == "DbiResourceId"_bv) {
            db.resourceId = fromUtf8(r.text());
        } else if (n == "DBInstanceArn"_bv) {
            db.arn = fromUtf8(r.text());
        } else if (n == "DBInstanceClass"_bv) {
            db.instanceClass = pool.intern(r.text());
        } else if (n == "Engine"_bv) {
            db.engine = pool.intern(r.text());
        } else if (n == "EngineVersion"_bv) {
            db.engineVersion = pool.intern(r.text());
        } else if (n == "DBInstanceStatus"_bv) {
            db.status = pool.intern(r.text());
        } else if (n == "AvailabilityZone"_bv) {
            db.availabilityZone = pool.intern(r.text());
        } else if (n == "MultiAZ"_bv) {
            db.multiAz = r.text() == "true"_bv;
        } else if (n == "AllocatedStorage"_bv) {
            db.allocatedStorageGb = readInt(r, "AllocatedStorage");
        } else if (n == "StorageType"_bv) {
            db.storageType = pool.intern(r.text());
        } else if (n == "InstanceCreateTime"_bv) {
            db.createTime = parseTimestamp(r.text());
        } else if (n == "DBClusterIdentifier"_bv) {
            db.clusterIdentifier = pool.intern(r.text());
        } else if (n == "Endpoint"_bv) {
            r.forEachChild("Address"_bv, [&] { db.endpointAddress = fromUtf8(r.text()); });
        } else if (n == "TagList"_bv) {
            r.forEachChild("Tag"_bv, [&] {
                Ec2Tag tag;
                while (r.nextChild()) {
                    if (r.name() == "Key"_bv)
                        tag.key = pool.intern(r.text());
                    else if (r.name() == "Value"_bv)
                        tag.value = pool.intern(r.text());
                    else
                        r.skip();
                }
                if (db.tags.size() >= AwsXml::maxRdsTags && !r.failed())
                    r.fail(Text::tr("A database with more than %1 tags at line %2; refused.")
                               .arg(AwsXml::maxRdsTags)
                               .arg(r.lineNumber()));
                db.tags.append(std::move(tag));
            });
        } else {
            r.skip();
        }
    }
    if (db.identifier.isEmpty() && !r.failed())
        r.fail(Text::tr("A database without a DBInstanceIdentifier ending at line %1.").arg(r.lineNumber()));
}

// Straight from the document (or the reader's scratch text, wiped by the reader) into wiped-on-destruction storage.
SecretBytes secretFromText(QByteArrayView text)
{
    return SecretBytes(text);
}

} // namespace

std::optional<QString> AwsXml::continuationToken(QByteArrayView xml, QByteArrayView element)
{
    // The token and what follows it (RDS: the closing tags and ResponseMetadata) fit in the last 64 KiB + 4 KiB.
    constexpr qsizetype window = PageChain::maxTokenBytes + 4096;
    if (element.isEmpty() || element.size() > 64)
        return std::nullopt;
    const QByteArrayView tail = xml.size() > window ? xml.last(window) : xml;
    const QByteArray open = '<' + element.toByteArray() + '>';
    const QByteArray close = "</" + element.toByteArray() + '>';
    const qsizetype at = tail.lastIndexOf(open);
    if (at < 0)
        return std::nullopt;
    const qsizetype start = at + open.size();
    const qsizetype stop = tail.indexOf(close, start);
    if (stop <= start || stop - start > PageChain::maxTokenBytes)
        return std::nullopt;
    const QByteArrayView text = tail.sliced(start, stop - start);
    // Plain printable ASCII only: markup, references, white space or other bytes are left to the parser.
    if (std::any_of(text.begin(), text.end(), [](char c) {
            const auto u = uchar(c);
            return u <= ' ' || u >= 0x7f || u == '<' || u == '&' || u == '>';
        }))
        return std::nullopt;
    return QString::fromLatin1(text);
}

Result<Ec2InstancePage> AwsXml::parseDescribeInstances(QByteArrayView xml)
{
    return parseDocument<Ec2InstancePage>(xml, "DescribeInstancesResponse"_bv, [&](Reader &r, Ec2InstancePage &page) {
        // An instance takes 2-5 KB of XML; reserving for the small end spares the list its regrowth on big pages.
        page.instances.reserve(std::min<qsizetype>(xml.size() / 2048, 1000));
        StringPool pool(xml);
        readPage(r, page, "reservationSet"_bv, [&] {
            r.forEachChild("instancesSet"_bv,
                [&] { r.forEachChild("item"_bv, [&] { readInstance(r, pool, page.instances.emplaceBack()); }); });
        });
    });
}

Result<QList<Ec2Region>> AwsXml::parseDescribeRegions(QByteArrayView xml)
{
    return parseDocument<QList<Ec2Region>>(xml, "DescribeRegionsResponse"_bv, [](Reader &r, QList<Ec2Region> &regions) {
        r.forEachChild("regionInfo"_bv, [&] {
            r.forEachChild("item"_bv, [&] {
                Ec2Region region;
                r.readTextFields({ { "regionName"_bv, &region.name }, { "regionEndpoint"_bv, &region.endpoint },
                    { "optInStatus"_bv, &region.optInStatus } });
                if (region.name.isEmpty() && !r.failed())
                    r.fail(Text::tr("A region without a regionName ending at line %1.").arg(r.lineNumber()));
                regions.append(std::move(region));
            });
        });
    });
}

Result<Ec2InstanceStatusPage> AwsXml::parseDescribeInstanceStatus(QByteArrayView xml)
{
    return parseDocument<Ec2InstanceStatusPage>(
        xml, "DescribeInstanceStatusResponse"_bv, [&](Reader &r, Ec2InstanceStatusPage &page) {
            StringPool pool(xml);
            readPage(
                r, page, "instanceStatusSet"_bv, [&] { readInstanceStatus(r, pool, page.statuses.emplaceBack()); });
        });
}

Result<RdsDbInstancePage> AwsXml::parseDescribeDbInstances(QByteArrayView xml)
{
    return parseDocument<RdsDbInstancePage>(
        xml, "DescribeDBInstancesResponse"_bv, [&](Reader &r, RdsDbInstancePage &page) {
            StringPool pool(xml);
            bool sawResult = false;
            while (r.nextChild()) {
                const QByteArrayView n = r.name();
                if (n == "DescribeDBInstancesResult"_bv && !sawResult) {
                    sawResult = true;
                    while (r.nextChild()) {
                        if (r.name() == "DBInstances"_bv) {
                            r.forEachChild("DBInstance"_bv, [&] {
                                if (page.databases.size() >= maxRdsDatabasesPerPage && !r.failed())
                                    r.fail(Text::tr("More than %1 databases in one DescribeDBInstances page at "
                                                    "line %2; refused (a page holds at most 100).")
                                               .arg(maxRdsDatabasesPerPage)
                                               .arg(r.lineNumber()));
                                readDbInstance(r, pool, page.databases.emplaceBack());
                            });
                        } else if (r.name() == "Marker"_bv) {
                            page.marker = fromUtf8(r.text());
                        } else {
                            r.skip();
                        }
                    }
                } else if (n == "ResponseMetadata"_bv) {
                    r.readTextFields({ { "RequestId"_bv, &page.requestId } });
                } else {
                    r.skip();
                }
            }
            // Without the result element the document says nothing about the region's databases; reading it as
            // "none" would announce every database as removed.
            if (!sawResult && !r.failed())
                r.fail(Text::tr("DescribeDBInstances response without DescribeDBInstancesResult."));
        });
}

Result<CallerIdentity> AwsXml::parseGetCallerIdentity(QByteArrayView xml)
{
    return parseDocument<CallerIdentity>(xml, "GetCallerIdentityResponse"_bv, [](Reader &r, CallerIdentity &id) {
        r.forEachChild("GetCallerIdentityResult"_bv, [&] {
            r.readTextFields({ { "Account"_bv, &id.account }, { "Arn"_bv, &id.arn }, { "UserId"_bv, &id.userId } });
        });
        // Onramp keys accounts on these: a response without them is not a usable identity.
        if (id.account.isEmpty() || id.arn.isEmpty())
            r.fail(Text::tr("GetCallerIdentity response without Account or Arn."));
    });
}

namespace {
/// The AssumeRole family's answer: <ACTIONResponse><ACTIONResult> with Credentials and AssumedRoleUser.
Result<AssumedRole> parseAssumedRole(QByteArrayView xml, Literal response, Literal result)
{
    return parseDocument<AssumedRole>(xml, response, [result](Reader &r, AssumedRole &role) {
        r.forEachChild(result, [&] {
            while (r.nextChild()) {
                const QByteArrayView n = r.name();
                if (n == "Credentials"_bv) {
                    while (r.nextChild()) {
                        const QByteArrayView field = r.name();
                        if (field == "AccessKeyId"_bv)
                            role.accessKeyId = fromUtf8(r.text());
                        else if (field == "SecretAccessKey"_bv)
                            role.secretAccessKey = secretFromText(r.text());
                        else if (field == "SessionToken"_bv)
                            role.sessionToken = fromUtf8(r.text());
                        else if (field == "Expiration"_bv)
                            role.expiration = parseTimestamp(r.text());
                        else
                            r.skip();
                    }
                } else if (n == "AssumedRoleUser"_bv) {
                    r.readTextFields(
                        { { "Arn"_bv, &role.assumedRoleArn }, { "AssumedRoleId"_bv, &role.assumedRoleId } });
                } else {
                    r.skip();
                }
            }
        });
        if (role.accessKeyId.isEmpty() || role.secretAccessKey.isEmpty() || role.sessionToken.isEmpty())
            r.fail(Text::tr("AssumeRole response without complete Credentials."));
    });
}

} // namespace

Result<AssumedRole> AwsXml::parseAssumeRole(QByteArrayView xml)
{
    return parseAssumedRole(xml, "AssumeRoleResponse"_bv, "AssumeRoleResult"_bv);
}

Result<AssumedRole> AwsXml::parseAssumeRoleWithWebIdentity(QByteArrayView xml)
{
    return parseAssumedRole(xml, "AssumeRoleWithWebIdentityResponse"_bv, "AssumeRoleWithWebIdentityResult"_bv);
}

AwsError AwsXml::parseError(QByteArrayView xml, int httpStatus)
{
    const AwsError::BodyForm form
        = xml.size() <= maxDocumentBytes ? AwsError::bodyForm(xml) : AwsError::BodyForm::Other;
    if (form == AwsError::BodyForm::Json)
        return AwsJson::parseError(xml, httpStatus); // a JSON error on a Query endpoint (LocalStack, gateways)

    // botocore's QueryParser/EC2QueryParser._do_error_parse: whatever the root is called (<Response>, <ErrorResponse>,
    // moto's <ErrorResponse><Errors>), its first <Errors>'s first <Error> or else its first <Error> child holds Code
    // and Message; <RequestId> (<RequestID> for EC2) sits beside them. What a truncated document gave before it broke
    // off is kept: a code is better than a guess from the status.
    struct Found
    {
        bool found = false;
        QString code;
        QString message;
    };
    Found direct;
    Found nested;
    QString requestId;
    if (form == AwsError::BodyForm::Xml) {
        Reader r(xml);
        const auto readError = [&r](Found &into) {
            into.found = true;
            // STS's <Type>Sender|Receiver</Type> adds nothing the code does not say.
            r.readTextFields({ { "Code"_bv, &into.code }, { "Message"_bv, &into.message } });
        };
        if (r.readRoot()) {
            while (r.nextChild()) {
                const QByteArrayView n = r.name();
                if (n == "Errors"_bv && !nested.found) {
                    r.forEachChild("Error"_bv, [&] {
                        if (!nested.found)
                            readError(nested);
                        else
                            r.skip(); // EC2 may list several; the first is the one its SDKs report
                    });
                } else if (n == "Error"_bv && !direct.found) {
                    readError(direct);
                } else if (n == "RequestID"_bv || n == "RequestId"_bv) {
                    requestId = fromUtf8(r.text());
                } else {
                    r.skip();
                }
            }
        }
    }
    const Found &error = nested.found ? nested : direct;
    QString message = AwsError::plainMessage(error.message);
    if (error.code.isEmpty() && message.isEmpty())
        message = AwsError::noDetailsMessage(form, httpStatus);
    return AwsError::fromCode(error.code, message, httpStatus, AwsError::plainMessage(requestId.left(128)));
}
