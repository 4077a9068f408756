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

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
