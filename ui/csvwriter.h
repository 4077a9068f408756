// CsvWriter: RFC 4180 CSV encoding of rows of text.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Encodes rows as RFC 4180 CSV in UTF-8: fields separated by commas, records by CRLF; a field containing a comma,
/// a double quote, CR or LF, or leading/trailing spaces is enclosed in double quotes, with each double quote
/// doubled. A value that a spreadsheet would run as a formula (it starts with = + - @ TAB or CR, and isn't a lone
/// "-") is written with a leading apostrophe (CSV injection: tag values come from anyone who can tag instances).
class CsvWriter final
{
public:
    /// One field, quoted when needed.
    static QString field(const QString &rawValue);
    /// One record, terminated by CRLF, as UTF-8.
    static QByteArray record(const QStringList &fields);
};
