// Tests for InstanceFilterProxy: search terms, the filters, typed sorting, and live updates from the source.
#include "models/instancefilterproxy.h"
#include "models/instancetablemodel.h"

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString accountA = u"7d1e0c55-aaaa-4c1b-8f9e-0a1b2c3d4e01"_s;
const QString accountB = u"7d1e0c55-bbbb-4c1b-8f9e-0a1b2c3d4e02"_s;

struct Spec
{
    QString id {};
    QString name {};
    QString state = u"running"_s;
    QString region = u"us-east-1"_s;
    QString lifecycle = u"on-demand"_s;
    QString cluster {};
    QString privateIp {};
    int launchMinute = 0;
    QList<Ec2Tag> tags {};
};

StoredInstance makeInstance(const Spec &spec, const QString &account = accountA)
{
    StoredInstance s;
    s.accountId = account;
    s.instanceId = spec.id;
    s.name = spec.name;
    s.state = spec.state;
    s.region = spec.region;
    s.availabilityZone = spec.region + u'a';
    s.instanceType = u"t3.micro"_s;
    s.lifecycle = spec.lifecycle;
    s.cluster = spec.cluster;
    s.privateIp = spec.privateIp;
    s.launchTime = QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC).addSecs(qint64(spec.launchMinute) * 60);
    s.tags = spec.tags;
    if (!spec.name.isEmpty())
        s.tags.prepend({ u"Name"_s, spec.name });
    return s;
}

/// A database of \a account keyed by \a resourceId, called \a identifier.
StoredInstance makeDatabase(const QString &resourceId, const QString &identifier, const QString &engine, int storageGb,
    const QString &account = accountA)
{
    StoredInstance d;
    d.kind = ResourceKind::Rds;
    d.accountId = account;
    d.resourceId = resourceId;
    d.instanceId = identifier;
    d.name = identifier;
    d.state = u"available"_s;
    d.region = u"eu-west-1"_s;
    d.availabilityZone = u"eu-west-1b"_s;
    d.instanceType = u"db.t4g.micro"_s;
    d.engine = engine;
    d.engineVersion = u"8.0.35"_s;
    d.storageGb = storageGb;
    d.multiAz = storageGb > 50;
    d.launchTime = QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC).addSecs(qint64(storageGb) * 60);
    d.tags = { { u"Env"_s, u"Production"_s } };
    return d;
}

/// Instance \a n of a stream: launch minutes scattered (and repeated, so ties occur), every third one "prod".
StoredInstance streamed(int n)
{
    return makeInstance({ .id = u"i-s%1"_s.arg(n, 6, 10, QChar(u'0')),
        .name = (n % 3 == 0 ? u"api-prod-"_s : u"api-dev-"_s) + QString::number(n),
        .state = n % 5 == 0 ? u"stopped"_s : u"running"_s,
        .launchMinute = (n * 7919) % 997 });
}

/// What a proxy sorted by launch time in \a order and filtered by \a accepts must show over \a source,
/// computed without the proxy: a stable sort of the accepted rows (ties keep the source's order).
QStringList expectedByLaunchTime(
    const InstanceTableModel &source, Qt::SortOrder order, const std::function<bool(const StoredInstance &)> &accepts)
{
    QList<StoredInstance> rows;
    for (int row = 0; row < source.rowCount(); ++row) {
        if (const StoredInstance s = source.instanceAt(row); accepts(s))
            rows.append(s);
    }
    std::stable_sort(rows.begin(), rows.end(), [order](const StoredInstance &a, const StoredInstance &b) {
        return order == Qt::AscendingOrder ? a.launchTime < b.launchTime : b.launchTime < a.launchTime;
    });
    QStringList ids;
    for (const StoredInstance &s : rows)
        ids.append(s.instanceId);
    return ids;
}

/// The instance ids the proxy shows, top to bottom.
QStringList shownIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(InstanceTableModel::InstanceIdRole).toString());
    return ids;
}

} // namespace

class TestInstanceFilterProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsEverythingWithoutFilters();
    void searchTermsAreAndedAndCaseInsensitive_data();
    void searchTermsAreAndedAndCaseInsensitive();
    void filtersByStateSetRegionSetLifecycleClusterAndAccount();
    void setFiltersAppliesEveryFieldAtOnce();
    void settingEqualFiltersEmitsNothing();
    void sortsLaunchTimesAsTimesAndIpsAsNumbers();
    void sortsNamesCaseInsensitively();
    void fastSortGivesTheOrderOfSortRole_data();
    void fastSortGivesTheOrderOfSortRole();
    void filterChangeKeepsSelectionOfRowsStillShown();
    void insertedRowsArePlacedInSortOrderAndFiltered();
    void rowLeavingAndReenteringTheFilterIsRemovedAndAddedBack();
    void changedLaunchTimeResorts();
    void sourceRefreshNeverResetsTheProxy();
    void filtersAnyModelServingTheRoles();
    void batchMergedIntoASortedProxyGivesTheOrderOfAFullSort_data();
    void batchMergedIntoASortedProxyGivesTheOrderOfAFullSort();
    void filtersStayRightWhileStreamingSortedPages();
    void fewInsertionPointsAreAnnouncedAsRowInsertions();
    void scatteredBatchIsOneLayoutChangeThatKeepsTheSelection();
    void changedSortKeyMovesTheRowAndKeepsTheCurrentIndex();
    void sourceRowsInsertedAndRemovedInTheMiddleKeepTheMapping();
    void scatteredRemovalsKeepOrderFilterAndPersistentIndexes();
    void kindFilterComposesWithTheOtherFilters();
    void searchFindsADatabaseByEngineAndResourceId();

private:
    InstanceTableModel *m_source = nullptr;
    InstanceFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestInstanceFilterProxy::init()
{
    m_source = new InstanceTableModel(this);
    m_source->applyPage(accountA,
        {
            makeInstance({ .id = u"i-001"_s,
                .name = u"web-prod-1"_s,
                .privateIp = u"10.0.0.9"_s,
                .launchMinute = 30,
                .tags = { { u"Env"_s, u"Production"_s } } }),
            makeInstance({ .id = u"i-002"_s,
                .name = u"Web-staging"_s,
                .state = u"stopped"_s,
                .privateIp = u"10.0.0.10"_s,
                .launchMinute = 10,
                .tags = { { u"Env"_s, u"Staging"_s } } }),
            makeInstance({ .id = u"i-003"_s,
                .name = u"db-prod"_s,
                .region = u"eu-west-1"_s,
                .lifecycle = u"spot"_s,
                .cluster = u"orders"_s,
                .privateIp = u"10.0.1.1"_s,
                .launchMinute = 20,
                .tags = { { u"Env"_s, u"Production"_s } } }),
        });
    m_source->applyPage(accountB,
        { makeInstance({ .id = u"i-004"_s,
                           .name = u"batch"_s,
                           .state = u"pending"_s,
                           .region = u"eu-west-1"_s,
                           .lifecycle = u"spot"_s,
                           .cluster = u"orders"_s,
                           .privateIp = u"10.0.0.2"_s,
                           .launchMinute = 0,
                           .tags = { { u"kubernetes.io/cluster/orders"_s, u"owned"_s } } },
            accountB) });
    m_proxy = new InstanceFilterProxy(this);
    m_proxy->setSourceModel(m_source);
    m_tester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestInstanceFilterProxy::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_source;
}

void TestInstanceFilterProxy::showsEverythingWithoutFilters()
{
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-001"_s, u"i-002"_s, u"i-003"_s, u"i-004"_s }));
    QVERIFY(m_proxy->dynamicSortFilter());
    QCOMPARE(m_proxy->sortRole(), int(InstanceTableModel::SortRole));
}

void TestInstanceFilterProxy::searchTermsAreAndedAndCaseInsensitive_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one term, any case") << u"WEB"_s << QStringList { u"i-001"_s, u"i-002"_s };
    QTest::newRow("two terms ANDed") << u"web production"_s << QStringList { u"i-001"_s };
    QTest::newRow("extra whitespace") << u"  web \t  PROD  "_s << QStringList { u"i-001"_s };
    QTest::newRow("no row has both") << u"staging orders"_s << QStringList {};
    QTest::newRow("instance id") << u"i-003"_s << QStringList { u"i-003"_s };
    QTest::newRow("ip substring") << u"10.0.0.1"_s << QStringList { u"i-002"_s };
    QTest::newRow("tag key") << u"kubernetes.io"_s << QStringList { u"i-004"_s };
    QTest::newRow("tag value") << u"staging"_s << QStringList { u"i-002"_s };
    QTest::newRow("empty shows all") << u"   "_s << QStringList { u"i-001"_s, u"i-002"_s, u"i-003"_s, u"i-004"_s };
}

void TestInstanceFilterProxy::searchTermsAreAndedAndCaseInsensitive()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_proxy->setSearchText(text);
    QCOMPARE(shownIds(*m_proxy), expected);
}

void TestInstanceFilterProxy::filtersByStateSetRegionSetLifecycleClusterAndAccount()
{
    m_proxy->setStates({ u"running"_s, u"pending"_s });
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-001"_s, u"i-003"_s, u"i-004"_s }));
    m_proxy->setRegions({ u"eu-west-1"_s });
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-003"_s, u"i-004"_s }));
    m_proxy->setAccountId(accountB);
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-004"_s }));
    m_proxy->setAccountIds({ accountA, accountB }); // e.g. an organization's members
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-003"_s, u"i-004"_s }));
    m_proxy->setAccountIds({ u"not-shown"_s });
    QCOMPARE(shownIds(*m_proxy), QStringList {});
    m_proxy->setAccountId({});
    m_proxy->setLifecycle(u"spot"_s);
    m_proxy->setCluster(u"orders"_s);
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-003"_s, u"i-004"_s }));
    m_proxy->setLifecycle(u"on-demand"_s);
    QCOMPARE(shownIds(*m_proxy), QStringList {});
    m_proxy->setFilters({});
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestInstanceFilterProxy::setFiltersAppliesEveryFieldAtOnce()
{
    InstanceFilterProxy::Filter filter;
    filter.text = u"prod"_s;
    filter.regions = { u"us-east-1"_s };
    filter.states = { u"running"_s };
    m_proxy->setFilters(filter);
    QCOMPARE(m_proxy->filters(), filter);
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-001"_s }));
}

void TestInstanceFilterProxy::settingEqualFiltersEmitsNothing()
{
    m_proxy->setSearchText(u"web"_s);
    QSignalSpy removed(m_proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
    m_proxy->setSearchText(u"web"_s);
    m_proxy->setFilters(m_proxy->filters());
    QCOMPARE(removed.size() + inserted.size() + layout.size(), 0);
}

void TestInstanceFilterProxy::sortsLaunchTimesAsTimesAndIpsAsNumbers()
{
    m_proxy->sort(InstanceTableModel::LaunchTimeColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-004"_s, u"i-002"_s, u"i-003"_s, u"i-001"_s }));
    m_proxy->sort(InstanceTableModel::LaunchTimeColumn, Qt::DescendingOrder);
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-001"_s, u"i-003"_s, u"i-002"_s, u"i-004"_s }));
    // 10.0.0.2 < 10.0.0.9 < 10.0.0.10 < 10.0.1.1: as text, .10 would come before .2 and .9.
    m_proxy->sort(InstanceTableModel::PrivateIpColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-004"_s, u"i-001"_s, u"i-002"_s, u"i-003"_s }));
}

void TestInstanceFilterProxy::sortsNamesCaseInsensitively()
{
    m_proxy->sort(InstanceTableModel::NameColumn, Qt::AscendingOrder);
    // batch, db-prod, web-prod-1, Web-staging: "Web-staging" would sort first case-sensitively.
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-004"_s, u"i-003"_s, u"i-001"_s, u"i-002"_s }));
}

void TestInstanceFilterProxy::fastSortGivesTheOrderOfSortRole_data()
{
    QTest::addColumn<int>("column");
    const InstanceTableModel headers;
    for (int column = 0; column < InstanceTableModel::ColumnCount; ++column)
        QTest::addRow("%s", qPrintable(headers.headerData(column, Qt::Horizontal).toString())) << column;
}

void TestInstanceFilterProxy::fastSortGivesTheOrderOfSortRole()
{
    // Over an InstanceTableModel the proxy compares rows directly; through any other model (here an identity
    // proxy in between) it compares SortRole QVariants. Both must give the same order, ties included.
    QFETCH(int, column);
    m_source->applyPage(accountA,
        { makeInstance({ .id = u"i-010"_s,
              .name = u"WEB-prod-1"_s,
              .state = u"stopped"_s,
              .privateIp = u"10.0.0.10"_s,
              .launchMinute = 20 }),
            makeInstance({ .id = u"i-011"_s, .privateIp = u"not-an-ip"_s, .launchMinute = 20 }),
            makeDatabase(u"db-1"_s, u"orders"_s, u"mysql"_s, 1000),
            makeDatabase(u"db-2"_s, u"Billing"_s, u"MySQL"_s, 20),
            makeDatabase(u"db-3"_s, u"ledger"_s, u"postgres"_s, 20) });
    QIdentityProxyModel identity;
    identity.setSourceModel(m_source);
    InstanceFilterProxy generic;
    generic.setSourceModel(&identity);
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        m_proxy->sort(column, order);
        generic.sort(column, order);
        QCOMPARE(shownIds(*m_proxy), shownIds(generic));
    }
}

void TestInstanceFilterProxy::filterChangeKeepsSelectionOfRowsStillShown()
{
    m_proxy->sort(InstanceTableModel::LaunchTimeColumn, Qt::AscendingOrder);
    QItemSelectionModel selection(m_proxy);
    const int row = int(shownIds(*m_proxy).indexOf(u"i-001"_s));
    selection.select(m_proxy->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection.setCurrentIndex(m_proxy->index(row, 0), QItemSelectionModel::NoUpdate);

    m_proxy->setSearchText(u"web"_s); // i-001 stays, others go
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(InstanceTableModel::InstanceIdRole).toString(), u"i-001"_s);
    QCOMPARE(selection.currentIndex().data(InstanceTableModel::InstanceIdRole).toString(), u"i-001"_s);

    m_proxy->setSearchText(u"db"_s); // i-001 goes
    QVERIFY(selection.selectedRows().isEmpty());
}

void TestInstanceFilterProxy::insertedRowsArePlacedInSortOrderAndFiltered()
{
    m_proxy->sort(InstanceTableModel::LaunchTimeColumn, Qt::AscendingOrder);
    m_proxy->setSearchText(u"web"_s);
    QSignalSpy reset(m_proxy, &QAbstractItemModel::modelReset);
    m_source->applyPage(accountA,
        { makeInstance({ .id = u"i-005"_s, .name = u"web-new"_s, .launchMinute = 15 }),
            makeInstance({ .id = u"i-006"_s, .name = u"cache"_s, .launchMinute = 16 }) });
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-002"_s, u"i-005"_s, u"i-001"_s }));
    QCOMPARE(reset.size(), 0);
}

void TestInstanceFilterProxy::rowLeavingAndReenteringTheFilterIsRemovedAndAddedBack()
{
    m_proxy->setStates({ u"running"_s });
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-001"_s, u"i-003"_s }));
    const QPersistentModelIndex kept = m_proxy->index(1, 0); // i-003
    QSignalSpy removed(m_proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);

    StoredInstance first = m_source->instanceAt(m_source->rowOf(accountA, u"i-001"_s));
    first.state = u"stopped"_s;
    m_source->applyPage(accountA, { first });
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-003"_s }));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(kept.data(InstanceTableModel::InstanceIdRole).toString(), u"i-003"_s);

    first.state = u"running"_s;
    m_source->applyPage(accountA, { first });
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-001"_s, u"i-003"_s }));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(kept.row(), 1);
}

void TestInstanceFilterProxy::changedLaunchTimeResorts()
{
    m_proxy->sort(InstanceTableModel::LaunchTimeColumn, Qt::AscendingOrder);
    StoredInstance oldest = m_source->instanceAt(m_source->rowOf(accountB, u"i-004"_s));
    oldest.launchTime = oldest.launchTime.addSecs(3600);
    m_source->applyPage(accountB, { oldest });
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-002"_s, u"i-003"_s, u"i-001"_s, u"i-004"_s }));
}

void TestInstanceFilterProxy::sourceRefreshNeverResetsTheProxy()
{
    m_proxy->sort(InstanceTableModel::LaunchTimeColumn, Qt::AscendingOrder);
    m_proxy->setSearchText(u"prod"_s);
    QSignalSpy reset(m_proxy, &QAbstractItemModel::modelReset);
    QList<StoredInstance> refresh;
    for (const QString &id : { u"i-001"_s, u"i-003"_s })
        refresh.append(m_source->instanceAt(m_source->rowOf(accountA, id)));
    refresh[1].state = u"stopping"_s;
    refresh.append(makeInstance({ .id = u"i-007"_s, .name = u"api-prod"_s, .launchMinute = 5 }));
    m_source->replaceAccount(accountA, refresh);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-007"_s, u"i-003"_s, u"i-001"_s }));
}

void TestInstanceFilterProxy::filtersAnyModelServingTheRoles()
{
    // Without an InstanceTableModel behind it, the proxy reads the haystack through SearchTextRole.
    QStandardItemModel model(0, 1);
    for (const auto &[id, state, haystack] : { std::tuple { u"a"_s, u"running"_s, QByteArray("alpha\nfoo") },
             std::tuple { u"b"_s, u"stopped"_s, QByteArray("beta\nfoo") },
             std::tuple { u"c"_s, u"running"_s, QByteArray("gamma") } }) {
        auto *item = new QStandardItem;
        item->setData(id, InstanceTableModel::InstanceIdRole);
        item->setData(state, InstanceTableModel::StateRole);
        item->setData(haystack, InstanceTableModel::SearchTextRole);
        model.appendRow(item);
    }
    InstanceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setSearchText(u"FOO"_s);
    QCOMPARE(shownIds(proxy), (QStringList { u"a"_s, u"b"_s }));
    proxy.setStates({ u"running"_s });
    QCOMPARE(shownIds(proxy), (QStringList { u"a"_s }));
}

void TestInstanceFilterProxy::batchMergedIntoASortedProxyGivesTheOrderOfAFullSort_data()
{
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("order");
    QTest::newRow("2 rows, ascending") << 2 << int(Qt::AscendingOrder);
    QTest::newRow("2 rows, descending") << 2 << int(Qt::DescendingOrder);
    QTest::newRow("300 rows, ascending") << 300 << int(Qt::AscendingOrder);
    QTest::newRow("300 rows, descending") << 300 << int(Qt::DescendingOrder);
}

void TestInstanceFilterProxy::batchMergedIntoASortedProxyGivesTheOrderOfAFullSort()
{
    QFETCH(int, batch);
    QFETCH(int, order);
    QList<StoredInstance> first;
    for (int n = 0; n < 200; ++n)
        first.append(streamed(n));
    m_source->applyPage(accountA, first);
    m_proxy->sort(InstanceTableModel::LaunchTimeColumn, Qt::SortOrder(order));

    QList<StoredInstance> more;
    for (int n = 200; n < 200 + batch; ++n)
        more.append(streamed(n));
    m_source->applyPage(accountA, more);

    InstanceFilterProxy fresh; // sorts every row at once
    fresh.setSourceModel(m_source);
    fresh.sort(InstanceTableModel::LaunchTimeColumn, Qt::SortOrder(order));
    QCOMPARE(m_proxy->rowCount(), m_source->rowCount());
    QCOMPARE(shownIds(*m_proxy), shownIds(fresh));
    QCOMPARE(shownIds(*m_proxy),
        expectedByLaunchTime(*m_source, Qt::SortOrder(order), [](const StoredInstance &) { return true; }));
}

void TestInstanceFilterProxy::filtersStayRightWhileStreamingSortedPages()
{
    m_proxy->sort(InstanceTableModel::LaunchTimeColumn, Qt::DescendingOrder);
    m_proxy->setSearchText(u"PROD"_s);
    m_proxy->setStates({ u"running"_s });
    const auto accepts = [](const StoredInstance &s) {
        return s.state == u"running"_s
            && (s.name.contains(u"prod"_s, Qt::CaseInsensitive)
                || std::any_of(s.tags.cbegin(), s.tags.cend(),
                    [](const Ec2Tag &tag) { return tag.value.contains(u"prod"_s, Qt::CaseInsensitive); }));
    };
    for (int page = 0; page < 6; ++page) {
        QList<StoredInstance> rows;
        for (int n = page * 250; n < (page + 1) * 250; ++n)
            rows.append(streamed(n));
        m_source->applyPage(accountA, rows);
        QCOMPARE(shownIds(*m_proxy), expectedByLaunchTime(*m_source, Qt::DescendingOrder, accepts));
    }
    // A refresh that stops some shown rows and starts some hidden ones keeps the filter right too.
    QList<StoredInstance> refresh;
    for (int n = 0; n < 1500; n += 7) {
        StoredInstance s = streamed(n);
        s.state = s.state == u"running"_s ? u"stopped"_s : u"running"_s;
        refresh.append(s);
    }
    m_source->applyPage(accountA, refresh);
    QCOMPARE(shownIds(*m_proxy), expectedByLaunchTime(*m_source, Qt::DescendingOrder, accepts));
}

void TestInstanceFilterProxy::fewInsertionPointsAreAnnouncedAsRowInsertions()
{
    m_proxy->sort(InstanceTableModel::LaunchTimeColumn, Qt::AscendingOrder);
    // Shown: i-004 (0), i-002 (10), i-003 (20), i-001 (30).
    QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
    m_source->applyPage(accountA,
        { makeInstance({ .id = u"i-005"_s, .launchMinute = 25 }), makeInstance({ .id = u"i-006"_s, .launchMinute = 5 }),
            makeInstance({ .id = u"i-007"_s, .launchMinute = 26 }) });
    QCOMPARE(shownIds(*m_proxy),
        (QStringList { u"i-004"_s, u"i-006"_s, u"i-002"_s, u"i-003"_s, u"i-005"_s, u"i-007"_s, u"i-001"_s }));
    QCOMPARE(layout.size(), 0);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1); // i-006, announced first: the ranges go top to bottom
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(inserted.at(1).at(1).toInt(), 4); // i-005 and i-007 together
    QCOMPARE(inserted.at(1).at(2).toInt(), 5);
}

void TestInstanceFilterProxy::scatteredBatchIsOneLayoutChangeThatKeepsTheSelection()
{
    m_proxy->sort(InstanceTableModel::LaunchTimeColumn, Qt::AscendingOrder);
    QList<StoredInstance> first;
    for (int n = 0; n < 100; ++n)
        first.append(streamed(n));
    m_source->applyPage(accountA, first);
    QItemSelectionModel selection(m_proxy);
    const int row = int(shownIds(*m_proxy).indexOf(u"i-s000042"_s));
    selection.select(m_proxy->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection.setCurrentIndex(m_proxy->index(row, 0), QItemSelectionModel::NoUpdate);

    QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(m_proxy, &QAbstractItemModel::modelReset);
    QList<StoredInstance> more;
    for (int n = 100; n < 400; ++n)
        more.append(streamed(n));
    m_source->applyPage(accountA, more);

    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(layout.size(), 1);
    QCOMPARE(m_proxy->rowCount(), 404);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(InstanceTableModel::InstanceIdRole).toString(), u"i-s000042"_s);
    QCOMPARE(selection.currentIndex().data(InstanceTableModel::InstanceIdRole).toString(), u"i-s000042"_s);
}

void TestInstanceFilterProxy::changedSortKeyMovesTheRowAndKeepsTheCurrentIndex()
{
    m_proxy->sort(InstanceTableModel::LaunchTimeColumn, Qt::DescendingOrder);
    QItemSelectionModel selection(m_proxy);
    const int row = int(shownIds(*m_proxy).indexOf(u"i-002"_s));
    selection.setCurrentIndex(m_proxy->index(row, 0), QItemSelectionModel::ClearAndSelect);
    QSignalSpy changed(m_proxy, &QAbstractItemModel::dataChanged);

    StoredInstance moved = m_source->instanceAt(m_source->rowOf(accountA, u"i-002"_s));
    moved.launchTime = moved.launchTime.addSecs(3600); // now the newest
    StoredInstance stays = m_source->instanceAt(m_source->rowOf(accountA, u"i-003"_s));
    stays.state = u"stopping"_s;
    m_source->applyPage(accountA, { moved, stays });

    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-002"_s, u"i-001"_s, u"i-003"_s, u"i-004"_s }));
    QCOMPARE(selection.currentIndex().row(), 0);
    QCOMPARE(selection.currentIndex().data(InstanceTableModel::InstanceIdRole).toString(), u"i-002"_s);
    QVERIFY(!changed.isEmpty());
    const QModelIndex stopping = m_proxy->index(2, InstanceTableModel::StateColumn);
    QCOMPARE(stopping.data().toString(), u"stopping"_s);
}

void TestInstanceFilterProxy::sourceRowsInsertedAndRemovedInTheMiddleKeepTheMapping()
{
    // A generic source may insert and remove anywhere; InstanceTableModel only appends.
    QStandardItemModel model(0, 1);
    const auto item = [](const QString &id, int key) {
        auto *i = new QStandardItem(id);
        i->setData(id, InstanceTableModel::InstanceIdRole);
        i->setData(key, InstanceTableModel::SortRole);
        i->setData(u"running"_s, InstanceTableModel::StateRole);
        i->setData(QByteArray(id.toUtf8() + "\nx"), InstanceTableModel::SearchTextRole);
        return i;
    };
    for (const auto &[id, key] : { std::pair { u"a"_s, 3 }, { u"b"_s, 1 }, { u"c"_s, 2 }, { u"d"_s, 5 } })
        model.appendRow(item(id, key));
    InstanceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.sort(0, Qt::AscendingOrder);
    proxy.setSearchText(u"x"_s);
    QCOMPARE(shownIds(proxy), (QStringList { u"b"_s, u"c"_s, u"a"_s, u"d"_s }));

    model.insertRow(1, item(u"e"_s, 4));
    model.insertRow(0, item(u"f"_s, 0));
    QCOMPARE(shownIds(proxy), (QStringList { u"f"_s, u"b"_s, u"c"_s, u"a"_s, u"e"_s, u"d"_s }));
    model.removeRows(2, 2); // e and b
    QCOMPARE(shownIds(proxy), (QStringList { u"f"_s, u"c"_s, u"a"_s, u"d"_s }));
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex source = proxy.mapToSource(proxy.index(row, 0));
        QCOMPARE(proxy.mapFromSource(source).row(), row);
    }
    model.item(0)->setData(QByteArray("f\nhidden"), InstanceTableModel::SearchTextRole);
    QCOMPARE(shownIds(proxy), (QStringList { u"c"_s, u"a"_s, u"d"_s }));
    // The source is now f, a, c, d.
    model.item(3)->setData(9, InstanceTableModel::SortRole); // d stays last
    QCOMPARE(shownIds(proxy), (QStringList { u"c"_s, u"a"_s, u"d"_s }));
    model.item(2)->setData(7, InstanceTableModel::SortRole); // c moves after a
    QCOMPARE(shownIds(proxy), (QStringList { u"a"_s, u"c"_s, u"d"_s }));
}

void TestInstanceFilterProxy::scatteredRemovalsKeepOrderFilterAndPersistentIndexes()
{
    m_proxy->sort(InstanceTableModel::LaunchTimeColumn, Qt::DescendingOrder);
    m_proxy->setSearchText(u"api"_s);
    QList<StoredInstance> rows;
    for (int n = 0; n < 300; ++n)
        rows.append(streamed(n));
    m_source->applyPage(accountA, rows);
    const auto accepts = [](const StoredInstance &s) { return s.name.startsWith(u"api-"_s); };
    const QPersistentModelIndex kept = m_proxy->index(int(shownIds(*m_proxy).indexOf(u"i-s000102"_s)), 0);
    QPersistentModelIndex dropped = m_proxy->index(int(shownIds(*m_proxy).indexOf(u"i-s000007"_s)), 0);
    QVERIFY(kept.isValid() && dropped.isValid());

    // Many one-row runs, removed highest first, each read back by the tester while the others are pending.
    QStringList gone;
    for (int n = 1; n < 300; n += 3)
        gone.append(streamed(n).instanceId);
    QSignalSpy removed(m_proxy, &QAbstractItemModel::rowsRemoved);
    m_source->removeInstances(accountA, gone);
    QCOMPARE(removed.size(), 100);
    QCOMPARE(shownIds(*m_proxy), expectedByLaunchTime(*m_source, Qt::DescendingOrder, accepts));
    QCOMPARE(kept.data(InstanceTableModel::InstanceIdRole).toString(), u"i-s000102"_s);
    QVERIFY(!dropped.isValid());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        QCOMPARE(m_proxy->mapFromSource(m_proxy->mapToSource(m_proxy->index(row, 0))).row(), row);

    // Removals on top of pending ones, then a change, an insertion and a sort on the compacted mapping.
    m_source->removeInstances(accountA, { streamed(0).instanceId, streamed(299).instanceId, u"i-002"_s });
    StoredInstance changed = streamed(99);
    changed.launchTime = changed.launchTime.addYears(1);
    m_source->applyPage(accountA, { changed, streamed(1) });
    QCOMPARE(shownIds(*m_proxy), expectedByLaunchTime(*m_source, Qt::DescendingOrder, accepts));
    QCOMPARE(shownIds(*m_proxy).first(), u"i-s000099"_s);
    m_proxy->sort(InstanceTableModel::LaunchTimeColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(*m_proxy), expectedByLaunchTime(*m_source, Qt::AscendingOrder, accepts));
    QCOMPARE(kept.data(InstanceTableModel::InstanceIdRole).toString(), u"i-s000102"_s);
}

void TestInstanceFilterProxy::kindFilterComposesWithTheOtherFilters()
{
    m_source->applyPage(accountA,
        { makeDatabase(u"db-AAA"_s, u"orders-db"_s, u"postgres"_s, 100),
            makeDatabase(u"db-BBB"_s, u"web-sessions"_s, u"mysql"_s, 20) });
    m_source->applyPage(accountB, { makeDatabase(u"db-CCC"_s, u"batch-db"_s, u"postgres"_s, 20, accountB) });
    QCOMPARE(m_proxy->rowCount(), 7);
    m_proxy->setKind(ResourceKind::Rds);
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"orders-db"_s, u"web-sessions"_s, u"batch-db"_s }));
    m_proxy->setKind(ResourceKind::Ec2);
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-001"_s, u"i-002"_s, u"i-003"_s, u"i-004"_s }));
    // With the account, region, state and search filters.
    m_proxy->setKind(ResourceKind::Rds);
    m_proxy->setAccountId(accountA);
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"orders-db"_s, u"web-sessions"_s }));
    m_proxy->setSearchText(u"web"_s);
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"web-sessions"_s }));
    m_proxy->setKind(std::nullopt);
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-001"_s, u"i-002"_s, u"web-sessions"_s }));
    m_proxy->setSearchText({});
    m_proxy->setStates({ u"available"_s });
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"orders-db"_s, u"web-sessions"_s }));
    m_proxy->setStates({});
    m_proxy->setRegions({ u"eu-west-1"_s });
    m_proxy->setKind(ResourceKind::Ec2);
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"i-003"_s }));
    // A database deleted since stays shown (history), and a kind filter holds through live changes.
    m_proxy->setFilters({});
    m_proxy->setKind(ResourceKind::Rds);
    StoredInstance gone = makeDatabase(u"db-AAA"_s, u"orders-db"_s, u"postgres"_s, 100);
    gone.state = StoredInstance::DeletedState;
    m_source->applyPage(accountA, { gone, makeDatabase(u"db-DDD"_s, u"new-db"_s, u"mariadb"_s, 5) });
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"orders-db"_s, u"web-sessions"_s, u"batch-db"_s, u"new-db"_s }));
    QCOMPARE(m_proxy->index(0, InstanceTableModel::StateColumn).data().toString(), u"deleted"_s);
    m_source->applyPage(accountA, { makeInstance({ .id = u"i-999"_s, .name = u"late"_s }) });
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestInstanceFilterProxy::searchFindsADatabaseByEngineAndResourceId()
{
    m_source->applyPage(accountA,
        { makeDatabase(u"db-ABCDEF123"_s, u"orders-db"_s, u"aurora-postgresql"_s, 100),
            makeDatabase(u"db-XYZ"_s, u"cache"_s, u"mysql"_s, 20) });
    m_proxy->setSearchText(u"AURORA"_s);
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"orders-db"_s }));
    m_proxy->setSearchText(u"db-abcdef"_s);
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"orders-db"_s }));
    m_proxy->setSearchText(u"8.0.35 production"_s); // version and tag value, both databases
    QCOMPARE(shownIds(*m_proxy), (QStringList { u"orders-db"_s, u"cache"_s }));
}

QTEST_GUILESS_MAIN(TestInstanceFilterProxy)
#include "tst_instancefilterproxy.moc"
