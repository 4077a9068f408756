// XmlScanner: a pull tokenizer over raw UTF-8 bytes, checking well-formedness for AWS's XML subset.
// Why one file of ~800 lines: it is one state machine over bytes (names, attributes, references, UTF-8
// checks) whose hot loops the benchmarks measure together (bench_awsxml); split, they would only call across files.
#include "aws/xmlscanner.h"

#include <cstring>
#include <string_view>

namespace {

/// A 256-entry byte class table, built at compile time.
struct ByteTable
{
    quint8 cls[256] {};
    constexpr quint8 operator[](char c) const { return cls[uchar(c)]; }
};

// In text, everything that needs a second look: markup and references, CR (normalised), ']' (for "]]>"),
// control characters (not XML characters) and every non-ASCII byte (UTF-8 is checked sequence by sequence).
constexpr ByteTable makeTextStops()
{
    ByteTable t;
    for (int c = 0; c < 256; ++c)
        t.cls[c] = (c < 0x20 && c != '\t' && c != '\n') || c >= 0x80 || c == '<' || c == '&' || c == ']';
    return t;
}
constexpr ByteTable textStops = makeTextStops();

enum NameClass : quint8 { NotName = 0, NameAscii = 1, NameNonAscii = 2, NameColon = 3 };

constexpr ByteTable makeNameTable(bool start)
{
    ByteTable t;
    for (int c = 0; c < 256; ++c) {
        const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
        const bool other = (c >= '0' && c <= '9') || c == '-' || c == '.';
        t.cls[c] = c >= 0x80                ? NameNonAscii
            : c == ':'                      ? NameColon
            : (letter || (!start && other)) ? NameAscii
                                            : NotName;
    }
    return t;
}
constexpr ByteTable nameStarts = makeNameTable(true);
constexpr ByteTable nameChars = makeNameTable(false);

constexpr bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/// XML 1.0 §2.2 Char, for ASCII.
constexpr bool isAsciiXmlChar(uchar c)
{
    return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
}

/// XML 1.0 §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
constexpr bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

/// The length of the well-formed UTF-8 sequence at \a p (a non-ASCII lead byte) if it encodes an XML character;
/// 0 for anything else: stray continuation bytes, overlong forms, surrogates, values over U+10FFFF, U+FFFE/U+FFFF,
/// and a sequence cut off by \a end.
int xmlCharLength(const char *p, const char *end)
{
    const auto at = [p](int i) { return uchar(p[i]); };
    const auto continuation = [&](int i) { return (at(i) & 0xC0) == 0x80; };
    const uchar lead = at(0);
    const qsizetype available = end - p;
    if (lead < 0xC2)
        return 0;
    if (lead < 0xE0)
        return available >= 2 && continuation(1) ? 2 : 0;
    if (lead < 0xF0) {
        if (available < 3)
            return 0;
        const uchar low = lead == 0xE0 ? 0xA0 : 0x80; // no overlong forms
        const uchar high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        if (at(1) < low || at(1) > high || !continuation(2))
            return 0;
        if (lead == 0xEF && at(1) == 0xBF && at(2) >= 0xBE)
            return 0; // U+FFFE, U+FFFF
        return 3;
    }
    if (lead < 0xF5) {
        if (available < 4)
            return 0;
        const uchar low = lead == 0xF0 ? 0x90 : 0x80;
        const uchar high = lead == 0xF4 ? 0x8F : 0xBF; // nothing over U+10FFFF
        return at(1) >= low && at(1) <= high && continuation(2) && continuation(3) ? 4 : 0;
    }
    return 0;
}

/// The character encoded by the valid sequence of \a length bytes at \a p.
char32_t decodeUtf8(const char *p, int length)
{
    const auto at = [p](int i) { return char32_t(uchar(p[i])); };
    switch (length) {
    case 2:
        return (at(0) & 0x1F) << 6 | (at(1) & 0x3F);
    case 3:
        return (at(0) & 0x0F) << 12 | (at(1) & 0x3F) << 6 | (at(2) & 0x3F);
    default:
        return (at(0) & 0x07) << 18 | (at(1) & 0x3F) << 12 | (at(2) & 0x3F) << 6 | (at(3) & 0x3F);
    }
}

/// XML 1.0 (fifth edition) §2.3 NameStartChar, for non-ASCII characters.
constexpr bool isNonAsciiNameStart(char32_t c)
{
    return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF)
        || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D)
        || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
        || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

/// XML 1.0 (fifth edition) §2.3 NameChar, for non-ASCII characters.
constexpr bool isNonAsciiNameChar(char32_t c)
{
    return isNonAsciiNameStart(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

/// Decodes the reference at \a p ('&'), which the scanner has already checked. Returns the character and moves
/// \a p past the ';'.
char32_t decodeReference(const char *&p)
{
    ++p;
    char32_t c = 0;
    if (*p == '#') {
        ++p;
        const bool hex = *p == 'x';
        if (hex)
            ++p;
        for (; *p != ';'; ++p) {
            const char d = *p;
            const int digit = d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10;
            c = c * (hex ? 16 : 10) + char32_t(digit);
        }
    } else {
        switch (p[0]) {
        case 'l':
            c = '<';
            break;
        case 'g':
            c = '>';
            break;
        case 'q':
            c = '"';
            break;
        default:
            c = p[1] == 'm' ? '&' : '\'';
            break;
        }
        while (*p != ';')
            ++p;
    }
    ++p;
    return c;
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        const char bytes[] = { char(0xC0 | (c >> 6)), char(0x80 | (c & 0x3F)) };
        out.append(bytes, 2);
    } else if (c < 0x10000) {
        const char bytes[] = { char(0xE0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3F)), char(0x80 | (c & 0x3F)) };
        out.append(bytes, 3);
    } else {
        const char bytes[] = { char(0xF0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3F)), char(0x80 | ((c >> 6) & 0x3F)),
            char(0x80 | (c & 0x3F)) };
        out.append(bytes, 4);
    }
}

/// Equality of two short byte strings (names), inline: a call to memcmp costs more than comparing them.
bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    const char *x = a.data();
    const char *y = b.data();
    qsizetype n = a.size();
    for (; n >= 8; n -= 8, x += 8, y += 8) {
        quint64 u;
        quint64 v;
        std::memcpy(&u, x, 8);
        std::memcpy(&v, y, 8);
        if (u != v)
            return false;
    }
    for (; n > 0; --n) {
        if (*x++ != *y++)
            return false;
    }
    return true;
}

bool equalsIgnoringAsciiCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const char x = a[i] >= 'A' && a[i] <= 'Z' ? char(a[i] | 0x20) : a[i];
        const char y = b[i] >= 'A' && b[i] <= 'Z' ? char(b[i] | 0x20) : b[i];
        if (x != y)
            return false;
    }
    return true;
}

const char *find(const char *from, const char *end, std::string_view what)
{
    const std::string_view haystack(from, size_t(end - from));
    const size_t at = haystack.find(what);
    return at == std::string_view::npos ? nullptr : from + at;
}

constexpr const char *endsEarly = "the document ends early";
constexpr const char *invalidCharacter = "invalid UTF-8 or a character XML does not allow";

} // namespace

XmlScanner::XmlScanner(QByteArrayView document, int maxDepth)
    : m_begin(document.data())
    , m_end(document.data() + document.size())
    , m_p(m_begin)
    , m_documentStart(m_begin)
    , m_maxDepth(maxDepth)
{
    if (startsWith(m_p, "\xEF\xBB\xBF"))
        m_p += 3;
    m_documentStart = m_p;
    m_open.resize(size_t(std::max(maxDepth, 0)));
}

qint64 XmlScanner::lineNumber() const
{
    if (m_linesCountedTo == nullptr || m_linesCountedTo > m_p) {
        m_linesCountedTo = m_begin;
        m_linesCounted = 0;
    }
    m_linesCounted += std::count(m_linesCountedTo, m_p, '\n');
    m_linesCountedTo = m_p;
    return 1 + m_linesCounted;
}

XmlScanner::Token XmlScanner::fail(Error error, const char *detail)
{
    if (m_error == Error::None) {
        m_error = error;
        m_errorDetail = detail ? detail : "";
    }
    return Token::Invalid;
}

XmlScanner::Token XmlScanner::next()
{
    if (m_error != Error::None)
        return Token::Invalid;
    if (m_pendingEnd) {
        // The EndElement of a self-closing tag: the name is still the StartElement's.
        m_pendingEnd = false;
        if (--m_depth == 0)
            m_place = Place::Epilog;
        return Token::EndElement;
    }
    for (;;) {
        if (m_p == m_end) {
            if (m_place == Place::Epilog || m_place == Place::Done) {
                m_place = Place::Done;
                return Token::EndDocument;
            }
            return malformed(m_place == Place::Prolog ? "the document ends before its root element"
                                                      : "the document ends before its root element is closed");
        }
        if (*m_p != '<') {
            if (m_place == Place::Content)
                return text();
            const char *after = skipSpace(m_p);
            if (after == m_p) {
                return m_place == Place::Prolog ? malformed("text before the root element")
                                                : fail(Error::ContentAfterRoot);
            }
            m_p = after;
            continue;
        }
        if (m_end - m_p < 2)
            return malformed(endsEarly);
        switch (m_p[1]) {
        case '/':
            if (m_place != Place::Content) {
                return m_place == Place::Prolog ? malformed("an end tag before the root element")
                                                : fail(Error::ContentAfterRoot);
            }
            return endTag();
        case '?':
            if (!skipProcessingInstruction())
                return Token::Invalid;
            continue;
        case '!':
            if (startsWith(m_p, "<!--")) {
                if (!skipComment())
                    return Token::Invalid;
                continue;
            }
            if (startsWith(m_p, "<![CDATA[")) {
                if (m_place != Place::Content) {
                    return m_place == Place::Prolog ? malformed("a CDATA section before the root element")
                                                    : fail(Error::ContentAfterRoot);
                }
                return cdata();
            }
            if (startsWith(m_p, "<!DOCTYPE"))
                return fail(Error::DocumentType);
            return malformed("markup that is not a comment, CDATA section or element");
        default:
            if (m_place == Place::Epilog)
                return fail(Error::ContentAfterRoot);
            return startTag();
        }
    }
}

const char *XmlScanner::skipSpace(const char *p) const
{
    while (p < m_end && isSpace(*p))
        ++p;
    return p;
}

const char *XmlScanner::scanName(const char *p)
{
    m_lastColon = nullptr;
    int colons = 0;
    const char *begin = p;
    if (p == m_end) {
        malformed(endsEarly);
        return nullptr;
    }
    switch (nameStarts[*p]) {
    case NameAscii:
        ++p;
        break;
    case NameColon:
        m_lastColon = p++;
        ++colons;
        break;
    case NameNonAscii:
        if (const int n = xmlCharLength(p, m_end); n && isNonAsciiNameStart(decodeUtf8(p, n))) {
            p += n;
            break;
        }
        malformed("a name that does not start with a letter, '_' or ':'");
        return nullptr;
    default:
        malformed("a name that does not start with a letter, '_' or ':'");
        return nullptr;
    }
    for (;;) {
        while (p < m_end && nameChars[*p] == NameAscii) // the whole of nearly every name
            ++p;
        if (p == m_end)
            break;
        const quint8 cls = nameChars[*p];
        if (cls == NameColon) {
            m_lastColon = p++;
            ++colons;
        } else if (cls == NameNonAscii) {
            const int n = xmlCharLength(p, m_end);
            if (!n || !isNonAsciiNameChar(decodeUtf8(p, n))) {
                malformed(n ? "a character that names cannot hold" : invalidCharacter);
                return nullptr;
            }
            p += n;
        } else {
            break;
        }
    }
    // Namespaces in XML 1.0 §4: a name is NCName or NCName ':' NCName.
    if (colons > 1 || (colons == 1 && (m_lastColon == begin || m_lastColon == p - 1))) {
        malformed("a name with an empty prefix or local part, or more than one ':'");
        return nullptr;
    }
    return p;
}

const char *XmlScanner::scanReference(const char *p)
{
    const char *q = p + 1;
    if (q < m_end && *q == '#') {
        ++q;
        const bool hex = q < m_end && *q == 'x';
        if (hex)
            ++q;
        const char *digits = q;
        char32_t c = 0;
        for (; q < m_end && *q != ';'; ++q) {
            const char d = *q;
            int digit = -1;
            if (d >= '0' && d <= '9')
                digit = d - '0';
            else if (hex && (d | 0x20) >= 'a' && (d | 0x20) <= 'f')
                digit = (d | 0x20) - 'a' + 10;
            if (digit < 0) {
                malformed("a character reference with a character that is not a digit");
                return nullptr;
            }
            c = c * (hex ? 16 : 10) + char32_t(digit);
            if (c > 0x10FFFF) { // also keeps c from overflowing, however many digits follow
                malformed("a character reference beyond U+10FFFF");
                return nullptr;
            }
        }
        if (q == m_end) {
            malformed(endsEarly);
            return nullptr;
        }
        if (q == digits) {
            malformed("a character reference without digits");
            return nullptr;
        }
        if (!isXmlChar(c)) {
            malformed("a character reference to a character XML does not allow");
            return nullptr;
        }
        return q + 1;
    }
    // Only the predefined entities: there is no DTD to declare others.
    static constexpr std::string_view predefined[] = { "lt;", "gt;", "amp;", "quot;", "apos;" };
    for (const std::string_view entity : predefined) {
        if (startsWith(q, QByteArrayView(entity.data(), qsizetype(entity.size()))))
            return q + entity.size();
    }
    if (m_end - q < 5 && std::find(q, m_end, ';') == m_end) {
        malformed(endsEarly);
        return nullptr;
    }
    malformed("a reference to an undeclared entity (only &lt; &gt; &amp; &quot; &apos; exist)");
    return nullptr;
}

bool XmlScanner::checkChars(const char *p, const char *end)
{
    while (p < end) {
        const uchar c = uchar(*p);
        if (c < 0x80) {
            if (!isAsciiXmlChar(c)) {
                malformed(invalidCharacter);
                return false;
            }
            ++p;
        } else {
            const int n = xmlCharLength(p, end);
            if (!n) {
                malformed(invalidCharacter);
                return false;
            }
            p += n;
        }
    }
    return true;
}

XmlScanner::Token XmlScanner::startTag()
{
    const char *nameBegin = m_p + 1;
    const char *p = scanName(nameBegin);
    if (!p)
        return Token::Invalid;
    const QByteArrayView qualified(nameBegin, p - nameBegin);
    const QByteArrayView local = m_lastColon ? QByteArrayView(m_lastColon + 1, p) : qualified;
    int attributes = 0;
    bool selfClosing = false;
    for (;;) {
        const char *afterSpace = skipSpace(p);
        if (afterSpace == m_end)
            return malformed(endsEarly);
        if (*afterSpace == '>') {
            p = afterSpace + 1;
            break;
        }
        if (*afterSpace == '/') {
            if (afterSpace + 1 == m_end)
                return malformed(endsEarly);
            if (afterSpace[1] != '>')
                return malformed("'/' not followed by '>' in a tag");
            p = afterSpace + 2;
            selfClosing = true;
            break;
        }
        if (afterSpace == p)
            return malformed("no whitespace before an attribute");
        const char *attributeBegin = afterSpace;
        p = scanName(attributeBegin);
        if (!p)
            return Token::Invalid;
        const QByteArrayView attribute(attributeBegin, p - attributeBegin);
        // Bounded, so that the duplicate check stays linear in the document.
        if (attributes == maxAttributes)
            return malformed("an element with more than 32 attributes");
        for (int i = 0; i < attributes; ++i) {
            if (sameBytes(m_attributes[size_t(i)], attribute))
                return malformed("an attribute given twice");
        }
        m_attributes[size_t(attributes++)] = attribute;
        p = skipSpace(p);
        if (p == m_end)
            return malformed(endsEarly);
        if (*p != '=')
            return malformed("an attribute without '='");
        p = skipSpace(p + 1);
        if (p == m_end)
            return malformed(endsEarly);
        const char quote = *p;
        if (quote != '"' && quote != '\'')
            return malformed("an attribute value without quotes");
        ++p;
        for (;;) {
            if (p == m_end)
                return malformed(endsEarly);
            const uchar c = uchar(*p);
            if (c == uchar(quote)) {
                ++p;
                break;
            }
            if (c == '<')
                return malformed("'<' in an attribute value");
            if (c == '&') {
                p = scanReference(p);
                if (!p)
                    return Token::Invalid;
            } else if (c < 0x80) {
                if (!isAsciiXmlChar(c))
                    return malformed(invalidCharacter);
                ++p;
            } else {
                const int n = xmlCharLength(p, m_end);
                if (!n)
                    return malformed(invalidCharacter);
                p += n;
            }
        }
    }
    if (m_depth >= m_maxDepth)
        return fail(Error::TooDeep);
    m_open[size_t(m_depth++)] = qualified;
    m_place = Place::Content;
    m_name = qualified;
    m_localName = local;
    m_pendingEnd = selfClosing;
    m_p = p;
    return Token::StartElement;
}

XmlScanner::Token XmlScanner::endTag()
{
    const char *nameBegin = m_p + 2;
    const char *p = scanName(nameBegin);
    if (!p)
        return Token::Invalid;
    const QByteArrayView qualified(nameBegin, p - nameBegin);
    const QByteArrayView local = m_lastColon ? QByteArrayView(m_lastColon + 1, p) : qualified;
    p = skipSpace(p);
    if (p == m_end)
        return malformed(endsEarly);
    if (*p != '>')
        return malformed("an end tag with something other than whitespace after its name");
    if (!sameBytes(qualified, m_open[size_t(m_depth - 1)]))
        return malformed("an end tag that does not match the open element");
    m_name = qualified;
    m_localName = local;
    if (--m_depth == 0)
        m_place = Place::Epilog;
    m_p = p + 1;
    return Token::EndElement;
}

XmlScanner::Token XmlScanner::text()
{
    const char *p = m_p;
    bool decode = false;
    for (;;) {
        while (p < m_end && !textStops[*p])
            ++p;
        if (p == m_end)
            break; // the next call reports the truncation; this text is complete as far as it goes
        const uchar c = uchar(*p);
        if (c == '<')
            break;
        if (c == '&') {
            p = scanReference(p);
            if (!p)
                return Token::Invalid;
            decode = true;
        } else if (c == '\r') {
            decode = true;
            ++p;
        } else if (c == ']') {
            if (startsWith(p, "]]>"))
                return malformed("']]>' in text");
            ++p;
        } else if (c >= 0x80) {
            const int n = xmlCharLength(p, m_end);
            if (!n)
                return malformed(invalidCharacter);
            p += n;
        } else {
            return malformed(invalidCharacter);
        }
    }
    m_text = QByteArrayView(m_p, p - m_p);
    m_textNeedsDecoding = decode;
    m_textIsCdata = false;
    m_p = p;
    return Token::Text;
}

XmlScanner::Token XmlScanner::cdata()
{
    const char *begin = m_p + 9;
    const char *close = find(begin, m_end, "]]>");
    if (!close)
        return malformed(endsEarly);
    if (!checkChars(begin, close))
        return Token::Invalid;
    m_text = QByteArrayView(begin, close - begin);
    m_textNeedsDecoding = std::find(begin, close, '\r') != close;
    m_textIsCdata = true;
    m_p = close + 3;
    return Token::Text;
}

bool XmlScanner::skipComment()
{
    const char *begin = m_p + 4;
    const char *dashes = find(begin, m_end, "--");
    if (!dashes || dashes + 2 == m_end) {
        malformed(endsEarly);
        return false;
    }
    if (dashes[2] != '>') {
        malformed("'--' inside a comment");
        return false;
    }
    if (!checkChars(begin, dashes))
        return false;
    m_p = dashes + 3;
    return true;
}

bool XmlScanner::skipProcessingInstruction()
{
    const char *targetBegin = m_p + 2;
    const char *p = scanName(targetBegin);
    if (!p)
        return false;
    const QByteArrayView target(targetBegin, p - targetBegin);
    if (m_lastColon) { // Namespaces in XML 1.0 §7
        malformed("a processing instruction target with a ':'");
        return false;
    }
    if (equalsIgnoringAsciiCase(target, "xml")) {
        if (target == QByteArrayView("xml") && m_p == m_documentStart)
            return readXmlDeclaration(p);
        malformed("an XML declaration that is not at the start of the document");
        return false;
    }
    if (p == m_end) {
        malformed(endsEarly);
        return false;
    }
    if (!startsWith(p, "?>") && !isSpace(*p)) {
        malformed("a processing instruction's target followed by something other than whitespace");
        return false;
    }
    const char *close = find(p, m_end, "?>");
    if (!close) {
        malformed(endsEarly);
        return false;
    }
    if (!checkChars(p, close))
        return false;
    m_p = close + 2;
    return true;
}

bool XmlScanner::readXmlDeclaration(const char *p)
{
    // version="1.x" [encoding="..."] [standalone="yes|no"], in this order (XML 1.0 §2.8 XMLDecl).
    static constexpr std::string_view fields[] = { "version", "encoding", "standalone" };
    size_t nextField = 0;
    for (;;) {
        const char *afterSpace = skipSpace(p);
        if (afterSpace == m_end) {
            malformed(endsEarly);
            return false;
        }
        if (startsWith(afterSpace, "?>")) {
            if (nextField == 0) {
                malformed("an XML declaration without a version");
                return false;
            }
            m_p = afterSpace + 2;
            return true;
        }
        if (afterSpace == p) {
            malformed("no whitespace between the XML declaration's fields");
            return false;
        }
        p = afterSpace;
        size_t field = nextField;
        while (field < std::size(fields)
            && !startsWith(p, QByteArrayView(fields[field].data(), qsizetype(fields[field].size()))))
            ++field;
        if (field == std::size(fields) || (nextField == 0 && field != 0)) {
            malformed("an XML declaration with an unknown, repeated or misplaced field");
            return false;
        }
        p = skipSpace(p + fields[field].size());
        if (p == m_end || *p != '=') {
            malformed(p == m_end ? endsEarly : "an XML declaration field without '='");
            return false;
        }
        p = skipSpace(p + 1);
        if (p == m_end || (*p != '"' && *p != '\'')) {
            malformed(p == m_end ? endsEarly : "an XML declaration value without quotes");
            return false;
        }
        const char quote = *p;
        const char *valueEnd = std::find(p + 1, m_end, quote);
        if (valueEnd == m_end) {
            malformed(endsEarly);
            return false;
        }
        const QByteArrayView value(p + 1, valueEnd - p - 1);
        bool valid = false;
        if (field == 0) {
            valid = value.size() >= 3 && value.startsWith("1.")
                && std::all_of(value.begin() + 2, value.end(), [](char c) { return c >= '0' && c <= '9'; });
        } else if (field == 1) {
            // The scanner reads UTF-8 only; US-ASCII is a subset of it.
            valid = equalsIgnoringAsciiCase(value, "UTF-8") || equalsIgnoringAsciiCase(value, "UTF8")
                || equalsIgnoringAsciiCase(value, "US-ASCII");
        } else {
            valid = value == QByteArrayView("yes") || value == QByteArrayView("no");
        }
        if (!valid) {
            malformed(field == 1 ? "an encoding other than UTF-8" : "an invalid XML declaration value");
            return false;
        }
        nextField = field + 1;
        p = valueEnd + 1;
    }
}

void XmlScanner::appendText(QByteArray &out) const
{
    if (!m_textNeedsDecoding) {
        out.append(m_text);
        return;
    }
    const char *p = m_text.begin();
    const char *end = m_text.end();
    const char *run = p;
    while (p < end) {
        if (*p == '\r') {
            // XML 1.0 §2.11: CR LF and lone CR are LF. A CR from &#13; is kept: it is decoded, never seen here.
            out.append(run, p - run);
            out.append('\n');
            ++p;
            if (p < end && *p == '\n')
                ++p;
            run = p;
        } else if (*p == '&' && !m_textIsCdata) {
            out.append(run, p - run);
            appendUtf8(out, decodeReference(p));
            run = p;
        } else {
            ++p;
        }
    }
    out.append(run, p - run);
}
