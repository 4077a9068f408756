// PageChain: the bound on every paginated AWS listing (tokens already seen, a page cap, a token size cap).
#pragma once

#include "aws/awserror.h"

#include <QByteArray>
#include <QSet>
#include <QString>

/// Follows one paginated listing (NextToken, Marker, …) and refuses to follow it for ever. A hostile or broken
/// endpoint can send a token that leads back to an earlier page (A, B, A, B, …), a fresh token on every page
/// without end, or a token of megabytes that we would sign and send back; each is a clear error naming the call
/// and the region, never a loop. Every paginated call in aws/ goes through one of these.
class PageChain final
{
public:
    /// Pages one chain may take: at 1,000 items a page, ten million items, far beyond any real region.
    static constexpr int defaultMaxPages = 10000;
    /// The longest continuation token followed. AWS's are a few hundred bytes to a few KiB.
    static constexpr int maxTokenBytes = 64 * 1024;

    PageChain(QByteArray action, QString region, int maxPages = defaultMaxPages);

    /// Called with each page's continuation token (empty: the last page). Returns true when the chain goes on
    /// with \a token, false when it ended normally; an error when the token was seen before in this chain, is
    /// too long, or would start page maxPages + 1.
    Result<bool> advance(const QString &token);

    /// The error ending a listing whose page, parsed, carries another token than the one read ahead at the end of
    /// its body (followQueryPages()).
    AwsError inconsistentToken() const;

    /// The token to send for the next page (empty for the first).
    const QString &token() const { return m_token; }
    /// Pages answered so far.
    int pages() const { return m_pages; }
    /// Items delivered so far (kept here for the callers' "done" count).
    int delivered = 0;

private:
    AwsError chainError(const QString &code, const QString &message) const;

    QByteArray m_action;
    QString m_region;
    int m_maxPages;
    int m_pages = 0;
    QString m_token;
    QSet<QByteArray> m_seen; ///< SHA-256 of every token followed: bounded memory, no false loop in practice
};
