// CsvWriter: RFC 4180 quoting.
#include "ui/csvwriter.h"

QString CsvWriter::field(const QString &rawValue)
{
    // Tag values and names come from whoever can tag instances in the customer's account. A cell that starts
    // with = + - @ TAB or CR is a formula to Excel, LibreOffice and Sheets (CSV injection), so it gets a leading
    // apostrophe, which spreadsheets show as text. A lone "-" is left as it is.
    QString value = rawValue;
    if (value.size() > 1 && QStringView(u"=+-@\t\r").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) || value.startsWith(QLatin1Char(' '))
        || value.endsWith(QLatin1Char(' '));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray CsvWriter::record(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(fields.at(i));
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}
