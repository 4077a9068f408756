// XmlScanner: a pull tokenizer over the raw UTF-8 bytes of the XML subset that AWS Query-protocol responses use.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <algorithm>
#include <array>
#include <vector>

/// Tokenizes a complete in-memory UTF-8 XML document without copying it: element names and text are views into
/// the document, and text is decoded (entities, character references, CR LF) only when asked to, into a buffer the
/// caller owns. It checks well-formedness for the subset AWS sends and refuses the rest, in time linear in the
/// document and memory bounded by maxDepth:
/// - an optional UTF-8 byte order mark and XML declaration (version 1.x, encoding UTF-8 or US-ASCII);
/// - elements with attributes in ' or " quotes (names checked, duplicates refused, values checked and ignored);
///   namespace prefixes are kept in qualifiedName() and dropped in name(); xmlns attributes are ordinary attributes;
/// - text, CDATA sections, comments and processing instructions (the last two are skipped);
/// - the five predefined entities and decimal/hexadecimal character references to XML characters; any other
///   reference, a document type declaration (so no entity declarations, no external entities), invalid UTF-8,
///   characters outside XML 1.0's Char production, mismatched or unclosed tags, content outside the root element,
///   and a truncated document are errors.
/// After the first error every call returns Token::Invalid. Nothing recurses on the input's depth.
class XmlScanner final
{
public:
    enum class Token : quint8 { StartElement, EndElement, Text, EndDocument, Invalid };
    enum class Error : quint8 {
        None,
        Malformed, ///< not well-formed, truncated, or outside the subset: errorDetail() says which
        TooDeep, ///< an element would be nested deeper than maxDepth
        DocumentType, ///< a <!DOCTYPE ...>, refused outright
        ContentAfterRoot, ///< anything but whitespace, comments and PIs after the root element
    };

    /// \a document must outlive the scanner and every view it hands out. \a maxDepth bounds the nesting (and the
    /// scanner's memory): opening element number maxDepth + 1 is Error::TooDeep.
    XmlScanner(QByteArrayView document, int maxDepth);

    /// Reads the next token. A self-closing <a/> gives StartElement then EndElement. Whitespace and text are Text
    /// tokens (one per run between markup; a CDATA section is its own token); comments and PIs give none.
    Token next();

    /// The current element's qualified name (StartElement, EndElement), e.g. "ec2:item".
    QByteArrayView qualifiedName() const { return m_name; }
    /// The current element's local name: the qualified name without its namespace prefix.
    QByteArrayView name() const { return m_localName; }
    /// Open elements, the current StartElement included and the current EndElement's already excluded.
    int depth() const { return m_depth; }

    /// The current Text token's bytes as they are in the document (for CDATA, the section's content).
    QByteArrayView rawText() const { return m_text; }
    /// True when rawText() is already the text's character data: no references to decode, no CR to normalise.
    bool textIsRaw() const { return !m_textNeedsDecoding; }
    /// Appends the current Text token's character data, as UTF-8, to \a out.
    void appendText(QByteArray &out) const;

    Error error() const { return m_error; }
    /// For Error::Malformed, what was wrong, in English (a technical detail, like a library's error string).
    const char *errorDetail() const { return m_errorDetail; }
    /// The 1-based line of the scanner's position (of the error, after one). Counts lines: meant for messages.
    qint64 lineNumber() const;

private:
    enum class Place : quint8 { Prolog, Content, Epilog, Done };

    Token fail(Error error, const char *detail = nullptr);
    Token malformed(const char *detail) { return fail(Error::Malformed, detail); }
    Token startTag();
    Token endTag();
    Token text();
    Token cdata();
    bool skipComment();
    bool skipProcessingInstruction();
    bool readXmlDeclaration(const char *nameEnd);
    const char *scanName(const char *p);
    const char *scanReference(const char *p);
    bool checkChars(const char *begin, const char *end);
    const char *skipSpace(const char *p) const;
    bool startsWith(const char *p, QByteArrayView s) const
    {
        return m_end - p >= s.size() && std::equal(s.begin(), s.end(), p);
    }

    static constexpr int maxAttributes = 32;

    const char *m_begin;
    const char *m_end;
    const char *m_p;
    const char *m_documentStart; ///< after a byte order mark
    // lineNumber() counts on from where it last counted, so asking once per element stays linear in the document.
    mutable const char *m_linesCountedTo = nullptr;
    mutable qint64 m_linesCounted = 0;
    int m_maxDepth;
    int m_depth = 0;
    Place m_place = Place::Prolog;
    bool m_pendingEnd = false; ///< a self-closing tag's EndElement is due
    bool m_textNeedsDecoding = false;
    bool m_textIsCdata = false;
    Error m_error = Error::None;
    const char *m_errorDetail = "";
    QByteArrayView m_name;
    QByteArrayView m_localName;
    QByteArrayView m_text;
    std::vector<QByteArrayView> m_open; ///< qualified names of the open elements, maxDepth slots, m_depth used
    const char *m_lastColon = nullptr; ///< in the name scanName() read last, or null
    std::array<QByteArrayView, maxAttributes> m_attributes;
};
