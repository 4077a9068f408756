// CsvWriter: RFC 4180 CSV encoding of rows of text.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Encodes rows as RFC 4180 CSV in UTF-8: fields separated by commas, records by CRLF; a field containing a comma,
/// a double quote, CR or LF, or leading/trailing spaces is enclosed in double quotes, with each double quote
/// doubled. Values are written exactly (no spreadsheet-formula escaping), so the file round-trips.
class CsvWriter final
{
public:
    /// One field, quoted when needed.
    static QString field(const QString &value);
    /// One record, terminated by CRLF, as UTF-8.
    static QByteArray record(const QStringList &fields);
};
