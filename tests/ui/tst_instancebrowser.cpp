// tst_instancebrowser: loading stored instances, search, filters, sorting, the column chooser's memory, live
// updates that keep the selection, the details pane, copying, and CSV export of the visible rows; RDS databases
// beside the instances (the Kind filter, a database's details, deleted ones kept as history, the counts) and the
// notice for accounts whose databases are not permitted.
#include "uitestconsole.h"

#include "aws/templatebuilder.h"
#include "models/instancefilterproxy.h"
#include "models/instancetablemodel.h"
#include "models/onboardingservice.h"
#include "ui/instancebrowser.h"
#include "ui/instancedetailspane.h"
#include "ui/instancestatedelegate.h"
#include "ui/stackupdatedialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <atomic>
#include <chrono>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
constexpr int kInstances = 3000;
const QStringList kRegions = { QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"), QStringLiteral("ap-south-1") };
const QStringList kStates = { QStringLiteral("running"), QStringLiteral("running"), QStringLiteral("stopped"),
    QStringLiteral("running"), QStringLiteral("pending"), QStringLiteral("terminated") };
const QString kTrickyName = QStringLiteral("web, \"blue\"\nline two");

QString instanceId(int n)
{
    return QStringLiteral("i-%1").arg(n, 17, 16, QLatin1Char('0'));
}

Ec2Instance makeInstance(int n, const QString &region)
{
    Ec2Instance i;
    i.instanceId = instanceId(n);
    i.instanceType = n % 2 ? QStringLiteral("t3.micro") : QStringLiteral("m5.large");
    i.state = kStates.at(n % kStates.size());
    i.availabilityZone = region + QLatin1Char('a');
    i.privateIp = QStringLiteral("10.0.%1.%2").arg(n / 250).arg(n % 250 + 1);
    if (i.state == QLatin1StringView("running") && n % 3 == 0)
        i.publicIp = QStringLiteral("203.0.%1.%2").arg(n / 250).arg(n % 250 + 1);
    i.launchTime = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(n) * 3600);
    i.spot = n % 5 == 0;
    const QString name
        = n == 7 ? kTrickyName : (n % 4 == 0 ? QStringLiteral("web-%1") : QStringLiteral("db-%1")).arg(n);
    i.tags = { { QStringLiteral("Name"), name },
        { QStringLiteral("team"), n % 2 ? QStringLiteral("blue") : QStringLiteral("green") } };
    if (n % 10 == 0)
        i.tags.append({ QStringLiteral("eks:cluster-name"), QStringLiteral("prod-eks") });
    return i;
}

/// Database \a n as RDS describes it: keyed "db-…", called "orders-N".
RdsDbInstance rdsDatabase(int n)
{
    RdsDbInstance d;
    d.identifier = QStringLiteral("orders-%1").arg(n);
    d.resourceId = QStringLiteral("db-%1").arg(n, 26, 10, QLatin1Char('0'));
    d.instanceClass = QStringLiteral("db.r6g.large");
    d.status = QStringLiteral("available");
    d.engine = QStringLiteral("postgres");
    d.engineVersion = QStringLiteral("15.4");
    d.availabilityZone = QStringLiteral("eu-west-3b");
    d.multiAz = n % 2 == 1;
    d.allocatedStorageGb = 100 * n;
    d.clusterIdentifier = n == 1 ? QStringLiteral("orders-cluster") : QString();
    d.createTime = QDateTime(QDate(2023, 2, 1), QTime(7, 0), Qt::UTC).addDays(n);
    d.tags = { { QStringLiteral("team"), QStringLiteral("<b>billing</b>") } };
    return d;
}

/// Database \a n of \a accountId as discovery announces it, in eu-west-3.
StoredInstance makeDatabase(const QString &accountId, int n)
{
    return StoredInstance::fromRds(
        accountId, QStringLiteral("eu-west-3"), rdsDatabase(n), QDateTime::currentDateTimeUtc());
}

/// RFC 4180 records of \a data.
QList<QStringList> parseCsv(const QString &data)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QChar c = data.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < data.size() && data.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < data.size() && data.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}
} // namespace

class TestInstanceBrowser : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestConsole> m_console;
    QString m_accountId;

    std::unique_ptr<InstanceBrowser> openBrowser()
    {
        auto browser = std::make_unique<InstanceBrowser>(m_console->services, m_console->settings.get());
        browser->setAccountLabel(m_accountId, QStringLiteral("Test account"));
        browser->show();
        browser->loadAccounts();
        if (!QTest::qWaitFor([&browser] { return !browser->isLoading(); }, 30000))
            qWarning("browser still loading");
        return browser;
    }

    /// The details pane's value label for \a field (its accessible name), or null.
    static QLabel *detailValue(InstanceDetailsPane *pane, const QString &field)
    {
        for (QLabel *label : pane->findChildren<QLabel *>()) {
            if (label->accessibleName() == field)
                return label;
        }
        return nullptr;
    }

    static QToolButton *chip(InstanceBrowser *browser, const char *state)
    {
        return browser->findChild<QToolButton *>(QStringLiteral("stateChip-") + QString::fromLatin1(state));
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiTestConsole::isolateSettings();
        m_console
            = std::make_unique<UiTestConsole>(FakeAws(), QString(), FakeAws::uniqueSession(QStringLiteral("browser")));
        Account a;
        a.awsAccountId = QStringLiteral("111122223333");
        a.friendlyName = QStringLiteral("Test account");
        a.method = AccountMethod::IamRole;
        a.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/OnrampDiscoveryRole");
        a.externalId = QStringLiteral("onramp-test");
        a.region = QStringLiteral("us-east-1");
        a.status = AccountStatus::Connected;
        const Result<Account> created = m_console->registry->createAccount(a);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
        m_accountId = created->id;
        const QDateTime seen = QDateTime::currentDateTimeUtc();
        for (const QString &region : kRegions) {
            QList<Ec2Instance> page;
            for (int n = 0; n < kInstances; ++n) {
                if (kRegions.at(n % kRegions.size()) == region)
                    page.append(makeInstance(n, region));
            }
            QVERIFY(m_console->registry->mergeInstances(m_accountId, region, page, seen));
        }
    }

    void init() { QSettings().remove(QStringLiteral("state")); }

    void loadsStoredInstancesAndCountsStates()
    {
        auto browser = openBrowser();
        QAbstractItemModelTester tester(
            browser->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(browser->model()->rowCount(), kInstances);
        QCOMPARE(browser->view()->model()->rowCount(), kInstances);
        // Fixed-height rows and interactive columns: nothing measures 100,000 rows.
        QCOMPARE(browser->view()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
        for (int c = 0; c < InstanceTableModel::ColumnCount; ++c)
            QCOMPARE(browser->view()->horizontalHeader()->sectionResizeMode(c), QHeaderView::Interactive);
        QTRY_VERIFY(
            browser->findChild<QLabel *>(QStringLiteral("shownLabel"))->text().contains(QLatin1StringView("of 3")));
        const QString states = browser->findChild<QLabel *>(QStringLiteral("statesLabel"))->text();
        QVERIFY2(states.contains(QStringLiteral("stopped ") + QLocale().toString(500)), qPrintable(states));
        QTRY_VERIFY(chip(browser.get(), "running")->text().contains(QLocale().toString(1500)));
        QTRY_VERIFY(browser->findChild<QLabel *>(QStringLiteral("updatedLabel"))
                        ->text()
                        .startsWith(QLatin1StringView("Updated")));
        auto *regions = browser->findChild<QComboBox *>(QStringLiteral("regionFilter"));
        QTRY_COMPARE(regions->count(), 1 + kRegions.size());
    }

    void searchIsDebouncedAndMatchesTags()
    {
        auto browser = openBrowser();
        QTest::keyClicks(browser->searchEdit(), QStringLiteral("prod-eks"));
        // Debounced: nothing changes while typing.
        QCOMPARE(browser->view()->model()->rowCount(), kInstances);
        QTRY_COMPARE(browser->view()->model()->rowCount(), kInstances / 10);
        browser->searchEdit()->clear();
        // Every term must match, case-insensitively: web-N names are the multiples of 4, all in team green.
        QTest::keyClicks(browser->searchEdit(), QStringLiteral("WEB- green"));
        QTRY_COMPARE(browser->view()->model()->rowCount(), kInstances / 4);
        for (int r = 0; r < browser->view()->model()->rowCount(); ++r) {
            const QString name = browser->view()->model()->index(r, InstanceTableModel::NameColumn).data().toString();
            QVERIFY2(name.startsWith(QLatin1StringView("web")), qPrintable(name));
        }
        browser->searchEdit()->clear();
        QTRY_COMPARE(browser->view()->model()->rowCount(), kInstances);
    }

    void chipsAndCombosFilter()
    {
        auto browser = openBrowser();
        QAbstractItemModel *shown = browser->view()->model();
        QTest::mouseClick(chip(browser.get(), "stopped"), Qt::LeftButton);
        QCOMPARE(shown->rowCount(), 500);
        for (int r = 0; r < shown->rowCount(); ++r)
            QCOMPARE(shown->index(r, 0).data(InstanceTableModel::StateRole).toString(), QStringLiteral("stopped"));
        QTest::mouseClick(chip(browser.get(), "pending"), Qt::LeftButton);
        QCOMPARE(shown->rowCount(), 1000);

        auto *regions = browser->findChild<QComboBox *>(QStringLiteral("regionFilter"));
        QTRY_VERIFY(regions->findData(QStringLiteral("eu-west-1")) > 0);
        regions->setCurrentIndex(regions->findData(QStringLiteral("eu-west-1")));
        for (int r = 0; r < shown->rowCount(); ++r)
            QCOMPARE(shown->index(r, 0).data(InstanceTableModel::RegionRole).toString(), QStringLiteral("eu-west-1"));
        QVERIFY(shown->rowCount() > 0 && shown->rowCount() < 1000);

        browser->findChild<QAction *>(QStringLiteral("clearFiltersAction"))->trigger();
        QTRY_COMPARE(shown->rowCount(), kInstances);
        auto *lifecycle = browser->findChild<QComboBox *>(QStringLiteral("lifecycleFilter"));
        lifecycle->setCurrentIndex(lifecycle->findData(QStringLiteral("spot")));
        QCOMPARE(shown->rowCount(), kInstances / 5);
        lifecycle->setCurrentIndex(0);
        auto *clusters = browser->findChild<QComboBox *>(QStringLiteral("clusterFilter"));
        QTRY_VERIFY(clusters->findData(QStringLiteral("prod-eks")) > 0);
        clusters->setCurrentIndex(clusters->findData(QStringLiteral("prod-eks")));
        QCOMPARE(shown->rowCount(), kInstances / 10);
    }

    void clickingAHeaderSorts()
    {
        auto browser = openBrowser();
        QHeaderView *header = browser->view()->horizontalHeader();
        const int x = header->sectionViewportPosition(InstanceTableModel::LaunchTimeColumn) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(InstanceTableModel::LaunchTimeColumn));
        QAbstractItemModel *shown = browser->view()->model();
        auto launch = [shown](int row) {
            return shown->index(row, InstanceTableModel::LaunchTimeColumn)
                .data(InstanceTableModel::SortRole)
                .toDateTime();
        };
        const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
        for (int r = 1; r < shown->rowCount(); r += 97)
            QVERIFY(ascending ? launch(r - 1) <= launch(r) : launch(r - 1) >= launch(r));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorOrder(), ascending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QCOMPARE(shown->index(0, InstanceTableModel::InstanceIdColumn).data().toString(),
            ascending ? instanceId(kInstances - 1) : instanceId(0));
    }

    void exportWritesTheVisibleRowsAsCsv()
    {
        auto browser = openBrowser();
        QHeaderView *header = browser->view()->horizontalHeader();
        header->setSectionHidden(InstanceTableModel::AvailabilityZoneColumn, true);
        header->moveSection(header->visualIndex(InstanceTableModel::InstanceIdColumn), 0);
        QTest::mouseClick(chip(browser.get(), "running"), Qt::LeftButton);
        QTest::keyClicks(browser->searchEdit(), QStringLiteral("team"));
        QTRY_COMPARE(browser->view()->model()->rowCount(), 1500);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("instances.csv"));
        QSignalSpy done(browser.get(), &InstanceBrowser::exportFinished);
        browser->exportVisibleRows(path);
        QVERIFY(done.wait(20000));
        QCOMPARE(done.at(0).at(1).toInt(), 1500);
        QCOMPARE(done.at(0).at(2).toString(), QString());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(file.readAll()));
        QCOMPARE(records.size(), 1 + 1500);
        const QStringList titles = records.first();
        QCOMPARE(titles.first(), QStringLiteral("Instance ID"));
        QVERIFY(!titles.contains(QStringLiteral("AZ")));
        // Every column but the AZ; Engine is two fields (engine, version).
        QCOMPARE(titles.size(), InstanceTableModel::ColumnCount);
        QCOMPARE(titles.mid(titles.size() - 5),
            (QStringList { QStringLiteral("Kind"), QStringLiteral("Engine"), QStringLiteral("Engine version"),
                QStringLiteral("Storage (GiB)"), QStringLiteral("Multi-AZ") }));
        const int stateColumn = int(titles.indexOf(QStringLiteral("State")));
        const int nameColumn = int(titles.indexOf(QStringLiteral("Name")));
        const int launchColumn = int(titles.indexOf(QStringLiteral("Launch time")));
        QVERIFY(stateColumn > 0 && nameColumn > 0 && launchColumn > 0);
        QAbstractItemModel *shown = browser->view()->model();
        bool sawTricky = false;
        for (int r = 1; r < records.size(); ++r) {
            const QStringList &rec = records.at(r);
            QCOMPARE(rec.size(), titles.size());
            QCOMPARE(rec.at(stateColumn), QStringLiteral("running"));
            QCOMPARE(rec.at(0), shown->index(r - 1, InstanceTableModel::InstanceIdColumn).data().toString());
            QVERIFY(QDateTime::fromString(rec.at(launchColumn), Qt::ISODate).isValid());
            sawTricky = sawTricky || rec.at(nameColumn) == kTrickyName;
        }
        QVERIFY2(sawTricky, "the name with a comma, quotes and a newline must survive the round trip");
    }

    void columnChoiceIsRemembered()
    {
        {
            auto browser = openBrowser();
            browser->view()->horizontalHeader()->setSectionHidden(InstanceTableModel::HealthColumn, true);
            browser->close();
        }
        auto again = openBrowser();
        QVERIFY(again->view()->horizontalHeader()->isSectionHidden(InstanceTableModel::HealthColumn));
        QVERIFY(!again->view()->horizontalHeader()->isSectionHidden(InstanceTableModel::NameColumn));
    }

    void liveUpdatesKeepSelectionAndScroll()
    {
        auto browser = openBrowser();
        QTableView *view = browser->view();
        QSignalSpy resets(view->model(), &QAbstractItemModel::modelReset);
        const int row = 1200;
        view->selectRow(row);
        view->scrollTo(view->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
        const QString selectedId = browser->selectedInstanceIds().value(0);
        const int scroll = view->verticalScrollBar()->value();
        QVERIFY(!selectedId.isEmpty());

        // A refresh changes the selected instance's state and adds instances elsewhere.
        QList<StoredInstance> page;
        StoredInstance changed = browser->model()->instanceAt(browser->model()->rowOf(m_accountId, selectedId));
        changed.state = QStringLiteral("stopping");
        page.append(changed);
        for (int n = kInstances; n < kInstances + 50; ++n)
            page.append(StoredInstance::fromEc2(m_accountId, QStringLiteral("us-east-1"),
                makeInstance(n, QStringLiteral("us-east-1")), QDateTime::currentDateTimeUtc()));
        Q_EMIT m_console->discovery->pageMerged(m_accountId, QStringLiteral("us-east-1"), page);
        // The model applies changes in slices, in the event-loop turns that follow.
        QTRY_COMPARE(browser->model()->rowCount(), kInstances + 50);
        QCOMPARE(browser->selectedInstanceIds(), QStringList { selectedId });
        QCOMPARE(view->verticalScrollBar()->value(), scroll);
        QCOMPARE(view->currentIndex().siblingAtColumn(InstanceTableModel::StateColumn).data().toString(),
            QStringLiteral("stopping"));
        QCOMPARE(
            browser->findChild<QLabel *>(QStringLiteral("updatedLabel"))->text(), QStringLiteral("Updated just now"));

        // Health and removals apply in place too.
        Q_EMIT m_console->discovery->healthUpdated(m_accountId, { { selectedId, QStringLiteral("impaired") } });
        QTRY_COMPARE(view->currentIndex().siblingAtColumn(InstanceTableModel::HealthColumn).data().toString(),
            QStringLiteral("impaired"));
        Q_EMIT m_console->discovery->instancesRemoved(
            m_accountId, { instanceId(kInstances), instanceId(kInstances + 1) });
        QTRY_COMPARE(browser->model()->rowCount(), kInstances + 48);
        QCOMPARE(browser->selectedInstanceIds(), QStringList { selectedId });
        QCOMPARE(resets.count(), 0);
        Q_EMIT m_console->discovery->instancesRemoved(m_accountId, [] {
            QStringList ids;
            for (int n = kInstances + 2; n < kInstances + 50; ++n)
                ids.append(instanceId(n));
            return ids;
        }());
    }

    void aPageAnnouncedWhileLoadingIsAppliedAfterTheStoredRows()
    {
        auto browser = std::make_unique<InstanceBrowser>(m_console->services, m_console->settings.get());
        browser->show();
        browser->loadAccounts();
        QVERIFY(browser->isLoading());
        // Discovery announces a newer state of a stored instance while the stored rows are still being read: the
        // stored (older) row must not overwrite it.
        StoredInstance newer = StoredInstance::fromEc2(m_accountId, QStringLiteral("us-east-1"),
            makeInstance(0, QStringLiteral("us-east-1")), QDateTime::currentDateTimeUtc());
        newer.state = QStringLiteral("stopping");
        Q_EMIT m_console->discovery->pageMerged(m_accountId, QStringLiteral("us-east-1"), { newer });
        QTRY_VERIFY_WITH_TIMEOUT(!browser->isLoading(), 30000);
        QTRY_VERIFY(!browser->model()->hasPendingChanges());
        QCOMPARE(browser->model()->rowCount(), kInstances);
        const int row = browser->model()->rowOf(m_accountId, instanceId(0));
        QVERIFY(row >= 0);
        QCOMPARE(browser->model()->index(row, InstanceTableModel::StateColumn).data().toString(),
            QStringLiteral("stopping"));
    }

    void detailsPaneShowsEveryTagAndCopyIdUsesTheClipboard()
    {
        auto browser = openBrowser();
        const int source = browser->model()->rowOf(m_accountId, instanceId(20));
        QVERIFY(source >= 0);
        const QModelIndex index = browser->proxy()->mapFromSource(browser->model()->index(source, 0));
        browser->view()->setCurrentIndex(index);
        browser->view()->selectRow(index.row());
        QCOMPARE(browser->detailsPane()->tagLines(),
            (QStringList { QStringLiteral("Name=web-20"), QStringLiteral("team=green"),
                QStringLiteral("eks:cluster-name=prod-eks") }));
        browser->findChild<QAction *>(QStringLiteral("copyIdAction"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), instanceId(20));
        browser->findChild<QAction *>(QStringLiteral("copyPrivateIpAction"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("10.0.0.21"));
    }

    void hostileTagsAreShownLiterallyAndLoadNothing()
    {
        // Anyone who may tag an instance writes these. If a label took them as rich text, Qt would open the FIFO to
        // load the "image" and block the UI thread until a writer came; the watcher below plays that writer (so a
        // regression fails instead of hanging) and records that it was needed.
        QTemporaryDir dir;
        const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("image-fifo")));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        std::atomic<bool> loaded { false };
        std::atomic<bool> stop { false };
        std::thread watcher([&] {
            while (!stop) {
                const int fd = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK); // fails with ENXIO without a reader
                if (fd >= 0) {
                    loaded = true;
                    ::close(fd);
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        });
        auto stopWatcher = qScopeGuard([&] {
            stop = true;
            watcher.join();
        });

        const QString img = QStringLiteral("x<img src=\"%1\">").arg(QFile::decodeName(fifo));
        const QString link = QStringLiteral("<a href=\"https://evil.example/\">click</a>");
        const QString bold = QStringLiteral("<b>bold</b>");
        const QString huge = QStringLiteral("<img src=\"%1\">").arg(QFile::decodeName(fifo)) + QString(64 * 1024, u'v');
        Ec2Instance hostile = makeInstance(kInstances + 500, QStringLiteral("us-east-1"));
        hostile.tags = { { QStringLiteral("Name"), img }, { QStringLiteral("eks:cluster-name"), link },
            { QStringLiteral("team"), bold }, { QStringLiteral("big"), huge } };
        const StoredInstance stored = StoredInstance::fromEc2(
            m_accountId, QStringLiteral("us-east-1"), hostile, QDateTime::currentDateTimeUtc());

        auto browser = openBrowser();
        Q_EMIT m_console->discovery->pageMerged(m_accountId, QStringLiteral("us-east-1"), { stored });
        QTRY_VERIFY(browser->model()->rowOf(m_accountId, hostile.instanceId) >= 0);
        const int source = browser->model()->rowOf(m_accountId, hostile.instanceId);
        QVERIFY(source >= 0);
        const QModelIndex index = browser->proxy()->mapFromSource(browser->model()->index(source, 0));
        browser->view()->setCurrentIndex(index);
        browser->view()->selectRow(index.row());
        (void)browser->grab(); // lays out and paints every label as a person would see it
        QTest::qWait(200); // absence: time for a deferred paint to open the <img> file (`loaded`, checked below)

        InstanceDetailsPane *pane = browser->detailsPane();
        const auto valueOf = [pane](const QString &field) { return detailValue(pane, field); };
        for (const auto &[field, expected] :
            { std::pair { QStringLiteral("Name"), img }, std::pair { QStringLiteral("Cluster"), link } }) {
            QLabel *label = valueOf(field);
            QVERIFY2(label, qPrintable(field));
            QCOMPARE(label->text(), expected);
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        QCOMPARE(pane->tagLines(),
            (QStringList { QStringLiteral("Name=") + img, QStringLiteral("eks:cluster-name=") + link,
                QStringLiteral("team=") + bold, QStringLiteral("big=") + huge }));
        // Every label of the window has a declared format: none is left to Qt's guess.
        for (QLabel *label : browser->findChildren<QLabel *>())
            QVERIFY2(label->textFormat() != Qt::AutoText,
                qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
        QVERIFY2(!loaded, "a tag's <img src> made Qt open the file it names");
    }

    void accountFilterOffersOrganizationsAndExportFollowsIt()
    {
        // An organization with two members (three and two instances) beside the single account of the suite.
        Account org;
        org.kind = AccountKind::Organization;
        org.friendlyName = QStringLiteral("Acme");
        org.awsOrganizationId = QStringLiteral("o-exampleorg1");
        org.externalId = QStringLiteral("onramp-org-test");
        org.region = QStringLiteral("us-east-1");
        org.status = AccountStatus::Connected;
        const Result<Account> storedOrg = m_console->registry->createAccount(org);
        QVERIFY2(storedOrg.ok(), storedOrg.ok() ? "" : qPrintable(storedOrg.error().toString()));
        QStringList memberIds;
        for (int m = 1; m <= 2; ++m) {
            Account a;
            a.awsAccountId = QStringLiteral("10000000000%1").arg(m);
            a.friendlyName = QStringLiteral("member-%1").arg(m);
            a.roleArn = QStringLiteral("arn:aws:iam::%1:role/OnrampDiscoveryRole").arg(a.awsAccountId);
            a.externalId = org.externalId;
            a.region = QStringLiteral("us-east-1");
            a.status = AccountStatus::Connected;
            a.organization = storedOrg->id;
            const Result<Account> created = m_console->registry->createAccount(a);
            QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
            memberIds.append(created->id);
            QList<Ec2Instance> page;
            for (int n = 0; n < 4 - m; ++n) // member-1: three, member-2: two
                page.append(makeInstance(90000 + 10 * m + n, QStringLiteral("us-east-1")));
            QVERIFY(m_console->registry->mergeInstances(
                created->id, QStringLiteral("us-east-1"), page, QDateTime::currentDateTimeUtc()));
        }
        auto browser = openBrowser();
        const Result<QList<Account>> accounts = m_console->registry->accounts(QStringLiteral("alice"));
        QVERIFY(accounts.ok());
        browser->setAccounts(*accounts);
        const int all = browser->view()->model()->rowCount(); // the suite's account's (earlier tests add some) + 5
        QVERIFY(all >= kInstances + 5);

        auto *combo = browser->findChild<QComboBox *>(QStringLiteral("accountFilter"));
        QVERIFY(combo);
        // All, the organization, its two members, the single account.
        QCOMPARE(combo->count(), 5);
        QCOMPARE(combo->itemData(0).toString(), QString());
        QCOMPARE(combo->itemData(1).toString(), storedOrg->id);
        QVERIFY(combo->itemText(1).contains(QStringLiteral("Acme")));
        QCOMPARE((QSet<QString> { combo->itemData(2).toString(), combo->itemData(3).toString() }),
            (QSet<QString> { memberIds.at(0), memberIds.at(1) }));
        QCOMPARE(combo->itemData(4).toString(), m_accountId);

        combo->setCurrentIndex(1); // the organization: all its members
        QTRY_COMPARE(browser->view()->model()->rowCount(), 5);
        QCOMPARE(browser->accountFilter(), storedOrg->id);
        QVERIFY(browser->windowTitle().contains(QStringLiteral("Acme")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("org.csv"));
        QSignalSpy done(browser.get(), &InstanceBrowser::exportFinished);
        browser->exportVisibleRows(path);
        QVERIFY(done.wait(20000));
        QCOMPARE(done.at(0).at(1).toInt(), 5);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(file.readAll()));
        QCOMPARE(records.size(), 1 + 5);
        const int accountColumn = int(records.first().indexOf(QStringLiteral("Account")));
        QVERIFY(accountColumn >= 0);
        for (int r = 1; r < records.size(); ++r)
            QVERIFY(records.at(r).at(accountColumn).startsWith(QStringLiteral("member-")));

        combo->setCurrentIndex(combo->findData(memberIds.at(1))); // one member
        QTRY_COMPARE(browser->view()->model()->rowCount(), 2);
        browser->setAccountFilter(storedOrg->id); // as the main window's "Show instances" on the organization
        QCOMPARE(combo->currentIndex(), 1);
        QTRY_COMPARE(browser->view()->model()->rowCount(), 5);
        combo->setCurrentIndex(0);
        QTRY_COMPARE(browser->view()->model()->rowCount(), all);
    }

    void kindFilterDatabaseDetailsAndDeletedHistory()
    {
        auto browser = openBrowser();
        QAbstractItemModelTester tester(
            browser->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int instances = browser->model()->rowCount();
        QList<StoredInstance> databases;
        for (int n = 1; n <= 3; ++n)
            databases.append(makeDatabase(m_accountId, n));
        // As DiscoveryService announces them: a page of rows of either kind, keyed by resourceId.
        Q_EMIT m_console->discovery->pageMerged(m_accountId, QStringLiteral("eu-west-3"), databases);
        QTRY_COMPARE(browser->model()->rowCount(), instances + 3);
        auto *shown = browser->findChild<QLabel *>(QStringLiteral("shownLabel"));
        QTRY_VERIFY2(shown->text().endsWith(QStringLiteral("instances · 3 databases")), qPrintable(shown->text()));
        QVERIFY2(shown->text().contains(QLocale().toString(instances) + QStringLiteral(" instances")),
            qPrintable(shown->text()));

        auto *kind = browser->findChild<QComboBox *>(QStringLiteral("kindFilter"));
        QVERIFY(kind);
        QCOMPARE(kind->count(), 3);
        QCOMPARE(kind->itemText(0), QStringLiteral("All resources"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("rds")));
        QAbstractItemModel *view = browser->view()->model();
        QCOMPARE(view->rowCount(), 3);
        for (int r = 0; r < view->rowCount(); ++r) {
            QCOMPARE(view->index(r, InstanceTableModel::KindColumn).data().toString(), QStringLiteral("RDS"));
            QCOMPARE(view->index(r, InstanceTableModel::PrivateIpColumn).data().toString(), QString());
        }
        QTRY_VERIFY(shown->text().startsWith(QStringLiteral("Showing 3 of")));
        // The kind composes with the search: two of the databases are "orders-1".."orders-3", one has a cluster.
        QTest::keyClicks(browser->searchEdit(), QStringLiteral("orders-cluster"));
        QTRY_COMPARE(view->rowCount(), 1);
        browser->searchEdit()->clear();
        QTRY_COMPARE(view->rowCount(), 3);
        kind->setCurrentIndex(kind->findData(QStringLiteral("ec2")));
        QCOMPARE(view->rowCount(), instances);
        browser->setKindFilter(ResourceKind::Rds);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("rds"));
        QCOMPARE(view->rowCount(), 3);

        // The details of database 1: its own fields, under its own words; no EC2-only rows.
        const int source = browser->model()->rowOf(m_accountId, databases.at(0).resourceId);
        QVERIFY(source >= 0);
        browser->view()->setCurrentIndex(browser->proxy()->mapFromSource(browser->model()->index(source, 0)));
        InstanceDetailsPane *pane = browser->detailsPane();
        const auto valueOf = [pane](const QString &field) { return detailValue(pane, field); };
        const QList<std::pair<QString, QString>> expected = {
            { QStringLiteral("Identifier"), QStringLiteral("orders-1") },
            { QStringLiteral("Engine"), QStringLiteral("postgres 15.4") },
            { QStringLiteral("Class"), QStringLiteral("db.r6g.large") },
            { QStringLiteral("Storage"), QStringLiteral("100 GiB") },
            { QStringLiteral("Multi-AZ"), QStringLiteral("Yes") },
            { QStringLiteral("DB cluster"), QStringLiteral("orders-cluster") },
            { QStringLiteral("Zone"), QStringLiteral("eu-west-3b") },
            { QStringLiteral("Kind"), QStringLiteral("RDS database") },
            { QStringLiteral("Resource ID"), databases.at(0).resourceId },
            { QStringLiteral("Created"),
                QLocale().toString(databases.at(0).launchTime.toLocalTime(), QLocale::ShortFormat) },
        };
        for (const auto &[field, text] : expected) {
            QLabel *label = valueOf(field);
            QVERIFY2(label, qPrintable(field));
            QCOMPARE(label->text(), text);
            QCOMPARE(label->textFormat(), Qt::PlainText);
            QVERIFY2(label->isVisibleTo(pane), qPrintable(field));
        }
        for (const QString &ec2Only :
            { QStringLiteral("Private IP"), QStringLiteral("Lifecycle"), QStringLiteral("Health") })
            QVERIFY2(!valueOf(ec2Only)->isVisibleTo(pane), qPrintable(ec2Only));
        QCOMPARE(pane->tagLines(), QStringList { QStringLiteral("team=<b>billing</b>") });

        // Deleted since: the row stays as history in state "deleted", no longer counted among the databases.
        StoredInstance gone = databases.at(1);
        gone.state = StoredInstance::DeletedState;
        Q_EMIT m_console->discovery->pageMerged(m_accountId, QStringLiteral("eu-west-3"), { gone });
        QTRY_COMPARE(browser->model()->countsByKind().deletedDatabases, 1);
        QCOMPARE(view->rowCount(), 3);
        const int goneRow
            = browser->proxy()
                  ->mapFromSource(browser->model()->index(browser->model()->rowOf(m_accountId, gone.resourceId), 0))
                  .row();
        QCOMPARE(view->index(goneRow, InstanceTableModel::StateColumn).data().toString(), QStringLiteral("deleted"));
        QTRY_VERIFY2(shown->text().endsWith(QStringLiteral("instances · 2 databases")), qPrintable(shown->text()));
        // Greyed: the delegate paints a deleted database's text in the placeholder colour, the others' as usual.
        auto *delegate = qobject_cast<InstanceStateDelegate *>(
            browser->view()->itemDelegateForIndex(view->index(goneRow, InstanceTableModel::NameColumn)));
        QVERIFY(delegate);
        const auto textColour = [&](int row) {
            QStyleOptionViewItem option;
            option.palette = browser->view()->palette();
            delegate->initStyleOption(&option, view->index(row, InstanceTableModel::NameColumn));
            return option.palette.color(QPalette::Text);
        };
        const QPalette palette = browser->view()->palette();
        QCOMPARE(textColour(goneRow), palette.color(QPalette::PlaceholderText));
        QCOMPARE(textColour(goneRow == 0 ? 1 : 0), palette.color(QPalette::Text));
        browser->setKindFilter(std::nullopt);
        QCOMPARE(view->rowCount(), instances + 3);
    }

    void notPermittedDatabasesShowTheNoticeAndTheNewTemplate()
    {
        auto browser = openBrowser();
        auto *notice = browser->findChild<QWidget *>(QStringLiteral("databaseNotice"));
        auto *text = browser->findChild<QLabel *>(QStringLiteral("databaseNoticeText"));
        auto *button = browser->findChild<QPushButton *>(QStringLiteral("databaseTemplateButton"));
        QVERIFY(notice && text && button);
        Result<QList<Account>> accounts = m_console->registry->accounts(QStringLiteral("alice"));
        QVERIFY(accounts.ok());
        browser->setAccounts(*accounts);
        QVERIFY(!notice->isVisibleTo(browser.get())); // Unknown or Allowed: no notice

        // A role made from a template older than RDS discovery.
        QList<Account> list = *accounts;
        Account *mine = nullptr;
        for (Account &a : list) {
            if (a.id == m_accountId)
                mine = &a;
        }
        QVERIFY(mine);
        mine->databaseAccess = DatabaseAccess::NotPermitted;
        mine->friendlyName = QStringLiteral("<b>Prod</b>"); // the user's words: plain text
        browser->setAccounts(list);
        QVERIFY(notice->isVisibleTo(browser.get()));
        QCOMPARE(text->textFormat(), Qt::PlainText);
        QVERIFY2(text->text().startsWith(
                     QStringLiteral("<b>Prod</b>: databases not permitted — update the stack to include databases.")),
            qPrintable(text->text()));
        QVERIFY2(text->text().contains(QStringLiteral("Update → Replace current template")), qPrintable(text->text()));
        QVERIFY(button->isVisibleTo(browser.get()));

        // Another account in view: the notice follows the account filter.
        browser->setAccountFilter(QStringLiteral("some-other-record"));
        QVERIFY(!notice->isVisibleTo(browser.get()));
        browser->setAccountFilter(m_accountId);
        QVERIFY(notice->isVisibleTo(browser.get()));

        // The new template: the wizard's, for this record's External ID and role, trusting the console's account.
        m_console->settings->setTrustedAccountOverride(QStringLiteral("999988887777"));
        browser->setConsoleIdentity(m_console->identity.get());
        StackUpdateDialog *dialog = browser->openStackUpdate(m_accountId);
        QVERIFY(dialog);
        TemplateOptions options = *m_console->onboarding->templateOptions(QStringLiteral("alice"), m_accountId,
            QStringLiteral("999988887777"), QStringLiteral("OnrampDiscoveryRole"));
        QCOMPARE(dialog->templateJson(), *TemplateBuilder::buildJson(options));
        QVERIFY(dialog->templateJson().contains("onramp-test")); // the External ID
        QVERIFY2(dialog->statusText().contains(QStringLiteral("999988887777")), qPrintable(dialog->statusText()));
        // Updated in place: no quick-create, no create-stack command.
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("updateQuickCreateButton"))->isVisibleTo(dialog));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("updateSaveTemplateButton"))->isEnabled());
        dialog->close();
        m_console->settings->setTrustedAccountOverride(QString());

        // Denied in some regions (an SCP): named, with no template to offer for that account alone.
        mine->databaseAccess = DatabaseAccess::PartlyDenied;
        mine->databaseDeniedRegions = { QStringLiteral("eu-west-3"), QStringLiteral("ap-south-1") };
        browser->setAccounts(list);
        QVERIFY2(text->text().startsWith(
                     QStringLiteral("<b>Prod</b>: databases denied in eu-west-3, ap-south-1 (e.g. by an SCP).")),
            qPrintable(text->text()));
        QVERIFY(!button->isVisibleTo(browser.get()));
        mine->databaseAccess = DatabaseAccess::Allowed;
        browser->setAccounts(list);
        QVERIFY(!notice->isVisibleTo(browser.get()));
    }

    void storedDatabasesLoadWithTheInstancesAndTheirAccessFromTheRegistry()
    {
        // Last: the suite's account gets stored databases (one deleted since) and an old stack's access.
        const QDateTime first = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY(m_console->registry->mergeDatabases(
            m_accountId, QStringLiteral("eu-west-3"), { rdsDatabase(1), rdsDatabase(2), rdsDatabase(3) }, first));
        const QDateTime second = first.addSecs(30);
        QVERIFY(m_console->registry->mergeDatabases(
            m_accountId, QStringLiteral("eu-west-3"), { rdsDatabase(1), rdsDatabase(3) }, second));
        const Result<QList<StoredInstance>> deleted
            = m_console->registry->markDatabasesDeletedNotSeenSince(m_accountId, QStringLiteral("eu-west-3"), second);
        QVERIFY(deleted.ok());
        QCOMPARE(deleted->size(), 1);
        QVERIFY(m_console->registry->setDatabaseAccess(
            m_accountId, DatabaseAccess::PartlyDenied, { QStringLiteral("ap-south-1") }));

        auto browser = openBrowser();
        InstanceTableModel *model = browser->model();
        const int ec2 = model->countsByKind().instances;
        QVERIFY(ec2 >= kInstances);
        QCOMPARE(model->countsByKind().databases, 2);
        QCOMPARE(model->countsByKind().deletedDatabases, 1);
        const int gone = model->rowOf(m_accountId, rdsDatabase(2).resourceId);
        QVERIFY(gone >= 0);
        QCOMPARE(model->instanceAt(gone).state, StoredInstance::DeletedState);
        QCOMPARE(model->instanceAt(gone).engine, QStringLiteral("postgres"));
        QTRY_VERIFY(browser->findChild<QLabel *>(QStringLiteral("shownLabel"))
                        ->text()
                        .endsWith(QStringLiteral(" instances · 2 databases")));
        // The access stored by discovery reaches the notice without the main window's account list.
        QVERIFY(browser->findChild<QWidget *>(QStringLiteral("databaseNotice"))->isVisibleTo(browser.get()));
        QVERIFY(browser->findChild<QLabel *>(QStringLiteral("databaseNoticeText"))
                    ->text()
                    .contains(QStringLiteral("databases denied in ap-south-1 (e.g. by an SCP)")));
        browser->setKindFilter(ResourceKind::Rds);
        QCOMPARE(browser->view()->model()->rowCount(), 3);
    }

    void cleanupTestCase() { m_console.reset(); }
};

QTEST_MAIN(TestInstanceBrowser)
#include "tst_instancebrowser.moc"
