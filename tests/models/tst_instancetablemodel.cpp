// Tests for InstanceTableModel: the Qt model contract, and the exact signals of every kind of diff.
#include "models/instancefilterproxy.h"
#include "models/instancetablemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString accountA = u"0b6c2f6e-1111-4a57-9d3e-5a1d2c3b4a01"_s;
const QString accountB = u"0b6c2f6e-2222-4a57-9d3e-5a1d2c3b4a02"_s;

QString instanceId(int n)
{
    return u"i-%1"_s.arg(n, 17, 16, QChar(u'0'));
}

StoredInstance makeInstance(int n, const QString &account = accountA)
{
    StoredInstance s;
    s.accountId = account;
    s.instanceId = instanceId(n);
    s.region = n % 2 ? u"eu-west-1"_s : u"us-east-1"_s;
    s.availabilityZone = s.region + u'a';
    s.state = u"running"_s;
    s.instanceType = u"m5.large"_s;
    s.lifecycle = n % 3 ? u"on-demand"_s : u"spot"_s;
    s.privateIp = u"10.0.%1.%2"_s.arg(n / 250).arg(n % 250);
    s.publicIp = n % 4 ? QString() : u"54.1.%1.%2"_s.arg(n / 250).arg(n % 250);
    s.launchTime = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(n) * 60);
    s.name = u"Web-%1"_s.arg(n);
    s.cluster = u"prod-eks"_s;
    s.tags = { { u"Name"_s, s.name }, { u"eks:cluster-name"_s, u"prod-eks"_s }, { u"Team"_s, u"Payments"_s } };
    s.firstSeen = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    s.lastSeen = s.firstSeen;
    return s;
}

/// Database \a n of \a account: keyed by its resourceId "db-N…", named "orders-N".
StoredInstance makeDatabase(int n, const QString &account = accountA)
{
    StoredInstance d;
    d.kind = ResourceKind::Rds;
    d.accountId = account;
    d.resourceId = u"db-%1"_s.arg(n, 26, 10, QChar(u'0'));
    d.instanceId = u"orders-%1"_s.arg(n);
    d.name = d.instanceId;
    d.region = u"eu-west-3"_s;
    d.availabilityZone = u"eu-west-3b"_s;
    d.state = u"available"_s;
    d.instanceType = u"db.r6g.large"_s;
    d.engine = u"postgres"_s;
    d.engineVersion = u"15.4"_s;
    d.multiAz = n % 2 == 1;
    d.storageGb = 100 * (n + 1);
    d.cluster = n % 3 ? QString() : u"orders-cluster"_s;
    d.launchTime = QDateTime(QDate(2023, 3, 1), QTime(8, 0), Qt::UTC).addDays(n);
    d.tags = { { u"team"_s, u"Billing"_s } };
    d.firstSeen = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    d.lastSeen = d.firstSeen;
    return d;
}

QList<StoredInstance> makeInstances(int first, int count, const QString &account = accountA)
{
    QList<StoredInstance> list;
    for (int n = first; n < first + count; ++n)
        list.append(makeInstance(n, account));
    return list;
}

/// The ids shown, top to bottom, read through data() as a view would.
QStringList shownIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, InstanceTableModel::InstanceIdColumn).data().toString());
    return ids;
}

/// Records every structural signal, so a test can assert that exactly the expected ones fired.
struct Spies
{
    explicit Spies(InstanceTableModel &model)
        : inserted(&model, &QAbstractItemModel::rowsInserted)
        , removed(&model, &QAbstractItemModel::rowsRemoved)
        , changed(&model, &QAbstractItemModel::dataChanged)
        , reset(&model, &QAbstractItemModel::modelReset)
        , layout(&model, &QAbstractItemModel::layoutChanged)
    {
    }
    void clear()
    {
        inserted.clear();
        removed.clear();
        changed.clear();
        reset.clear();
        layout.clear();
    }
    /// (first row, last row, first column, last column) of every dataChanged, in emission order.
    QList<QList<int>> changedRanges() const
    {
        QList<QList<int>> ranges;
        for (const QList<QVariant> &args : changed) {
            const auto tl = args.at(0).toModelIndex();
            const auto br = args.at(1).toModelIndex();
            ranges.append({ tl.row(), br.row(), tl.column(), br.column() });
        }
        return ranges;
    }
    /// (first, last) of every rowsRemoved, in emission order.
    QList<QList<int>> removedRanges() const
    {
        QList<QList<int>> ranges;
        for (const QList<QVariant> &args : removed)
            ranges.append({ args.at(1).toInt(), args.at(2).toInt() });
        return ranges;
    }

    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
    QSignalSpy reset;
    QSignalSpy layout;
};

} // namespace

class TestInstanceTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void passesTheModelTesterThroughEveryKindOfDiff();
    void applyPageAppendsNewInstancesWithOneInsert();
    void applyPageOfUnchangedInstancesEmitsNothing();
    void refreshWithOnePercentChangedEmitsDataChangedForJustThoseRows();
    void contiguousChangedRowsAreCoalescedIntoOneSignal();
    void changedCellsAreJustTheColumnsThatChanged_data();
    void changedCellsAreJustTheColumnsThatChanged();
    void emptyIncomingHealthKeepsTheStoredHealth();
    void firstSeenIsKeptAndLastSeenMovesSilently();
    void markSeenMovesLastSeenOfJustThoseRowsSilently();
    void pageListingAnInstanceTwiceKeepsTheLastOne();
    void removeInstancesEmitsOneRemovalPerRunHighestFirst();
    void rowsReadDuringRemovalSignalsAreTheAnnouncedState();
    void replaceAccountUpsertsAndRemovesMissingAsADiff();
    void persistentIndexesAndSelectionSurviveARefresh();
    void setHealthChangesOnlyTheHealthColumn();
    void clearAccountRemovesOnlyThatAccount();
    void accountLabelReplacesTheAccountIdInTheAccountColumn();
    void countsByStateCountsEveryRow();
    void rowOfFindsRowsAfterRemovalsShiftThem();
    void instanceAtGivesBackTheStoredInstance();
    void rolesServeTheRowOnEveryColumn();
    void searchTextIsTheLowerCasedHaystackOfIdNameIpsAndTags();
    void sortRoleIsTypedPerColumn();
    void internedStringsAreReleasedWithTheirLastRow();
    void internedStringsStayFindableAfterScatteredReleases();
    void refreshInAnotherOrderFindsEveryRow();
    void sameInstanceIdInTwoAccountsIsTwoRowsThroughARefresh();
    void valuesMovedBetweenFieldsAreAChange();
    void setHealthInAnyOrderAndInterleavedAccountsSetsEachRow();
    void databasesAndInstancesShareOneModelWithTheirOwnColumns();
    void anEc2IdAndADatabaseKeyNeverMix();
    void aRenamedDatabaseKeepsItsRow();
    void aDeletedDatabaseStaysAsARowInStateDeleted();
    void databaseChangesNameJustTheirCells_data();
    void databaseChangesNameJustTheirCells();
    void storageSortsByTheNumber();
    void databasesPassTheModelTesterThroughEveryDiff();
    void slicedApplicationEndsEqualToApplyingEveryChangeAtOnce();
    void slicedApplicationQueuesWhatArrivesInTheSameTurn();
    void aRemovalNeverOvertakesAQueuedSliceOfAnEarlierPage();
    void clearAccountDropsTheAccountsQueuedSlices();
    void selectionAndCurrentIndexSurviveSlicedStreamingIntoASortedProxy();
    void flushAndAZeroBudgetApplyEverythingAtOnce();

private:
    InstanceTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestInstanceTableModel::init()
{
    m_model = new InstanceTableModel(this);
    // Fatal: any broken contract (bad rowsInserted range, inconsistent counts, invalid index) aborts the test.
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestInstanceTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestInstanceTableModel::passesTheModelTesterThroughEveryKindOfDiff()
{
    Spies spies(*m_model);
    m_model->applyPage(accountA, makeInstances(0, 50));
    m_model->applyPage(accountB, makeInstances(100, 20, accountB));
    QList<StoredInstance> refresh = makeInstances(5, 50);
    refresh[3].state = u"stopped"_s;
    refresh[10].tags.append({ u"Env"_s, u"prod"_s });
    m_model->replaceAccount(accountA, refresh);
    m_model->removeInstances(accountB, { instanceId(101), instanceId(103), instanceId(104) });
    m_model->setHealth(accountA, { { instanceId(7), u"impaired"_s } });
    m_model->setAccountLabel(accountB, u"Staging"_s);
    m_model->clearAccount(accountB);
    QCOMPARE(m_model->rowCount(), 50);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(spies.layout.size(), 0);
}

void TestInstanceTableModel::applyPageAppendsNewInstancesWithOneInsert()
{
    m_model->applyPage(accountA, makeInstances(0, 10));
    Spies spies(*m_model);
    m_model->applyPage(accountA, makeInstances(5, 10)); // 5..9 known, 10..14 new
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 10);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 14);
    QCOMPARE(spies.changed.size(), 0);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(m_model->rowCount(), 15);
    QCOMPARE(shownIds(*m_model).last(), instanceId(14));
}

void TestInstanceTableModel::applyPageOfUnchangedInstancesEmitsNothing()
{
    m_model->applyPage(accountA, makeInstances(0, 100));
    Spies spies(*m_model);
    m_model->applyPage(accountA, makeInstances(0, 100));
    m_model->replaceAccount(accountA, makeInstances(0, 100));
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(spies.changed.size(), 0);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(spies.layout.size(), 0);
}

void TestInstanceTableModel::refreshWithOnePercentChangedEmitsDataChangedForJustThoseRows()
{
    QList<StoredInstance> instances = makeInstances(0, 1000);
    m_model->applyPage(accountA, instances);
    Spies spies(*m_model);
    const QList<int> changedRows { 3, 97, 250, 251, 400, 512, 640, 777, 901, 999 }; // 1%
    for (const int row : changedRows)
        instances[row].state = u"stopped"_s;
    m_model->replaceAccount(accountA, instances);

    // 250 and 251 are contiguous and coalesced; a state change touches only the State cell.
    const int s = InstanceTableModel::StateColumn;
    const QList<QList<int>> expected { { 3, 3, s, s }, { 97, 97, s, s }, { 250, 251, s, s }, { 400, 400, s, s },
        { 512, 512, s, s }, { 640, 640, s, s }, { 777, 777, s, s }, { 901, 901, s, s }, { 999, 999, s, s } };
    QCOMPARE(spies.changedRanges(), expected);
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(spies.reset.size(), 0);
    for (const int row : changedRows)
        QCOMPARE(m_model->index(row, s).data().toString(), u"stopped"_s);
    QCOMPARE(m_model->index(4, s).data().toString(), u"running"_s);
}

void TestInstanceTableModel::contiguousChangedRowsAreCoalescedIntoOneSignal()
{
    QList<StoredInstance> instances = makeInstances(0, 20);
    m_model->applyPage(accountA, instances);
    Spies spies(*m_model);
    instances[4].state = u"stopped"_s; // State column
    instances[5].instanceType = u"m5.xlarge"_s; // Type column
    instances[6].launchTime = instances[6].launchTime.addDays(-1); // Launch time column
    m_model->applyPage(accountA, instances);
    // One signal for rows 4-6, spanning the union of their changed columns.
    QCOMPARE(spies.changedRanges(),
        (QList<QList<int>> { { 4, 6, InstanceTableModel::StateColumn, InstanceTableModel::LaunchTimeColumn } }));
}

void TestInstanceTableModel::changedCellsAreJustTheColumnsThatChanged_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("firstColumn");
    QTest::addColumn<int>("lastColumn");
    const int all = InstanceTableModel::ColumnCount - 1;
    // Name, IPs and tags are in the search haystack (a row-level role), so the whole row changes with them.
    QTest::newRow("name") << u"name"_s << 0 << all;
    QTest::newRow("private ip") << u"privateIp"_s << 0 << all;
    QTest::newRow("tags") << u"tags"_s << 0 << all;
    QTest::newRow("state") << u"state"_s << int(InstanceTableModel::StateColumn)
                           << int(InstanceTableModel::StateColumn);
    QTest::newRow("type") << u"type"_s << int(InstanceTableModel::TypeColumn) << int(InstanceTableModel::TypeColumn);
    QTest::newRow("zone") << u"zone"_s << int(InstanceTableModel::AvailabilityZoneColumn)
                          << int(InstanceTableModel::AvailabilityZoneColumn);
    QTest::newRow("cluster") << u"cluster"_s << int(InstanceTableModel::ClusterColumn)
                             << int(InstanceTableModel::ClusterColumn);
    QTest::newRow("health") << u"health"_s << int(InstanceTableModel::HealthColumn)
                            << int(InstanceTableModel::HealthColumn);
    QTest::newRow("launch time") << u"launchTime"_s << int(InstanceTableModel::LaunchTimeColumn)
                                 << int(InstanceTableModel::LaunchTimeColumn);
}

void TestInstanceTableModel::changedCellsAreJustTheColumnsThatChanged()
{
    QFETCH(QString, field);
    QFETCH(int, firstColumn);
    QFETCH(int, lastColumn);
    StoredInstance s = makeInstance(1);
    m_model->applyPage(accountA, { makeInstance(0), s, makeInstance(2) });
    Spies spies(*m_model);
    if (field == u"name")
        s.name = u"renamed"_s;
    else if (field == u"privateIp")
        s.privateIp = u"10.9.9.9"_s;
    else if (field == u"tags")
        s.tags.append({ u"Env"_s, u"prod"_s });
    else if (field == u"state")
        s.state = u"stopping"_s;
    else if (field == u"type")
        s.instanceType = u"c6g.large"_s;
    else if (field == u"zone")
        s.availabilityZone = u"eu-west-1b"_s;
    else if (field == u"cluster")
        s.cluster = u"other"_s;
    else if (field == u"health")
        s.health = u"impaired"_s;
    else if (field == u"launchTime")
        s.launchTime = s.launchTime.addSecs(1);
    m_model->applyPage(accountA, { s });
    QCOMPARE(spies.changedRanges(), (QList<QList<int>> { { 1, 1, firstColumn, lastColumn } }));
    QCOMPARE(m_model->instanceAt(1).describesSameAs(s), true);
}

void TestInstanceTableModel::emptyIncomingHealthKeepsTheStoredHealth()
{
    m_model->applyPage(accountA, makeInstances(0, 3));
    m_model->setHealth(accountA, { { instanceId(1), u"ok"_s } });
    Spies spies(*m_model);
    m_model->applyPage(accountA, makeInstances(0, 3)); // pages from DescribeInstances carry no health
    QCOMPARE(spies.changed.size(), 0);
    QCOMPARE(m_model->index(1, InstanceTableModel::HealthColumn).data().toString(), u"ok"_s);
}

void TestInstanceTableModel::firstSeenIsKeptAndLastSeenMovesSilently()
{
    m_model->applyPage(accountA, makeInstances(0, 2));
    QList<StoredInstance> later = makeInstances(0, 2);
    for (StoredInstance &s : later) {
        s.firstSeen = s.firstSeen.addDays(1);
        s.lastSeen = s.lastSeen.addDays(1);
    }
    later[1].state = u"stopped"_s;
    Spies spies(*m_model);
    m_model->applyPage(accountA, later);
    QCOMPARE(spies.changed.size(), 1); // the state of row 1 only
    QCOMPARE(m_model->instanceAt(0).firstSeen, makeInstance(0).firstSeen);
    QCOMPARE(m_model->instanceAt(1).firstSeen, makeInstance(1).firstSeen);
    QCOMPARE(m_model->instanceAt(0).lastSeen, later[0].lastSeen);
    QCOMPARE(m_model->instanceAt(1).lastSeen, later[1].lastSeen);
}

void TestInstanceTableModel::markSeenMovesLastSeenOfJustThoseRowsSilently()
{
    m_model->applyPage(accountA, makeInstances(0, 3));
    m_model->applyPage(accountB, makeInstances(0, 3, accountB)); // the same ids in another account
    const QDateTime later = makeInstance(0).lastSeen.addSecs(3600);
    Spies spies(*m_model);
    m_model->markSeen(accountA, { makeInstance(0).instanceId, makeInstance(2).instanceId, u"i-0unknown"_s }, later);
    m_model->markSeen(u"no-such-account"_s, { makeInstance(1).instanceId }, later);
    QCOMPARE(spies.changed.size() + spies.inserted.size() + spies.removed.size() + spies.layout.size(), 0);
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->instanceAt(m_model->rowOf(accountA, makeInstance(0).instanceId)).lastSeen, later);
    QCOMPARE(
        m_model->instanceAt(m_model->rowOf(accountA, makeInstance(1).instanceId)).lastSeen, makeInstance(1).lastSeen);
    QCOMPARE(m_model->instanceAt(m_model->rowOf(accountA, makeInstance(2).instanceId)).lastSeen, later);
    QCOMPARE(
        m_model->instanceAt(m_model->rowOf(accountB, makeInstance(0).instanceId)).lastSeen, makeInstance(0).lastSeen);
}

void TestInstanceTableModel::pageListingAnInstanceTwiceKeepsTheLastOne()
{
    StoredInstance first = makeInstance(1);
    StoredInstance second = makeInstance(1);
    second.state = u"stopped"_s;
    Spies spies(*m_model);
    m_model->applyPage(accountA, { makeInstance(0), first, second });
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(m_model->index(1, InstanceTableModel::StateColumn).data().toString(), u"stopped"_s);
}

void TestInstanceTableModel::removeInstancesEmitsOneRemovalPerRunHighestFirst()
{
    m_model->applyPage(accountA, makeInstances(0, 12));
    Spies spies(*m_model);
    m_model->removeInstances(accountA,
        { instanceId(9), instanceId(2), instanceId(3), instanceId(4), instanceId(7), instanceId(3), u"i-unknown"_s });
    QCOMPARE(spies.removedRanges(), (QList<QList<int>> { { 9, 9 }, { 7, 7 }, { 2, 4 } }));
    QCOMPARE(spies.changed.size(), 0);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(shownIds(*m_model),
        (QStringList { instanceId(0), instanceId(1), instanceId(5), instanceId(6), instanceId(8), instanceId(10),
            instanceId(11) }));
}

void TestInstanceTableModel::rowsReadDuringRemovalSignalsAreTheAnnouncedState()
{
    // The storage is compacted once after all runs are announced; in between, every read (data() and rowOf())
    // must show exactly the rows the signals so far have left.
    m_model->applyPage(accountA, makeInstances(0, 10));
    QStringList expected = shownIds(*m_model);
    QList<QStringList> seenAfterEachSignal;
    QList<QStringList> expectedAfterEachSignal;
    QList<int> rowOfMismatches;
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [&](const QModelIndex &, int first, int last) {
        expected.remove(first, last - first + 1);
        expectedAfterEachSignal.append(expected);
        seenAfterEachSignal.append(shownIds(*m_model));
        for (int n = 0; n < 10; ++n) {
            if (m_model->rowOf(accountA, instanceId(n)) != expected.indexOf(instanceId(n)))
                rowOfMismatches.append(n);
        }
    });
    m_model->removeInstances(accountA, { instanceId(1), instanceId(4), instanceId(5), instanceId(8) });
    QCOMPARE(rowOfMismatches, QList<int>());
    QCOMPARE(seenAfterEachSignal.size(), 3);
    QCOMPARE(seenAfterEachSignal, expectedAfterEachSignal);
    QCOMPARE(shownIds(*m_model), expected);
}

void TestInstanceTableModel::replaceAccountUpsertsAndRemovesMissingAsADiff()
{
    m_model->applyPage(accountA, makeInstances(0, 6));
    m_model->applyPage(accountB, makeInstances(100, 2, accountB));
    QList<StoredInstance> refresh = makeInstances(0, 6);
    refresh.removeAt(4); // gone
    refresh.removeAt(1); // gone
    refresh[2].state = u"stopped"_s; // instance 3, at row 3
    refresh.append(makeInstance(50)); // new
    Spies spies(*m_model);
    m_model->replaceAccount(accountA, refresh);

    QCOMPARE(spies.changedRanges(),
        (QList<QList<int>> { { 3, 3, InstanceTableModel::StateColumn, InstanceTableModel::StateColumn } }));
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 8);
    QCOMPARE(spies.removedRanges(), (QList<QList<int>> { { 4, 4 }, { 1, 1 } }));
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(shownIds(*m_model),
        (QStringList { instanceId(0), instanceId(2), instanceId(3), instanceId(5), instanceId(100), instanceId(101),
            instanceId(50) }));
}

void TestInstanceTableModel::persistentIndexesAndSelectionSurviveARefresh()
{
    m_model->applyPage(accountA, makeInstances(0, 100));
    QItemSelectionModel selection(m_model);
    selection.select(m_model->index(60, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection.setCurrentIndex(m_model->index(60, 0), QItemSelectionModel::NoUpdate);
    const QPersistentModelIndex kept = m_model->index(60, InstanceTableModel::StateColumn);

    QList<StoredInstance> refresh = makeInstances(0, 100);
    refresh[60].state = u"stopped"_s;
    refresh.remove(10, 5); // rows above the selection go
    refresh.append(makeInstances(200, 30));
    Spies spies(*m_model);
    m_model->replaceAccount(accountA, refresh);

    QCOMPARE(spies.reset.size(), 0);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 55);
    QCOMPARE(kept.data(InstanceTableModel::InstanceIdRole).toString(), instanceId(60));
    QCOMPARE(kept.data().toString(), u"stopped"_s);
    QCOMPARE(selection.currentIndex().data(InstanceTableModel::InstanceIdRole).toString(), instanceId(60));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().row(), 55);
}

void TestInstanceTableModel::setHealthChangesOnlyTheHealthColumn()
{
    m_model->applyPage(accountA, makeInstances(0, 10));
    Spies spies(*m_model);
    m_model->setHealth(accountA,
        { { instanceId(2), u"ok"_s }, { instanceId(3), u"impaired"_s }, { instanceId(8), u"ok"_s },
            { u"i-unknown"_s, u"ok"_s } });
    const int h = InstanceTableModel::HealthColumn;
    QCOMPARE(spies.changedRanges(), (QList<QList<int>> { { 2, 3, h, h }, { 8, 8, h, h } }));
    QCOMPARE(m_model->index(3, h).data().toString(), u"impaired"_s);
    spies.clear();
    m_model->setHealth(accountA, { { instanceId(2), u"ok"_s } }); // unchanged
    QCOMPARE(spies.changed.size(), 0);
}

void TestInstanceTableModel::clearAccountRemovesOnlyThatAccount()
{
    m_model->applyPage(accountA, makeInstances(0, 3));
    m_model->applyPage(accountB, makeInstances(100, 4, accountB));
    m_model->applyPage(accountA, makeInstances(3, 2));
    Spies spies(*m_model);
    m_model->clearAccount(accountB);
    QCOMPARE(spies.removedRanges(), (QList<QList<int>> { { 3, 6 } }));
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(shownIds(*m_model),
        (QStringList { instanceId(0), instanceId(1), instanceId(2), instanceId(3), instanceId(4) }));
    QCOMPARE(m_model->rowOf(accountB, instanceId(100)), -1);
}

void TestInstanceTableModel::accountLabelReplacesTheAccountIdInTheAccountColumn()
{
    m_model->applyPage(accountA, makeInstances(0, 2));
    m_model->applyPage(accountB, makeInstances(100, 2, accountB));
    const int a = InstanceTableModel::AccountColumn;
    QCOMPARE(m_model->index(2, a).data().toString(), accountB);
    Spies spies(*m_model);
    m_model->setAccountLabel(accountB, u"Staging"_s);
    QCOMPARE(spies.changedRanges(), (QList<QList<int>> { { 2, 3, a, a } }));
    QCOMPARE(m_model->index(2, a).data().toString(), u"Staging"_s);
    QCOMPARE(m_model->index(0, a).data().toString(), accountA);
    QCOMPARE(m_model->index(2, a).data(InstanceTableModel::AccountIdRole).toString(), accountB);
    spies.clear();
    m_model->setAccountLabel(accountB, u"Staging"_s);
    QCOMPARE(spies.changed.size(), 0);
}

void TestInstanceTableModel::countsByStateCountsEveryRow()
{
    QList<StoredInstance> instances = makeInstances(0, 10);
    instances[1].state = u"stopped"_s;
    instances[2].state = u"stopped"_s;
    instances[3].state = u"pending"_s;
    m_model->applyPage(accountA, instances);
    m_model->applyPage(accountB, makeInstances(100, 2, accountB));
    const QHash<QString, int> expected { { u"running"_s, 9 }, { u"stopped"_s, 2 }, { u"pending"_s, 1 } };
    QCOMPARE(m_model->countsByState(), expected);
    m_model->removeInstances(accountA, { instanceId(3) });
    QCOMPARE(m_model->countsByState().value(u"pending"_s), 0);
    QCOMPARE(m_model->countsByState().size(), 2);
}

void TestInstanceTableModel::rowOfFindsRowsAfterRemovalsShiftThem()
{
    m_model->applyPage(accountA, makeInstances(0, 10));
    m_model->applyPage(accountB, makeInstances(0, 2, accountB)); // the same instance ids in another account
    QCOMPARE(m_model->rowOf(accountA, instanceId(1)), 1);
    QCOMPARE(m_model->rowOf(accountB, instanceId(1)), 11);
    m_model->removeInstances(accountA, { instanceId(0), instanceId(5) });
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const StoredInstance s = m_model->instanceAt(row);
        QCOMPARE(m_model->rowOf(s.accountId, s.instanceId), row);
    }
    QCOMPARE(m_model->rowOf(accountA, instanceId(0)), -1);
    QCOMPARE(m_model->rowOf(u"no-such-account"_s, instanceId(1)), -1);
}

void TestInstanceTableModel::instanceAtGivesBackTheStoredInstance()
{
    StoredInstance s = makeInstance(7);
    s.health = u"ok"_s;
    m_model->applyPage(accountA, { s });
    QCOMPARE(m_model->instanceAt(0), s);
}

void TestInstanceTableModel::rolesServeTheRowOnEveryColumn()
{
    const StoredInstance s = makeInstance(3); // spot, eu-west-1
    m_model->applyPage(accountA, { s });
    for (int column = 0; column < InstanceTableModel::ColumnCount; ++column) {
        const QModelIndex index = m_model->index(0, column);
        QCOMPARE(index.data(InstanceTableModel::InstanceIdRole).toString(), s.instanceId);
        QCOMPARE(index.data(InstanceTableModel::AccountIdRole).toString(), accountA);
        QCOMPARE(index.data(InstanceTableModel::StateRole).toString(), u"running"_s);
        QCOMPARE(index.data(InstanceTableModel::RegionRole).toString(), u"eu-west-1"_s);
        QCOMPARE(index.data(InstanceTableModel::LifecycleRole).toString(), u"spot"_s);
        QCOMPARE(index.data(InstanceTableModel::ClusterRole).toString(), u"prod-eks"_s);
        QCOMPARE(index.data(InstanceTableModel::TagsRole).value<QList<Ec2Tag>>(), s.tags);
    }
    QCOMPARE(m_model->index(0, InstanceTableModel::NameColumn).data().toString(), s.name);
    QCOMPARE(m_model->index(0, InstanceTableModel::AvailabilityZoneColumn).data().toString(), u"eu-west-1a"_s);
    QCOMPARE(m_model->index(0, InstanceTableModel::LaunchTimeColumn).data().toString(), u"2024-01-01 00:03:00 UTC"_s);
    QCOMPARE(m_model->headerData(InstanceTableModel::PrivateIpColumn, Qt::Horizontal).toString(), u"Private IP"_s);
}

void TestInstanceTableModel::searchTextIsTheLowerCasedHaystackOfIdNameIpsAndTags()
{
    StoredInstance s = makeInstance(4); // has a public IP
    s.tags.append({ u"Owner"_s, u"Zoë@Example.com"_s });
    m_model->applyPage(accountA, { s });
    const QByteArray haystack = m_model->index(0, 0).data(InstanceTableModel::SearchTextRole).toByteArray();
    QCOMPARE(QByteArrayView(haystack), m_model->searchText(0));
    const QList<QByteArray> pieces = haystack.split('\n');
    // Each piece once, lower-cased: the Name tag's value is the name and is not repeated.
    const QList<QByteArray> expected { s.instanceId.toUtf8(), "10.0.0.4", "54.1.0.4", "web-4", "name",
        "eks:cluster-name", "prod-eks", "team", "payments", "owner", u"zoë@example.com"_s.toUtf8() };
    QCOMPARE(pieces, expected);
}

void TestInstanceTableModel::sortRoleIsTypedPerColumn()
{
    StoredInstance low = makeInstance(9);
    low.privateIp = u"10.0.0.9"_s;
    StoredInstance high = makeInstance(10);
    high.privateIp = u"10.0.0.10"_s;
    m_model->applyPage(accountA, { low, high });
    const auto sortValue
        = [this](int row, int column) { return m_model->index(row, column).data(InstanceTableModel::SortRole); };
    QCOMPARE(sortValue(0, InstanceTableModel::LaunchTimeColumn).typeId(), int(QMetaType::QDateTime));
    QCOMPARE(sortValue(0, InstanceTableModel::LaunchTimeColumn).toDateTime(), low.launchTime);
    // Numeric, so .9 sorts before .10 (as text it would not).
    QVERIFY(sortValue(0, InstanceTableModel::PrivateIpColumn).toUInt()
        < sortValue(1, InstanceTableModel::PrivateIpColumn).toUInt());
    QCOMPARE(sortValue(0, InstanceTableModel::PrivateIpColumn).toUInt(), (10u << 24) | 9u);
    QCOMPARE(sortValue(0, InstanceTableModel::NameColumn).toString(), low.name);
}

void TestInstanceTableModel::internedStringsAreReleasedWithTheirLastRow()
{
    QCOMPARE(m_model->internedStringCount(), 0);
    QList<StoredInstance> instances = makeInstances(0, 20);
    instances[0].tags.append({ u"Only-here"_s, u"unique-value"_s });
    m_model->applyPage(accountA, instances);
    const int withAll = m_model->internedStringCount();
    m_model->removeInstances(accountA, { instanceId(0) });
    QCOMPARE(m_model->internedStringCount(), withAll - 3); // the tag's key and value, and "Web-0"
    m_model->clearAccount(accountA);
    QCOMPARE(m_model->internedStringCount(), 0);
}

void TestInstanceTableModel::internedStringsStayFindableAfterScatteredReleases()
{
    // Hundreds of unique strings make long probe chains in the pool's index; releasing every third one
    // must leave the others findable, or re-sending them would intern duplicates.
    QList<StoredInstance> instances = makeInstances(0, 600);
    for (StoredInstance &s : instances)
        s.tags.append({ u"Serial"_s, u"sn-"_s + s.instanceId });
    m_model->applyPage(accountA, instances);
    const int withAll = m_model->internedStringCount();
    QStringList gone;
    QList<StoredInstance> kept;
    for (qsizetype i = 0; i < instances.size(); ++i) {
        if (i % 3 == 1) // on-demand rows: spot and on-demand both stay interned
            gone.append(instances[i].instanceId);
        else
            kept.append(instances[i]);
    }
    m_model->removeInstances(accountA, gone);
    const int afterRemoval = m_model->internedStringCount();
    QCOMPARE(afterRemoval, withAll - 2 * 200); // each gone row's name and serial

    Spies spies(*m_model);
    m_model->applyPage(accountA, kept);
    QCOMPARE(spies.changed.size() + spies.inserted.size(), 0);
    QCOMPARE(m_model->internedStringCount(), afterRemoval);
    m_model->replaceAccount(accountA, instances);
    QCOMPARE(m_model->internedStringCount(), withAll);
    QCOMPARE(m_model->rowOf(accountA, instanceId(1)), 600 - 200); // re-added at the end
}

void TestInstanceTableModel::refreshInAnotherOrderFindsEveryRow()
{
    // A refresh in the stored order finds rows by looking at the next one; any other order must find them too.
    QList<StoredInstance> instances = makeInstances(0, 200);
    m_model->applyPage(accountA, instances);
    Spies spies(*m_model);
    std::reverse(instances.begin(), instances.end());
    std::rotate(instances.begin(), instances.begin() + 77, instances.end());
    instances[10].state = u"stopped"_s; // instance 112
    instances[150].state = u"stopped"_s; // instance 172
    m_model->replaceAccount(accountA, instances);
    const int s = InstanceTableModel::StateColumn;
    QCOMPARE(spies.changedRanges(), (QList<QList<int>> { { 112, 112, s, s }, { 172, 172, s, s } }));
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(m_model->rowCount(), 200);
    for (const int n : { 0, 76, 77, 112, 172, 199 })
        QCOMPARE(m_model->rowOf(accountA, instanceId(n)), n);
}

void TestInstanceTableModel::sameInstanceIdInTwoAccountsIsTwoRowsThroughARefresh()
{
    // Same ids, same values: the rows of the two accounts differ only by account, right after each other.
    m_model->applyPage(accountA, makeInstances(0, 3));
    m_model->applyPage(accountB, makeInstances(0, 3, accountB));
    QCOMPARE(m_model->rowCount(), 6);
    Spies spies(*m_model);
    QList<StoredInstance> refreshB = makeInstances(0, 3, accountB);
    refreshB[1].state = u"stopped"_s;
    m_model->applyPage(accountB, refreshB);
    const int s = InstanceTableModel::StateColumn;
    QCOMPARE(spies.changedRanges(), (QList<QList<int>> { { 4, 4, s, s } }));
    QCOMPARE(m_model->index(1, s).data().toString(), u"running"_s);
    QCOMPARE(m_model->rowCount(), 6);
}

void TestInstanceTableModel::valuesMovedBetweenFieldsAreAChange()
{
    // The change detection hashes each field at its position: swapping two fields' values is a change.
    QList<StoredInstance> instances = makeInstances(0, 4);
    m_model->applyPage(accountA, instances);
    Spies spies(*m_model);
    std::swap(instances[0].privateIp, instances[0].publicIp); // instance 0 has both
    std::swap(instances[2].tags[1], instances[2].tags[2]); // tag order is AWS's order, shown in TagsRole
    m_model->applyPage(accountA, instances);
    QCOMPARE(spies.changed.size(), 2);
    QCOMPARE(m_model->index(0, InstanceTableModel::PublicIpColumn).data().toString(), instances[0].publicIp);
    QCOMPARE(m_model->index(2, 0).data(InstanceTableModel::TagsRole).value<QList<Ec2Tag>>(), instances[2].tags);
}

void TestInstanceTableModel::setHealthInAnyOrderAndInterleavedAccountsSetsEachRow()
{
    m_model->applyPage(accountA, makeInstances(0, 10));
    m_model->applyPage(accountB, makeInstances(0, 10, accountB));
    m_model->setHealth(accountB,
        { { instanceId(9), u"impaired"_s }, { instanceId(0), u"ok"_s }, { instanceId(1), u"ok"_s },
            { instanceId(5), u"initializing"_s } });
    const int h = InstanceTableModel::HealthColumn;
    QCOMPARE(m_model->index(19, h).data().toString(), u"impaired"_s);
    QCOMPARE(m_model->index(10, h).data().toString(), u"ok"_s);
    QCOMPARE(m_model->index(11, h).data().toString(), u"ok"_s);
    QCOMPARE(m_model->index(15, h).data().toString(), u"initializing"_s);
    for (int row = 0; row < 10; ++row)
        QCOMPARE(m_model->index(row, h).data().toString(), QString()); // account A untouched
}

void TestInstanceTableModel::databasesAndInstancesShareOneModelWithTheirOwnColumns()
{
    const StoredInstance db = makeDatabase(1);
    m_model->applyPage(accountA, { makeInstance(0), db, makeInstance(2) });
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->kindAt(0), ResourceKind::Ec2);
    QCOMPARE(m_model->kindAt(1), ResourceKind::Rds);
    const auto cell = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(cell(0, InstanceTableModel::KindColumn), u"EC2"_s);
    QCOMPARE(cell(1, InstanceTableModel::KindColumn), u"RDS"_s);
    QCOMPARE(cell(1, InstanceTableModel::EngineColumn), u"postgres 15.4"_s);
    QCOMPARE(cell(1, InstanceTableModel::StorageColumn), u"200 GiB"_s);
    QCOMPARE(cell(1, InstanceTableModel::MultiAzColumn), u"Yes"_s);
    QCOMPARE(cell(1, InstanceTableModel::InstanceIdColumn), u"orders-1"_s);
    QCOMPARE(cell(1, InstanceTableModel::TypeColumn), u"db.r6g.large"_s);
    QCOMPARE(cell(1, InstanceTableModel::StateColumn), u"available"_s);
    // The EC2-only columns are empty for a database, the database columns empty for an instance.
    for (const int column : { InstanceTableModel::LifecycleColumn, InstanceTableModel::PrivateIpColumn,
             InstanceTableModel::PublicIpColumn, InstanceTableModel::HealthColumn })
        QCOMPARE(cell(1, column), QString());
    for (const int column :
        { InstanceTableModel::EngineColumn, InstanceTableModel::StorageColumn, InstanceTableModel::MultiAzColumn })
        QCOMPARE(cell(0, column), QString());
    for (int column = 0; column < InstanceTableModel::ColumnCount; ++column) {
        const QModelIndex index = m_model->index(1, column);
        QCOMPARE(index.data(InstanceTableModel::KindRole).toString(), u"rds"_s);
        QCOMPARE(index.data(InstanceTableModel::ResourceIdRole).toString(), db.resourceId);
        QCOMPARE(index.data(InstanceTableModel::EngineRole).toString(), u"postgres"_s);
        QCOMPARE(index.data(InstanceTableModel::EngineVersionRole).toString(), u"15.4"_s);
        QCOMPARE(index.data(InstanceTableModel::StorageGbRole).toInt(), 200);
        QCOMPARE(index.data(InstanceTableModel::MultiAzRole).toBool(), true);
    }
    QCOMPARE(m_model->index(0, 0).data(InstanceTableModel::KindRole).toString(), u"ec2"_s);
    QCOMPARE(m_model->headerData(InstanceTableModel::StorageColumn, Qt::Horizontal).toString(), u"Storage"_s);
    // Every field comes back, the database's own included.
    QCOMPARE(m_model->instanceAt(1), db);
    QCOMPARE(m_model->rowOf(accountA, db.resourceId), 1);
    QCOMPARE(m_model->rowOf(accountA, db.instanceId), -1); // the identifier is not the key
    // A database's haystack: identifier, resourceId, engine, version, cluster, tags (no name twice, no IPs).
    const QList<QByteArray> pieces = m_model->searchText(1).toByteArray().split('\n');
    QCOMPARE(pieces, (QList<QByteArray> { "orders-1", db.resourceId.toUtf8(), "postgres", "15.4", "team", "billing" }));
    const InstanceTableModel::KindCounts counts = m_model->countsByKind();
    QCOMPARE(counts.instances, 2);
    QCOMPARE(counts.databases, 1);
    QCOMPARE(counts.deletedDatabases, 0);
}

void TestInstanceTableModel::anEc2IdAndADatabaseKeyNeverMix()
{
    // A database may be called like an instance ("i-…" is a valid DB identifier): the keys still differ.
    const StoredInstance instance = makeInstance(5);
    StoredInstance db = makeDatabase(5);
    db.instanceId = instance.instanceId;
    db.name = instance.instanceId;
    m_model->applyPage(accountA, { instance });
    Spies spies(*m_model);
    m_model->applyPage(accountA, { db });
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.changed.size(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(accountA, instance.instanceId), 0);
    QCOMPARE(m_model->rowOf(accountA, db.resourceId), 1);
    QCOMPARE(m_model->instanceAt(0), instance);
    QCOMPARE(m_model->instanceAt(1), db);
    // Removing the instance's id removes the instance only; the database goes by its key.
    m_model->removeInstances(accountA, { instance.instanceId });
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->kindAt(0), ResourceKind::Rds);
    m_model->removeInstances(accountA, { db.resourceId });
    QCOMPARE(m_model->rowCount(), 0);
}

void TestInstanceTableModel::aRenamedDatabaseKeepsItsRow()
{
    StoredInstance db = makeDatabase(2);
    m_model->applyPage(accountA, { makeInstance(0), db, makeInstance(1) });
    QPersistentModelIndex held(m_model->index(1, InstanceTableModel::InstanceIdColumn));
    Spies spies(*m_model);
    db.instanceId = u"orders-renamed"_s;
    db.name = db.instanceId;
    m_model->applyPage(accountA, { db });
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(spies.removed.size(), 0);
    // The identifier is in the haystack (a row-level role): the whole row.
    QCOMPARE(spies.changedRanges(), (QList<QList<int>> { { 1, 1, 0, InstanceTableModel::ColumnCount - 1 } }));
    QCOMPARE(held.row(), 1);
    QCOMPARE(held.data().toString(), u"orders-renamed"_s);
    QCOMPARE(m_model->rowOf(accountA, db.resourceId), 1);
    QCOMPARE(m_model->instanceAt(1), db);
    QVERIFY(m_model->searchText(1).toByteArray().contains("orders-renamed"));
}

void TestInstanceTableModel::aDeletedDatabaseStaysAsARowInStateDeleted()
{
    StoredInstance db = makeDatabase(3);
    m_model->applyPage(accountA, { db, makeDatabase(4) });
    Spies spies(*m_model);
    db.state = StoredInstance::DeletedState;
    m_model->applyPage(accountA, { db });
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(spies.changedRanges(),
        (QList<QList<int>> { { 0, 0, InstanceTableModel::StateColumn, InstanceTableModel::StateColumn } }));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, InstanceTableModel::StateColumn).data().toString(), u"deleted"_s);
    const InstanceTableModel::KindCounts counts = m_model->countsByKind();
    QCOMPARE(counts.databases, 1);
    QCOMPARE(counts.deletedDatabases, 1);
    QCOMPARE(m_model->countsByState().value(u"deleted"_s), 1);
}

void TestInstanceTableModel::databaseChangesNameJustTheirCells_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("firstColumn");
    QTest::addColumn<int>("lastColumn");
    const int all = InstanceTableModel::ColumnCount - 1;
    // Engine and version are in the haystack (a row-level role); storage and Multi-AZ are not.
    QTest::newRow("engine version") << u"engineVersion"_s << 0 << all;
    QTest::newRow("storage") << u"storage"_s << int(InstanceTableModel::StorageColumn)
                             << int(InstanceTableModel::StorageColumn);
    QTest::newRow("multi-az") << u"multiAz"_s << int(InstanceTableModel::MultiAzColumn)
                              << int(InstanceTableModel::MultiAzColumn);
    QTest::newRow("class") << u"class"_s << int(InstanceTableModel::TypeColumn) << int(InstanceTableModel::TypeColumn);
}

void TestInstanceTableModel::databaseChangesNameJustTheirCells()
{
    QFETCH(QString, field);
    QFETCH(int, firstColumn);
    QFETCH(int, lastColumn);
    StoredInstance db = makeDatabase(1);
    m_model->applyPage(accountA, { makeDatabase(0), db, makeDatabase(2) });
    Spies spies(*m_model);
    if (field == u"engineVersion")
        db.engineVersion = u"16.1"_s;
    else if (field == u"storage")
        db.storageGb = 500;
    else if (field == u"multiAz")
        db.multiAz = !db.multiAz;
    else if (field == u"class")
        db.instanceType = u"db.r6g.xlarge"_s;
    m_model->applyPage(accountA, { db });
    QCOMPARE(spies.changedRanges(), (QList<QList<int>> { { 1, 1, firstColumn, lastColumn } }));
    QCOMPARE(m_model->instanceAt(1), db);
    // The same page again is no change.
    spies.clear();
    m_model->applyPage(accountA, { db });
    QCOMPARE(spies.changed.size(), 0);
}

void TestInstanceTableModel::storageSortsByTheNumber()
{
    StoredInstance small = makeDatabase(0);
    small.storageGb = 20;
    StoredInstance large = makeDatabase(1);
    large.storageGb = 1000;
    m_model->applyPage(accountA, { large, small, makeInstance(0) });
    const int column = InstanceTableModel::StorageColumn;
    // As text "1,000 GiB" < "20 GiB"; as numbers the other way round, and the instance (none) first.
    QVERIFY(m_model->compareRows(1, 0, column, Qt::CaseInsensitive) < 0);
    QVERIFY(m_model->compareRows(2, 1, column, Qt::CaseInsensitive) < 0);
    QCOMPARE(m_model->index(0, column).data(InstanceTableModel::SortRole).toUInt(), 1000u);
    QVERIFY(m_model->compareRows(2, 0, InstanceTableModel::KindColumn, Qt::CaseInsensitive) < 0);
    QCOMPARE(m_model->compareRows(0, 1, InstanceTableModel::KindColumn, Qt::CaseInsensitive), 0);
    QCOMPARE(m_model->index(2, InstanceTableModel::KindColumn).data(InstanceTableModel::SortRole).toString(), u"ec2"_s);
}

void TestInstanceTableModel::databasesPassTheModelTesterThroughEveryDiff()
{
    QList<StoredInstance> page = makeInstances(0, 20);
    for (int n = 0; n < 10; ++n)
        page.insert(n * 2, makeDatabase(n));
    m_model->applyPage(accountA, page);
    m_model->applyPage(accountB, { makeDatabase(0, accountB) }); // the same key in another account: its own row
    QCOMPARE(m_model->rowCount(), 31);
    QList<StoredInstance> refresh = page;
    refresh[0].state = StoredInstance::DeletedState;
    refresh[2].instanceId = u"renamed"_s;
    refresh.removeAt(4); // gone entirely (an EC2-style removal through replaceAccount)
    m_model->replaceAccount(accountA, refresh);
    QCOMPARE(m_model->rowCount(), 30);
    m_model->markSeen(accountA, { makeDatabase(1).resourceId }, QDateTime::currentDateTimeUtc());
    m_model->removeInstances(accountB, { makeDatabase(0, accountB).resourceId });
    QCOMPARE(m_model->rowCount(), 29);
}

namespace {
/// A budget no slice fits in: every event-loop turn applies one slice of the fewest items.
constexpr std::chrono::microseconds TinyBudget { 1 };

/// Runs the event loop a pass at a time until \a model has applied every queued change; the number of passes.
int drain(InstanceTableModel &model)
{
    int turns = 0;
    while (model.hasPendingChanges() && turns < 100'000) {
        QCoreApplication::processEvents();
        ++turns;
    }
    return turns;
}

/// Every row as instanceAt() gives it back, in row order.
QList<StoredInstance> allRows(const InstanceTableModel &model)
{
    QList<StoredInstance> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(model.instanceAt(row));
    return rows;
}

/// The same changes, interleaved over two accounts, as discovery announces them: pages, marks, health, removals, a
/// page listing an instance twice, and a replacement.
void applyScript(InstanceTableModel &model)
{
    const QDateTime later = QDateTime(QDate(2024, 6, 2), QTime(9, 0), Qt::UTC);
    model.applyPage(accountA, makeInstances(0, 200));
    model.applyPage(accountB, makeInstances(0, 150, accountB));
    QStringList seen;
    for (int n = 0; n < 100; ++n)
        seen.append(instanceId(n));
    model.markSeen(accountA, seen, later);
    model.setHealth(accountA,
        { { instanceId(5), u"impaired"_s }, { instanceId(150), u"ok"_s }, { instanceId(199), u"ok"_s },
            { instanceId(777), u"ok"_s } });
    QList<StoredInstance> changed = makeInstances(150, 200);
    for (qsizetype i = 0; i < 50; ++i)
        changed[i].state = u"stopped"_s;
    model.applyPage(accountA, changed);
    QStringList gone;
    for (int n = 10; n < 40; ++n)
        gone.append(instanceId(n));
    gone.append(instanceId(300));
    model.removeInstances(accountA, gone);
    model.replaceAccount(accountB, makeInstances(100, 120, accountB));
    model.setHealth(accountB, { { instanceId(120), u"impaired"_s }, { instanceId(5), u"ok"_s } });
    // Instance 400 twice, 30 apart: a slice boundary falls between the two.
    QList<StoredInstance> twice = makeInstances(400, 40);
    StoredInstance again = twice.first();
    again.state = u"stopping"_s;
    twice[30] = again;
    model.applyPage(accountA, twice);
}
} // namespace

void TestInstanceTableModel::slicedApplicationEndsEqualToApplyingEveryChangeAtOnce()
{
    InstanceTableModel whole;
    applyScript(whole);
    QVERIFY(!whole.hasPendingChanges());

    m_model->setSliceBudget(TinyBudget);
    Spies spies(*m_model);
    applyScript(*m_model);
    QVERIFY(m_model->hasPendingChanges());
    QVERIFY(m_model->rowCount() < whole.rowCount());
    QSignalSpy applied(m_model, &InstanceTableModel::pendingChangesApplied);
    const int turns = drain(*m_model);
    QVERIFY(!m_model->hasPendingChanges());
    QCOMPARE(applied.size(), 1);
    // Hundreds of rows in slices of a few: many turns, many insertions; never a reset.
    QVERIFY2(turns > 20, qPrintable(QString::number(turns)));
    QVERIFY(spies.inserted.size() > 20);
    QCOMPARE(spies.reset.size(), 0);

    QCOMPARE(m_model->rowCount(), whole.rowCount());
    QCOMPARE(allRows(*m_model), allRows(whole));
    QCOMPARE(shownIds(*m_model), shownIds(whole));
    QCOMPARE(m_model->countsByState(), whole.countsByState());
    QCOMPARE(m_model->internedStringCount(), whole.internedStringCount());
    QCOMPARE(m_model->index(m_model->rowOf(accountA, instanceId(400)), InstanceTableModel::StateColumn).data(),
        QVariant(u"stopping"_s));
}

void TestInstanceTableModel::slicedApplicationQueuesWhatArrivesInTheSameTurn()
{
    m_model->setSliceBudget(std::chrono::seconds(1));
    // A turn that has not applied anything yet applies at once, within the budget...
    m_model->applyPage(accountA, makeInstances(0, 10));
    QCOMPARE(m_model->rowCount(), 10);
    QVERIFY(!m_model->hasPendingChanges());
    // ...but a second change in the same turn waits for the next one, whatever is left of the budget.
    m_model->setHealth(accountA, { { instanceId(3), u"impaired"_s } });
    QVERIFY(m_model->hasPendingChanges());
    QCOMPARE(m_model->index(3, InstanceTableModel::HealthColumn).data().toString(), QString());
    drain(*m_model);
    QCOMPARE(m_model->index(3, InstanceTableModel::HealthColumn).data().toString(), u"impaired"_s);
}

void TestInstanceTableModel::aRemovalNeverOvertakesAQueuedSliceOfAnEarlierPage()
{
    m_model->setSliceBudget(TinyBudget);
    m_model->applyPage(accountA, makeInstances(0, 100));
    // Instance 90 is in a slice still queued; its removal must wait for it, or it would come back.
    QVERIFY(m_model->rowOf(accountA, instanceId(90)) < 0);
    m_model->removeInstances(accountA, { instanceId(90), instanceId(2) });
    m_model->applyPage(accountA, { makeInstance(200) });
    drain(*m_model);
    QCOMPARE(m_model->rowCount(), 99);
    QCOMPARE(m_model->rowOf(accountA, instanceId(90)), -1);
    QCOMPARE(m_model->rowOf(accountA, instanceId(2)), -1);
    QCOMPARE(m_model->rowOf(accountA, instanceId(200)), 98);
}

void TestInstanceTableModel::clearAccountDropsTheAccountsQueuedSlices()
{
    m_model->setSliceBudget(TinyBudget);
    m_model->applyPage(accountA, makeInstances(0, 100));
    m_model->applyPage(accountB, makeInstances(0, 50, accountB));
    m_model->setHealth(accountA, { { instanceId(95), u"ok"_s } });
    QVERIFY(m_model->rowCount() < 150);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    // Disconnected while most of its page is queued: what is queued for it goes, the other account's stays, and
    // what arrives for it afterwards is applied.
    m_model->clearAccount(accountA);
    m_model->applyPage(accountA, makeInstances(500, 3));
    drain(*m_model);
    QCOMPARE(m_model->rowCount(), 53);
    for (int n = 0; n < 50; ++n)
        QVERIFY(m_model->rowOf(accountB, instanceId(n)) >= 0);
    for (int n = 0; n < 100; ++n)
        QCOMPARE(m_model->rowOf(accountA, instanceId(n)), -1);
    for (int n = 500; n < 503; ++n)
        QVERIFY(m_model->rowOf(accountA, instanceId(n)) >= 0);
    // No row of the dropped slices was ever inserted after the clear.
    int insertedRows = 0;
    for (const QList<QVariant> &args : std::as_const(inserted))
        insertedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
    QVERIFY2(insertedRows <= 53, qPrintable(QString::number(insertedRows)));
}

void TestInstanceTableModel::selectionAndCurrentIndexSurviveSlicedStreamingIntoASortedProxy()
{
    InstanceFilterProxy proxy;
    proxy.setSourceModel(m_model);
    proxy.sort(InstanceTableModel::LaunchTimeColumn, Qt::DescendingOrder);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QItemSelectionModel selection(&proxy);
    m_model->applyPage(accountA, makeInstances(0, 100));
    const QString selected = instanceId(40);
    const QModelIndex at = proxy.mapFromSource(m_model->index(m_model->rowOf(accountA, selected), 0));
    selection.setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // Later launches sort above it and earlier ones below, in slices of a few rows each.
    m_model->setSliceBudget(TinyBudget);
    QList<StoredInstance> page = makeInstances(100, 150);
    for (qsizetype i = 0; i < page.size(); i += 2)
        page[i].launchTime = page[i].launchTime.addYears(-1);
    m_model->applyPage(accountA, page);
    QVERIFY(m_model->hasPendingChanges());
    drain(*m_model);
    QCOMPARE(proxy.rowCount(), 250);
    QVERIFY(selection.currentIndex().row() != at.row());
    QCOMPARE(selection.currentIndex().data(InstanceTableModel::InstanceIdRole).toString(), selected);
    const QModelIndexList rows = selection.selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(InstanceTableModel::InstanceIdRole).toString(), selected);
}

void TestInstanceTableModel::flushAndAZeroBudgetApplyEverythingAtOnce()
{
    m_model->setSliceBudget(TinyBudget);
    m_model->applyPage(accountA, makeInstances(0, 100));
    m_model->removeInstances(accountA, { instanceId(7) });
    QVERIFY(m_model->hasPendingChanges());
    m_model->flush();
    QVERIFY(!m_model->hasPendingChanges());
    QCOMPARE(m_model->rowCount(), 99);

    m_model->applyPage(accountA, makeInstances(100, 100));
    QVERIFY(m_model->hasPendingChanges());
    m_model->setSliceBudget(std::chrono::microseconds(0));
    QVERIFY(!m_model->hasPendingChanges());
    QCOMPARE(m_model->rowCount(), 199);
    // Without a budget, calls apply at once again.
    m_model->removeInstances(accountA, { instanceId(150) });
    QCOMPARE(m_model->rowCount(), 198);
}

QTEST_GUILESS_MAIN(TestInstanceTableModel)
#include "tst_instancetablemodel.moc"
