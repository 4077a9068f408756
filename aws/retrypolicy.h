// RetryPolicy: how long to wait before trying again, for AWS calls and for waiting on AWS to change.
#pragma once

#include <QRandomGenerator>

#include <algorithm>

/// The delays Onramp waits, in one place: the SDKs' standard retry mode for failed calls (HttpClient), and the
/// polling backoff while AWS catches up (a CloudFormation stack being created, IAM propagating: OnboardingService).
namespace RetryPolicy {

/// Standard mode's full jitter (SDKs and Tools Reference, "Retry behavior"): uniform in
/// [0, min(capMs, baseMs * 2^(attempt-1))] for retry \a attempt (1 = the first retry).
inline int fullJitterMs(int attempt, int baseMs, int capMs)
{
    const qint64 ceiling = std::min<qint64>(capMs, qint64(baseMs) << std::min(std::max(attempt, 1) - 1, 20));
    return ceiling <= 0 ? 0 : int(QRandomGenerator::global()->bounded(ceiling + 1));
}

/// Standard mode's retry quota: a client starts with this many tokens, a retry costs retryCost (a retry after a
/// timeout timeoutRetryCost), a success gives one back; with too few tokens left, it stops retrying.
inline constexpr int maxRetryTokens = 500;
inline constexpr int retryCost = 5;
inline constexpr int timeoutRetryCost = 10;

/// Waiting for AWS to change: 1 s, 2 s, 4 s, 8 s, then every 15 s, for poll \a attempt (0 = the first wait).
inline int pollDelayMs(int attempt)
{
    return std::min(15000, 1000 << std::min(std::max(attempt, 0), 4));
}

} // namespace RetryPolicy
