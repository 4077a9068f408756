// SecretBytes: a move-only byte buffer for secrets that is wiped when it dies and never shared implicitly.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <string>

/// Holds a secret (a secret access key, a session token's secret part) in memory that is cleansed with
/// OPENSSL_cleanse on destruction, reassignment and clear(). Unlike QByteArray it is never implicitly
/// shared, and it is move-only: there is no copy whose bytes could outlive a wipe. A move takes the bytes and wipes
/// the source. Holders of one (AwsCredentials, AssumedRole, Result<SecretBytes>) are move-only too; where several
/// owners truly need the same secret they share one buffer (std::shared_ptr<const SecretBytes>, or the credentials
/// providers' shared Result<AwsCredentials>). It has no conversion to QString and no debug streaming operator, so
/// it cannot end up in a log by accident.
class SecretBytes final
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArrayView bytes);
    /// Takes the UTF-8 of \a text. The caller should wipe its own copy (see wipe()).
    static SecretBytes fromString(const QString &text);
    // Move-only: a copy would be a second buffer to wipe. Pass it on with std::move(); share it between owners
    // with a std::shared_ptr<const SecretBytes>.
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    /// Takes \a other's bytes and wipes \a other's buffer (it is empty afterwards).
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();

    bool isEmpty() const { return m_bytes.empty(); }
    qsizetype size() const { return qsizetype(m_bytes.size()); }
    /// A view of the secret; valid while this object lives and is not modified.
    QByteArrayView view() const { return QByteArrayView(m_bytes.data(), qsizetype(m_bytes.size())); }
    void clear();

    /// Overwrites the characters of \a text (detaching it first) and clears it.
    static void wipe(QString &text);
    /// Overwrites the bytes of \a bytes (detaching it first) and clears it.
    static void wipe(QByteArray &bytes);
    /// Overwrites \a size bytes at \a data (a stack buffer that held a secret).
    static void wipe(char *data, qsizetype size);
    /// Overwrites the bytes of \a bytes where they are, without detaching — so a buffer it shares with another
    /// QByteArray (a QNetworkReply's, a QKeychain job's) is overwritten for that one too — then drops it. Only for
    /// buffers nobody reads any more. Read-only data (QByteArray::fromRawData) is left alone.
    static void wipeShared(QByteArray &bytes);

    friend bool operator==(const SecretBytes &a, const SecretBytes &b);

private:
    std::string m_bytes;
};
