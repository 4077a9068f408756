// SecretStore: QtKeychain jobs wrapped with a timeout, error mapping and wiping of temporary copies.
#include "models/secretstore.h"

#include "models/logging.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

QString secondsText(std::chrono::milliseconds ms)
{
    return ms.count() % 1000 == 0 ? QString::number(ms.count() / 1000)
                                  : QString::number(double(ms.count()) / 1000.0, 'f', 1);
}

AwsError makeError(AwsError::Kind kind, const QString &code, const QString &message)
{
    AwsError e = AwsError::make(kind, message);
    e.code = code;
    return e;
}

/// One keychain operation in flight: delivers the job's outcome or, if the keychain does not answer in
/// time, a KeychainUnavailable error — whichever comes first, exactly once. It is a child of the caller's
/// context object, so a destroyed context cancels the delivery. After a timeout the job itself keeps
/// running (QtKeychain cannot cancel) and deletes itself if it ever finishes.
class KeychainCall final : public QObject
{
public:
    using OnFinished = std::function<void(QKeychain::Job *)>;
    using OnTimeout = std::function<void()>;

    KeychainCall(QKeychain::Job *job, QObject *context, std::chrono::milliseconds timeout, OnFinished onFinished,
        OnTimeout onTimeout)
        : QObject(context)
        , m_onFinished(std::move(onFinished))
        , m_onTimeout(std::move(onTimeout))
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(timeout);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_done)
                return;
            m_done = true;
            m_onTimeout();
            deleteLater();
        });
        connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
            if (m_done)
                return;
            m_done = true;
            m_timer.stop();
            m_onFinished(j);
            deleteLater();
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
    bool m_done = false;
    OnFinished m_onFinished;
    OnTimeout m_onTimeout;
};

} // namespace

SecretStore::SecretStore(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_service(serviceName.isEmpty() ? defaultServiceName() : serviceName)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::defaultServiceName()
{
    const QString env = qEnvironmentVariable("ONRAMP_KEYCHAIN_SERVICE");
    return env.isEmpty() ? QStringLiteral("onramp") : env;
}

QString SecretStore::accountKey(const QString &accountId)
{
    return QStringLiteral("account/") + accountId;
}

AwsError SecretStore::unavailableError() const
{
    return makeError(AwsError::Kind::Service, QStringLiteral("KeychainUnavailable"),
        tr("The system keychain is not available (no Secret Service answered within %1 s). "
           "Onramp never stores secrets in plain text.")
            .arg(secondsText(m_timeout)));
}

AwsError SecretStore::jobError(const QKeychain::Job *job) const
{
    // QtKeychain's texts name the backend's failure (D-Bus, libsecret), never the secret.
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return makeError(AwsError::Kind::NotFound, QStringLiteral("SecretNotFound"),
            tr("No secret is stored under \"%1\" in the system keychain (service \"%2\").").arg(job->key(), m_service));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(AwsError::Kind::AccessDenied, QStringLiteral("KeychainDenied"),
            tr("The system keychain refused access: it is locked or the request was denied (%1). "
               "Unlock it and try again.")
                .arg(detail));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return makeError(AwsError::Kind::Service, QStringLiteral("KeychainUnavailable"),
            tr("The system keychain is not available (%1). Onramp never stores secrets in plain text.").arg(detail));
    case QKeychain::OtherError:
        // No default collection: the keyring was never created, or it is locked and its unlock prompt cannot
        // be shown (headless). Nothing can be stored until a person fixes that.
        if (detail.contains(QLatin1StringView("/org/freedesktop/secrets/collection"))
            || detail.contains(QLatin1StringView("prompt"), Qt::CaseInsensitive))
            return makeError(AwsError::Kind::Service, QStringLiteral("KeychainUnavailable"),
                tr("The system keychain has no unlocked default keyring (%1). Create or unlock the "
                   "login keyring, then try again. Onramp never stores secrets in plain text.")
                    .arg(detail));
        // A missing or unreachable session bus surfaces as a generic error from the D-Bus layer.
        if (detail.contains(QLatin1StringView("D-Bus"), Qt::CaseInsensitive)
            || detail.contains(QLatin1StringView("DBus"), Qt::CaseInsensitive)
            || detail.contains(QLatin1StringView("Could not connect"), Qt::CaseInsensitive)
            || detail.contains(QLatin1StringView("ServiceUnknown"), Qt::CaseInsensitive)
            || detail.contains(QLatin1StringView("secret service"), Qt::CaseInsensitive))
            return makeError(AwsError::Kind::Service, QStringLiteral("KeychainUnavailable"),
                tr("The system keychain is not available (%1). Onramp never stores secrets in plain "
                   "text.")
                    .arg(detail));
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        break;
    }
    return makeError(AwsError::Kind::Service, QStringLiteral("KeychainError"),
        tr("The system keychain reported an error: %1").arg(detail));
}

void SecretStore::prepare(QKeychain::Job *job, const QString &key)
{
    job->setAutoDelete(true);
    // The fallback writes secrets to a plain settings file: never.
    job->setInsecureFallback(false);
    Q_ASSERT(!job->insecureFallback());
    job->setKey(key);
}

quint64 SecretStore::started(const QString &key, bool isWrite)
{
    m_lastOperation.insert(key, { ++m_sequence, isWrite });
    return m_sequence;
}

void SecretStore::write(const QString &key, const SecretBytes &secret, QObject *context, DoneCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    prepare(job, key);
    const quint64 sequence = started(key, true);
    // The job keeps (shares) this buffer until it finishes; it is wiped in place once the job is done.
    auto buffer = std::make_shared<QByteArray>(secret.view().data(), secret.size());
    job->setBinaryData(*buffer);
    auto timedOut = std::make_shared<bool>(false);
    new KeychainCall(
        job, context ? context : this, m_timeout,
        [this, buffer, callback](QKeychain::Job *j) {
            SecretBytes::wipeShared(*buffer);
            if (j->error() != QKeychain::NoError) {
                qCWarning(lcModels) << "keychain write failed for key" << j->key() << "-" << j->errorString();
                callback(jobError(j));
                return;
            }
            callback({});
        },
        [this, key, callback, timedOut] {
            // The job may still be using the buffer: it is wiped when the job finishes (below).
            *timedOut = true;
            qCWarning(lcModels) << "keychain write timed out for key" << key;
            callback(unavailableError());
        });
    // Outlives the caller's context and this store: the job itself is the context.
    QPointer<SecretStore> store(this);
    connect(job, &QKeychain::Job::finished, job,
        [store, service = m_service, key, sequence, buffer, timedOut](QKeychain::Job *j) {
            if (!*timedOut)
                return;
            SecretBytes::wipeShared(*buffer);
            if (j->error() != QKeychain::NoError) {
                qCInfo(lcModels) << "timed-out keychain write for key" << key
                                 << "ended later without storing:" << j->errorString();
                return;
            }
            // The caller was told the write failed, so nothing refers to the entry — unless a later write to the
            // key has started since (with the store gone, nothing can have).
            if (store && store->laterWriteOwns(key, sequence)) {
                qCInfo(lcModels) << "keychain write for key" << key
                                 << "stored its secret after it had timed out; a later write to the key owns the entry";
                return;
            }
            qCWarning(lcModels)
                << "keychain write for key" << key
                << "stored its secret after it had timed out; deleting that entry (nothing refers to it)";
            deleteLateEntry(service, key);
        });
    job->start();
}

bool SecretStore::laterWriteOwns(const QString &key, quint64 sequence) const
{
    const LastOperation last = m_lastOperation.value(key);
    return last.sequence != sequence && last.isWrite;
}

void SecretStore::deleteLateEntry(const QString &service, const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, job, [key](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            qCWarning(lcModels) << "could not delete the late keychain entry for key" << key << "-" << j->errorString();
        else
            qCInfo(lcModels) << "deleted the late keychain entry for key" << key;
    });
    job->start();
}

void SecretStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    prepare(job, key);
    new KeychainCall(
        job, context ? context : this, m_timeout,
        [this, callback](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError) {
                if (j->error() != QKeychain::EntryNotFound)
                    qCWarning(lcModels) << "keychain read failed for key" << j->key() << "-" << j->errorString();
                callback(jobError(j));
                return;
            }
            QByteArray data = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
            SecretBytes secret(data);
            // Shares the job's buffer: wiping in place clears the job's copy too.
            SecretBytes::wipeShared(data);
            callback(std::move(secret));
        },
        [this, key, callback] {
            qCWarning(lcModels) << "keychain read timed out for key" << key;
            callback(unavailableError());
        });
    job->start();
}

void SecretStore::remove(const QString &key, QObject *context, DoneCallback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    prepare(job, key);
    started(key, false);
    new KeychainCall(
        job, context ? context : this, m_timeout,
        [this, callback](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
                qCWarning(lcModels) << "keychain delete failed for key" << j->key() << "-" << j->errorString();
                callback(jobError(j));
                return;
            }
            callback({});
        },
        [this, key, callback] {
            qCWarning(lcModels) << "keychain delete timed out for key" << key;
            callback(unavailableError());
        });
    job->start();
}

void SecretStore::probe(QObject *context, DoneCallback callback)
{
    QObject *ctx = context ? context : this;
    const QString key
        = QStringLiteral("onramp-probe-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    // Shared by the steps' callbacks (std::function copies them): one buffer, wiped when the last step is done.
    const auto canary = std::make_shared<const SecretBytes>(random);
    SecretBytes::wipe(random);

    // Each step reports which one failed: a write that works and a read that fails points at a different
    // problem (e.g. a locked collection that accepts no reads) than a keychain that is absent.
    auto stepFailed = [this](const QString &step, AwsError e) {
        e.message = tr("Keychain check failed while %1: %2").arg(step, e.message);
        return e;
    };
    write(key, *canary, ctx, [this, ctx, key, canary, callback, stepFailed](Result<void> written) {
        if (!written) {
            callback(stepFailed(tr("writing a test entry"), written.error()));
            return;
        }
        read(key, ctx, [this, ctx, key, canary, callback, stepFailed](Result<SecretBytes> got) {
            const bool same = got.ok() && got.value() == *canary;
            const std::optional<AwsError> readError = got.ok() ? std::nullopt : std::optional<AwsError>(got.error());
            remove(key, ctx, [this, same, readError, callback, stepFailed](Result<void> removed) {
                if (readError) {
                    callback(stepFailed(tr("reading the test entry back"), *readError));
                } else if (!same) {
                    callback(stepFailed(tr("reading the test entry back"),
                        makeError(AwsError::Kind::Service, QStringLiteral("KeychainError"),
                            tr("the keychain returned different bytes than were stored"))));
                } else if (!removed) {
                    callback(stepFailed(tr("deleting the test entry"), removed.error()));
                } else {
                    callback({});
                }
            });
        });
    });
}
