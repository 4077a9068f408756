// FakeAws: the tests' handle on the local fake AWS endpoint started by the CTest fixture (tests/fakeaws).
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

/// Reads $ONRAMP_FAKEAWS_DIR/endpoint.json written by `fakeaws.py start`, builds per-test endpoint URLs
/// (https://127.0.0.1:PORT/<scenario>/<session>/) and talks to the fake's unsigned control API. Test-only: its
/// calls block with a local event loop.
class FakeAws final
{
public:
    /// Loads the running fake's description; isValid() is false (with why()) when there is none.
    static FakeAws fromEnvironment();

    bool isValid() const { return m_valid; }
    QString why() const { return m_why; }
    QUrl endpoint(const QString &scenario, const QString &session, bool https = true) const;
    QString caBundle() const { return m_caBundle; }
    /// The environment of an onrampctl process that talks to this fake as \a scenario / \a session: nothing of
    /// the caller's AWS, Onramp, proxy or logging setup; the console's keys; no shared config files (both named
    /// under \a dir); the registry \a db, the keychain service \a keychainService, fast retries; ONRAMP_USER when
    /// \a user is not empty.
    QProcessEnvironment cliEnvironment(const QString &scenario, const QString &session, const QString &dir,
        const QString &db, const QString &keychainService, const QString &user) const;
    /// The environment of an in-process ConsoleSession that talks to this fake as \a scenario / \a session: only
    /// what it names (the fake's endpoint and CA, no proxy for it, fast retries, \a home as HOME with no shared config
    /// files there, the console's keys).
    QProcessEnvironment sessionEnvironment(const QString &scenario, const QString &session, const QString &home) const;
    QString otherCaBundle() const { return m_otherCaBundle; }

    /// Registers (or replaces) scenario \a name with \a scenario; false on failure.
    bool putScenario(const QString &name, const QJsonObject &scenario) const;
    /// Deletes RDS database \a identifier of \a account in \a region from scenario \a name (every later
    /// DescribeDBInstances lacks it); false if there is no such database.
    bool deleteDatabase(
        const QString &name, const QString &account, const QString &region, const QString &identifier) const;
    /// Every AWS request the fake received for (scenario, session), oldest first.
    QJsonArray requestLog(const QString &scenario, const QString &session) const;
    /// A session name unique to this process and call.
    static QString uniqueSession(const QString &prefix);

    /// The fixed credentials of the shipped scenarios (see tests/fakeaws/SCENARIOS.md).
    static QString consoleKeyId();
    static QString consoleSecret();
    static QString consoleAccount();
    static QString customerKeyId();
    static QString customerSecret();
    static QString customerAccount();
    static QString customerRoleArn();
    static QString customerExternalId();
    static QString limitedKeyId();
    static QString limitedSecret();

private:
    bool m_valid = false;
    QString m_why;
    QUrl m_https;
    QUrl m_http;
    QString m_caBundle;
    QString m_otherCaBundle;
};
