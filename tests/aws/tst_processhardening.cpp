// Tests disableCoreDumps(): the process becomes non-dumpable and its core file size limit 0, soft and hard.
#include "aws/processhardening.h"

#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

class TestProcessHardening final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void disablesCoreDumpsAndPtraceForTheProcess()
    {
        rlimit before {};
        QCOMPARE(getrlimit(RLIMIT_CORE, &before), 0);
        QVERIFY(disableCoreDumps());
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        rlimit after {};
        QCOMPARE(getrlimit(RLIMIT_CORE, &after), 0);
        QCOMPARE(after.rlim_cur, rlim_t(0));
        QCOMPARE(after.rlim_max, rlim_t(0));
        // Idempotent: a second call (another entry point) succeeds too.
        QVERIFY(disableCoreDumps());
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
