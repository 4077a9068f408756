// SecretBytes: wiped-on-destruction secret storage.
#include "aws/secretbytes.h"

#include <openssl/crypto.h>

SecretBytes::SecretBytes(QByteArrayView bytes)
    : m_bytes(bytes.data(), size_t(bytes.size()))
{
}

SecretBytes SecretBytes::fromString(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes s(utf8);
    wipe(utf8);
    return s;
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
{
    // Copy then cleanse: std::string's move of a short (SSO) string leaves bytes in the source.
    m_bytes = other.m_bytes;
    other.clear();
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = other.m_bytes;
        other.clear();
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    clear();
}

void SecretBytes::clear()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

void SecretBytes::wipe(QString &text)
{
    if (!text.isEmpty())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

void SecretBytes::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void SecretBytes::wipe(char *data, qsizetype size)
{
    if (size > 0)
        OPENSSL_cleanse(data, size_t(size));
}

void SecretBytes::wipeShared(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.data_ptr().isMutable())
        OPENSSL_cleanse(const_cast<char *>(bytes.constData()), size_t(bytes.size()));
    bytes = QByteArray();
}

bool operator==(const SecretBytes &a, const SecretBytes &b)
{
    return a.m_bytes.size() == b.m_bytes.size()
        && CRYPTO_memcmp(a.m_bytes.data(), b.m_bytes.data(), a.m_bytes.size()) == 0;
}
