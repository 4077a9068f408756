// tst_plaintext: untrusted text shown literally in labels, tooltips and item-view tooltips; nothing it names is loaded.
#include "ui/plaintext.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>

namespace {
/// A QTextDocument that records every resource (image, style sheet) the HTML it is given asks for.
class RecordingDocument final : public QTextDocument
{
public:
    QStringList requested;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        requested.append(name.toString());
        return QTextDocument::loadResource(type, name);
    }
};

const QStringList kHostile = {
    QStringLiteral("x<img src=\"/dev/zero\">"),
    QStringLiteral("<a href=\"https://evil.example/\">click me</a>"),
    QStringLiteral("<b>bold</b> & <i>more</i>"),
    QStringLiteral("<style>@import url(/etc/passwd);</style>plain"),
    QStringLiteral("line one\nline  two"),
};
} // namespace

class TestPlainText final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toolTipRendersTheLiteralTextAndLoadsNothing()
    {
        for (const QString &text : kHostile) {
            const QString tip = PlainText::toolTip(text);
            // Qt takes tooltips that look like HTML as HTML: ours is (our paragraph), with the text escaped inside.
            QVERIFY(Qt::mightBeRichText(tip));
            RecordingDocument doc;
            doc.setHtml(tip);
            QCOMPARE(doc.toPlainText(), text);
            (void)doc.size(); // lays the document out: images would be fetched now
            QVERIFY2(doc.requested.isEmpty(), qPrintable(doc.requested.join(u',')));
        }
    }

    void toolTipOfHugeTextIsCut()
    {
        const QString huge(64 * 1024, u'A');
        RecordingDocument doc;
        doc.setHtml(PlainText::toolTip(huge));
        QCOMPARE(doc.toPlainText(), QString(PlainText::maxToolTipChars, u'A') + QStringLiteral("…"));
        QVERIFY(PlainText::toolTip(QString()).isEmpty());
    }

    void literalLabelShowsMarkupAsText()
    {
        QLabel label;
        PlainText::literal(&label);
        label.setText(kHostile.first());
        QCOMPARE(label.textFormat(), Qt::PlainText);
        QCOMPARE(label.text(), kHostile.first());
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        // A plain label's size is that of its characters, not of an empty image.
        QVERIFY(label.sizeHint().width() > label.fontMetrics().horizontalAdvance(QStringLiteral("x<img src=")));
    }

    void itemViewToolTipsAreShownLiterally()
    {
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), QStringLiteral("row"));
        model.setData(model.index(0, 0), kHostile.at(1), Qt::ToolTipRole);
        QTableView view;
        view.setModel(&model);
        auto *delegate = new PlainToolTipDelegate(&view);
        view.setItemDelegate(delegate);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRect cell = view.visualRect(model.index(0, 0));
        QHelpEvent help(QEvent::ToolTip, cell.center(), view.viewport()->mapToGlobal(cell.center()));
        QStyleOptionViewItem option;
        option.rect = cell;
        QVERIFY(delegate->helpEvent(&help, &view, option, model.index(0, 0)));
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), PlainText::toolTip(kHostile.at(1)));
        QToolTip::hideText();

        model.setData(model.index(0, 0), QVariant(), Qt::ToolTipRole);
        QVERIFY(!delegate->helpEvent(&help, &view, option, model.index(0, 0)));
    }
};

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
