// tst_instancestatedelegate: the instance table's cells look as the style would paint them, from cached lines.
#include "models/instancetablemodel.h"
#include "ui/instancestatedelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

namespace {
/// Three columns as the instance table has them (Name, Instance ID, State), rows of every kind of text.
QStandardItemModel *cellsModel(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 3, parent);
    const QList<QStringList> rows = {
        { QStringLiteral("web-1"), QStringLiteral("i-0123456789abcdef0"), QStringLiteral("running") },
        { QStringLiteral("payments-api-production-eu-west-1-blue-green"), QStringLiteral("i-0fedcba9876543210"),
            QStringLiteral("stopped") },
        { QStringLiteral("<b>bold</b> & <i>more</i>"), QStringLiteral("x<img src=\"/dev/zero\">"),
            QStringLiteral("pending") },
        { QStringLiteral("orders-db"), QStringLiteral("db-ABCDEFGHIJKLMNOP"), QStringLiteral("deleted") },
        { QStringLiteral("ünïcödé 数据库"), QString(), QStringLiteral("shutting-down") },
    };
    for (const QStringList &texts : rows) {
        QList<QStandardItem *> items;
        for (const QString &text : texts) {
            auto *item = new QStandardItem(text);
            item->setData(texts.at(InstanceTableModel::StateColumn), InstanceTableModel::StateRole);
            items.append(item);
        }
        model->appendRow(items);
    }
    return model;
}

/// The view as the browser shows it, painted into an image with \a delegate.
QImage paintedWith(QTableView &view, QAbstractItemDelegate *delegate)
{
    view.setItemDelegate(delegate);
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    view.viewport()->render(&image);
    return image;
}

/// The bounding box of the pixels of \a cell in \a image that differ from the cell's own background (its first
/// pixel column, left of any text or icon).
QRect inkOf(const QImage &image, const QRect &cell)
{
    QRect ink;
    for (int y = cell.top(); y <= cell.bottom(); ++y) {
        const QRgb background = image.pixel(cell.left(), y);
        for (int x = cell.left(); x <= cell.right(); ++x) {
            if (image.pixel(x, y) != background)
                ink |= QRect(x, y, 1, 1);
        }
    }
    return ink;
}
} // namespace

class TestInstanceStateDelegate final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cellsLookAsTheStyleWouldPaintThem()
    {
        QTableView view;
        view.setModel(cellsModel(&view));
        view.setAlternatingRowColors(true);
        view.setShowGrid(false);
        view.setWordWrap(false);
        view.setTextElideMode(Qt::ElideRight);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.verticalHeader()->hide();
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
        for (int column = 0; column < 3; ++column)
            view.setColumnWidth(column, 110); // the long name is elided
        view.resize(400, 200);
        view.selectRow(1); // selected: highlighted text
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        auto *cached = new InstanceStateDelegate(&view);
        // The reference: the same options (icon, greyed history), the text drawn by the style, as Qt does.
        auto *styleDrawn = new InstanceStateDelegate(&view);
        styleDrawn->setTextFromCache(false);
        const QImage reference = paintedWith(view, styleDrawn);
        QCOMPARE(styleDrawn->textCache().size(), 0);
        const QImage painted = paintedWith(view, cached);
        QCOMPARE(cached->textCache().size(), 14); // every non-empty cell once

        auto *model = view.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < 3; ++column) {
                const QModelIndex index = model->index(row, column);
                const QRect cell = view.visualRect(index);
                const QRect expected = inkOf(reference, cell);
                const QRect actual = inkOf(painted, cell);
                const QString where
                    = QStringLiteral("row %1 column %2 (%3): expected %4,%5 %6x%7, painted %8,%9 %10x%11")
                          .arg(row)
                          .arg(column)
                          .arg(index.data().toString())
                          .arg(expected.x())
                          .arg(expected.y())
                          .arg(expected.width())
                          .arg(expected.height())
                          .arg(actual.x())
                          .arg(actual.y())
                          .arg(actual.width())
                          .arg(actual.height());
                QCOMPARE(actual.isEmpty(), expected.isEmpty());
                if (expected.isEmpty())
                    continue;
                // The same place: glyphs may land a pixel apart, and an elided line may end one glyph apart.
                QVERIFY2(qAbs(actual.left() - expected.left()) <= 1, qPrintable(where));
                QVERIFY2(qAbs(actual.top() - expected.top()) <= 1, qPrintable(where));
                QVERIFY2(qAbs(actual.bottom() - expected.bottom()) <= 1, qPrintable(where));
                QVERIFY2(qAbs(actual.right() - expected.right()) <= 8, qPrintable(where));
                QVERIFY2(actual.right() <= cell.right(), qPrintable(where)); // never past the cell
            }
        }
    }

    void theTextIsPaintedInTheRowsColours()
    {
        QTableView view;
        view.setModel(cellsModel(&view));
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setAlternatingRowColors(false);
        view.setShowGrid(false);
        view.verticalHeader()->hide();
        view.setColumnWidth(0, 300);
        view.resize(400, 200);
        view.selectRow(1);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage painted = paintedWith(view, new InstanceStateDelegate(&view));

        // The darkest (or, selected, the most distant from the highlight) pixel of a cell's text is its pen colour.
        const auto penOf = [&](int row) {
            const QRect cell = view.visualRect(view.model()->index(row, 0));
            const QColor background = painted.pixelColor(cell.left(), cell.center().y());
            QColor far = background;
            int farthest = 0;
            for (int y = cell.top(); y <= cell.bottom(); ++y) {
                for (int x = cell.left(); x <= cell.right(); ++x) {
                    const QColor c = painted.pixelColor(x, y);
                    const int d = qAbs(c.red() - background.red()) + qAbs(c.green() - background.green())
                        + qAbs(c.blue() - background.blue());
                    if (d > farthest) {
                        farthest = d;
                        far = c;
                    }
                }
            }
            return far;
        };
        const QPalette palette = view.palette();
        const QPalette::ColorGroup group = view.isActiveWindow() ? QPalette::Active : QPalette::Inactive;
        const auto near = [](const QColor &a, const QColor &b) {
            return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) <= 24;
        };
        const QColor text = palette.color(group, QPalette::Text);
        const QColor highlighted = palette.color(group, QPalette::HighlightedText);
        QVERIFY2(near(penOf(0), text), qPrintable(penOf(0).name() + QStringLiteral(" vs ") + text.name()));
        QVERIFY2(
            near(penOf(1), highlighted), qPrintable(penOf(1).name() + QStringLiteral(" vs ") + highlighted.name()));
        // A database deleted since (row 3): greyed as history, in the placeholder colour (translucent: over the
        // row's background).
        const QColor placeholder = palette.color(group, QPalette::PlaceholderText);
        const QColor base = palette.color(group, QPalette::Base);
        const auto over = [&](int a, int b) { return int(a * placeholder.alphaF() + b * (1 - placeholder.alphaF())); };
        const QColor muted(over(placeholder.red(), base.red()), over(placeholder.green(), base.green()),
            over(placeholder.blue(), base.blue()));
        QVERIFY2(!near(muted, text), "the test needs a placeholder colour unlike the text's");
        QVERIFY2(near(penOf(3), muted), qPrintable(penOf(3).name() + QStringLiteral(" vs ") + muted.name()));
    }
};

QTEST_MAIN(TestInstanceStateDelegate)
#include "tst_instancestatedelegate.moc"
