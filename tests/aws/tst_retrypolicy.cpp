// Tests RetryPolicy: the standard mode's full-jitter bounds and the polling backoff while AWS catches up.
#include "aws/retrypolicy.h"

#include <QTest>

class TestRetryPolicy final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullJitterStaysWithinTheExponentialCeiling()
    {
        for (int attempt = 1; attempt <= 8; ++attempt) {
            const int ceiling = std::min(20000, 1000 << (attempt - 1));
            int highest = 0;
            for (int i = 0; i < 2000; ++i) {
                const int ms = RetryPolicy::fullJitterMs(attempt, 1000, 20000);
                QVERIFY2(ms >= 0 && ms <= ceiling, qPrintable(QString::number(ms)));
                highest = std::max(highest, ms);
            }
            QVERIFY2(highest > ceiling / 2, "the jitter never reaches the upper half: not uniform"); // p ~ 2^-2000
        }
        QCOMPARE(RetryPolicy::fullJitterMs(3, 0, 20000), 0);
        QVERIFY(RetryPolicy::fullJitterMs(60, 1000, 20000) <= 20000); // no overflow for huge attempts
    }

    void pollingDoublesFromOneSecondUpToFifteen()
    {
        QList<int> delays;
        for (int attempt = 0; attempt < 7; ++attempt)
            delays << RetryPolicy::pollDelayMs(attempt);
        QCOMPARE(delays, (QList<int> { 1000, 2000, 4000, 8000, 15000, 15000, 15000 }));
    }

    void retryQuotaAllowsAHundredRetriesFromFull()
    {
        QCOMPARE(RetryPolicy::maxRetryTokens / RetryPolicy::retryCost, 100);
        QVERIFY(RetryPolicy::timeoutRetryCost > RetryPolicy::retryCost);
    }
};

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
