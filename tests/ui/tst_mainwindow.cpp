// tst_mainwindow: the account list (empty state, live updates by diff, status display), its actions and the
// console identity, against the fake AWS endpoint and the real keychain.
#include "uitestconsole.h"

#include "models/accountlistmodel.h"
#include "models/instancetablemodel.h"
#include "ui/connectwizard.h"
#include "ui/instancebrowser.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT

    FakeAws m_fake;

    static Result<Account> connectCustomer(UiTestConsole &console, const QString &name)
    {
        std::optional<Result<Account>> result;
        QObject context;
        console.onboarding->connectKeys(QStringLiteral("alice"), FakeAws::customerKeyId(),
            SecretBytes::fromString(FakeAws::customerSecret()), QStringLiteral("us-east-1"), name, &context,
            [&result](const Result<Account> &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
            return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("connectKeys did not answer"));
        return *result;
    }

    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiTestConsole::isolateSettings();
        m_fake = FakeAws::fromEnvironment();
        if (!m_fake.isValid())
            QFAIL(qPrintable(m_fake.why()));
    }

    void emptyStateExplainsAndOffersConnect()
    {
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("empty")));
        MainWindow window(console.services, console.identity.get(), console.settings.get());
        QSignalSpy shown(&window, &MainWindow::firstShown);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(shown.count(), 1);
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyState"));
        auto *button = window.findChild<QPushButton *>(QStringLiteral("emptyConnectButton"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->accessibleName(), QStringLiteral("Connect AWS Account"));
        QTest::mouseClick(button, Qt::LeftButton);
        auto *wizard = window.findChild<ConnectWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        // Its pending record shows up in the list at once; cancelling drops it again.
        QTRY_VERIFY(!wizard->pendingRecordId().isEmpty());
        QTRY_COMPARE(window.accountModel()->rowCount(), 1);
        wizard->reject();
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyState"));
    }

    void consoleIdentityIsShown()
    {
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("identity")));
        MainWindow window(console.services, console.identity.get(), console.settings.get());
        window.show();
        console.identity->refresh();
        auto *label = window.findChild<QLabel *>(QStringLiteral("identityLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(FakeAws::consoleAccount()), 20000);
        console.settings->setTrustedAccountOverride(QStringLiteral("123456789012"));
        QTRY_VERIFY(label->text().contains(QLatin1StringView("123456789012")));
    }

    void listFollowsConnectDiscoveryAndDisconnect()
    {
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("live")));
        MainWindow window(console.services, console.identity.get(), console.settings.get());
        QAbstractItemModelTester tester(
            window.accountView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QSignalSpy resets(window.accountModel(), &QAbstractItemModel::modelReset);

        const Result<Account> connected = connectCustomer(console, QStringLiteral("Customer"));
        QVERIFY2(connected.ok(), connected.ok() ? "" : qPrintable(connected.error().toString()));
        QTRY_COMPARE(window.accountModel()->rowCount(), 1);
        const QModelIndex status = window.accountView()->model()->index(0, AccountListModel::StatusColumn);
        // Discovery runs on its own; the row turns Active with the count, updated in place.
        QTRY_VERIFY_WITH_TIMEOUT(window.accountModel()->accountAt(0).status == AccountStatus::Active, 60000);
        QTRY_COMPARE(window.accountModel()->accountAt(0).instanceCount, 10);
        QCOMPARE(status.data().toString(), QStringLiteral("Active"));
        QCOMPARE(resets.count(), 0);

        // Disconnect asks first; Cancel does nothing.
        window.selectAccount(connected->id);
        QCOMPARE(window.selectedAccountId(), connected->id);
        QAction *disconnect = action(window, "disconnectAction");
        QVERIFY(disconnect->isEnabled());
        disconnect->trigger();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("disconnectConfirmation"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->informativeText().contains(QLatin1StringView("keychain")));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50); // absence: a disconnect Cancel wrongly started would have changed the status by now
        QCOMPARE(console.registry->account(connected->id)->status, AccountStatus::Active);

        disconnect->trigger();
        box = window.findChild<QMessageBox *>(QStringLiteral("disconnectConfirmation"));
        QTRY_VERIFY(box && box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDisconnectButton")), Qt::LeftButton);
        QTRY_COMPARE(console.registry->account(connected->id)->status, AccountStatus::Disconnected);
        // History is hidden unless asked for.
        QTRY_COMPARE(window.accountView()->model()->rowCount(), 0);
        action(window, "showDisconnectedAction")->trigger();
        QCOMPARE(window.accountView()->model()->rowCount(), 1);
        QCOMPARE(resets.count(), 0);
    }

    void interruptedAccessKeyConnectIsResumedAndFinishedAtStart()
    {
        // The app stopped between claiming an access-key record and marking it connected (its secret is in the
        // keychain): Resume offers the keys tab, and the start-up refresh finishes the connect.
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("resume")));
        const Result<Account> connected = connectCustomer(console, QStringLiteral("Customer"));
        QVERIFY2(connected.ok(), connected.ok() ? "" : qPrintable(connected.error().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(console.registry->account(connected->id)->status == AccountStatus::Active, 60000);
        {
            // The state a kill leaves (no API moves an account back to pending), written as another process would.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash-window"));
            db.setDatabaseName(console.dbPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral("UPDATE accounts SET status = 'pending' WHERE id = ?")));
            q.addBindValue(connected->id);
            QVERIFY(q.exec());
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("crash-window"));
        QCOMPARE(console.registry->account(connected->id)->status, AccountStatus::Pending);

        MainWindow window(console.services, console.identity.get(), console.settings.get());
        window.show();
        QTRY_COMPARE(window.accountModel()->rowCount(), 1);
        window.selectAccount(connected->id);
        QAction *resume = action(window, "resumeAction");
        QVERIFY(resume->isEnabled());
        resume->trigger();
        auto *wizard = window.findChild<ConnectWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        auto *tabs = wizard->findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->currentIndex(), int(ConnectWizard::AccessKeysMethod));
        wizard->reject();

        window.discoverAllInBackground();
        QTRY_VERIFY_WITH_TIMEOUT(console.registry->account(connected->id)->status == AccountStatus::Active, 60000);
        QCOMPARE(window.accountModel()->accountAt(0).status, AccountStatus::Active);
    }

    void actionsFollowTheSelectedAccount()
    {
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("actions")));
        const Result<Account> pending
            = console.onboarding->createPending(QStringLiteral("alice"), QStringLiteral("Later"));
        QVERIFY(pending);
        MainWindow window(console.services, console.identity.get(), console.settings.get());
        window.show();
        QCOMPARE(window.accountModel()->rowCount(), 1);
        QVERIFY(!action(window, "resumeAction")->isEnabled());
        window.selectAccount(pending->id);
        QVERIFY(action(window, "resumeAction")->isEnabled());
        QVERIFY(!action(window, "revalidateAction")->isEnabled());
        QVERIFY(!action(window, "discoverAction")->isEnabled());
        QVERIFY(action(window, "disconnectAction")->isEnabled());
        const QModelIndex name = window.accountView()->model()->index(0, AccountListModel::FriendlyNameColumn);
        QCOMPARE(name.data().toString(), QStringLiteral("Later"));
        // Every action a keyboard user needs has a shortcut and a name.
        for (const char *a : { "connectAction", "resumeAction", "revalidateAction", "discoverAction",
                 "disconnectAction", "browserAction", "settingsAction", "auditAction" }) {
            QVERIFY2(!action(window, a)->shortcut().isEmpty(), a);
            QVERIFY2(!action(window, a)->text().isEmpty(), a);
        }
    }

    void revalidateFailureShowsTheErrorAndHint()
    {
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("reval")));
        const Result<Account> connected = connectCustomer(console, QStringLiteral("Customer"));
        QVERIFY(connected);
        QSignalSpy finished(console.discovery, &DiscoveryService::finished);
        QVERIFY(finished.wait(60000));
        // The key is deleted behind Onramp's back: re-validating cannot read it.
        bool removed = false;
        console.secrets->remove(connected->keychainRef, this, [&removed](Result<void>) { removed = true; });
        QTRY_VERIFY(removed);

        MainWindow window(console.services, console.identity.get(), console.settings.get());
        window.show();
        window.selectAccount(connected->id);
        action(window, "revalidateAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->isVisible(), 20000);
        QCOMPARE(window.messageBar()->level(), MessageBar::Level::Error);
        QVERIFY(window.messageBar()->text().contains(QLatin1StringView("Re-validating Customer failed")));
    }

    void endpointOverrideShowsALastingPlainTextNotice()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("override"));
        UiTestConsole console(m_fake, QStringLiteral("basic"), session);
        MainWindow window(console.services, console.identity.get(), console.settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *bar = window.findChild<MessageBar *>(QStringLiteral("endpointOverrideBar"));
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->level(), MessageBar::Level::Warning);
        const QString endpoint = m_fake.endpoint(QStringLiteral("basic"), session).toString();
        QVERIFY2(bar->text().contains(QStringLiteral("AWS endpoint override active: sts=%1, ec2=%1").arg(endpoint)),
            qPrintable(bar->text()));
        auto *label = bar->findChild<QLabel *>(QStringLiteral("messageBarText"));
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        // Lasting: no close button, and other messages go to the other bar.
        for (const QToolButton *button : bar->findChildren<QToolButton *>())
            QVERIFY(!button->isVisible());
        QVERIFY(window.messageBar() != bar);
        window.messageBar()->showMessage(MessageBar::Level::Error, QStringLiteral("Something else failed"));
        QVERIFY(bar->isVisible());
        QVERIFY(bar->text().contains(endpoint));

        // AWS's own endpoints: no notice.
        UiTestConsole plain(FakeAws(), QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("plain")));
        MainWindow plainWindow(plain.services, plain.identity.get(), plain.settings.get());
        QVERIFY(!plainWindow.findChild<MessageBar *>(QStringLiteral("endpointOverrideBar")));
    }

    void instanceBrowserOpensFilteredToTheAccount()
    {
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("browse")));
        const Result<Account> connected = connectCustomer(console, QStringLiteral("Customer"));
        QVERIFY(connected);
        QSignalSpy finished(console.discovery, &DiscoveryService::finished);
        QVERIFY(finished.wait(60000));
        MainWindow window(console.services, console.identity.get(), console.settings.get());
        window.show();
        InstanceBrowser *browser = window.openInstanceBrowser(connected->id);
        QVERIFY(browser);
        QTRY_VERIFY_WITH_TIMEOUT(!browser->isLoading(), 20000);
        // basic's 10 instances and its 5 databases (3 in us-east-1, 2 in eu-west-1), stored by discovery.
        QCOMPARE(browser->model()->countsByKind().instances, 10);
        QCOMPARE(browser->model()->countsByKind().databases, 5);
        QCOMPARE(browser->view()->model()->rowCount(), 15);
        QVERIFY(browser->windowTitle().contains(QLatin1StringView("Customer")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
