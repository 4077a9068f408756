// Placeholder while the suite is written.
#include <QTest>
class TestSecrethygiene final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_GUILESS_MAIN(TestSecrethygiene)
#include "tst_secrethygiene.moc"
