// PreflightChecks: the same checks as `onrampctl doctor`, run asynchronously for the Settings dialog.
#pragma once

#include "ui/consoleservices.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QThread;

/// Runs, one after the other and never blocking the UI thread: the database (opens it on a worker connection,
/// writes an audit row, runs the integrity check, reports the schema version), the keychain (SecretStore::probe),
/// the console identity (STS GetCallerIdentity with the console's credentials), the AWS endpoint (reachable over
/// TLS) and the clock skew against AWS's Date header — what CliCommands::doctor checks, with hints.
class PreflightChecks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreflightChecks)
public:
    struct Check
    {
        QString name;
        bool ok = false;
        QString detail;
        QString hint;
    };

    explicit PreflightChecks(const ConsoleServices &services, QObject *parent = nullptr);
    ~PreflightChecks() override;

    /// Starts the checks; checkDone() per check, then finished(). Ignored while running.
    void run();
    bool isRunning() const { return m_running; }
    const QList<Check> &results() const { return m_results; }

Q_SIGNALS:
    void checkDone(const PreflightChecks::Check &check);
    void finished();

private:
    void add(Check check);
    void checkKeychain();
    void checkAws();

    ConsoleServices m_services;
    QList<Check> m_results;
    bool m_running = false;
    QPointer<QThread> m_worker;
};
