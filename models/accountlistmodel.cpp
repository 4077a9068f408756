// AccountListModel: display of accounts and the diffs that keep the table in step with the registry.
#include "models/accountlistmodel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <bit>

namespace {

constexpr const char *kColumnTitles[] = {
    QT_TRANSLATE_NOOP("AccountListModel", "Name"),
    QT_TRANSLATE_NOOP("AccountListModel", "AWS account"),
    QT_TRANSLATE_NOOP("AccountListModel", "Method"),
    QT_TRANSLATE_NOOP("AccountListModel", "Status"),
    QT_TRANSLATE_NOOP("AccountListModel", "Instances"),
    QT_TRANSLATE_NOOP("AccountListModel", "Last validated"),
    QT_TRANSLATE_NOOP("AccountListModel", "Last error"),
};
static_assert(std::size(kColumnTitles) == AccountListModel::ColumnCount);

constexpr quint32 bit(AccountListModel::Column column)
{
    return quint32(1) << column;
}

} // namespace

AccountListModel::AccountListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

AccountListModel::~AccountListModel() = default;

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountListModel::statusText(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Pending:
        return tr("Pending");
    case AccountStatus::Connected:
        return tr("Connected");
    case AccountStatus::Active:
        return tr("Active");
    case AccountStatus::Failed:
        return tr("Failed");
    case AccountStatus::Disconnected:
        return tr("Disconnected");
    }
    return QString();
}

QString AccountListModel::methodText(AccountMethod method)
{
    switch (method) {
    case AccountMethod::IamRole:
        return tr("IAM role");
    case AccountMethod::AccessKeys:
        return tr("Access keys");
    }
    return QString();
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FriendlyNameColumn:
            return account.friendlyName;
        case AwsAccountIdColumn:
            return account.awsAccountId;
        case MethodColumn:
            return methodText(account.method);
        case StatusColumn:
            return statusText(account.status);
        case InstanceCountColumn:
            return account.instanceCount;
        case LastValidatedColumn:
            return account.lastValidatedAt.isValid()
                ? QLocale().toString(account.lastValidatedAt.toLocalTime(), QLocale::ShortFormat)
                : tr("Never");
        case LastErrorColumn:
            return account.lastError;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if ((index.column() == StatusColumn || index.column() == LastErrorColumn) && !account.lastError.isEmpty())
            return account.lastError;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == InstanceCountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case StatusRole:
        return int(account.status);
    case AccountIdRole:
        return account.id;
    default:
        return {};
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return tr(kColumnTitles[section]);
}

Qt::ItemFlags AccountListModel::flags(const QModelIndex &index) const
{
    // The root (invalid index) must not claim item flags: QAbstractItemModelTester checks that.
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return QAbstractTableModel::flags(index) | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StatusRole, "status");
    names.insert(AccountIdRole, "accountId");
    return names;
}

quint32 AccountListModel::changedColumns(const Account &a, const Account &b)
{
    quint32 mask = 0;
    if (a.friendlyName != b.friendlyName)
        mask |= bit(FriendlyNameColumn);
    if (a.awsAccountId != b.awsAccountId)
        mask |= bit(AwsAccountIdColumn);
    if (a.method != b.method)
        mask |= bit(MethodColumn);
    // StatusRole is served on every column (views colour whole rows by it), so a new status is every cell.
    if (a.status != b.status)
        mask |= ~quint32(0) >> (32 - ColumnCount);
    if (a.instanceCount != b.instanceCount)
        mask |= bit(InstanceCountColumn);
    if (a.lastValidatedAt != b.lastValidatedAt)
        mask |= bit(LastValidatedColumn);
    // The tooltip of the Status column shows the last error too.
    if (a.lastError != b.lastError)
        mask |= bit(StatusColumn) | bit(LastErrorColumn);
    return mask;
}

void AccountListModel::updateRow(int row, const Account &account)
{
    const quint32 mask = changedColumns(m_accounts.at(row), account);
    // Fields no column shows (owner, role ARN, timestamps...) are still kept current for accountAt().
    m_accounts[row] = account;
    if (mask != 0)
        Q_EMIT dataChanged(index(row, std::countr_zero(mask)), index(row, std::bit_width(mask) - 1));
}

void AccountListModel::appendRows(const QList<Account> &accounts)
{
    if (accounts.isEmpty())
        return;
    const int first = int(m_accounts.size());
    beginInsertRows({}, first, first + int(accounts.size()) - 1);
    for (const Account &account : accounts) {
        m_rowOfId.insert(account.id, int(m_accounts.size()));
        m_accounts.append(account);
    }
    endInsertRows();
}

void AccountListModel::setAccounts(const QList<Account> &accounts)
{
    QSet<QString> listed;
    listed.reserve(accounts.size());
    for (const Account &account : accounts)
        listed.insert(account.id);

    // Gone rows first, highest run first, so the rows of the runs still to announce keep their numbers.
    for (int last = int(m_accounts.size()) - 1; last >= 0;) {
        if (listed.contains(m_accounts.at(last).id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !listed.contains(m_accounts.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, last);
        m_accounts.remove(first, last - first + 1);
        rebuildIndex();
        endRemoveRows();
        last = first - 1;
    }

    QList<Account> added;
    for (const Account &account : accounts) {
        if (const int row = rowOf(account.id); row >= 0)
            updateRow(row, account);
        else if (std::none_of(added.cbegin(), added.cend(), [&](const Account &a) { return a.id == account.id; }))
            added.append(account);
    }
    appendRows(added);
}

void AccountListModel::upsert(const Account &account)
{
    if (const int row = rowOf(account.id); row >= 0)
        updateRow(row, account);
    else
        appendRows({ account });
}

bool AccountListModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_accounts.removeAt(row);
    rebuildIndex();
    endRemoveRows();
    return true;
}

const Account &AccountListModel::accountAt(int row) const
{
    return m_accounts.at(row);
}

int AccountListModel::rowOf(const QString &id) const
{
    return m_rowOfId.value(id, -1);
}

void AccountListModel::rebuildIndex()
{
    m_rowOfId.clear();
    for (int row = 0; row < m_accounts.size(); ++row)
        m_rowOfId.insert(m_accounts.at(row).id, row);
}
