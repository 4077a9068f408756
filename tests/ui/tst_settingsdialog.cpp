// tst_settingsdialog: preferences land in QSettings (never a secret), console keys go to the keychain and become
// the console identity, and Run checks shows the doctor's checks.
#include "../support/freedmemorywatch.h"
#include "uitestconsole.h"

#include "models/diagnostics.h"
#include "ui/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

class TestSettingsDialog : public QObject
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

private Q_SLOTS:
    void initTestCase()
    {
        UiTestConsole::isolateSettings();
        m_fake = FakeAws::fromEnvironment();
        if (!m_fake.isValid())
            QFAIL(qPrintable(m_fake.why()));
    }

    void init() { QSettings().clear(); }

    void appliesPreferences()
    {
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("prefs")));
        SettingsDialog dialog(console.services, console.identity.get(), console.settings.get());
        dialog.show();
        auto *region = child<QComboBox>(&dialog, "homeRegionCombo");
        region->setCurrentIndex(region->findData(QStringLiteral("eu-west-1")));
        child<QSpinBox>(&dialog, "refreshSpin")->setValue(300);
        auto *language = child<QComboBox>(&dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QTest::keyClicks(child<QLineEdit>(&dialog, "trustedAccountEdit"), QStringLiteral("123456789012"));
        QTest::keyClicks(
            child<QLineEdit>(&dialog, "templateUrlEdit"), QStringLiteral("https://bucket.example.com/t.json"));
        dialog.apply();
        QCOMPARE(console.settings->homeRegion(), QStringLiteral("eu-west-1"));
        QCOMPARE(console.aws->homeRegion(), QStringLiteral("eu-west-1"));
        QCOMPARE(console.settings->refreshIntervalSecs(), 300);
        QCOMPARE(console.discovery->refreshIntervalMs(), 300000);
        QCOMPARE(console.settings->language(), QStringLiteral("de"));
        QCOMPARE(console.settings->trustedAccountOverride(), QStringLiteral("123456789012"));
        QCOMPARE(console.settings->templateUrl(), QUrl(QStringLiteral("https://bucket.example.com/t.json")));
        QCOMPARE(console.identity->trustedAccountId(), QStringLiteral("123456789012"));
    }

    void refusesAnInvalidTrustedAccount()
    {
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("invalid")));
        console.settings->setTrustedAccountOverride(QString());
        SettingsDialog dialog(console.services, console.identity.get(), console.settings.get());
        dialog.show();
        auto *trusted = child<QLineEdit>(&dialog, "trustedAccountEdit");
        trusted->clear();
        QTest::keyClicks(trusted, QStringLiteral("12345"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(console.settings->trustedAccountOverride(), QString());
    }

    void consoleKeysGoToTheKeychainNotToSettings()
    {
        const QString session = FakeAws::uniqueSession(QStringLiteral("consolekeys"));
        UiTestConsole console(m_fake, QStringLiteral("basic"), session);
        // No console identity in the environment: only what the user enters counts.
        console.env.remove(QStringLiteral("AWS_ACCESS_KEY_ID"));
        console.env.remove(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
        ConsoleIdentity identity(console.services, console.settings.get(), console.env);
        SettingsDialog dialog(console.services, &identity, console.settings.get());
        dialog.show();
        QTest::mouseClick(child<QRadioButton>(&dialog, "identityKeychain"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(&dialog, "consoleKeyIdEdit"), FakeAws::consoleKeyId());
        auto *secret = child<QLineEdit>(&dialog, "consoleSecretEdit");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::keyClicks(secret, FakeAws::consoleSecret());
        QSignalSpy changed(&identity, &ConsoleIdentity::changed);
        dialog.apply();
        QVERIFY(secret->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(identity.state() == ConsoleIdentity::State::Known, 20000);
        QCOMPARE(identity.accountId(), FakeAws::consoleAccount());
        QCOMPARE(console.settings->identitySource(), AppSettings::IdentitySource::Keychain);
        QCOMPARE(console.settings->keychainKeyId(), FakeAws::consoleKeyId());

        QSettings().sync();
        const QString settingsFile = QSettings().fileName();
        QFile file(settingsFile);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settingsFile));
        QVERIFY(!file.readAll().contains(FakeAws::consoleSecret().toUtf8()));
        console.secrets->remove(ConsoleIdentity::keychainKey(), this, [](Result<void>) {});
    }

    void appliedConsoleSecretLeavesNoUnwipedCopy()
    {
        if (!FreedMemoryWatch::isAvailable())
            QSKIP("the sanitizer runtime owns free() in this build");
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("wipe")));
        SettingsDialog dialog(console.services, console.identity.get(), console.settings.get());
        dialog.show();
        QTest::mouseClick(child<QRadioButton>(&dialog, "identityKeychain"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(&dialog, "consoleKeyIdEdit"), FakeAws::consoleKeyId());
        auto *secret = child<QLineEdit>(&dialog, "consoleSecretEdit");
        const QString canary = QStringLiteral("SettingsCanary/K7MDENG+bPxRfiCYEXAMPLE1");
        const QByteArray needle = canary.toLatin1();
        QTest::keyClicks(secret, canary);

        // Everything apply() frees — the field's text, the "<key id>\n<secret>" entry and whatever it was built
        // from — must have been overwritten first.
        FreedMemoryWatch::start(needle);
        dialog.apply();
        const int unwiped = FreedMemoryWatch::stop();
        QCOMPARE(unwiped, 0);
        QVERIFY(secret->text().isEmpty());
        QVERIFY(!secret->isUndoAvailable());
        QTRY_COMPARE_WITH_TIMEOUT(console.settings->keychainKeyId(), FakeAws::consoleKeyId(), 20000);
        bool removed = false;
        console.secrets->remove(ConsoleIdentity::keychainKey(), this, [&removed](Result<void>) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
    }

    void runChecksShowsEveryCheck()
    {
        UiTestConsole console(m_fake, QStringLiteral("basic"), FakeAws::uniqueSession(QStringLiteral("checks")));
        SettingsDialog dialog(console.services, console.identity.get(), console.settings.get());
        dialog.show();
        QSignalSpy finished(dialog.checks(), &Diagnostics::finished);
        QTest::mouseClick(child<QPushButton>(&dialog, "runChecksButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        auto *list = child<QTreeWidget>(&dialog, "checkList");
        QCOMPARE(list->topLevelItemCount(), 7);
        QStringList names;
        for (const DiagnosticCheck &c : dialog.checks()->results()) {
            names.append(c.title);
            QVERIFY2(c.ok, qPrintable(c.title + QStringLiteral(": ") + c.detail));
        }
        QCOMPARE(names,
            (QStringList { QStringLiteral("Database"), QStringLiteral("File permissions"), QStringLiteral("Keychain"),
                QStringLiteral("Endpoint override"), QStringLiteral("Console identity"), QStringLiteral("AWS endpoint"),
                QStringLiteral("Clock") }));
        QVERIFY(list->topLevelItem(4)->text(1).contains(QLatin1StringView("999988887777")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
