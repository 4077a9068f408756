// AccountListModel: display of records (organizations above their members) and the diffs that keep the tree in step
// with the registry.
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

constexpr quint32 allColumns = ~quint32(0) >> (32 - AccountListModel::ColumnCount);

} // namespace

AccountListModel::AccountListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

AccountListModel::~AccountListModel() = default;

QModelIndex AccountListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_top.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.column() != 0 || parent.internalPointer() != nullptr || parent.row() >= int(m_top.size()))
        return {}; // members have no children: the tree is two levels deep
    Node *organization = m_top[size_t(parent.row())].get();
    if (row >= int(organization->children.size()))
        return {};
    return createIndex(row, column, organization);
}

QModelIndex AccountListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalPointer() == nullptr)
        return {};
    return indexOfNode(static_cast<const Node *>(child.internalPointer()));
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0 || parent.internalPointer() != nullptr)
        return 0;
    return int(m_top[size_t(parent.row())]->children.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool AccountListModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
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

AccountListModel::Summary AccountListModel::summarize(const Node &organization)
{
    Summary s;
    int pending = 0;
    int failed = 0;
    for (const auto &child : organization.children) {
        const Account &m = child->account;
        if (!m.isLive())
            continue;
        ++s.members;
        s.instances += m.instanceCount;
        s.databases += m.databaseCount;
        if (m.status == AccountStatus::Pending)
            ++pending;
        else if (m.status == AccountStatus::Failed)
            ++failed;
    }
    QStringList parts;
    if (pending > 0)
        parts << (pending == 1 ? tr("1 account pending") : tr("%1 accounts pending").arg(pending));
    if (failed > 0)
        parts << (failed == 1 ? tr("1 account failed") : tr("%1 accounts failed").arg(failed));
    s.problems = parts.join(QStringLiteral(", "));
    return s;
}

QString AccountListModel::lastErrorText(const Node &node) const
{
    const Account &a = node.account;
    if (!a.isOrganization() || node.children.empty())
        return a.lastError;
    // The organization's own problem (its management role, its listing) comes first; otherwise what the members
    // show now, which is fresher than the summary stored at the end of the last sync.
    if (a.status == AccountStatus::Pending || a.status == AccountStatus::Failed)
        return a.lastError;
    const QString problems = summarize(node).problems;
    return problems.isEmpty() ? a.lastError : problems;
}

QVariant AccountListModel::display(const Node &node, int column) const
{
    const Account &a = node.account;
    if (a.isOrganization()) {
        switch (column) {
        case FriendlyNameColumn: {
            const QString name = !a.friendlyName.isEmpty() ? a.friendlyName
                : !a.awsOrganizationId.isEmpty()           ? a.awsOrganizationId
                                                           : tr("New organization");
            if (node.children.empty() && a.status == AccountStatus::Pending)
                return name;
            const int members = summarize(node).members;
            return members == 1 ? tr("%1 (1 account)").arg(name) : tr("%1 (%2 accounts)").arg(name).arg(members);
        }
        case AwsAccountIdColumn:
            return a.awsOrganizationId;
        case MethodColumn:
            return tr("Organization");
        case InstanceCountColumn:
            return node.children.empty() ? a.instanceCount : summarize(node).instances;
        case LastErrorColumn:
            return lastErrorText(node);
        default:
            break;
        }
    }
    switch (column) {
    case FriendlyNameColumn:
        return a.friendlyName;
    case AwsAccountIdColumn:
        return a.awsAccountId;
    case MethodColumn:
        return methodText(a.method);
    case StatusColumn:
        return statusText(a.status);
    case InstanceCountColumn:
        return a.instanceCount;
    case LastValidatedColumn:
        return a.lastValidatedAt.isValid() ? QLocale().toString(a.lastValidatedAt.toLocalTime(), QLocale::ShortFormat)
                                           : tr("Never");
    case LastErrorColumn:
        return a.lastError;
    default:
        return {};
    }
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *parentNode = static_cast<const Node *>(index.internalPointer());
    const Node &node = *siblings(parentNode)[size_t(index.row())];
    const Account &account = node.account;
    switch (role) {
    case Qt::DisplayRole:
        return display(node, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn || index.column() == LastErrorColumn) {
            const QString error = lastErrorText(node);
            if (!error.isEmpty())
                return error;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == InstanceCountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case StatusRole:
        return int(account.status);
    case AccountIdRole:
        return account.id;
    case KindRole:
        return int(account.kind);
    case OrganizationRole:
        return account.organization;
    case DatabaseCountRole:
        if (index.column() != InstanceCountColumn)
            return {};
        return account.isOrganization() && !node.children.empty() ? summarize(node).databases : account.databaseCount;
    default:
        return {};
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    return tr(kColumnTitles[section]);
}

Qt::ItemFlags AccountListModel::flags(const QModelIndex &index) const
{
    // The root (invalid index) must not claim item flags: QAbstractItemModelTester checks that.
    if (!index.isValid())
        return QAbstractItemModel::flags(index);
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.internalPointer() != nullptr || !m_top[size_t(index.row())]->account.isOrganization())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(StatusRole, "status");
    names.insert(AccountIdRole, "accountId");
    names.insert(KindRole, "kind");
    names.insert(OrganizationRole, "organization");
    return names;
}

int AccountListModel::rowOfNode(const Node *node) const
{
    const Nodes &list = siblings(node->parent);
    const auto it = std::find_if(list.cbegin(), list.cend(), [node](const auto &n) { return n.get() == node; });
    return it == list.cend() ? -1 : int(it - list.cbegin());
}

QModelIndex AccountListModel::indexOfNode(const Node *node, int column) const
{
    if (!node)
        return {};
    const int row = rowOfNode(node);
    return row < 0 ? QModelIndex() : createIndex(row, column, node->parent);
}

quint32 AccountListModel::changedColumns(const Account &a, const Account &b)
{
    quint32 mask = 0;
    if (a.friendlyName != b.friendlyName)
        mask |= bit(FriendlyNameColumn);
    if (a.awsAccountId != b.awsAccountId || a.awsOrganizationId != b.awsOrganizationId)
        mask |= bit(AwsAccountIdColumn);
    if (a.method != b.method || a.kind != b.kind)
        mask |= bit(MethodColumn);
    // StatusRole is served on every column (views colour whole rows by it), so a new status is every cell.
    if (a.status != b.status)
        mask |= allColumns;
    if (a.instanceCount != b.instanceCount || a.databaseCount != b.databaseCount)
        mask |= bit(InstanceCountColumn);
    if (a.lastValidatedAt != b.lastValidatedAt)
        mask |= bit(LastValidatedColumn);
    // The tooltip of the Status column shows the last error too.
    if (a.lastError != b.lastError)
        mask |= bit(StatusColumn) | bit(LastErrorColumn);
    if (a.organization != b.organization)
        mask |= allColumns; // OrganizationRole, on every column
    return mask;
}

void AccountListModel::emitChanged(const Node *node, quint32 mask)
{
    if (mask == 0)
        return;
    const QModelIndex first = indexOfNode(node, std::countr_zero(mask));
    if (first.isValid())
        Q_EMIT dataChanged(first, first.siblingAtColumn(std::bit_width(mask) - 1));
}

void AccountListModel::updateNode(Node *node, const Account &account)
{
    const quint32 mask = changedColumns(node->account, account);
    // Fields no column shows (owner, role ARN, timestamps...) are still kept current for accountAt().
    node->account = account;
    emitChanged(node, mask);
}

void AccountListModel::removeRuns(Node *parent, const QSet<QString> &keep)
{
    Nodes &list = siblings(parent);
    // Highest run first, so the rows of the runs still to announce keep their numbers.
    for (int last = int(list.size()) - 1; last >= 0;) {
        if (keep.contains(list[size_t(last)]->account.id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !keep.contains(list[size_t(first - 1)]->account.id))
            --first;
        beginRemoveRows(indexOfNode(parent), first, last);
        for (int row = first; row <= last; ++row) {
            const Node &gone = *list[size_t(row)];
            m_nodes.remove(gone.account.id);
            for (const auto &child : gone.children)
                m_nodes.remove(child->account.id);
        }
        list.erase(list.begin() + first, list.begin() + last + 1);
        endRemoveRows();
        last = first - 1;
    }
}

void AccountListModel::moveNode(Node *node, Node *newParent)
{
    Node *oldParent = node->parent;
    if (oldParent == newParent)
        return;
    const int from = rowOfNode(node);
    Nodes &target = siblings(newParent);
    const int to = int(target.size());
    if (!beginMoveRows(indexOfNode(oldParent), from, from, indexOfNode(newParent), to))
        return;
    Nodes &source = siblings(oldParent);
    std::unique_ptr<Node> taken = std::move(source[size_t(from)]);
    source.erase(source.begin() + from);
    taken->parent = newParent;
    siblings(newParent).push_back(std::move(taken));
    endMoveRows();
}

AccountListModel::Node *AccountListModel::organizationNode(const QString &organizationId) const
{
    Node *node = organizationId.isEmpty() ? nullptr : m_nodes.value(organizationId);
    return node && node->account.isOrganization() && !node->parent ? node : nullptr;
}

AccountListModel::Node *AccountListModel::desiredParent(const Account &account) const
{
    if (account.isOrganization())
        return nullptr;
    return organizationNode(account.organization);
}

void AccountListModel::setAccounts(const QList<Account> &accounts)
{
    // The first of duplicate ids counts.
    QList<const Account *> given;
    QSet<QString> listed;
    given.reserve(accounts.size());
    listed.reserve(accounts.size());
    QSet<QString> organizations;
    for (const Account &a : accounts) {
        if (listed.contains(a.id))
            continue;
        listed.insert(a.id);
        given.append(&a);
        if (a.isOrganization())
            organizations.insert(a.id);
    }
    const auto wantedOrganization = [&organizations](const Account &a) {
        return !a.isOrganization() && organizations.contains(a.organization) ? a.organization : QString();
    };
    QHash<QString, const Account *> byId;
    byId.reserve(given.size());
    for (const Account *a : std::as_const(given))
        byId.insert(a->id, a);

    QHash<const Node *, Summary> before;
    for (const auto &top : m_top) {
        if (top->account.isOrganization())
            before.insert(top.get(), summarize(*top));
    }

    // 1. Members no longer listed.
    for (const auto &top : m_top)
        removeRuns(top.get(), listed);
    // 2. Members whose organization changed (or is gone) go to the top level first.
    for (size_t t = 0; t < m_top.size(); ++t) {
        Node *organization = m_top[t].get();
        for (size_t row = 0; row < organization->children.size();) {
            Node *member = organization->children[row].get();
            if (wantedOrganization(*byId.value(member->account.id)) != organization->account.id)
                moveNode(member, nullptr); // the next member took this row
            else
                ++row;
        }
    }
    // 3. Top-level records no longer listed (their listed members moved out in 2).
    removeRuns(nullptr, listed);
    // 4. Records shown already: their changed cells.
    for (const Account *a : std::as_const(given)) {
        if (Node *node = m_nodes.value(a->id))
            updateNode(node, *a);
    }
    // 5. New top-level records, organizations included, in the order given.
    QList<const Account *> newTop;
    QHash<QString, QList<const Account *>> newMembers;
    QStringList newMemberOrder;
    for (const Account *a : std::as_const(given)) {
        if (m_nodes.contains(a->id))
            continue;
        const QString organization = wantedOrganization(*a);
        if (organization.isEmpty()) {
            newTop.append(a);
        } else {
            if (!newMembers.contains(organization))
                newMemberOrder.append(organization);
            newMembers[organization].append(a);
        }
    }
    if (!newTop.isEmpty()) {
        const int first = int(m_top.size());
        beginInsertRows({}, first, first + int(newTop.size()) - 1);
        for (const Account *a : std::as_const(newTop)) {
            auto node = std::make_unique<Node>();
            node->account = *a;
            m_nodes.insert(a->id, node.get());
            m_top.push_back(std::move(node));
        }
        endInsertRows();
    }
    // 6. Top-level members whose organization is now shown move beneath it.
    for (int row = 0; row < int(m_top.size());) {
        Node *node = m_top[size_t(row)].get();
        Node *organization = organizationNode(wantedOrganization(node->account));
        if (organization) {
            moveNode(node, organization);
            continue; // the next record took this row
        }
        ++row;
    }
    // 7. New members, one insertion per organization.
    for (const QString &organizationId : std::as_const(newMemberOrder)) {
        Node *organization = organizationNode(organizationId);
        const QList<const Account *> &members = newMembers[organizationId];
        const int first = int(organization->children.size());
        beginInsertRows(indexOfNode(organization), first, first + int(members.size()) - 1);
        for (const Account *a : members) {
            auto node = std::make_unique<Node>();
            node->account = *a;
            node->parent = organization;
            m_nodes.insert(a->id, node.get());
            organization->children.push_back(std::move(node));
        }
        endInsertRows();
    }
    // 8. What organizations sum up about their members.
    for (const auto &top : m_top) {
        const auto it = before.constFind(top.get());
        if (it == before.cend())
            continue;
        const Summary now = summarize(*top);
        quint32 mask = 0;
        if (now.members != it->members)
            mask |= bit(FriendlyNameColumn);
        if (now.instances != it->instances || now.databases != it->databases)
            mask |= bit(InstanceCountColumn);
        if (now.problems != it->problems)
            mask |= bit(StatusColumn) | bit(LastErrorColumn);
        emitChanged(top.get(), mask);
    }
}

void AccountListModel::upsert(const Account &account)
{
    QList<Account> all = accounts();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Account &a) { return a.id == account.id; });
    if (it != all.end())
        *it = account;
    else
        all.append(account);
    setAccounts(all);
}

bool AccountListModel::remove(const QString &id)
{
    if (!m_nodes.contains(id))
        return false;
    QList<Account> all = accounts();
    all.removeIf([&id](const Account &a) { return a.id == id; });
    setAccounts(all);
    return true;
}

const Account &AccountListModel::accountAt(int row) const
{
    return m_top.at(size_t(row))->account;
}

const Account &AccountListModel::accountAt(const QModelIndex &index) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    return siblings(static_cast<const Node *>(index.internalPointer()))[size_t(index.row())]->account;
}

const Account *AccountListModel::find(const QString &id) const
{
    const Node *node = m_nodes.value(id);
    return node ? &node->account : nullptr;
}

QList<Account> AccountListModel::accounts() const
{
    QList<Account> out;
    out.reserve(m_nodes.size());
    for (const auto &top : m_top) {
        out.append(top->account);
        for (const auto &child : top->children)
            out.append(child->account);
    }
    return out;
}

QList<Account> AccountListModel::membersOf(const QString &organizationId) const
{
    QList<Account> out;
    if (const Node *organization = organizationNode(organizationId)) {
        for (const auto &child : organization->children)
            out.append(child->account);
    }
    return out;
}

int AccountListModel::rowOf(const QString &id) const
{
    const Node *node = m_nodes.value(id);
    return node ? rowOfNode(node) : -1;
}

QModelIndex AccountListModel::indexOf(const QString &id, int column) const
{
    return indexOfNode(m_nodes.value(id), column);
}
