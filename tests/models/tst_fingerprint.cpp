// Tests for Fingerprint: equal sequences agree; any change of an item, its position or the split of strings differs.
#include "models/fingerprint.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
quint64 of(std::initializer_list<QString> texts)
{
    Fingerprint f;
    for (const QString &text : texts)
        f.add(text);
    return f.value();
}
} // namespace

class TestFingerprint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalSequencesAgree()
    {
        QCOMPARE(of({ u"running"_s, u"m5.large"_s }), of({ u"running"_s, u"m5.large"_s }));
        Fingerprint a;
        Fingerprint b;
        a.add(quint64(42));
        b.add(quint64(42));
        QCOMPARE(a.value(), b.value());
    }

    void orderAndSplitMatter()
    {
        QVERIFY(of({ u"a"_s, u"b"_s }) != of({ u"b"_s, u"a"_s }));
        QVERIFY(of({ u"ab"_s, u"c"_s }) != of({ u"a"_s, u"bc"_s }));
        QVERIFY(of({ u"abc"_s }) != of({ u"abc"_s, QString() })); // an empty item still counts
        QVERIFY(of({}) != of({ QString() }));
    }

    void everyLengthAndEveryCharacterCounts()
    {
        // Lengths around the 16-byte blocks and the 2-, 4- and 8-byte tails of the string hash.
        QSet<quint64> seen;
        QString text;
        for (int length = 0; length <= 40; ++length) {
            seen.insert(of({ text }));
            text += u'x';
        }
        QCOMPARE(seen.size(), 41);

        const QString base = u"0123456789abcdefghijklmnopqrstuvwxyzABCD"_s;
        const quint64 original = of({ base });
        for (int i = 0; i < base.size(); ++i) {
            QString changed = base;
            changed[i] = u'#';
            QVERIFY2(of({ changed }) != original, qPrintable(QString::number(i)));
        }
    }

    void everyBitOfANumberCounts()
    {
        QSet<quint64> seen;
        for (int bit = 0; bit < 64; ++bit) {
            Fingerprint f;
            f.add(quint64(1) << bit);
            seen.insert(f.value());
        }
        Fingerprint zero;
        zero.add(quint64(0));
        seen.insert(zero.value());
        QCOMPARE(seen.size(), 65);
    }
};

QTEST_GUILESS_MAIN(TestFingerprint)
#include "tst_fingerprint.moc"
