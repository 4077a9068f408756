// SecretStore: the only place Onramp reads or writes secrets, in the OS keychain through QtKeychain.
#pragma once

#include "aws/awserror.h"
#include "aws/secretbytes.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

/// Keeps secrets (access-key secrets of connected accounts, the console identity's keys if the user stores
/// them) in the OS keychain — on Linux the Secret Service (gnome-keyring, KWallet) — under a service name
/// and a key. Entries carry the attributes `server=<serviceName()>` and `user=<key>`.
///
/// Never falls back to plain text: QtKeychain's insecure fallback stays off (asserted). A keychain that does
/// not answer within timeout() (no D-Bus session, no Secret Service, a hung daemon) ends the call with code
/// "KeychainUnavailable" instead of hanging; so does a keychain that is absent (no session bus, no Secret
/// Service) or has no usable default collection (never created, or its unlock prompt cannot be shown).
/// Other codes: "SecretNotFound", "KeychainDenied" (locked or access refused), "KeychainError".
/// Messages never contain a secret.
///
/// All operations are asynchronous: the callback runs exactly once on \a context's thread, unless
/// \a context is destroyed first (then never). No nested event loop is ever run.
///
/// A timed-out write leaves nothing behind: QtKeychain cannot cancel its job, so a keyring that answers late (a
/// locked one unlocked after the timeout) would still store the secret, with no record pointing to it. The store
/// keeps watching such a job; if it succeeds, the entry is deleted again (a DeletePasswordJob for the same key) and
/// that is logged (onramp.models, the key only) — unless a later write to the same key has started since, which owns
/// the entry now. The buffer the job held is wiped when it finishes.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using DoneCallback = std::function<void(Result<void>)>;
    using ReadCallback = std::function<void(Result<SecretBytes>)>;

    /// \a serviceName empty: defaultServiceName().
    explicit SecretStore(const QString &serviceName = {}, QObject *parent = nullptr);
    ~SecretStore() override;

    /// `ONRAMP_KEYCHAIN_SERVICE` if set and not empty, else "onramp".
    static QString defaultServiceName();
    /// The key under which the access-key secret of account \a accountId is stored ("account/<id>");
    /// the registry stores it as Account::keychainRef.
    static QString accountKey(const QString &accountId);

    QString serviceName() const { return m_service; }
    /// Per-call timeout (default 5 s).
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// Stores \a secret under \a key (replacing any previous value). Succeeds or says why not.
    void write(const QString &key, const SecretBytes &secret, QObject *context, DoneCallback callback);
    /// Reads the secret under \a key; "SecretNotFound" when there is none. The caller owns (and by
    /// destroying, wipes) the returned SecretBytes.
    void read(const QString &key, QObject *context, ReadCallback callback);
    /// Deletes the entry \a key. Succeeds once no entry \a key exists — also when there was none (the
    /// Secret Service does not say whether it deleted anything, and disconnecting twice must not fail).
    void remove(const QString &key, QObject *context, DoneCallback callback);
    /// Preflight for `onrampctl doctor`: writes, reads back and deletes a random canary entry.
    /// Succeeds when the keychain is reachable, unlocked and round-trips; otherwise the error of the
    /// step that failed (its message says which).
    void probe(QObject *context, DoneCallback callback);

private:
    static void prepare(QKeychain::Job *job, const QString &key);
    AwsError jobError(const QKeychain::Job *job) const;
    AwsError unavailableError() const;
    /// Records that an operation on \a key starts; returns its sequence number.
    quint64 started(const QString &key, bool isWrite);
    /// Whether a write to \a key started after the one numbered \a sequence and was the last operation on it.
    bool laterWriteOwns(const QString &key, quint64 sequence) const;
    /// Deletes the entry a timed-out write to \a key of \a service stored late, and logs the outcome.
    static void deleteLateEntry(const QString &service, const QString &key);

    /// The last operation started on each key: its sequence number and whether it was a write.
    struct LastOperation
    {
        quint64 sequence = 0;
        bool isWrite = false;
    };
    QHash<QString, LastOperation> m_lastOperation;
    quint64 m_sequence = 0;
    QString m_service;
    std::chrono::milliseconds m_timeout { 5000 };
};
