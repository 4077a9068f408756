// Tests for AccountListModel: the Qt model contract, what each column and role shows, and the diff signals.
#include "models/accountlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Account makeAccount(int n, AccountStatus status = AccountStatus::Active)
{
    Account a;
    a.id = u"5f0c9a7e-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0'));
    a.owner = u"alice"_s;
    a.awsAccountId = u"%1"_s.arg(100000000000LL + n);
    a.friendlyName = u"Account %1"_s.arg(n);
    a.method = n % 2 ? AccountMethod::AccessKeys : AccountMethod::IamRole;
    a.region = u"us-east-1"_s;
    a.status = status;
    a.lastValidatedAt = QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);
    a.instanceCount = 10 * n;
    return a;
}

QStringList shownIds(const AccountListModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(AccountListModel::AccountIdRole).toString());
    return ids;
}

Account makeOrganization(int n, AccountStatus status = AccountStatus::Active)
{
    Account o = makeAccount(n, status);
    o.kind = AccountKind::Organization;
    o.method = AccountMethod::IamRole;
    o.awsAccountId.clear();
    o.awsOrganizationId = u"o-example%1"_s.arg(n);
    o.friendlyName = u"Org %1"_s.arg(n);
    o.lastError.clear();
    return o;
}

Account makeMember(int n, const Account &organization, AccountStatus status = AccountStatus::Active)
{
    Account m = makeAccount(n, status);
    m.method = AccountMethod::IamRole;
    m.organization = organization.id;
    return m;
}

/// The ids beneath top-level row \a row.
QStringList childIds(const AccountListModel &model, int row)
{
    QStringList ids;
    const QModelIndex parent = model.index(row, 0);
    for (int r = 0; r < model.rowCount(parent); ++r)
        ids.append(model.index(r, 0, parent).data(AccountListModel::AccountIdRole).toString());
    return ids;
}

QStringList idsOf(const QList<Account> &accounts)
{
    QStringList ids;
    for (const Account &a : accounts)
        ids.append(a.id);
    return ids;
}

} // namespace

class TestAccountListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstFillInsertsRowsWithoutAReset();
    void identicalAccountsEmitNothing();
    void changedCountEmitsJustThatCell();
    void changedStatusEmitsTheWholeRow();
    void changedLastErrorEmitsStatusThroughLastError();
    void goneAccountsAreRemovedInRunsHighestFirstAndNewOnesAppended();
    void persistentIndexSurvivesADiff();
    void upsertUpdatesInPlaceOrAppends();
    void removeDropsTheRowAndKeepsRowOfConsistent();
    void columnsShowTranslatedWords();
    void rolesCarryStatusIdAndErrorTooltip();

    void organizationWithMembersIsATwoLevelTree();
    void organizationRowSumsUpItsMembers();
    void memberStatusChangeUpdatesMemberAndOrganizationRows();
    void removedMemberIsRemovedBeneathItsOrganization();
    void membersMoveBeneathTheirOrganizationWhenItAppears();
    void disconnectedOrganizationKeepsItsMembersAndGoneOrganizationReleasesThem();
    void upsertAndRemoveWorkOnMembers();
    void databaseCountIsServedBesideTheInstanceCount();

private:
    AccountListModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestAccountListModel::init()
{
    m_model = new AccountListModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestAccountListModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestAccountListModel::firstFillInsertsRowsWithoutAReset()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    const QList<Account> accounts { makeAccount(1), makeAccount(2), makeAccount(3) };
    m_model->setAccounts(accounts);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(shownIds(*m_model), idsOf(accounts));
}

void TestAccountListModel::identicalAccountsEmitNothing()
{
    const QList<Account> accounts { makeAccount(1), makeAccount(2) };
    m_model->setAccounts(accounts);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setAccounts(accounts);
    QCOMPARE(inserted.size() + removed.size() + changed.size() + reset.size(), 0);
}

void TestAccountListModel::changedCountEmitsJustThatCell()
{
    QList<Account> accounts { makeAccount(1), makeAccount(2) };
    m_model->setAccounts(accounts);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    accounts[1].instanceCount = 2345;
    accounts[1].updatedAt = QDateTime::currentDateTimeUtc(); // not shown: no signal for it
    m_model->setAccounts(accounts);
    QCOMPARE(changed.size(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
    const QModelIndex bottomRight = changed.at(0).at(1).toModelIndex();
    QCOMPARE(topLeft, m_model->index(1, AccountListModel::InstanceCountColumn));
    QCOMPARE(bottomRight, m_model->index(1, AccountListModel::InstanceCountColumn));
    QCOMPARE(topLeft.data().toInt(), 2345);
    QCOMPARE(m_model->accountAt(1).updatedAt, accounts[1].updatedAt);
}

void TestAccountListModel::changedStatusEmitsTheWholeRow()
{
    QList<Account> accounts { makeAccount(1, AccountStatus::Connected) };
    m_model->setAccounts(accounts);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    accounts[0].status = AccountStatus::Active;
    m_model->setAccounts(accounts);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(0, AccountListModel::ColumnCount - 1));
}

void TestAccountListModel::changedLastErrorEmitsStatusThroughLastError()
{
    QList<Account> accounts { makeAccount(1) };
    m_model->setAccounts(accounts);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    accounts[0].lastError = u"AccessDenied: missing ec2:DescribeInstances"_s;
    m_model->upsert(accounts[0]);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(0, AccountListModel::StatusColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(0, AccountListModel::LastErrorColumn));
}

void TestAccountListModel::goneAccountsAreRemovedInRunsHighestFirstAndNewOnesAppended()
{
    m_model->setAccounts({ makeAccount(0), makeAccount(1), makeAccount(2), makeAccount(3), makeAccount(4) });
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    const QList<Account> next { makeAccount(7), makeAccount(0), makeAccount(3), makeAccount(8) };
    m_model->setAccounts(next);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.at(0).at(1).toInt(), 4); // account 4
    QCOMPARE(removed.at(0).at(2).toInt(), 4);
    QCOMPARE(removed.at(1).at(1).toInt(), 1); // accounts 1-2
    QCOMPARE(removed.at(1).at(2).toInt(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(reset.size(), 0);
    // Kept rows keep their order; new ones follow in the order given.
    QCOMPARE(shownIds(*m_model), idsOf({ makeAccount(0), makeAccount(3), makeAccount(7), makeAccount(8) }));
    QCOMPARE(m_model->rowOf(makeAccount(8).id), 3);
}

void TestAccountListModel::persistentIndexSurvivesADiff()
{
    m_model->setAccounts({ makeAccount(0), makeAccount(1), makeAccount(2) });
    const QPersistentModelIndex selected = m_model->index(2, AccountListModel::StatusColumn);
    Account changed = makeAccount(2, AccountStatus::Failed);
    m_model->setAccounts({ changed, makeAccount(5) });
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 0);
    QCOMPARE(selected.data(AccountListModel::AccountIdRole).toString(), changed.id);
    QCOMPARE(selected.data().toString(), AccountListModel::statusText(AccountStatus::Failed));
}

void TestAccountListModel::upsertUpdatesInPlaceOrAppends()
{
    m_model->setAccounts({ makeAccount(1) });
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    Account renamed = makeAccount(1);
    renamed.friendlyName = u"Production"_s;
    m_model->upsert(renamed);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(m_model->index(0, AccountListModel::FriendlyNameColumn).data().toString(), u"Production"_s);
    m_model->upsert(makeAccount(2));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->accountAt(1), makeAccount(2));
}

void TestAccountListModel::removeDropsTheRowAndKeepsRowOfConsistent()
{
    m_model->setAccounts({ makeAccount(1), makeAccount(2), makeAccount(3) });
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_model->remove(makeAccount(1).id));
    QVERIFY(!m_model->remove(makeAccount(1).id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowOf(makeAccount(1).id), -1);
    QCOMPARE(m_model->rowOf(makeAccount(2).id), 0);
    QCOMPARE(m_model->rowOf(makeAccount(3).id), 1);
}

void TestAccountListModel::columnsShowTranslatedWords()
{
    Account never = makeAccount(1, AccountStatus::Pending); // access keys
    never.lastValidatedAt = QDateTime();
    never.awsAccountId.clear();
    m_model->setAccounts({ makeAccount(2), never });
    const auto shown = [this](int row, int column) { return m_model->index(row, column).data(); };
    QCOMPARE(shown(0, AccountListModel::FriendlyNameColumn).toString(), u"Account 2"_s);
    QCOMPARE(shown(0, AccountListModel::AwsAccountIdColumn).toString(), u"100000000002"_s);
    QCOMPARE(shown(0, AccountListModel::MethodColumn).toString(), u"IAM role"_s);
    QCOMPARE(shown(1, AccountListModel::MethodColumn).toString(), u"Access keys"_s);
    QCOMPARE(shown(0, AccountListModel::StatusColumn).toString(), u"Active"_s);
    QCOMPARE(shown(1, AccountListModel::StatusColumn).toString(), u"Pending"_s);
    QCOMPARE(shown(0, AccountListModel::InstanceCountColumn).typeId(), int(QMetaType::Int));
    QCOMPARE(shown(0, AccountListModel::InstanceCountColumn).toInt(), 20);
    QVERIFY(!shown(0, AccountListModel::LastValidatedColumn).toString().isEmpty());
    QCOMPARE(shown(1, AccountListModel::LastValidatedColumn).toString(), u"Never"_s);
    QCOMPARE(m_model->headerData(AccountListModel::AwsAccountIdColumn, Qt::Horizontal).toString(), u"AWS account"_s);
}

void TestAccountListModel::rolesCarryStatusIdAndErrorTooltip()
{
    Account failed = makeAccount(1, AccountStatus::Failed);
    failed.lastError = u"AccessDenied: missing ec2:DescribeInstances"_s;
    m_model->setAccounts({ failed, makeAccount(2) });
    for (int column = 0; column < AccountListModel::ColumnCount; ++column) {
        const QModelIndex index = m_model->index(0, column);
        QCOMPARE(index.data(AccountListModel::StatusRole).toInt(), int(AccountStatus::Failed));
        QCOMPARE(index.data(AccountListModel::AccountIdRole).toString(), failed.id);
    }
    QCOMPARE(m_model->index(0, AccountListModel::StatusColumn).data(Qt::ToolTipRole).toString(), failed.lastError);
    QCOMPARE(m_model->index(0, AccountListModel::LastErrorColumn).data(Qt::ToolTipRole).toString(), failed.lastError);
    QVERIFY(!m_model->index(0, AccountListModel::FriendlyNameColumn).data(Qt::ToolTipRole).isValid());
    QVERIFY(!m_model->index(1, AccountListModel::StatusColumn).data(Qt::ToolTipRole).isValid());
}

void TestAccountListModel::organizationWithMembersIsATwoLevelTree()
{
    const Account org = makeOrganization(10);
    const QList<Account> members { makeMember(11, org), makeMember(12, org) };
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setAccounts({ makeAccount(1), org, members[0], members[1] });
    QCOMPARE(reset.size(), 0);
    QCOMPARE(shownIds(*m_model), idsOf({ makeAccount(1), org }));
    QCOMPARE(childIds(*m_model, 1), idsOf(members));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    QVERIFY(m_model->flags(m_model->index(0, 0)).testFlag(Qt::ItemNeverHasChildren));
    QVERIFY(!m_model->flags(m_model->index(1, 0)).testFlag(Qt::ItemNeverHasChildren));
    const QModelIndex member = m_model->indexOf(members[1].id, AccountListModel::StatusColumn);
    QCOMPARE(member.parent(), m_model->index(1, 0));
    QCOMPARE(member.row(), 1);
    QCOMPARE(m_model->accountAt(member), members[1]);
    QCOMPARE(m_model->rowOf(members[1].id), 1);
    QCOMPARE(member.data(AccountListModel::OrganizationRole).toString(), org.id);
    QCOMPARE(m_model->index(1, 0).data(AccountListModel::KindRole).toInt(), int(AccountKind::Organization));
    QCOMPARE(m_model->membersOf(org.id), members);
    QCOMPARE(idsOf(m_model->accounts()), idsOf({ makeAccount(1), org, members[0], members[1] }));
}

void TestAccountListModel::organizationRowSumsUpItsMembers()
{
    Account org = makeOrganization(10);
    const QList<Account> members { makeMember(11, org), makeMember(12, org, AccountStatus::Pending),
        makeMember(13, org, AccountStatus::Pending), makeMember(14, org, AccountStatus::Disconnected) };
    m_model->setAccounts({ org, members[0], members[1], members[2], members[3] });
    const auto shown = [this](int column) { return m_model->index(0, column).data(); };
    QCOMPARE(shown(AccountListModel::FriendlyNameColumn).toString(), u"Org 10 (3 accounts)"_s);
    QCOMPARE(shown(AccountListModel::AwsAccountIdColumn).toString(), u"o-example10"_s);
    QCOMPARE(shown(AccountListModel::MethodColumn).toString(), u"Organization"_s);
    QCOMPARE(shown(AccountListModel::StatusColumn).toString(), u"Active"_s);
    QCOMPARE(shown(AccountListModel::InstanceCountColumn).toInt(), 110 + 120 + 130); // the disconnected one not
    QCOMPARE(shown(AccountListModel::LastErrorColumn).toString(), u"2 accounts pending"_s);
    QCOMPARE(
        m_model->index(0, AccountListModel::StatusColumn).data(Qt::ToolTipRole).toString(), u"2 accounts pending"_s);

    // The organization's own problem (its management role) wins over its members'.
    org.status = AccountStatus::Failed;
    org.lastError = u"AccessDenied: organizations:ListAccounts"_s;
    m_model->upsert(org);
    QCOMPARE(shown(AccountListModel::LastErrorColumn).toString(), org.lastError);

    // A pending organization (nothing verified yet) is just its name.
    const Account fresh = makeOrganization(20, AccountStatus::Pending);
    m_model->upsert(fresh);
    QCOMPARE(m_model->index(1, AccountListModel::FriendlyNameColumn).data().toString(), u"Org 20"_s);
}

void TestAccountListModel::memberStatusChangeUpdatesMemberAndOrganizationRows()
{
    const Account org = makeOrganization(10);
    QList<Account> all { org, makeMember(11, org), makeMember(12, org, AccountStatus::Pending) };
    m_model->setAccounts(all);
    const QPersistentModelIndex member = m_model->indexOf(all[2].id);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
    all[2].status = AccountStatus::Active;
    all[2].instanceCount = 7;
    m_model->setAccounts(all);
    QCOMPARE(inserted.size() + removed.size() + moved.size(), 0);
    QCOMPARE(changed.size(), 2);
    // The member's whole row (its status), then the organization's instance total through its last error.
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(1, 0, m_model->index(0, 0)));
    QCOMPARE(
        changed.at(0).at(1).toModelIndex(), m_model->index(1, AccountListModel::ColumnCount - 1, m_model->index(0, 0)));
    QCOMPARE(changed.at(1).at(0).toModelIndex(), m_model->index(0, AccountListModel::StatusColumn));
    QCOMPARE(changed.at(1).at(1).toModelIndex(), m_model->index(0, AccountListModel::LastErrorColumn));
    QVERIFY(member.isValid());
    QCOMPARE(member.data(AccountListModel::StatusRole).toInt(), int(AccountStatus::Active));
    QCOMPARE(m_model->index(0, AccountListModel::LastErrorColumn).data().toString(), QString());
    QCOMPARE(m_model->index(0, AccountListModel::InstanceCountColumn).data().toInt(), 110 + 7);
}

void TestAccountListModel::removedMemberIsRemovedBeneathItsOrganization()
{
    const Account org = makeOrganization(10);
    const QList<Account> members { makeMember(11, org), makeMember(12, org), makeMember(13, org) };
    m_model->setAccounts({ org, members[0], members[1], members[2] });
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setAccounts({ org, members[0], members[2] });
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toModelIndex(), m_model->index(0, 0));
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(childIds(*m_model, 0), idsOf({ members[0], members[2] }));
    QCOMPARE(m_model->index(0, 0).data().toString(), u"Org 10 (2 accounts)"_s);
    QVERIFY(!changed.isEmpty()); // the organization's name and total
    QCOMPARE(m_model->find(members[1].id), nullptr);
}

void TestAccountListModel::membersMoveBeneathTheirOrganizationWhenItAppears()
{
    const Account org = makeOrganization(10);
    const Account early = makeMember(11, org);
    m_model->setAccounts({ makeAccount(1), early });
    QCOMPARE(shownIds(*m_model), idsOf({ makeAccount(1), early })); // its organization is not listed (yet)
    const QPersistentModelIndex kept = m_model->indexOf(early.id);
    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    const Account late = makeMember(12, org);
    m_model->setAccounts({ makeAccount(1), early, org, late });
    QCOMPARE(reset.size(), 0);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(inserted.size(), 2); // the organization, then its new member
    QCOMPARE(shownIds(*m_model), idsOf({ makeAccount(1), org }));
    QCOMPARE(childIds(*m_model, 1), idsOf({ early, late }));
    QVERIFY(kept.isValid());
    QCOMPARE(kept.parent(), m_model->index(1, 0));
    QCOMPARE(kept.data(AccountListModel::AccountIdRole).toString(), early.id);
}

void TestAccountListModel::disconnectedOrganizationKeepsItsMembersAndGoneOrganizationReleasesThem()
{
    Account org = makeOrganization(10);
    QList<Account> members { makeMember(11, org), makeMember(12, org) };
    m_model->setAccounts({ org, members[0], members[1] });
    // Disconnecting cascades: the organization and its members are disconnected, still listed (as history).
    org.status = AccountStatus::Disconnected;
    for (Account &m : members)
        m.status = AccountStatus::Disconnected;
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setAccounts({ org, members[0], members[1] });
    QCOMPARE(removed.size(), 0);
    QCOMPARE(m_model->index(0, 0).data(AccountListModel::StatusRole).toInt(), int(AccountStatus::Disconnected));
    QCOMPARE(m_model->index(0, AccountListModel::InstanceCountColumn).data().toInt(), 0);
    QCOMPARE(m_model->index(0, 0).data().toString(), u"Org 10 (0 accounts)"_s);
    QCOMPARE(childIds(*m_model, 0), idsOf(members));

    // A list without the organization record (e.g. history hidden) shows its members on their own.
    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
    m_model->setAccounts({ members[0], members[1] });
    QCOMPARE(moved.size(), 2);
    QCOMPARE(shownIds(*m_model), idsOf(members));
    m_model->setAccounts({});
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->accounts().isEmpty());
}

void TestAccountListModel::upsertAndRemoveWorkOnMembers()
{
    const Account org = makeOrganization(10);
    m_model->setAccounts({ org });
    const Account member = makeMember(11, org);
    m_model->upsert(member);
    QCOMPARE(childIds(*m_model, 0), idsOf({ member }));
    QVERIFY(m_model->remove(org.id));
    QCOMPARE(shownIds(*m_model), idsOf({ member })); // released to the top level
    QVERIFY(m_model->remove(member.id));
    QCOMPARE(m_model->rowCount(), 0);
}

void TestAccountListModel::databaseCountIsServedBesideTheInstanceCount()
{
    Account single = makeAccount(1);
    single.databaseCount = 3;
    const Account org = makeOrganization(10);
    QList<Account> all { single, org, makeMember(11, org), makeMember(12, org) };
    all[2].databaseCount = 2;
    m_model->setAccounts(all);
    const int role = AccountListModel::DatabaseCountRole;
    QCOMPARE(m_model->index(0, AccountListModel::InstanceCountColumn).data(role).toInt(), 3);
    QCOMPARE(m_model->index(0, AccountListModel::InstanceCountColumn).data().toInt(), 10); // still the EC2 count
    QVERIFY(!m_model->index(0, AccountListModel::FriendlyNameColumn).data(role).isValid());
    QCOMPARE(m_model->index(1, AccountListModel::InstanceCountColumn).data(role).toInt(), 2); // the members'

    // A changed database count is a change of the Instances cell, the member's and its organization's.
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    all[3].databaseCount = 5;
    m_model->setAccounts(all);
    QCOMPARE(changed.size(), 2);
    for (const QList<QVariant> &args : std::as_const(changed)) {
        QCOMPARE(args.at(0).toModelIndex().column(), int(AccountListModel::InstanceCountColumn));
        QCOMPARE(args.at(1).toModelIndex().column(), int(AccountListModel::InstanceCountColumn));
    }
    QCOMPARE(m_model->index(1, AccountListModel::InstanceCountColumn).data(role).toInt(), 7);
}

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
