// tst_celltextcache: cell lines are plain, one line, elided to their width, cached and bounded.
#include "ui/celltextcache.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QTest>

class TestCellTextCache final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aLineThatFitsIsTheTextItself()
    {
        CellTextCache cache;
        const QFont font;
        const QString text = QStringLiteral("i-0123456789abcdef0");
        const QStaticText &line = cache.line(text, font, 1000, Qt::ElideRight);
        QCOMPARE(line.text(), text);
        QCOMPARE(line.textFormat(), Qt::PlainText);
        QCOMPARE(line.textOption().wrapMode(), QTextOption::NoWrap);
    }

    void richLookingTextStaysLiteral_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("bold") << QStringLiteral("<b>bold</b> & <i>more</i>");
        QTest::newRow("img") << QStringLiteral("x<img src=\"/dev/zero\">");
        QTest::newRow("link") << QStringLiteral("<a href=\"https://evil.example/\">click me</a>");
        QTest::newRow("entity") << QStringLiteral("&lt;&amp;");
    }
    void richLookingTextStaysLiteral()
    {
        QFETCH(QString, text);
        CellTextCache cache;
        const QStaticText &line = cache.line(text, QFont(), 4000, Qt::ElideRight);
        QCOMPARE(line.textFormat(), Qt::PlainText);
        QCOMPARE(line.text(), text);
        // Laid out as plain text, the markup takes room: as wide as the characters themselves.
        const qreal expected = QFontMetricsF(QFont()).horizontalAdvance(text);
        QVERIFY2(qAbs(line.size().width() - expected) < 2.0,
            qPrintable(QStringLiteral("%1 vs %2").arg(line.size().width()).arg(expected)));
    }

    void lineBreaksAndControlCharactersBecomeSpaces()
    {
        QCOMPARE(CellTextCache::singleLine(QStringLiteral("a\nb\r\nc\td")), QStringLiteral("a b  c d"));
        QCOMPARE(CellTextCache::singleLine(QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b") + QChar(0x2029)
                     + QChar(0x85) + QChar(0x7f) + QChar(0)),
            QStringLiteral("a b    "));
        const QString plain = QStringLiteral("payments-api · ünïcödé 数据库");
        QCOMPARE(CellTextCache::singleLine(plain), plain);
        const QString runtime = QString::fromUtf8("ünïcödé 数据库");
        QVERIFY(CellTextCache::singleLine(runtime).isSharedWith(runtime)); // nothing to replace: no copy

        CellTextCache cache;
        const QStaticText &line = cache.line(QStringLiteral("first\nsecond"), QFont(), 4000, Qt::ElideRight);
        QCOMPARE(line.text(), QStringLiteral("first second"));
        QVERIFY(line.size().height() < 1.5 * QFontMetricsF(QFont()).height()); // one line high
    }

    void aLineTooLongIsElidedToItsWidth()
    {
        CellTextCache cache;
        const QFont font;
        const QFontMetrics metrics(font);
        const QString text = QStringLiteral("payments-api-production-eu-west-1-blue-green-canary");
        const int width = metrics.horizontalAdvance(text) / 3;
        const QStaticText &right = cache.line(text, font, width, Qt::ElideRight);
        QVERIFY2(right.text().endsWith(QChar(0x2026)), qPrintable(right.text()));
        QVERIFY(right.text().startsWith(QStringLiteral("pay")));
        QVERIFY2(metrics.horizontalAdvance(right.text()) <= width, qPrintable(right.text()));
        QVERIFY(right.size().width() <= width + 1);
        const QStaticText &middle = cache.line(text, font, width, Qt::ElideMiddle);
        QVERIFY2(middle.text().contains(QChar(0x2026)) && middle.text().endsWith(QStringLiteral("canary")),
            qPrintable(middle.text()));
        // Qt::ElideNone keeps the whole text (the painter's clip cuts it).
        QCOMPARE(cache.line(text, font, width, Qt::ElideNone).text(), text);
        // No room at all: nothing but possibly the ellipsis.
        QVERIFY(cache.line(text, font, 0, Qt::ElideRight).text().size() <= 1);
    }

    void aLineIsShapedOnceAndServedFromTheCache()
    {
        CellTextCache cache;
        const QFont font;
        const QStaticText *first = &cache.line(QStringLiteral("running"), font, 80, Qt::ElideRight);
        QCOMPARE(cache.size(), 1);
        QCOMPARE(&cache.line(QStringLiteral("running"), font, 80, Qt::ElideRight), first);
        QCOMPARE(cache.size(), 1);
        // Another width, mode or text is another line.
        cache.line(QStringLiteral("running"), font, 81, Qt::ElideRight);
        cache.line(QStringLiteral("running"), font, 80, Qt::ElideLeft);
        cache.line(QStringLiteral("stopped"), font, 80, Qt::ElideRight);
        QCOMPARE(cache.size(), 4);
        // Another font or direction: every line laid out for the old one goes.
        QFont bold = font;
        bold.setBold(true);
        cache.line(QStringLiteral("running"), bold, 80, Qt::ElideRight);
        QCOMPARE(cache.size(), 1);
        cache.line(QStringLiteral("running"), bold, 80, Qt::ElideRight, Qt::RightToLeft);
        QCOMPARE(cache.size(), 1);
        QCOMPARE(cache.line(QStringLiteral("running"), bold, 80, Qt::ElideRight, Qt::RightToLeft)
                     .textOption()
                     .textDirection(),
            Qt::RightToLeft);
    }

    void theCacheStaysWithinItsCapacity()
    {
        CellTextCache cache(64);
        QCOMPARE(cache.capacity(), 64);
        for (int i = 0; i < 1000; ++i) {
            const QString text = QStringLiteral("i-%1").arg(i, 17, 16, QLatin1Char('0'));
            QCOMPARE(cache.line(text, QFont(), 200, Qt::ElideRight).text(), text);
            QVERIFY(cache.size() <= 64);
        }
        QCOMPARE(cache.size(), 64);
        QCOMPARE(CellTextCache(0).capacity(), 1); // never zero: the line just made must survive its own insertion
    }
};

QTEST_MAIN(TestCellTextCache)
#include "tst_celltextcache.moc"
