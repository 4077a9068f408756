// Secret hygiene: a recognisable secret access key connected through onrampctl at the most verbose log level, and
// through the GUI wizard: the secret (raw, base64, base64url, hex, percent-encoded, UTF-16) appears in no output,
// log line, database file (-wal/-shm included, watched while the process runs), audit row, request sent to AWS,
// process command line or environment, widget text or clipboard. The keychain holds it while connected, and
// disconnect removes it.
#include "reliability.h"

#include "../ui/uitestconsole.h"
#include "ui/connectprogresspage.h"
#include "ui/connectwizard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace reliability;

namespace {
const QString kKeyId = u"AKIAHYGIENECANARY042"_s;
const QString kSecret = u"HygieneCanary7/Zq8xW3+vN5tR7yU2iO4pA6sD9"_s;
const QString kAwsAccount = u"555566667777"_s;

/// Every form the secret could leak in.
QList<QPair<QString, QByteArray>> secretForms()
{
    const QByteArray raw = kSecret.toUtf8();
    const QByteArray entry = (kKeyId + u'\n' + kSecret).toUtf8();
    QByteArray utf16(reinterpret_cast<const char *>(kSecret.utf16()), kSecret.size() * 2);
    return { { u"raw"_s, raw }, { u"base64"_s, raw.toBase64() },
        { u"base64url"_s, raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) },
        { u"hex"_s, raw.toHex() }, { u"HEX"_s, raw.toHex().toUpper() },
        { u"percent-encoded"_s, QUrl::toPercentEncoding(kSecret) }, { u"utf-16"_s, utf16 },
        { u"keychain entry, base64"_s, entry.toBase64() },
        // A distinctive slice, for a secret cut by line wrapping or truncation.
        { u"slice"_s, raw.mid(14, 20) } };
}

/// The forms of the secret found in \a bytes, named.
QStringList leaks(const QByteArray &bytes)
{
    QStringList found;
    for (const auto &[name, form] : secretForms()) {
        if (bytes.contains(form))
            found.append(name);
    }
    return found;
}
} // namespace

class TestSecretHygiene final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cliVerboseRunLeavesTheSecretOnlyInTheKeychain();
    void guiWizardNeverShowsOrCopiesTheSecret();

private:
    /// Runs onrampctl, checking the environment it is given and watching /proc (every process's command line) and the
    /// world's files while it runs; what is found goes to m_findings.
    CliRun watchedRun(
        const World &w, const QProcessEnvironment &env, const QStringList &args, const QByteArray &input = {});
    void scanProc();
    void scanFiles(const QString &dir);

    FakeAws m_fake;
    QStringList m_findings;
    QSet<QString> m_scannedPaths;
    int m_procScans = 0;
    int m_watchedRuns = 0; ///< onrampctl runs watched (each scanned at least once)
};

void TestSecretHygiene::initTestCase()
{
    UiTestConsole::isolateSettings();
    m_fake = FakeAws::fromEnvironment();
    QVERIFY2(m_fake.isValid(), qPrintable(m_fake.why()));
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run inside scripts/with-keyring.sh");
    QCOMPARE(kSecret.size(), 40);
}

void TestSecretHygiene::init()
{
    m_findings.clear();
    QApplication::clipboard()->clear();
}

/// A scenario where the canary key belongs to its own AWS account with a small fleet.
static QJsonObject canaryScenario(const QString &session, QSet<QString> *ids)
{
    auto identity = [](const QString &keyId, const QString &secret, const QString &account, const QString &arn,
                        const QJsonArray &allowed) {
        return QJsonObject { { u"access_key_id"_s, keyId }, { u"secret_access_key"_s, secret },
            { u"account"_s, account }, { u"arn"_s, arn }, { u"allowed_actions"_s, allowed } };
    };
    return QJsonObject { { u"extends"_s, u"basic"_s },
        { u"identities"_s,
            QJsonArray {
                identity(FakeAws::consoleKeyId(), FakeAws::consoleSecret(), FakeAws::consoleAccount(),
                    u"arn:aws:iam::999988887777:user/onramp-console"_s, QJsonArray { u"sts:AssumeRole"_s, u"ec2:*"_s }),
                identity(kKeyId, kSecret, kAwsAccount, u"arn:aws:iam::555566667777:user/onramp-canary"_s,
                    QJsonArray {
                        u"ec2:DescribeRegions"_s, u"ec2:DescribeInstances"_s, u"ec2:DescribeInstanceStatus"_s }) } },
        { u"accounts"_s, explicitFleet(kAwsAccount, { { u"us-east-1"_s, 9 }, { u"eu-west-1"_s, 3 } }, session, ids) },
        { u"regions"_s, onlyRegions({ u"us-east-1"_s, u"eu-west-1"_s }) } };
}

void TestSecretHygiene::scanProc()
{
    ++m_procScans;
    QDirIterator it(u"/proc"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString dir = it.next();
        bool numeric = false;
        const qint64 pid = QFileInfo(dir).fileName().toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(dir + u"/cmdline"_s);
        if (cmdline.open(QIODevice::ReadOnly)) {
            const QStringList found = leaks(cmdline.readAll());
            if (!found.isEmpty())
                m_findings.append(u"command line of pid %1: %2"_s.arg(pid).arg(found.join(u", "_s)));
        }
    }
}

void TestSecretHygiene::scanFiles(const QString &dir)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        m_scannedPaths.insert(QFileInfo(f.fileName()).fileName());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QStringList found = leaks(f.readAll());
        if (!found.isEmpty())
            m_findings.append(u"file %1: %2"_s.arg(f.fileName(), found.join(u", "_s)));
    }
}

CliRun TestSecretHygiene::watchedRun(
    const World &w, const QProcessEnvironment &env, const QStringList &args, const QByteArray &input)
{
    CliRun r;
    r.args = args;
    // The child's environment: what it is started with. (Its /proc/<pid>/environ shows the same, but onrampctl is not
    // dumpable, so only root may read that file.)
    if (const QStringList found = leaks(env.toStringList().join(u'\n').toUtf8()); !found.isEmpty())
        m_findings.append(u"environment of onrampctl: "_s + found.join(u", "_s));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ONRAMPCTL_PATH), args);
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    QElapsedTimer clock;
    clock.start();
    // Poll while it runs: a secret passed on a command line or sitting in a -wal file shows only then. Once at
    // least, before the first wait: a quick command (the fake answers at once) may be gone after 15 ms.
    ++m_watchedRuns;
    do {
        scanProc();
        scanFiles(w.dir());
    } while (!p.waitForFinished(15) && clock.elapsed() < 90000);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
        r.timedOut = true;
    }
    r.exitCode = p.exitStatus() == QProcess::CrashExit ? -1 : p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    scanFiles(w.dir());
    for (const auto &[name, bytes] : { std::pair { u"stdout"_s, r.out }, std::pair { u"stderr"_s, r.err } }) {
        const QStringList found = leaks(bytes);
        if (!found.isEmpty())
            m_findings.append(u"%1 of onrampctl %2: %3"_s.arg(name, args.join(u' '), found.join(u", "_s)));
    }
    return r;
}

void TestSecretHygiene::cliVerboseRunLeavesTheSecretOnlyInTheKeychain()
{
    World w(m_fake, u"hygiene"_s);
    QSet<QString> ids;
    QVERIFY(w.registerScenario(canaryScenario(w.session(), &ids)));
    QProcessEnvironment env = w.environment();
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s); // the most verbose: every category, every level
    env.insert(u"QT_MESSAGE_PATTERN"_s, u"%{category} %{type}: %{message}"_s);

    const CliRun connected = watchedRun(w, env, { u"--json"_s, u"connect-keys"_s }, keysOnStdin(kKeyId, kSecret));
    QVERIFY2(connected.exitCode == 0, qPrintable(connected.describe(u"connect-keys"_s)));
    QCOMPARE(connected.json().value(u"instance_count"_s).toInt(), ids.size());
    // The verbose level is really on (so the search below covers debug output too).
    QVERIFY2(connected.err.contains("onramp.models info") || connected.err.contains("onramp.models debug"),
        qPrintable(connected.describe(u"no verbose log lines"_s)));
    const QString id = connected.json().value(u"id"_s).toString();

    // While connected, the keychain (and only the keychain) holds it.
    QCOMPARE(w.keychainKeys(), QStringList { u"account/"_s + id });
    QProcess lookup;
    lookup.start(u"secret-tool"_s, { u"lookup"_s, u"server"_s, w.service(), u"user"_s, u"account/"_s + id });
    QVERIFY(lookup.waitForFinished(15000));
    const QByteArray stored = lookup.readAllStandardOutput().trimmed();
    const auto decoded = QByteArray::fromBase64Encoding(stored, QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY2((decoded ? *decoded : stored).contains(kSecret.toUtf8()), "the keychain entry does not hold the secret");

    // Everything else a user or script does with the account, just as verbose.
    for (const QStringList &args : { QStringList { u"--json"_s, u"accounts"_s }, QStringList { u"accounts"_s },
             QStringList { u"--json"_s, u"discover"_s, id }, QStringList { u"discover"_s, id },
             QStringList { u"--json"_s, u"instances"_s, id }, QStringList { u"--json"_s, u"doctor"_s } }) {
        const CliRun r = watchedRun(w, env, args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe(u"expected success"_s)));
    }
    // A wrong secret for the same key: the error path must not echo what was typed either.
    QString typo = kSecret;
    typo[3] = u'X';
    const CliRun wrong = watchedRun(w, env, { u"--json"_s, u"connect-keys"_s }, keysOnStdin(kKeyId, typo));
    QVERIFY2(wrong.exitCode == 3, qPrintable(wrong.describe(u"expected exit 3"_s)));
    QVERIFY2(!wrong.out.contains(typo.toUtf8()) && !wrong.err.contains(typo.toUtf8()), "the wrong secret was echoed");

    // The audit log, every column of every row.
    const QStringList audit
        = w.dbColumn(u"SELECT at || '|' || user_name || '|' || action || '|' || COALESCE(account_id, '') "
                     "|| '|' || outcome || '|' || detail FROM audit_log"_s);
    QVERIFY2(audit.size() >= 4, qPrintable(audit.join(u'\n')));
    QVERIFY2(leaks(audit.join(u'\n').toUtf8()).isEmpty(), qPrintable(audit.join(u'\n')));
    // Every row of every table, as text.
    QStringList tables = w.dbColumn(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
    for (const QString &t : tables) {
        const QStringList cols = w.dbColumn(u"SELECT name FROM pragma_table_info('%1')"_s.arg(t));
        QStringList parts;
        for (const QString &c : cols)
            parts.append(u"COALESCE(CAST(\"%1\" AS TEXT), '')"_s.arg(c));
        const QStringList rows = w.dbColumn(u"SELECT %1 FROM \"%2\""_s.arg(parts.join(u" || '|' || "_s), t));
        const QStringList found = leaks(rows.join(u'\n').toUtf8());
        QVERIFY2(found.isEmpty(), qPrintable(u"table %1: %2"_s.arg(t, found.join(u", "_s))));
    }
    // What reached "AWS": signed requests carry the key id, never the secret.
    const QByteArray wire = QJsonDocument(w.awsLog()).toJson();
    QVERIFY(wire.contains(kKeyId.toUtf8()));
    QVERIFY2(leaks(wire).isEmpty(), qPrintable(leaks(wire).join(u", "_s)));

    // Disconnect removes the keychain entry.
    const CliRun gone = watchedRun(w, env, { u"--json"_s, u"disconnect"_s, id });
    QVERIFY2(gone.exitCode == 0, qPrintable(gone.describe(u"disconnect"_s)));
    QCOMPARE(w.keychainKeys(), QStringList());

    QVERIFY2(m_findings.isEmpty(), qPrintable(m_findings.join(u'\n')));
    QVERIFY2(m_watchedRuns >= 9 && m_procScans >= m_watchedRuns, "/proc was not watched during every run");
    QVERIFY2(m_scannedPaths.contains(u"registry.db-wal"_s), "the -wal file was never seen while onrampctl ran");
}

void TestSecretHygiene::guiWizardNeverShowsOrCopiesTheSecret()
{
    const QString session = FakeAws::uniqueSession(u"hygiene-gui"_s);
    QSet<QString> ids;
    const QString scenario = u"rel-"_s + session;
    QVERIFY(m_fake.putScenario(scenario, canaryScenario(session, &ids)));
    UiTestConsole console(m_fake, scenario, session);
    console.identity->refresh();
    auto wizard = std::make_unique<ConnectWizard>(console.services, console.identity.get(), console.settings.get());
    wizard->setWaitForRoleSecs(0);
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->pendingRecordId().isEmpty(), 20000);

    QTabBar *bar = wizard->findChild<QTabWidget *>(u"methodTabs"_s)->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(ConnectWizard::AccessKeysMethod).center());
    auto *keyEdit = wizard->findChild<QLineEdit *>(u"keyIdEdit"_s);
    auto *secretEdit = wizard->findChild<QLineEdit *>(u"secretEdit"_s);
    QVERIFY(keyEdit && secretEdit);
    QTest::keyClicks(keyEdit, kKeyId);
    QTest::keyClicks(secretEdit, kSecret);
    // Select-all and copy (and cut) in the masked field put nothing on the clipboard.
    for (const Qt::Key key : { Qt::Key_C, Qt::Key_X }) {
        secretEdit->selectAll();
        QTest::keyClick(secretEdit, key, Qt::ControlModifier);
        QVERIFY2(leaks(QApplication::clipboard()->text().toUtf8()).isEmpty(), "the secret field copied its secret");
    }
    // (Cut in a masked field deletes without copying: type the secret again.)
    secretEdit->clear();
    QTest::keyClicks(secretEdit, kSecret);
    QCOMPARE(secretEdit->text(), kSecret);
    auto *connectButton = wizard->findChild<QPushButton *>(u"connectButton"_s);
    QVERIFY(connectButton && connectButton->isEnabled());
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QVERIFY(secretEdit->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->progressPage()->kind() == ConnectProgressPage::Kind::Complete, 60000);

    // Everything the wizard offers to copy, copied: none of it carries the secret.
    for (const char *name : { "copyTemplateButton", "copyCliButton" }) {
        auto *button = wizard->findChild<QPushButton *>(QString::fromLatin1(name));
        if (!button)
            continue;
        button->click();
        QVERIFY2(leaks(QApplication::clipboard()->text().toUtf8()).isEmpty(), name);
    }
    QStringList texts;
    for (QLineEdit *e : wizard->findChildren<QLineEdit *>())
        texts.append(e->text());
    for (QLabel *l : wizard->findChildren<QLabel *>())
        texts.append(l->text());
    for (QPlainTextEdit *p : wizard->findChildren<QPlainTextEdit *>())
        texts.append(p->toPlainText());
    QVERIFY2(leaks(texts.join(u'\n').toUtf8()).isEmpty(), "a widget shows the secret");
    QVERIFY(leaks(QApplication::clipboard()->text().toUtf8()).isEmpty());

    // The keychain has it; the database files do not.
    const Result<Account> account = console.registry->account(wizard->connectedAccountId());
    QVERIFY(account);
    QCOMPARE(account->status, AccountStatus::Active);
    std::optional<Result<SecretBytes>> stored;
    console.secrets->read(account->keychainRef, this, [&stored](Result<SecretBytes> r) { stored = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
    QVERIFY(stored->ok());
    QVERIFY((*stored)->view().toByteArray().contains(kSecret.toUtf8()));
    scanFiles(QFileInfo(console.dbPath()).absolutePath());
    QVERIFY2(m_findings.isEmpty(), qPrintable(m_findings.join(u'\n')));

    // Disconnect through the service the GUI uses: the entry is gone.
    std::optional<Result<Account>> disconnected;
    console.onboarding->disconnect(
        u"alice"_s, account->id, this, [&disconnected](const Result<Account> &r) { disconnected = r; });
    QTRY_VERIFY_WITH_TIMEOUT(disconnected.has_value(), 15000);
    QVERIFY(disconnected->ok());
    std::optional<Result<SecretBytes>> after;
    console.secrets->read(account->keychainRef, this, [&after](Result<SecretBytes> r) { after = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(after.has_value(), 10000);
    QVERIFY(!after->ok());
    QCOMPARE(after->error().code, u"SecretNotFound"_s);
}

QTEST_MAIN(TestSecretHygiene)

#include "tst_secrethygiene.moc"
