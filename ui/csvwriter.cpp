// CsvWriter: RFC 4180 quoting, and the instance table's cells as CSV fields.
#include "ui/csvwriter.h"

#include "models/instancetablemodel.h"

#include <QCoreApplication>
#include <QDateTime>

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

QList<QStringList> CsvWriter::instanceRecords(const QAbstractItemModel &rows, const QList<int> &columns)
{
    const auto title = [&rows](int column) { return rows.headerData(column, Qt::Horizontal).toString(); };
    QList<QStringList> records;
    records.reserve(rows.rowCount() + 1);
    QStringList titles;
    for (const int c : columns) {
        if (c == InstanceTableModel::EngineColumn)
            titles << title(c) << QCoreApplication::translate("CsvWriter", "Engine version");
        else if (c == InstanceTableModel::StorageColumn)
            titles << QCoreApplication::translate("CsvWriter", "Storage (GiB)");
        else
            titles << title(c);
    }
    records.append(titles);
    for (int r = 0; r < rows.rowCount(); ++r) {
        QStringList cells;
        cells.reserve(titles.size());
        const bool database
            = rows.index(r, 0).data(InstanceTableModel::KindRole).toString() == resourceKindName(ResourceKind::Rds);
        for (const int c : columns) {
            const QModelIndex index = rows.index(r, c);
            switch (c) {
            case InstanceTableModel::LaunchTimeColumn: {
                const QDateTime t = index.data(InstanceTableModel::SortRole).toDateTime();
                cells.append(t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString());
                break;
            }
            case InstanceTableModel::EngineColumn:
                cells << index.data(InstanceTableModel::EngineRole).toString()
                      << index.data(InstanceTableModel::EngineVersionRole).toString();
                break;
            case InstanceTableModel::StorageColumn:
                cells.append(
                    database ? QString::number(index.data(InstanceTableModel::StorageGbRole).toInt()) : QString());
                break;
            default:
                cells.append(index.data().toString());
            }
        }
        records.append(cells);
    }
    return records;
}
