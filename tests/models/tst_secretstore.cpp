// Tests of SecretStore against the real Secret Service (gnome-keyring started by scripts/with-keyring.sh).
#include "models/secretstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

template <typename T> QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

/// Collects the callback's results (all of them: exactly one is the contract). In a std::vector, which takes the
/// move-only Result<SecretBytes> (a QList would copy).
template <typename T> struct Outcome
{
    std::vector<Result<T>> results;
    std::function<void(Result<T>)> callback()
    {
        return [this](Result<T> r) { results.push_back(std::move(r)); };
    }
    qsizetype count() const { return qsizetype(results.size()); }
    const Result<T> &first() const { return results.front(); }
};

QString secretToolSearch(const QString &service)
{
    QProcess p;
    p.start(u"secret-tool"_s, { u"search"_s, u"--all"_s, u"--unlock"_s, u"server"_s, service });
    if (!p.waitForFinished(15000))
        return u"<secret-tool timed out>"_s;
    // secret-tool prints the attributes on stdout or stderr depending on its version.
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

QString randomHex(int bytes)
{
    QString s;
    for (int i = 0; i < bytes; ++i)
        s += u"%1"_s.arg(QRandomGenerator::global()->bounded(256), 2, 16, QLatin1Char('0'));
    return s;
}

QStringList g_capturedLog;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_capturedLog.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void serviceNameComesFromEnvironmentUnlessGiven();
    void writeReadRemoveRoundTrip();
    void secretToolSeesServerAndUserAttributesThenNothingAfterRemove();
    void writeReplacesPreviousValue();
    void readOfMissingKeyIsSecretNotFound();
    void removeOfMissingKeySucceeds();
    void probeRoundTripsAndLeavesNoCanary();
    void timeoutDeliversUnavailableExactlyOnce();
    void timedOutWriteThatLandsLateIsDeletedAgain();
    void timedOutWriteLandingLateLeavesALaterWriteAlone();
    void destroyedContextCancelsCallback();
    void neverLogsTheSecret();
    void unreachableSessionBusFailsFastWithoutPlaintext();
    void secretServiceWithoutUnlockedKeyringFailsClearly();

private:
    QString m_service;
};

void TestSecretStore::initTestCase()
{
    // Without a session bus every keychain call fails or hangs: this suite needs the wrapper.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run this suite under scripts/with-keyring.sh (it starts gnome-keyring).");
    // Unique per run: tests never see each other's entries, even in a shared keyring.
    m_service = u"onramp-tst-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(randomHex(4));
}

void TestSecretStore::cleanupTestCase()
{
    // Best effort: nothing of ours should remain, and if a test failed midway, remove what it left.
    QProcess::execute(u"secret-tool"_s, { u"clear"_s, u"server"_s, m_service });
}

void TestSecretStore::serviceNameComesFromEnvironmentUnlessGiven()
{
    const QByteArray saved = qgetenv("ONRAMP_KEYCHAIN_SERVICE");
    qunsetenv("ONRAMP_KEYCHAIN_SERVICE");
    QCOMPARE(SecretStore::defaultServiceName(), u"onramp"_s);
    QCOMPARE(SecretStore().serviceName(), u"onramp"_s);
    qputenv("ONRAMP_KEYCHAIN_SERVICE", "onramp-ci");
    QCOMPARE(SecretStore().serviceName(), u"onramp-ci"_s);
    QCOMPARE(SecretStore(u"explicit"_s).serviceName(), u"explicit"_s);
    if (saved.isNull())
        qunsetenv("ONRAMP_KEYCHAIN_SERVICE");
    else
        qputenv("ONRAMP_KEYCHAIN_SERVICE", saved);
    QCOMPARE(SecretStore::accountKey(u"abc"_s), u"account/abc"_s);
    QCOMPARE(SecretStore().timeout(), 5000ms);
}

void TestSecretStore::writeReadRemoveRoundTrip()
{
    SecretStore store(m_service);
    const QString key = SecretStore::accountKey(randomHex(8));
    const SecretBytes secret = SecretBytes::fromString(u"wJalrXUtnFEMI/K7MDENG/bPxRfiCY"_s + randomHex(5));

    Outcome<void> written;
    store.write(key, secret, this, written.callback());
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 10000);
    QVERIFY2(written.first().ok(), qPrintable(errorText(written.first())));

    Outcome<SecretBytes> read;
    store.read(key, this, read.callback());
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 10000);
    QVERIFY2(read.first().ok(), qPrintable(errorText(read.first())));
    QVERIFY(read.first().value() == secret);

    Outcome<void> removed;
    store.remove(key, this, removed.callback());
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
    QVERIFY2(removed.first().ok(), qPrintable(errorText(removed.first())));

    Outcome<SecretBytes> gone;
    store.read(key, this, gone.callback());
    QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, 10000);
    QVERIFY(!gone.first().ok());
    QCOMPARE(gone.first().error().code, u"SecretNotFound"_s);
}

void TestSecretStore::secretToolSeesServerAndUserAttributesThenNothingAfterRemove()
{
    SecretStore store(m_service);
    const QString key = SecretStore::accountKey(randomHex(8));
    const QString plain = u"AbCdEfGh/IjKlMnOp+"_s + randomHex(6);
    Outcome<void> written;
    store.write(key, SecretBytes::fromString(plain), this, written.callback());
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 10000);
    QVERIFY2(written.first().ok(), qPrintable(errorText(written.first())));

    const QString found = secretToolSearch(m_service);
    QVERIFY2(found.contains(u"attribute.server = "_s + m_service), qPrintable(found));
    QVERIFY2(found.contains(u"attribute.user = "_s + key), qPrintable(found));
    // The secret is in the keyring (secret-tool shows it; the service may store it base64-encoded).
    const QString stored = secretToolSearch(m_service).section(u"secret = "_s, 1, 1).section(u'\n', 0, 0);
    QVERIFY2(stored == plain || stored == QString::fromLatin1(plain.toUtf8().toBase64()), "stored value differs");

    Outcome<void> removed;
    store.remove(key, this, removed.callback());
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
    QVERIFY(removed.first().ok());
    const QString after = secretToolSearch(m_service);
    QVERIFY2(!after.contains(key), qPrintable(after));
}

void TestSecretStore::writeReplacesPreviousValue()
{
    SecretStore store(m_service);
    const QString key = SecretStore::accountKey(randomHex(8));
    for (const char *value : { "first-value", "second-value" }) {
        Outcome<void> written;
        store.write(key, SecretBytes(QByteArrayView(value)), this, written.callback());
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 10000);
        QVERIFY(written.first().ok());
    }
    Outcome<SecretBytes> read;
    store.read(key, this, read.callback());
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 10000);
    QVERIFY(read.first().ok());
    QVERIFY(read.first().value() == SecretBytes(QByteArrayView("second-value")));
    QCOMPARE(secretToolSearch(m_service).count(u"attribute.user = "_s + key), 1);

    Outcome<void> removed;
    store.remove(key, this, removed.callback());
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
}

void TestSecretStore::readOfMissingKeyIsSecretNotFound()
{
    SecretStore store(m_service);
    Outcome<SecretBytes> read;
    store.read(u"account/never-written"_s, this, read.callback());
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 10000);
    QVERIFY(!read.first().ok());
    const AwsError &e = read.first().error();
    QCOMPARE(e.code, u"SecretNotFound"_s);
    QCOMPARE(e.kind, AwsError::Kind::NotFound);
    QVERIFY2(e.message.contains(u"account/never-written"_s), qPrintable(e.message));
}

void TestSecretStore::removeOfMissingKeySucceeds()
{
    SecretStore store(m_service);
    Outcome<void> removed;
    store.remove(u"account/never-written"_s, this, removed.callback());
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
    QVERIFY2(removed.first().ok(), qPrintable(errorText(removed.first())));
}

void TestSecretStore::probeRoundTripsAndLeavesNoCanary()
{
    SecretStore store(m_service);
    Outcome<void> probed;
    store.probe(this, probed.callback());
    QTRY_COMPARE_WITH_TIMEOUT(probed.count(), 1, 20000);
    QVERIFY2(probed.first().ok(), qPrintable(errorText(probed.first())));
    const QString left = secretToolSearch(m_service);
    QVERIFY2(!left.contains(u"onramp-probe"_s), qPrintable(left));
}

void TestSecretStore::timeoutDeliversUnavailableExactlyOnce()
{
    SecretStore store(m_service);
    store.setTimeout(1ms); // shorter than any D-Bus round trip
    const QString key = SecretStore::accountKey(randomHex(8));
    Outcome<void> written;
    store.write(key, SecretBytes(QByteArrayView("late")), this, written.callback());
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 5000);
    QVERIFY(!written.first().ok());
    QCOMPARE(written.first().error().code, u"KeychainUnavailable"_s);
    // The job still finishes in the background; its late answer must not reach the caller a second time.
    QTest::qWait(1500); // absence: a second callback
    QCOMPARE(written.count(), 1);

    store.setTimeout(5s);
    Outcome<void> removed;
    store.remove(key, this, removed.callback());
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
}

/// Captures onramp.* messages (all levels) while it lives.
struct CapturedLog
{
    CapturedLog()
    {
        g_capturedLog.clear();
        g_previousHandler = qInstallMessageHandler(captureMessages);
        QLoggingCategory::setFilterRules(u"onramp.*=true"_s);
    }
    ~CapturedLog()
    {
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }
    static bool contains(const QString &a, const QString &b)
    {
        return std::any_of(g_capturedLog.cbegin(), g_capturedLog.cend(),
            [&](const QString &line) { return line.contains(a) && line.contains(b); });
    }
};

void TestSecretStore::timedOutWriteThatLandsLateIsDeletedAgain()
{
    // The keychain answers after the caller has been told it did not (a locked keyring unlocked late behaves the
    // same): the write still lands, and nothing would ever point to it.
    CapturedLog log;
    SecretStore store(m_service);
    store.setTimeout(1ms); // shorter than any D-Bus round trip: the job finishes after the timeout
    const QString key = SecretStore::accountKey(randomHex(8));
    const QString plain = u"LateSecret-"_s + randomHex(8);
    Outcome<void> written;
    store.write(key, SecretBytes::fromString(plain), this, written.callback());
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 5000);
    QVERIFY(!written.first().ok());
    QCOMPARE(written.first().error().code, u"KeychainUnavailable"_s);

    // It did land late (logged), and was deleted again.
    QTRY_VERIFY_WITH_TIMEOUT(CapturedLog::contains(u"deleted the late keychain entry for key"_s, key), 10000);
    QVERIFY(CapturedLog::contains(u"stored its secret after it had timed out; deleting that entry"_s, key));
    const QString found = secretToolSearch(m_service);
    QVERIFY2(!found.contains(key), qPrintable(found));
    QCOMPARE(written.count(), 1);
    for (const QString &line : std::as_const(g_capturedLog))
        QVERIFY2(!line.contains(plain), "a log line contains the secret");
}

void TestSecretStore::timedOutWriteLandingLateLeavesALaterWriteAlone()
{
    // A retry that writes the same key after the timeout owns the entry: the late first write must not delete it.
    CapturedLog log;
    SecretStore store(m_service);
    const QString key = SecretStore::accountKey(randomHex(8));
    store.setTimeout(1ms);
    Outcome<void> first;
    Outcome<void> second;
    // The retry starts as soon as the first write has timed out, before that one's job has finished.
    store.write(key, SecretBytes(QByteArrayView("first-value")), this, [&](Result<void> r) {
        first.results.push_back(std::move(r));
        store.setTimeout(5s);
        store.write(key, SecretBytes(QByteArrayView("second-value")), this, second.callback());
    });
    QTRY_COMPARE_WITH_TIMEOUT(first.count(), 1, 5000);
    QVERIFY(!first.first().ok());
    QTRY_COMPARE_WITH_TIMEOUT(second.count(), 1, 10000);
    QVERIFY2(second.first().ok(), qPrintable(errorText(second.first())));
    QTRY_VERIFY_WITH_TIMEOUT(CapturedLog::contains(u"a later write to the key owns the entry"_s, key), 10000);
    QTest::qWait(300); // a wrong deletion would have been started by now
    Outcome<SecretBytes> read;
    store.read(key, this, read.callback());
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 10000);
    QVERIFY2(read.first().ok(), qPrintable(errorText(read.first())));
    QVERIFY(read.first().value() == SecretBytes(QByteArrayView("second-value")));

    Outcome<void> removed;
    store.remove(key, this, removed.callback());
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
}

void TestSecretStore::destroyedContextCancelsCallback()
{
    SecretStore store(m_service);
    int calls = 0;
    auto *context = new QObject;
    store.read(u"account/never-written"_s, context, [&calls](Result<SecretBytes>) { ++calls; });
    delete context;
    QTest::qWait(1500); // absence: the keychain's answer (well within 1.5 s) must not reach a destroyed context
    QCOMPARE(calls, 0);
}

void TestSecretStore::neverLogsTheSecret()
{
    const QString plain = u"NeverInALog-"_s + randomHex(8);
    g_capturedLog.clear();
    g_previousHandler = qInstallMessageHandler(captureMessages);
    QLoggingCategory::setFilterRules(u"onramp.*=true"_s);
    {
        SecretStore store(m_service);
        const QString key = SecretStore::accountKey(randomHex(8));
        Outcome<void> written;
        store.write(key, SecretBytes::fromString(plain), this, written.callback());
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 10000);
        Outcome<SecretBytes> read;
        store.read(key, this, read.callback());
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 10000);
        store.setTimeout(1ms); // also the timeout path, which logs
        Outcome<void> removed;
        store.remove(key, this, removed.callback());
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
        QTest::qWait(500); // the timed-out job ends in the background unobserved; whatever it logs is captured too
        store.setTimeout(5s);
        Outcome<void> removedAgain;
        store.remove(key, this, removedAgain.callback());
        QTRY_COMPARE_WITH_TIMEOUT(removedAgain.count(), 1, 10000);
    }
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!g_capturedLog.isEmpty()); // the timeout was logged, so logging was really on
    for (const QString &line : std::as_const(g_capturedLog))
        QVERIFY2(!line.contains(plain), "a log line contains the secret");
}

/// Runs this binary in --keychain-child mode (one write of a known secret) with a private HOME and the
/// given environment changes, optionally under \a wrapper; returns "code\nmessage" and checks that the
/// secret landed in no file under that HOME (no plaintext fallback).
struct ChildOutcome
{
    QString code;
    QString message;
    qint64 elapsedMs = 0;
    bool plaintextFound = false;
    QString failure;
};

static ChildOutcome runKeychainChild(
    const QString &service, const QStringList &wrapper, const QHash<QString, QString> &set, const QStringList &unset)
{
    ChildOutcome out;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    QDir(home.path()).mkpath(u"run"_s);
    QFile::setPermissions(home.filePath(u"run"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"run"_s));
    env.remove(u"DISPLAY"_s); // no X11 autolaunch of a bus, no prompt window
    for (const QString &name : unset)
        env.remove(name);
    for (auto it = set.cbegin(); it != set.cend(); ++it)
        env.insert(it.key(), it.value());

    QStringList args = wrapper;
    args << QCoreApplication::applicationFilePath() << u"--keychain-child"_s << service;
    QProcess child;
    child.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    child.start(args.takeFirst(), args);
    if (!child.waitForFinished(30000)) {
        child.kill();
        child.waitForFinished();
        out.failure = u"the child hung for 30 s"_s;
        return out;
    }
    out.elapsedMs = t.elapsed();
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
    if (lines.size() < 2) {
        out.failure = QString::fromUtf8(child.readAllStandardError());
        return out;
    }
    out.code = lines.at(0);
    out.message = lines.at(1);
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains("child-secret-"))
            out.plaintextFound = true;
    }
    return out;
}

void TestSecretStore::unreachableSessionBusFailsFastWithoutPlaintext()
{
    const ChildOutcome r
        = runKeychainChild(m_service, {}, { { u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s } }, {});
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(r.code, u"KeychainUnavailable"_s);
    QVERIFY2(r.message.contains(u"The system keychain is not available"_s), qPrintable(r.message));
    QVERIFY2(r.message.contains(u"Onramp never stores secrets in plain text."_s), qPrintable(r.message));
    QVERIFY2(r.elapsedMs < 10000, qPrintable(QString::number(r.elapsedMs)));
    QVERIFY(!r.plaintextFound);
}

void TestSecretStore::secretServiceWithoutUnlockedKeyringFailsClearly()
{
    // A session bus of its own where the Secret Service is only D-Bus-activated: no keyring has been
    // created or unlocked and no prompt can be shown. The call must end (error or timeout), not hang.
    if (QStandardPaths::findExecutable(u"dbus-run-session"_s).isEmpty())
        QSKIP("dbus-run-session is not installed (Debian: dbus)");
    const ChildOutcome r
        = runKeychainChild(m_service, { u"dbus-run-session"_s, u"--"_s }, {}, { u"DBUS_SESSION_BUS_ADDRESS"_s });
    QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
    QCOMPARE(r.code, u"KeychainUnavailable"_s);
    QVERIFY2(r.message.contains(u"Onramp never stores secrets in plain text."_s), qPrintable(r.message));
    QVERIFY2(r.elapsedMs < 15000, qPrintable(QString::number(r.elapsedMs)));
    QVERIFY(!r.plaintextFound);
}

/// Child mode for runKeychainChild(): one write with the default timeout,
/// then prints the error code and message.
static int keychainChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SecretStore store(QString::fromLocal8Bit(argv[2]));
    int exitCode = 1;
    store.write(
        u"account/child"_s, SecretBytes(QByteArrayView("child-secret-value")), &app, [&exitCode](Result<void> r) {
            const QString out = r.ok() ? u"ok\nwritten"_s : r.error().code + u'\n' + r.error().message;
            fputs(out.toUtf8().constData(), stdout);
            fputc('\n', stdout);
            exitCode = 0;
            QCoreApplication::quit();
        });
    QTimer::singleShot(20000, &app, &QCoreApplication::quit);
    app.exec();
    return exitCode;
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--keychain-child") == 0)
        return keychainChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestSecretStore t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "tst_secretstore.moc"
