// PageChain: loop, size and length bounds of one paginated listing.
#include "aws/pagechain.h"

#include <QCoreApplication>
#include <QCryptographicHash>

PageChain::PageChain(QByteArray action, QString region, int maxPages)
    : m_action(std::move(action))
    , m_region(std::move(region))
    , m_maxPages(qMax(1, maxPages))
{
}

AwsError PageChain::chainError(const QString &code, const QString &message) const
{
    AwsError e = AwsError::make(AwsError::Kind::Parse, message);
    e.code = code;
    return e;
}

Result<bool> PageChain::advance(const QString &token)
{
    ++m_pages;
    if (token.isEmpty())
        return false;
    const QString action = QString::fromLatin1(m_action);
    if (token.size() > maxTokenBytes)
        return chainError(QStringLiteral("PaginationTokenTooLong"),
            QCoreApplication::translate("PageChain",
                "%1 in %2: page %3 came with a continuation token of %4 "
                "characters; stopped (a real one is a few hundred).")
                .arg(action, m_region)
                .arg(m_pages)
                .arg(token.size()));
    const QByteArray digest = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
    if (m_seen.contains(digest))
        return chainError(QStringLiteral("PaginationLoop"),
            QCoreApplication::translate("PageChain",
                "%1 in %2: page %3 sent a continuation token that leads back "
                "to an earlier page; stopped instead of listing for ever.")
                .arg(action, m_region)
                .arg(m_pages));
    if (m_pages >= m_maxPages)
        return chainError(QStringLiteral("PaginationLimit"),
            QCoreApplication::translate("PageChain",
                "%1 in %2: still more pages after %3; stopped at the limit of "
                "%3 pages per region.")
                .arg(action, m_region)
                .arg(m_maxPages));
    m_seen.insert(digest);
    m_token = token;
    return true;
}

AwsError PageChain::inconsistentToken() const
{
    return chainError(QStringLiteral("PaginationInconsistent"),
        QCoreApplication::translate("PageChain",
            "%1 in %2: page %3 names two different continuation tokens; stopped (the response is malformed).")
            .arg(QString::fromLatin1(m_action), m_region)
            .arg(m_pages));
}
