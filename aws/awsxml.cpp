// AwsXml: one-pass QXmlStreamReader parsers for the EC2 and STS Query-protocol responses Onramp reads.
#include "aws/awsxml.h"

#include "aws/secretbytes.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QTime>
#include <QXmlStreamReader>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace {

/// Translatable texts of this file, in the "AwsXml" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AwsXml)
};

// Element names are compared as UTF-16 views against compile-time constants: no allocation per element.
constexpr QStringView operator""_qsv(const char16_t *s, size_t n)
{
    return QStringView(s, qsizetype(n));
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

/// QXmlStreamReader with the walking discipline every parser here follows: a handler that is given a start element
/// consumes it up to and including its end tag (by text(), skip(), or a nextChild() loop that runs out). Depth is
/// counted on every path, so AwsXml::maxDepth holds everywhere; after the first failure every call is a no-op that
/// returns "nothing more", so the handlers unwind without checks of their own.
class Reader final
{
public:
    explicit Reader(QByteArrayView xml)
        : m_data(xml)
    {
        // AWS responses use one default namespace and no prefixes; element local names are all we look at.
        m_xml.setNamespaceProcessing(false);
        feed();
    }

    ~Reader()
    {
        // The scratch buffer held every leaf's text, including an AssumeRole secret; leave none of it in freed memory.
        m_text.resize(m_text.capacity());
        SecretBytes::wipe(m_text);
    }

    Q_DISABLE_COPY_MOVE(Reader)

    /// Moves to the root element. False if there is none, or the prolog is malformed or has a DTD.
    bool readRoot()
    {
        while (!m_failed) {
            switch (next()) {
            case QXmlStreamReader::StartElement:
                m_depth = 1;
                return true;
            case QXmlStreamReader::DTD:
                failDtd();
                return false;
            case QXmlStreamReader::Invalid:
                failMalformed();
                return false;
            case QXmlStreamReader::EndDocument:
                fail(Text::tr("The response has no XML root element."));
                return false;
            default:
                break;
            }
        }
        return false;
    }

    /// Advances to the next child element of the current element. False at the current element's end tag (which is
    /// then consumed) or after a failure.
    bool nextChild()
    {
        while (!m_failed) {
            switch (next()) {
            case QXmlStreamReader::StartElement:
                return enter();
            case QXmlStreamReader::EndElement:
                --m_depth;
                return false;
            case QXmlStreamReader::Characters:
            case QXmlStreamReader::Comment:
            case QXmlStreamReader::ProcessingInstruction:
                break;
            default:
                unexpectedToken();
                return false;
            }
        }
        return false;
    }

    /// Consumes the current element and everything in it.
    void skip()
    {
        const int end = m_depth - 1;
        while (!m_failed && m_depth > end) {
            switch (next()) {
            case QXmlStreamReader::StartElement:
                enter();
                break;
            case QXmlStreamReader::EndElement:
                --m_depth;
                break;
            case QXmlStreamReader::Characters:
            case QXmlStreamReader::Comment:
            case QXmlStreamReader::ProcessingInstruction:
                break;
            default:
                unexpectedToken();
                break;
            }
        }
    }

    /// Consumes the current element and returns its text, entities decoded. The view is valid until the next call.
    /// Child elements inside a text field are not AWS's shape; they are skipped rather than refused.
    QStringView text()
    {
        m_text.truncate(0);
        while (!m_failed) {
            switch (next()) {
            case QXmlStreamReader::Characters: // text and CDATA, possibly in several pieces
                m_text.append(m_xml.text());
                break;
            case QXmlStreamReader::EndElement:
                --m_depth;
                return m_text;
            case QXmlStreamReader::StartElement:
                if (enter())
                    skip();
                break;
            case QXmlStreamReader::Comment:
            case QXmlStreamReader::ProcessingInstruction:
                break;
            default:
                unexpectedToken();
                break;
            }
        }
        return {};
    }

    /// Calls \a handler for each child element named \a childName; skips the others.
    template <typename Handler> void forEachChild(QStringView childName, Handler &&handler)
    {
        while (nextChild()) {
            if (name() == childName)
                handler();
            else
                skip();
        }
    }

    /// Reads the current element's children named in \a fields into their strings; skips the others.
    void readTextFields(std::initializer_list<std::pair<QStringView, QString *>> fields)
    {
        while (nextChild()) {
            const QStringView n = name();
            const auto field = std::find_if(fields.begin(), fields.end(), [n](const auto &f) { return f.first == n; });
            if (field != fields.end())
                *field->second = text().toString();
            else
                skip();
        }
    }

    /// Reads what follows the root element, so that trailing garbage and truncation are caught.
    void finish()
    {
        while (!m_failed) {
            switch (next()) {
            case QXmlStreamReader::EndDocument:
                // The reader ends the document with the root's end tag; slices it was never given must be blank.
                if (!isBlank(m_data.sliced(m_fed))) {
                    fail(Text::tr("Malformed XML at line %1: content after the root element.").arg(m_xml.lineNumber()));
                }
                return;
            case QXmlStreamReader::Characters:
            case QXmlStreamReader::Comment:
            case QXmlStreamReader::ProcessingInstruction:
                break;
            default:
                unexpectedToken();
                return;
            }
        }
    }

    QStringView name() const { return m_xml.name(); }
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
    /// The document goes in slices: given all of a page at once, QXmlStreamReader decodes all of it to UTF-16 up
    /// front (a 5 MB page raised peak memory by 19 MB; 64 KiB slices keep that flat, and the walk is no slower).
    /// Its incremental mode is made for this: it stops with PrematureEndOfDocumentError, takes more data, resumes,
    /// and keeps its state (a UTF-8 sequence, an entity or a tag cut by a slice boundary) across the cut.
    QXmlStreamReader::TokenType next()
    {
        QXmlStreamReader::TokenType type = m_xml.readNext();
        while (type == QXmlStreamReader::Invalid && m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
            && m_fed < m_data.size()) {
            feed();
            type = m_xml.readNext();
        }
        return type;
    }

    void feed()
    {
        const qsizetype n = std::min(sliceBytes, m_data.size() - m_fed);
        m_xml.addData(QByteArray::fromRawData(m_data.data() + m_fed, n));
        m_fed += n;
    }

    bool enter()
    {
        if (++m_depth <= AwsXml::maxDepth)
            return true;
        // Refused on the spot: nothing below this depth is read, so a 10,000-deep document costs 64 elements.
        fail(Text::tr("XML nested deeper than %1 levels at line %2; refused.")
                 .arg(AwsXml::maxDepth)
                 .arg(m_xml.lineNumber()));
        return false;
    }

    void unexpectedToken()
    {
        if (m_xml.tokenType() == QXmlStreamReader::DTD)
            failDtd();
        else
            failMalformed();
    }

    void failMalformed()
    {
        if (m_xml.hasError()) {
            fail(Text::tr("Malformed XML at line %1: %2").arg(m_xml.lineNumber()).arg(m_xml.errorString()));
        } else {
            fail(Text::tr("Malformed XML at line %1: unexpected %2.").arg(m_xml.lineNumber()).arg(m_xml.tokenString()));
        }
    }

    void failDtd()
    {
        // AWS never sends one; refusing it also refuses every entity-expansion trick.
        fail(Text::tr("XML with a document type declaration at line %1; refused.").arg(m_xml.lineNumber()));
    }

    static constexpr qsizetype sliceBytes = 64 * 1024;

    QByteArrayView m_data;
    qsizetype m_fed = 0;
    QXmlStreamReader m_xml;
    QString m_text;
    QString m_failure;
    int m_depth = 0;
    bool m_failed = false;
};

/// Shares one QString among equal values within a parse: instance types, states, zones, AMIs, VPCs and tag keys
/// repeat across a page, and sharing turns an allocation per field into a hash lookup. Keys view the stored
/// strings' own (never modified) data. Bounded, so a page of unique values costs no more than plain copies.
class StringPool final
{
public:
    QString intern(QStringView s)
    {
        if (s.isEmpty())
            return QString();
        const auto it = m_strings.constFind(s);
        if (it != m_strings.cend())
            return it.value();
        QString copy = s.toString();
        if (m_strings.size() < maxEntries)
            m_strings.insert(QStringView(copy), copy);
        return copy;
    }

private:
    static constexpr qsizetype maxEntries = 8192;
    QHash<QStringView, QString> m_strings;
};

/// AWS timestamps (EC2's "2026-01-02T03:04:05.000Z", STS's "2026-01-02T03:04:05Z") as UTC; invalid for other text.
/// Qt's ISO 8601 reader costs 0.2 ms per 1,000 instances, under 0.5% of a page, so there is no hand-rolled one.
QDateTime parseTimestamp(QStringView s)
{
    QDateTime parsed = QDateTime::fromString(s.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return QDateTime();
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC); // no designator: AWS means UTC, never this machine's zone
    return parsed.toUTC();
}

/// The shared frame of every success parser: limits, root check (an error document is answered with parseError),
/// the body, the end of the document.
template <typename T, typename Body> Result<T> parseDocument(QByteArrayView xml, QStringView rootName, Body &&body)
{
    if (xml.size() > AwsXml::maxDocumentBytes) {
        return parseFailure(Text::tr("XML response of %1 bytes is over the limit of %2 bytes; refused.")
                                .arg(xml.size())
                                .arg(AwsXml::maxDocumentBytes));
    }
    if (isBlank(xml)) {
        return parseFailure(Text::tr("Empty response where <%1> was expected.").arg(rootName));
    }
    Reader r(xml);
    if (!r.readRoot())
        return parseFailure(r.failure());
    if (r.name() != rootName) {
        if (r.name() == u"Response"_qsv || r.name() == u"ErrorResponse"_qsv)
            return AwsXml::parseError(xml, 0);
        return parseFailure(Text::tr("Expected <%1> but the response's root element is <%2>.").arg(rootName, r.name()));
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
        const QStringView n = r.name();
        if (n == u"instanceId"_qsv) {
            instance.instanceId = r.text().toString();
        } else if (n == u"instanceType"_qsv) {
            instance.instanceType = pool.intern(r.text());
        } else if (n == u"instanceState"_qsv) {
            r.forEachChild(u"name"_qsv, [&] { instance.state = pool.intern(r.text()); });
        } else if (n == u"placement"_qsv) {
            r.forEachChild(u"availabilityZone"_qsv, [&] { instance.availabilityZone = pool.intern(r.text()); });
        } else if (n == u"privateIpAddress"_qsv) {
            instance.privateIp = r.text().toString();
        } else if (n == u"ipAddress"_qsv) {
            instance.publicIp = r.text().toString();
        } else if (n == u"launchTime"_qsv) {
            instance.launchTime = parseTimestamp(r.text());
        } else if (n == u"instanceLifecycle"_qsv) {
            instance.spot = r.text() == u"spot"_qsv;
        } else if (n == u"imageId"_qsv) {
            instance.imageId = pool.intern(r.text());
        } else if (n == u"vpcId"_qsv) {
            instance.vpcId = pool.intern(r.text());
        } else if (n == u"platformDetails"_qsv) {
            instance.platform = pool.intern(r.text());
        } else if (n == u"tagSet"_qsv) {
            r.forEachChild(u"item"_qsv, [&] {
                Ec2Tag tag;
                while (r.nextChild()) {
                    if (r.name() == u"key"_qsv)
                        tag.key = pool.intern(r.text());
                    else if (r.name() == u"value"_qsv)
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
    if (instance.instanceId.isEmpty())
        r.fail(Text::tr("An instance without an instanceId ending at line %1.").arg(r.lineNumber()));
}

/// The top level of a paginated EC2 response: \a readItem gets each item of the \a setName list; nextToken and
/// requestId are kept, anything else is skipped.
template <typename Page, typename ReadItem>
void readPage(Reader &r, Page &page, QStringView setName, ReadItem &&readItem)
{
    while (r.nextChild()) {
        const QStringView n = r.name();
        if (n == setName)
            r.forEachChild(u"item"_qsv, readItem);
        else if (n == u"nextToken"_qsv)
            page.nextToken = r.text().toString();
        else if (n == u"requestId"_qsv)
            page.requestId = r.text().toString();
        else
            r.skip();
    }
}

void readInstanceStatus(Reader &r, StringPool &pool, Ec2InstanceStatus &status)
{
    while (r.nextChild()) {
        const QStringView n = r.name();
        if (n == u"instanceId"_qsv) {
            status.instanceId = r.text().toString();
        } else if (n == u"instanceState"_qsv) {
            r.forEachChild(u"name"_qsv, [&] { status.state = pool.intern(r.text()); });
        } else if (n == u"systemStatus"_qsv) {
            // Only the summary's own status: details/item/status is per check.
            r.forEachChild(u"status"_qsv, [&] { status.systemStatus = pool.intern(r.text()); });
        } else if (n == u"instanceStatus"_qsv) {
            r.forEachChild(u"status"_qsv, [&] { status.instanceStatus = pool.intern(r.text()); });
        } else {
            r.skip();
        }
    }
    if (status.instanceId.isEmpty())
        r.fail(Text::tr("An instance status without an instanceId ending at line %1.").arg(r.lineNumber()));
}

// Straight from the reader's scratch text into wiped-on-destruction storage; the UTF-8 staging copy is wiped too.
SecretBytes secretFromText(QStringView text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes secret(utf8);
    SecretBytes::wipe(utf8);
    return secret;
}

bool looksLikeHtml(QByteArrayView body)
{
    const QByteArrayView trimmed = body.trimmed();
    const QByteArray lower = trimmed.first(std::min<qsizetype>(trimmed.size(), 64)).toByteArray().toLower();
    return lower.startsWith("<!doctype html") || lower.startsWith("<html");
}

} // namespace

Result<Ec2InstancePage> AwsXml::parseDescribeInstances(QByteArrayView xml)
{
    return parseDocument<Ec2InstancePage>(xml, u"DescribeInstancesResponse"_qsv, [&](Reader &r, Ec2InstancePage &page) {
        // An instance takes 2-5 KB of XML; reserving for the small end spares the list its regrowth on big pages.
        page.instances.reserve(std::min<qsizetype>(xml.size() / 2048, 1000));
        StringPool pool;
        readPage(r, page, u"reservationSet"_qsv, [&] {
            r.forEachChild(u"instancesSet"_qsv,
                [&] { r.forEachChild(u"item"_qsv, [&] { readInstance(r, pool, page.instances.emplaceBack()); }); });
        });
    });
}

Result<QList<Ec2Region>> AwsXml::parseDescribeRegions(QByteArrayView xml)
{
    return parseDocument<QList<Ec2Region>>(
        xml, u"DescribeRegionsResponse"_qsv, [](Reader &r, QList<Ec2Region> &regions) {
            r.forEachChild(u"regionInfo"_qsv, [&] {
                r.forEachChild(u"item"_qsv, [&] {
                    Ec2Region region;
                    r.readTextFields({ { u"regionName"_qsv, &region.name }, { u"regionEndpoint"_qsv, &region.endpoint },
                        { u"optInStatus"_qsv, &region.optInStatus } });
                    if (region.name.isEmpty())
                        r.fail(Text::tr("A region without a regionName ending at line %1.").arg(r.lineNumber()));
                    regions.append(std::move(region));
                });
            });
        });
}

Result<Ec2InstanceStatusPage> AwsXml::parseDescribeInstanceStatus(QByteArrayView xml)
{
    return parseDocument<Ec2InstanceStatusPage>(
        xml, u"DescribeInstanceStatusResponse"_qsv, [](Reader &r, Ec2InstanceStatusPage &page) {
            StringPool pool;
            readPage(
                r, page, u"instanceStatusSet"_qsv, [&] { readInstanceStatus(r, pool, page.statuses.emplaceBack()); });
        });
}

Result<CallerIdentity> AwsXml::parseGetCallerIdentity(QByteArrayView xml)
{
    return parseDocument<CallerIdentity>(xml, u"GetCallerIdentityResponse"_qsv, [](Reader &r, CallerIdentity &id) {
        r.forEachChild(u"GetCallerIdentityResult"_qsv, [&] {
            r.readTextFields(
                { { u"Account"_qsv, &id.account }, { u"Arn"_qsv, &id.arn }, { u"UserId"_qsv, &id.userId } });
        });
        // Onramp keys accounts on these: a response without them is not a usable identity.
        if (id.account.isEmpty() || id.arn.isEmpty())
            r.fail(Text::tr("GetCallerIdentity response without Account or Arn."));
    });
}

Result<AssumedRole> AwsXml::parseAssumeRole(QByteArrayView xml)
{
    return parseDocument<AssumedRole>(xml, u"AssumeRoleResponse"_qsv, [](Reader &r, AssumedRole &role) {
        r.forEachChild(u"AssumeRoleResult"_qsv, [&] {
            while (r.nextChild()) {
                const QStringView n = r.name();
                if (n == u"Credentials"_qsv) {
                    while (r.nextChild()) {
                        const QStringView field = r.name();
                        if (field == u"AccessKeyId"_qsv)
                            role.accessKeyId = r.text().toString();
                        else if (field == u"SecretAccessKey"_qsv)
                            role.secretAccessKey = secretFromText(r.text());
                        else if (field == u"SessionToken"_qsv)
                            role.sessionToken = r.text().toString();
                        else if (field == u"Expiration"_qsv)
                            role.expiration = parseTimestamp(r.text());
                        else
                            r.skip();
                    }
                } else if (n == u"AssumedRoleUser"_qsv) {
                    r.readTextFields(
                        { { u"Arn"_qsv, &role.assumedRoleArn }, { u"AssumedRoleId"_qsv, &role.assumedRoleId } });
                } else {
                    r.skip();
                }
            }
        });
        if (role.accessKeyId.isEmpty() || role.secretAccessKey.isEmpty() || role.sessionToken.isEmpty())
            r.fail(Text::tr("AssumeRole response without complete Credentials."));
    });
}

AwsError AwsXml::parseError(QByteArrayView xml, int httpStatus)
{
    QString code;
    QString message;
    QString requestId;
    if (xml.size() <= maxDocumentBytes && !isBlank(xml)) {
        Reader r(xml);
        if (r.readRoot()) {
            // EC2: <Response><Errors><Error>..</Error></Errors><RequestID/></Response>;
            // STS: <ErrorResponse><Error>..</Error><RequestId/></ErrorResponse>. What a truncated document gave
            // before it broke off is kept: a code is better than a guess from the status.
            const bool ec2 = r.name() == u"Response"_qsv;
            const bool sts = r.name() == u"ErrorResponse"_qsv;
            while ((ec2 || sts) && r.nextChild()) {
                const QStringView n = r.name();
                if (ec2 && n == u"Errors"_qsv) {
                    r.forEachChild(u"Error"_qsv, [&] {
                        if (code.isEmpty())
                            r.readTextFields({ { u"Code"_qsv, &code }, { u"Message"_qsv, &message } });
                        else
                            r.skip(); // EC2 may list several; the first is the one its SDKs report
                    });
                } else if (sts && n == u"Error"_qsv && code.isEmpty()) {
                    // Its <Type>Sender|Receiver</Type> adds nothing the code does not say.
                    r.readTextFields({ { u"Code"_qsv, &code }, { u"Message"_qsv, &message } });
                } else if (n == u"RequestID"_qsv || n == u"RequestId"_qsv) {
                    requestId = r.text().toString();
                } else {
                    r.skip();
                }
            }
        }
    }
    if (code.isEmpty() && message.isEmpty()) {
        if (isBlank(xml))
            message = Text::tr("AWS returned no error details (empty response body).");
        else if (looksLikeHtml(xml))
            message = Text::tr("Expected an AWS error document but got an HTML page (from a proxy?).");
        else
            message = Text::tr("Expected an AWS error document but got something else.");
    }
    return AwsError::fromCode(code, message, httpStatus, requestId);
}
