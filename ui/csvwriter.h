// CsvWriter: RFC 4180 CSV encoding of rows of text, and the instance table's rows as CSV records.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

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

    /// The records of the instance table \a rows (a model serving InstanceTableModel's columns and roles, e.g. the
    /// browser's filter proxy), every row in its order, over \a columns (InstanceTableModel columns, in the order
    /// wanted): a record of titles (headerData()), then one per row, both kinds alike (an EC2 instance's database
    /// fields and a database's EC2 fields are empty). A cell is the shown text, except: the launch time in ISO 8601
    /// UTC; Engine as two fields, "Engine" and "Engine version"; Storage as a number of GiB ("Storage (GiB)").
    static QList<QStringList> instanceRecords(const QAbstractItemModel &rows, const QList<int> &columns);
};
