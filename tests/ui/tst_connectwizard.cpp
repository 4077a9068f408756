// tst_connectwizard: both ways through the Connect AWS Account wizard, as a person clicks and types, against the
// fake AWS endpoint and the real keychain.
#include "../support/freedmemorywatch.h"
#include "uitestconsole.h"

#include "../support/fakeorganization.h"
#include "models/accountlistmodel.h"
#include "models/errortext.h"
#include "ui/accesskeyspage.h"
#include "ui/cloudformationpage.h"
#include "ui/connectprogresspage.h"
#include "ui/connectwizard.h"
#include "ui/mainwindow.h"
#include "ui/organizationpage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

namespace {
const QString kRoleArn = QStringLiteral("arn:aws:iam::111122223333:role/OnrampDiscoveryRole");

/// A scenario based on \a base whose role accepts \a externalId and may call \a actions.
QJsonObject roleScenario(const QString &base, const QString &externalId, const QStringList &actions)
{
    QJsonArray allowed;
    for (const QString &a : actions)
        allowed.append(a);
    return QJsonObject { { QStringLiteral("extends"), base },
        { QStringLiteral("roles"),
            QJsonArray {
                QJsonObject { { QStringLiteral("arn"), kRoleArn }, { QStringLiteral("external_id"), externalId },
                    { QStringLiteral("trusted_accounts"), QJsonArray { FakeAws::consoleAccount() } },
                    { QStringLiteral("allowed_actions"), allowed } } } } };
}

const QStringList kDiscoveryActions = { QStringLiteral("ec2:DescribeRegions"), QStringLiteral("ec2:DescribeInstances"),
    QStringLiteral("ec2:DescribeInstanceStatus") };
} // namespace

class TestConnectWizard : public QObject
{
    Q_OBJECT

    FakeAws m_fake;

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    static void clickTab(ConnectWizard *wizard, int index)
    {
        QTabBar *bar = child<QTabWidget>(wizard, "methodTabs")->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    }

    static void click(QWidget *parent, const char *button)
    {
        auto *b = child<QPushButton>(parent, button);
        QVERIFY2(b->isEnabled(), button);
        QVERIFY2(b->isVisible(), button);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    /// Opens a wizard on a console whose identity is looked up, and waits for the template of its new record.
    std::unique_ptr<ConnectWizard> openWizard(UiTestConsole &console)
    {
        console.identity->refresh();
        auto wizard = std::make_unique<ConnectWizard>(console.services, console.identity.get(), console.settings.get());
        wizard->setWaitForRoleSecs(0);
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get()))
            qWarning("wizard not exposed");
        return wizard;
    }

    static bool waitForTemplate(ConnectWizard *wizard)
    {
        return QTest::qWaitFor([wizard] { return !wizard->cloudFormationPage()->templateJson().isEmpty(); }, 20000);
    }

    /// Every text a widget of \a root shows.
    static QStringList visibleTexts(QWidget *root)
    {
        QStringList texts;
        for (QLineEdit *e : root->findChildren<QLineEdit *>())
            texts.append(e->text());
        for (QLabel *l : root->findChildren<QLabel *>())
            texts.append(l->text());
        for (QPlainTextEdit *p : root->findChildren<QPlainTextEdit *>())
            texts.append(p->toPlainText());
        return texts;
    }

    void connectWithKeys(ConnectWizard *wizard, const QString &keyId, const QString &secret, const QString &name)
    {
        clickTab(wizard, ConnectWizard::AccessKeysMethod);
        QCOMPARE(wizard->currentMethod(), ConnectWizard::AccessKeysMethod);
        auto *keyEdit = child<QLineEdit>(wizard, "keyIdEdit");
        auto *secretEdit = child<QLineEdit>(wizard, "secretEdit");
        QTest::keyClicks(keyEdit, keyId);
        QTest::keyClicks(secretEdit, secret);
        QTest::keyClicks(child<QLineEdit>(wizard, "keysNameEdit"), name);
        click(wizard, "connectButton");
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiTestConsole::isolateSettings();
        m_fake = FakeAws::fromEnvironment();
        if (!m_fake.isValid())
            QFAIL(qPrintable(m_fake.why()));
    }

    void init() { QApplication::clipboard()->clear(); }

    void terraformFormatShowsCopiesAndSavesTheSameRoleAsHcl()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("tf"));
        UiTestConsole console(m_fake, QStringLiteral("basic"), session);
        auto wizard = openWizard(console);
        QTRY_VERIFY(!wizard->pendingRecordId().isEmpty());
        QVERIFY(waitForTemplate(wizard.get()));
        const Result<Account> pending = console.registry->account(wizard->pendingRecordId());
        QVERIFY(pending);
        auto *view = child<QPlainTextEdit>(wizard.get(), "templateView");
        auto *format = child<QComboBox>(wizard.get(), "templateFormatCombo");
        const QString json = view->toPlainText();
        // Settings outlive the test (the next tests expect no template URL).
        const auto noTemplateUrl = qScopeGuard([&console] { console.settings->setTemplateUrl(QUrl()); });
        console.settings->setTemplateUrl(QUrl(QStringLiteral("https://example-bucket.s3.amazonaws.com/onramp.json")));
        QTRY_VERIFY(child<QPushButton>(wizard.get(), "quickCreateButton")->isEnabled());

        format->setCurrentIndex(1);
        const QString hcl = view->toPlainText();
        QVERIFY(hcl.contains(QLatin1StringView("resource \"aws_iam_role\" \"onramp_discovery_role\"")));
        QVERIFY(hcl.contains(QLatin1StringView("output \"role_arn\"")));
        QVERIFY(hcl.contains(pending->externalId));
        QVERIFY(hcl.contains(FakeAws::consoleAccount()));
        // Quick-create and the AWS CLI command create a CloudFormation stack: off for Terraform.
        QVERIFY(!child<QPushButton>(wizard.get(), "quickCreateButton")->isEnabled());
        QVERIFY(!child<QPushButton>(wizard.get(), "copyCliButton")->isEnabled());
        click(wizard.get(), "copyTemplateButton");
        QCOMPARE(QApplication::clipboard()->text(), hcl);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("onramp.tf"));
        QCOMPARE(wizard->cloudFormationPage()->saveTemplateTo(path), QString());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), hcl);

        format->setCurrentIndex(0);
        QCOMPARE(view->toPlainText(), json);
        QVERIFY(child<QPushButton>(wizard.get(), "copyCliButton")->isEnabled());
    }

    void cloudFormationPathConnectsAndDiscovers2345Instances()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("cfn"));
        const QString scenario = QStringLiteral("ui-") + session;
        QVERIFY(
            m_fake.putScenario(scenario, QJsonObject { { QStringLiteral("extends"), QStringLiteral("cfn-2345") } }));
        UiTestConsole console(m_fake, scenario, session);
        auto wizard = openWizard(console);
        wizard->setWaitForRoleSecs(30);

        auto *tabs = child<QTabWidget>(wizard.get(), "methodTabs");
        QCOMPARE(tabs->currentIndex(), int(ConnectWizard::CloudFormationMethod));
        QVERIFY(tabs->tabText(0).contains(QLatin1StringView("recommended")));
        QVERIFY(child<QLabel>(wizard.get(), "cfnProCon")->text().contains(QLatin1StringView("Pro:")));
        QVERIFY(child<QLabel>(wizard.get(), "keysProCon")->text().contains(QLatin1StringView("Con:")));

        // Entering the tab made a pending record; its template trusts the console's account with its External ID.
        QTRY_VERIFY(!wizard->pendingRecordId().isEmpty());
        const Result<Account> pending = console.registry->account(wizard->pendingRecordId());
        QVERIFY(pending);
        QCOMPARE(pending->status, AccountStatus::Pending);
        QVERIFY(waitForTemplate(wizard.get()));
        const QString templateText = child<QPlainTextEdit>(wizard.get(), "templateView")->toPlainText();
        QVERIFY(child<QPlainTextEdit>(wizard.get(), "templateView")->isReadOnly());
        QVERIFY(templateText.contains(pending->externalId));
        QVERIFY(templateText.contains(FakeAws::consoleAccount()));
        QCOMPARE(templateText.toUtf8(), wizard->cloudFormationPage()->templateJson());

        // Copy to clipboard: exactly the template, with a short confirmation.
        click(wizard.get(), "copyTemplateButton");
        QCOMPARE(QApplication::clipboard()->text(), templateText);
        QCOMPARE(child<QLabel>(wizard.get(), "copiedLabel")->text(), QStringLiteral("Copied"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(wizard.get(), "copiedLabel")->text().isEmpty(), 5000);

        // Copy AWS CLI command: the create-stack command for the saved template.
        click(wizard.get(), "copyCliButton");
        const QString cli = QApplication::clipboard()->text();
        QCOMPARE(cli, wizard->cloudFormationPage()->cliCommand());
        QVERIFY(cli.startsWith(QLatin1StringView("aws cloudformation create-stack")));
        QVERIFY(cli.contains(CloudFormationPage::templateFileName()));
        QVERIFY(cli.contains(QLatin1StringView("CAPABILITY_NAMED_IAM")));

        // Quick-create needs a template URL in Settings.
        auto *quick = child<QPushButton>(wizard.get(), "quickCreateButton");
        QVERIFY(!quick->isEnabled());
        console.settings->setTemplateUrl(QUrl(QStringLiteral("https://example-bucket.s3.amazonaws.com/onramp.json")));
        QTRY_VERIFY(quick->isEnabled());

        // Save as…: the same bytes in a file.
        QTemporaryDir dir;
        const QString path = dir.filePath(CloudFormationPage::templateFileName());
        QCOMPARE(wizard->cloudFormationPage()->saveTemplateTo(path), QString());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), wizard->cloudFormationPage()->templateJson());

        // The Role ARN is checked as it is typed.
        auto *arnEdit = child<QLineEdit>(wizard.get(), "roleArnEdit");
        auto *arnMessage = child<QLabel>(wizard.get(), "roleArnMessage");
        auto *verify = child<QPushButton>(wizard.get(), "verifyButton");
        QTest::keyClicks(arnEdit, QStringLiteral("arn:aws:iam::11112222333:role/OnrampDiscoveryRole"));
        QVERIFY(!verify->isEnabled());
        QVERIFY(!arnMessage->text().isEmpty());
        QVERIFY(!arnMessage->text().startsWith(QStringLiteral("✓")));
        arnEdit->clear();
        QTest::keyClicks(arnEdit, FakeAws::customerAccount());
        QVERIFY(verify->isEnabled());
        QVERIFY(arnMessage->text().contains(FakeAws::customerAccount()));
        arnEdit->clear();
        QTest::keyClicks(arnEdit, kRoleArn);
        QVERIFY(verify->isEnabled());
        QVERIFY(arnMessage->text().contains(FakeAws::customerAccount()));
        QVERIFY(arnMessage->text().contains(QLatin1StringView("OnrampDiscoveryRole")));
        QTest::keyClicks(child<QLineEdit>(wizard.get(), "cfnNameEdit"), QStringLiteral("Production"));

        // The customer creates the stack from this template: the role now accepts this record's External ID.
        // 100 ms per request keeps discovery on screen long enough to watch its progress.
        QJsonObject withLatency = roleScenario(QStringLiteral("cfn-2345"), pending->externalId, kDiscoveryActions);
        withLatency.insert(QStringLiteral("faults"), QJsonObject { { QStringLiteral("latency_ms"), 100 } });
        QVERIFY(m_fake.putScenario(scenario, withLatency));
        QTest::mouseClick(verify, Qt::LeftButton);
        QCOMPARE(wizard->currentPage(), ConnectWizard::ProgressPage);
        ConnectProgressPage *progress = wizard->progressPage();
        QCOMPARE(progress->headline(), QStringLiteral("Verifying…"));

        QTRY_VERIFY2_WITH_TIMEOUT(progress->headline().startsWith(QStringLiteral("Discovering… (")),
            qPrintable(progress->headline() + QLatin1Char(' ') + progress->detail()), 20000);
        QVERIFY(progress->headline().endsWith(QLatin1StringView(" s)")));
        QTRY_VERIFY_WITH_TIMEOUT(progress->regionsTotal() > 0, 20000);
        QVERIFY(progress->detail().contains(QStringLiteral("of %1 regions done").arg(progress->regionsTotal())));
        QVERIFY(progress->detail().contains(QLatin1StringView("Instances found so far")));
        QTRY_VERIFY_WITH_TIMEOUT(progress->kind() == ConnectProgressPage::Kind::Complete, 90000);
        QCOMPARE(progress->headline(), QStringLiteral("Complete! Account activated"));
        QVERIFY2(progress->detail().contains(QLocale().toString(2345)), qPrintable(progress->detail()));
        QVERIFY(child<QPushButton>(wizard.get(), "showInstancesButton")->isVisible());

        const Result<Account> connected = console.registry->account(wizard->connectedAccountId());
        QVERIFY(connected);
        QCOMPARE(connected->id, pending->id);
        QCOMPARE(connected->status, AccountStatus::Active);
        QCOMPARE(connected->instanceCount, 2345);
        QCOMPARE(connected->friendlyName, QStringLiteral("Production"));
        QCOMPARE(connected->awsAccountId, FakeAws::customerAccount());
    }

    void accessKeysPathConnectsAndKeepsTheSecretOnlyInTheKeychain()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("keys"));
        UiTestConsole console(m_fake, QStringLiteral("basic"), session);
        auto wizard = openWizard(console);
        QTRY_VERIFY(!wizard->pendingRecordId().isEmpty());

        clickTab(wizard.get(), ConnectWizard::AccessKeysMethod);
        auto *secretEdit = child<QLineEdit>(wizard.get(), "secretEdit");
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        auto *show = secretEdit->findChild<QAction *>(QStringLiteral("showSecretAction"));
        QVERIFY(show);
        show->trigger();
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Normal);
        show->trigger();
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QComboBox>(wizard.get(), "regionCombo")->currentText(), QStringLiteral("us-east-1"));
        auto *connectButton = child<QPushButton>(wizard.get(), "connectButton");
        QVERIFY(!connectButton->isEnabled());
        QTest::keyClicks(child<QLineEdit>(wizard.get(), "keyIdEdit"), QStringLiteral("AKIA123"));
        QVERIFY(child<QLabel>(wizard.get(), "keyIdMessage")->text().contains(QLatin1StringView("20 characters")));
        child<QLineEdit>(wizard.get(), "keyIdEdit")->clear();

        connectWithKeys(wizard.get(), FakeAws::customerKeyId(), FakeAws::customerSecret(), QStringLiteral("Customer"));
        // Handed over: the field is empty at once, and no widget or the clipboard shows the secret.
        QVERIFY(secretEdit->text().isEmpty());
        QCOMPARE(wizard->progressPage()->headline(), QStringLiteral("Verifying…"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->progressPage()->kind() == ConnectProgressPage::Kind::Complete, 60000);
        QCOMPARE(wizard->progressPage()->headline(), QStringLiteral("Complete! Account activated"));
        QVERIFY(wizard->progressPage()->detail().contains(QLatin1StringView("10")));
        for (const QString &text : visibleTexts(wizard.get()))
            QVERIFY(!text.contains(FakeAws::customerSecret()));
        QVERIFY(!QApplication::clipboard()->text().contains(FakeAws::customerSecret()));

        // The record: the wizard's placeholder upgraded to an access-key account; the secret in the keychain.
        const Result<Account> account = console.registry->account(wizard->connectedAccountId());
        QVERIFY(account);
        QCOMPARE(account->id, wizard->pendingRecordId());
        QCOMPARE(account->method, AccountMethod::AccessKeys);
        QCOMPARE(account->status, AccountStatus::Active);
        QCOMPARE(account->friendlyName, QStringLiteral("Customer"));
        QCOMPARE(account->instanceCount, 10);
        std::optional<Result<SecretBytes>> stored;
        console.secrets->read(account->keychainRef, this, [&stored](Result<SecretBytes> r) { stored = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
        QVERIFY2(stored->ok(), stored->ok() ? "" : qPrintable(stored->error().toString()));
        QCOMPARE((*stored)->view().toByteArray(),
            (FakeAws::customerKeyId() + QLatin1Char('\n') + FakeAws::customerSecret()).toUtf8());
        QFile db(console.dbPath());
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(FakeAws::customerSecret().toUtf8()));
    }

    void accessKeysPageKeepsNoCopyOfTheSecretWhileTypingOrAfterSubmit()
    {
        if (!FreedMemoryWatch::isAvailable())
            QSKIP("the sanitizer runtime owns free() in this build");
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("keycopies")));
        auto wizard = openWizard(console);
        QTRY_VERIFY(!wizard->pendingRecordId().isEmpty());
        clickTab(wizard.get(), ConnectWizard::AccessKeysMethod);
        AccessKeysPage *page = wizard->findChild<AccessKeysPage *>();
        QVERIFY(page);
        auto *secretEdit = child<QLineEdit>(wizard.get(), "secretEdit");
        QTest::keyClicks(child<QLineEdit>(wizard.get(), "keyIdEdit"), FakeAws::customerKeyId());
        const QString secret = FakeAws::customerSecret();
        const QByteArray needle = secret.toLatin1();

        // Each keystroke is checked as it is typed; every heap block freed while typing and submitting must have
        // been wiped first: a QString or QByteArray copy of the field per keystroke would be freed with it.
        FreedMemoryWatch::start(needle);
        QTest::keyClicks(secretEdit, secret);
        const bool acceptedAsTyped = child<QPushButton>(wizard.get(), "connectButton")->isEnabled();
        QTest::mouseClick(child<QPushButton>(wizard.get(), "connectButton"), Qt::LeftButton);
        const int unwiped = FreedMemoryWatch::stop();
        QVERIFY(acceptedAsTyped);
        QCOMPARE(unwiped, 0);

        // Submitted: the field is empty, without undo history, and nothing on the page shows or holds the secret.
        QVERIFY(secretEdit->text().isEmpty());
        QVERIFY(!secretEdit->isUndoAvailable());
        for (const QString &text : visibleTexts(page))
            QVERIFY(!text.contains(secret));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->progressPage()->kind() == ConnectProgressPage::Kind::Complete, 60000);

        // The wizard going away frees the field and the page: no copy left there either.
        FreedMemoryWatch::start(needle);
        wizard.reset();
        QCOMPARE(FreedMemoryWatch::stop(), 0);
    }

    void invalidSecretSaysInvalidCredentialsAndStoresNothing()
    {
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("badsecret")));
        auto wizard = openWizard(console);
        QTRY_VERIFY(!wizard->pendingRecordId().isEmpty());
        const QString wrongSecret = QStringLiteral("WrongSecretWrongSecretWrongSecretWrong00");
        QCOMPARE(wrongSecret.size(), 40);
        connectWithKeys(wizard.get(), FakeAws::customerKeyId(), wrongSecret, QStringLiteral("Typo"));
        ConnectProgressPage *progress = wizard->progressPage();
        QTRY_VERIFY_WITH_TIMEOUT(progress->kind() == ConnectProgressPage::Kind::Error, 30000);
        QVERIFY2(progress->detail().startsWith(QLatin1StringView("Invalid AWS credentials")),
            qPrintable(progress->detail()));
        QCOMPARE(progress->hint(), QStringLiteral("Check the access key id and secret access key."));
        QVERIFY(child<QPushButton>(wizard.get(), "retryButton")->isVisible());
        const Result<QList<Account>> accounts = console.registry->accounts(QStringLiteral("alice"));
        QVERIFY(accounts);
        for (const Account &a : *accounts)
            QCOMPARE(a.status, AccountStatus::Pending); // only the untouched placeholder

        // Retry goes back to the keys, with the secret gone from the field.
        click(wizard.get(), "retryButton");
        QCOMPARE(wizard->currentPage(), ConnectWizard::MethodPage);
        QCOMPARE(wizard->currentMethod(), ConnectWizard::AccessKeysMethod);
        QVERIFY(child<QLineEdit>(wizard.get(), "secretEdit")->text().isEmpty());
        QCOMPARE(child<QLineEdit>(wizard.get(), "keyIdEdit")->text(), FakeAws::customerKeyId());
    }

    void wrongExternalIdNamesTheLikelyCause()
    {
        // The shipped role requires another External ID than any new onboarding's.
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("extid")));
        auto wizard = openWizard(console);
        QVERIFY(waitForTemplate(wizard.get()));
        QTest::keyClicks(child<QLineEdit>(wizard.get(), "roleArnEdit"), kRoleArn);
        click(wizard.get(), "verifyButton");
        ConnectProgressPage *progress = wizard->progressPage();
        QTRY_VERIFY_WITH_TIMEOUT(progress->kind() == ConnectProgressPage::Kind::Error, 30000);
        QVERIFY2(progress->detail().contains(QLatin1StringView("External ID")), qPrintable(progress->detail()));
        AwsError rejected;
        rejected.code = QString(OnrampError::RoleRejected);
        QCOMPARE(progress->hint(), ErrorText::describe(rejected).hint);
        QCOMPARE(console.registry->account(wizard->pendingRecordId())->status, AccountStatus::Pending);

        click(wizard.get(), "retryButton");
        QCOMPARE(wizard->currentMethod(), ConnectWizard::CloudFormationMethod);
        QCOMPARE(child<QLineEdit>(wizard.get(), "roleArnEdit")->text(), kRoleArn);
    }

    void roleOpenWithoutTheExternalIdIsRefusedWithTheFix()
    {
        // A role someone wrote by hand without the sts:ExternalId condition: AWS lets Onramp in with or without it.
        const QString session = FakeAws::uniqueSession(QStringLiteral("open"));
        const QString scenario = QStringLiteral("ui-") + session;
        QJsonObject open = roleScenario(QStringLiteral("basic"), QString(), kDiscoveryActions);
        QJsonArray roles = open.value(QStringLiteral("roles")).toArray();
        QJsonObject role = roles.first().toObject();
        role.insert(QStringLiteral("external_id"), QJsonValue::Null);
        open.insert(QStringLiteral("roles"), QJsonArray { role });
        QVERIFY(m_fake.putScenario(scenario, open));
        UiTestConsole console(m_fake, scenario, session);
        auto wizard = openWizard(console);
        QVERIFY(waitForTemplate(wizard.get()));
        QTest::keyClicks(child<QLineEdit>(wizard.get(), "roleArnEdit"), kRoleArn);
        click(wizard.get(), "verifyButton");
        ConnectProgressPage *progress = wizard->progressPage();
        QTRY_VERIFY_WITH_TIMEOUT(progress->kind() == ConnectProgressPage::Kind::Error, 30000);
        const QString externalId = console.registry->account(wizard->pendingRecordId())->externalId;
        QVERIFY2(progress->detail().contains(QLatin1StringView("without an External ID"))
                && progress->detail().contains(externalId),
            qPrintable(progress->detail()));
        AwsError open_;
        open_.code = QString(OnrampError::ExternalIdNotEnforced);
        QCOMPARE(progress->hint(), ErrorText::describe(open_).hint);
        QCOMPARE(console.registry->account(wizard->pendingRecordId())->status, AccountStatus::Pending);
        QCOMPARE(*console.registry->instanceCount(wizard->pendingRecordId()), 0);
    }

    void takeoverByAnotherUserIsRefused()
    {
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("takeover")));
        QVERIFY(console.registry->ensureUser(QStringLiteral("bob")));
        Account bobs;
        bobs.owner = QStringLiteral("bob");
        bobs.awsAccountId = FakeAws::customerAccount();
        bobs.method = AccountMethod::AccessKeys;
        bobs.status = AccountStatus::Connected;
        bobs.region = QStringLiteral("us-east-1");
        QVERIFY(console.registry->createAccount(bobs));

        auto wizard = openWizard(console);
        QTRY_VERIFY(!wizard->pendingRecordId().isEmpty());
        connectWithKeys(wizard.get(), FakeAws::customerKeyId(), FakeAws::customerSecret(), QStringLiteral("Mine"));
        ConnectProgressPage *progress = wizard->progressPage();
        QTRY_VERIFY_WITH_TIMEOUT(progress->kind() == ConnectProgressPage::Kind::Error, 30000);
        QCOMPARE(
            progress->detail(), QStringLiteral("AWS account 111122223333 is already connected to a different user."));
        QCOMPARE(
            progress->hint(), QStringLiteral("This AWS account is already managed by another user in this system."));
        const Result<QList<Account>> mine = console.registry->accounts(QStringLiteral("alice"));
        QVERIFY(mine);
        for (const Account &a : *mine)
            QVERIFY(a.awsAccountId.isEmpty());
    }

    void roleWithoutDiscoveryPermissionsSaysCheckIamPermissions()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("perm"));
        const QString scenario = QStringLiteral("ui-") + session;
        QVERIFY(m_fake.putScenario(scenario, QJsonObject { { QStringLiteral("extends"), QStringLiteral("basic") } }));
        UiTestConsole console(m_fake, scenario, session);
        auto wizard = openWizard(console);
        QVERIFY(waitForTemplate(wizard.get()));
        const QString externalId = console.registry->account(wizard->pendingRecordId())->externalId;
        QVERIFY(m_fake.putScenario(
            scenario, roleScenario(QStringLiteral("basic"), externalId, { QStringLiteral("ec2:DescribeRegions") })));
        QTest::keyClicks(child<QLineEdit>(wizard.get(), "roleArnEdit"), kRoleArn);
        click(wizard.get(), "verifyButton");
        ConnectProgressPage *progress = wizard->progressPage();
        QTRY_VERIFY_WITH_TIMEOUT(progress->kind() == ConnectProgressPage::Kind::Error, 30000);
        QVERIFY2(
            progress->detail().contains(QLatin1StringView("ec2:DescribeInstances")), qPrintable(progress->detail()));
        QCOMPARE(progress->hint(), QStringLiteral("Check IAM permissions"));
    }

    void keysWithoutDescribeInstancesFailDiscoveryWithAHint()
    {
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("limited")));
        auto wizard = openWizard(console);
        QTRY_VERIFY(!wizard->pendingRecordId().isEmpty());
        connectWithKeys(wizard.get(), FakeAws::limitedKeyId(), FakeAws::limitedSecret(), QStringLiteral("Limited"));
        ConnectProgressPage *progress = wizard->progressPage();
        QTRY_VERIFY_WITH_TIMEOUT(progress->kind() == ConnectProgressPage::Kind::Error, 60000);
        QCOMPARE(progress->headline(), QStringLiteral("Connected, but discovery failed"));
        QCOMPARE(progress->detail(), QStringLiteral("AccessDenied: missing ec2:DescribeInstances"));
        QCOMPARE(progress->hint(), QStringLiteral("Check IAM permissions"));
        QCOMPARE(console.registry->account(wizard->connectedAccountId())->status, AccountStatus::Failed);
        // Retry runs discovery again (and fails the same way here).
        click(wizard.get(), "retryButton");
        QTRY_VERIFY_WITH_TIMEOUT(progress->kind() == ConnectProgressPage::Kind::Discovering
                || progress->kind() == ConnectProgressPage::Kind::Error,
            30000);
        QTRY_VERIFY_WITH_TIMEOUT(progress->kind() == ConnectProgressPage::Kind::Error, 60000);
    }

    void zeroInstancesIsStillConnected()
    {
        UiTestConsole console(m_fake, QStringLiteral("zero-instances"), FakeAws::uniqueSession(QStringLiteral("zero")));
        auto wizard = openWizard(console);
        QTRY_VERIFY(!wizard->pendingRecordId().isEmpty());
        connectWithKeys(wizard.get(), FakeAws::customerKeyId(), FakeAws::customerSecret(), QStringLiteral("Empty"));
        ConnectProgressPage *progress = wizard->progressPage();
        QTRY_VERIFY_WITH_TIMEOUT(progress->kind() == ConnectProgressPage::Kind::Complete, 60000);
        QCOMPARE(progress->detail(),
            QStringLiteral("0 instances discovered — add instances to your AWS account to begin optimization"));
        QCOMPARE(console.registry->account(wizard->connectedAccountId())->status, AccountStatus::Active);
    }

    void slowDiscoverySaysSoAndGoesOnAfterClosing()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("slow"));
        const QString scenario = QStringLiteral("ui-") + session;
        QVERIFY(m_fake.putScenario(scenario,
            QJsonObject { { QStringLiteral("extends"), QStringLiteral("basic") },
                { QStringLiteral("faults"), QJsonObject { { QStringLiteral("latency_ms"), 150 } } } }));
        UiTestConsole console(m_fake, scenario, session);
        console.discovery->setSlowThresholdMs(300);
        console.discovery->setMaxConcurrentRegions(2);
        auto wizard = openWizard(console);
        QTRY_VERIFY(!wizard->pendingRecordId().isEmpty());
        connectWithKeys(wizard.get(), FakeAws::customerKeyId(), FakeAws::customerSecret(), QStringLiteral("Slow"));
        ConnectProgressPage *progress = wizard->progressPage();
        QTRY_VERIFY_WITH_TIMEOUT(
            progress->slowNote().startsWith(QLatin1StringView("Discovery taking longer than expected")), 30000);
        QCOMPARE(progress->kind(), ConnectProgressPage::Kind::Discovering);
        const QString id = wizard->connectedAccountId();
        QVERIFY(console.discovery->isRunning(id));
        QSignalSpy finished(console.discovery, &DiscoveryService::finished);
        click(wizard.get(), "closeButton");
        QVERIFY(!wizard->isVisible());
        QVERIFY(console.discovery->isRunning(id));
        QVERIFY(finished.wait(60000));
        QCOMPARE(console.registry->account(id)->status, AccountStatus::Active);
    }

    void cancelDropsAPendingRecordNobodySaw()
    {
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("cancel")));
        auto wizard = openWizard(console);
        QTRY_VERIFY(!wizard->pendingRecordId().isEmpty());
        const QString id = wizard->pendingRecordId();
        click(wizard.get(), "closeButton");
        QTRY_COMPARE(console.registry->account(id)->status, AccountStatus::Disconnected);
    }

    void cancelKeepsAHandedOutRecordResumable()
    {
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("keep")));
        auto wizard = openWizard(console);
        QVERIFY(waitForTemplate(wizard.get()));
        click(wizard.get(), "copyTemplateButton");
        const QString id = wizard->pendingRecordId();
        click(wizard.get(), "closeButton");
        QTest::qWait(50); // absence: closing must not remove or change the record (a removal would be done by now)
        QCOMPARE(console.registry->account(id)->status, AccountStatus::Pending);

        // The main window's Resume reopens the wizard on that record, with the same template.
        MainWindow window(console.services, console.identity.get(), console.settings.get());
        window.show();
        window.selectAccount(id);
        QAction *resume = window.findChild<QAction *>(QStringLiteral("resumeAction"));
        QVERIFY(resume && resume->isEnabled());
        resume->trigger();
        auto *resumed = window.findChild<ConnectWizard *>();
        QVERIFY(resumed);
        QCOMPARE(resumed->pendingRecordId(), id);
        QTRY_VERIFY(!resumed->cloudFormationPage()->templateJson().isEmpty());
        QCOMPARE(resumed->cloudFormationPage()->templateJson(), wizard->cloudFormationPage()->templateJson());
        resumed->reject();
    }

    void roleArnMessages_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("full role ARN") << kRoleArn << true;
        QTest::newRow("role with path") << QStringLiteral("arn:aws:iam::111122223333:role/team/OnrampDiscoveryRole")
                                        << true;
        QTest::newRow("bare account id") << QStringLiteral("111122223333") << true;
        QTest::newRow("eleven digits") << QStringLiteral("11112222333") << false;
        QTest::newRow("user not role") << QStringLiteral("arn:aws:iam::111122223333:user/alice") << false;
        QTest::newRow("assumed-role session") << QStringLiteral("arn:aws:sts::111122223333:assumed-role/R/s") << false;
        QTest::newRow("unknown partition") << QStringLiteral("arn:aws-xx:iam::111122223333:role/R") << false;
        QTest::newRow("region given") << QStringLiteral("arn:aws:iam:us-east-1:111122223333:role/R") << false;
        QTest::newRow("bad character") << QStringLiteral("arn:aws:iam::111122223333:role/Bad*Name") << false;
    }

    void roleArnMessages()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        UiTestConsole console(FakeAws(), QString(), FakeAws::uniqueSession(QStringLiteral("arn")));
        CloudFormationPage page(console.services, console.identity.get(), console.settings.get());
        Account record;
        record.id = QStringLiteral("not-stored");
        page.setRecord(record);
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("roleArnEdit")), input);
        QCOMPARE(page.roleArnValid(), valid);
        const QString message = page.findChild<QLabel *>(QStringLiteral("roleArnMessage"))->text();
        QVERIFY(!message.isEmpty());
        QCOMPARE(message.startsWith(QStringLiteral("✓")), valid);
    }

    void organizationTabConnectsTheOrganizationAndTheMainWindowShowsItsMembers()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("org"));
        const QString scenario = QStringLiteral("ui-") + session;
        const QString prod1 = QStringLiteral("100000000001");
        const QString prod2 = QStringLiteral("100000000002");
        FakeOrganization::Options options;
        options.missingRoleIn = { prod2 }; // the StackSet has not reached it yet: it stays pending
        QVERIFY(m_fake.putScenario(scenario,
            FakeOrganization::scenario(
                QJsonArray { FakeOrganization::account(FakeOrganization::managementAccount,
                                 QStringLiteral("management"), FakeOrganization::root),
                    FakeOrganization::account(prod1, QStringLiteral("prod-1"), FakeOrganization::prodOu),
                    FakeOrganization::account(prod2, QStringLiteral("prod-2"), FakeOrganization::prodOu) },
                options)));
        UiTestConsole console(m_fake, scenario, session);
        console.identity->refresh();
        MainWindow window(console.services, console.identity.get(), console.settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QPointer<ConnectWizard> wizard = window.openConnectWizard();
        wizard->setWaitForRoleSecs(0);
        QVERIFY(QTest::qWaitForWindowExposed(wizard.data()));
        clickTab(wizard, ConnectWizard::OrganizationMethod);
        QCOMPARE(wizard->currentMethod(), ConnectWizard::OrganizationMethod);
        QTRY_VERIFY(!wizard->organizationRecordId().isEmpty());
        const Result<Account> record = console.registry->account(wizard->organizationRecordId());
        QVERIFY(record.ok());
        QVERIFY(record->isOrganization());
        QCOMPARE(record->status, AccountStatus::Pending);

        // Without a target the template cannot be built, and the page says it needs the root id.
        OrganizationPage *page = wizard->organizationPage();
        QTRY_VERIFY(child<QLabel>(wizard, "orgTemplateStatus")->text().contains(QStringLiteral("r-")));
        QVERIFY(page->templateJson().isEmpty());
        QTest::keyClicks(child<QLineEdit>(wizard, "orgTargetsEdit"), FakeOrganization::root);
        QTRY_VERIFY_WITH_TIMEOUT(!page->templateJson().isEmpty(), 20000);
        const QString shownTemplate = child<QPlainTextEdit>(wizard, "orgTemplateView")->toPlainText();
        QVERIFY(shownTemplate.contains(record->externalId));
        QVERIFY(shownTemplate.contains(FakeOrganization::root));
        QVERIFY(shownTemplate.contains(QStringLiteral("AWS::CloudFormation::StackSet")));

        // Invalid input is refused as typed: nothing is sent.
        auto *verify = child<QPushButton>(wizard, "orgVerifyButton");
        auto *arn = child<QLineEdit>(wizard, "orgRoleArnEdit");
        QTest::keyClicks(arn, QStringLiteral("arn:aws:iam::12345:role/OnrampDiscoveryRole"));
        QVERIFY(!verify->isEnabled());
        QVERIFY(!child<QLabel>(wizard, "orgRoleArnMessage")->text().isEmpty());
        arn->clear();
        QTest::keyClicks(arn, FakeOrganization::managementAccount);
        QVERIFY(verify->isEnabled());
        auto *excludeAccounts = child<QLineEdit>(wizard, "orgExcludeAccountsEdit");
        QTest::keyClicks(excludeAccounts, QStringLiteral("1234, <b>x</b>"));
        QVERIFY(!verify->isEnabled());
        QVERIFY(child<QLabel>(wizard, "orgExclusionsMessage")->text().contains(QStringLiteral("<b>x</b>")));
        QCOMPARE(child<QLabel>(wizard, "orgExclusionsMessage")->textFormat(), Qt::PlainText);
        excludeAccounts->clear();
        auto *excludeOus = child<QLineEdit>(wizard, "orgExcludeOusEdit");
        QTest::keyClicks(excludeOus, QStringLiteral("ou-nope"));
        QVERIFY(!verify->isEnabled());
        QTest::keyClick(arn, Qt::Key_Return); // refused too
        QCOMPARE(wizard->currentPage(), ConnectWizard::MethodPage);
        excludeOus->clear();
        QTest::keyClicks(excludeOus, FakeOrganization::sandboxOu); // nobody there: excludes nothing here
        QVERIFY(verify->isEnabled());
        for (const QJsonValue &request : m_fake.requestLog(scenario, session)) {
            const QString action = request.toObject().value(QStringLiteral("action")).toString();
            QVERIFY2(action != QStringLiteral("AssumeRole") && !action.contains(QStringLiteral("Organization")),
                qPrintable(action));
        }

        click(wizard, "orgVerifyButton");
        QCOMPARE(wizard->currentPage(), ConnectWizard::ProgressPage);
        ConnectProgressPage *progress = wizard->progressPage();
        QTRY_COMPARE_WITH_TIMEOUT(progress->kind(), ConnectProgressPage::Kind::Complete, 90000);
        QCOMPARE(progress->headline(), QStringLiteral("Organization connected"));
        QVERIFY2(
            progress->detail().startsWith(QStringLiteral("2 of 3 accounts connected")), qPrintable(progress->detail()));
        QTreeWidget *list = progress->memberList();
        QVERIFY(list->isVisible());
        QCOMPARE(list->topLevelItemCount(), 3);
        QHash<QString, QTreeWidgetItem *> rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i));
        QCOMPARE(rows.value(prod1)->text(1), QStringLiteral("prod-1"));
        QCOMPARE(rows.value(prod1)->text(2), QStringLiteral("Active"));
        QCOMPARE(rows.value(prod1)->text(3), QStringLiteral("2"));
        QCOMPARE(rows.value(prod2)->text(2), QStringLiteral("Pending"));
        QVERIFY(!rows.value(prod2)->text(4).isEmpty()); // why it waits
        QCOMPARE(child<QPushButton>(wizard, "closeButton")->text(), QStringLiteral("&Done"));

        // The main window's tree: the organization with its three members beneath, expanded.
        const QString orgId = wizard->organizationRecordId();
        AccountListModel *model = window.accountModel();
        QTRY_COMPARE(model->membersOf(orgId).size(), 3);
        QAbstractItemModel *shown = window.accountView()->model();
        QModelIndex orgRow;
        for (int row = 0; row < shown->rowCount(); ++row) {
            if (shown->index(row, 0).data(AccountListModel::AccountIdRole).toString() == orgId)
                orgRow = shown->index(row, 0);
        }
        QVERIFY(orgRow.isValid());
        QCOMPARE(window.accountView()->model()->rowCount(orgRow), 3);
        QVERIFY(window.accountView()->isExpanded(orgRow));
        QCOMPARE(orgRow.siblingAtColumn(AccountListModel::AwsAccountIdColumn).data().toString(),
            FakeOrganization::organizationId);
        QTRY_COMPARE(orgRow.siblingAtColumn(AccountListModel::LastErrorColumn).data().toString(),
            QStringLiteral("1 account pending"));
        QTRY_COMPARE(orgRow.siblingAtColumn(AccountListModel::InstanceCountColumn).data().toInt(), 4);
        click(wizard, "closeButton");
        QTRY_VERIFY(!wizard);

        // Disconnect names how many accounts go with the organization.
        window.selectAccount(orgId);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("syncAction"))->isEnabled());
        window.confirmDisconnect(orgId);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("disconnectConfirmation"))));
        QVERIFY2(box->text().contains(QStringLiteral("3 accounts")), qPrintable(box->text()));
        box->reject();
    }
};

QTEST_MAIN(TestConnectWizard)
#include "tst_connectwizard.moc"
