// Diagnostics: the preflight checks `onrampctl doctor` prints and the Settings dialog shows, in one place.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class AwsClients;
class QThread;
class SecretStore;

/// One check's outcome.
struct DiagnosticCheck
{
    QString id; ///< stable, lower-case: "database", "keychain", … (the CLI's JSON "name")
    QString title; ///< for people, translated: "Database"
    bool ok = false;
    QString detail; ///< what was found
    QString hint; ///< what to do when it failed; may be empty
};

/// Runs the checks one after the other, never blocking the caller's thread: the database (opened on a worker
/// thread with a connection of its own: writable — an audit row is written —, integrity, schema version), the
/// registry files' permissions (SQLite) or the database transport (team mode), the keychain (SecretStore::probe), the
/// console identity (STS GetCallerIdentity through StsClient), the AWS endpoint (reachable over TLS) and the clock
/// against AWS's Date header (maxClockSkewSecs). checkDone() per check as it completes, then finished(). The CLI and
/// the dialog only render the results.
class Diagnostics final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Diagnostics)
public:
    /// AWS refuses SigV4 requests dated more than 5 minutes from its clock (RequestTimeTooSkewed).
    static constexpr int maxClockSkewSecs = 300;

    /// \a dbUrl and \a user as Registry::open() takes them; \a secrets and \a aws must outlive this object.
    Diagnostics(QString dbUrl, QString user, SecretStore *secrets, AwsClients *aws, QObject *parent = nullptr);
    ~Diagnostics() override;

    /// Starts the checks (ignored while running).
    void run();
    bool isRunning() const { return m_running; }
    const QList<DiagnosticCheck> &results() const { return m_results; }
    /// True when every check passed (after finished()).
    bool allOk() const;

Q_SIGNALS:
    void checkDone(const DiagnosticCheck &check);
    void finished();

private:
    void add(DiagnosticCheck check);
    void checkKeychain();
    void checkAws();
    void finish();

    QString m_dbUrl;
    QString m_user;
    SecretStore *m_secrets;
    AwsClients *m_aws;
    QString m_consoleSource; ///< where the console identity's credentials come from (sourceDescription())
    QList<DiagnosticCheck> m_results;
    bool m_running = false;
    QPointer<QThread> m_worker;
};
