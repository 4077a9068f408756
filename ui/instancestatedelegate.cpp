// InstanceStateDelegate: state icons, history rows greyed, cell text from a cache of shaped lines.
#include "ui/instancestatedelegate.h"

#include "models/instancetablemodel.h"
#include "ui/theme.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QtMath>

#include <algorithm>

InstanceStateDelegate::InstanceStateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void InstanceStateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString state = index.data(InstanceTableModel::StateRole).toString();
    if (index.column() == InstanceTableModel::StateColumn) {
        option->icon = Theme::instanceStateIcon(state);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(14, 14);
    }
    // A database deleted since is history: its row stays, greyed.
    if (state == StoredInstance::DeletedState) {
        const QColor muted = option->palette.color(QPalette::PlaceholderText);
        option->palette.setColor(QPalette::Text, muted);
        option->palette.setColor(QPalette::HighlightedText, muted.lighter(160));
    }
}

void InstanceStateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!m_textFromCache) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget *widget = cell.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();

    // The style paints everything but the text: it would shape the text to measure it, to elide it and to lay it
    // out, on every paint.
    const QString text = cell.text;
    cell.text.clear();
    cell.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (text.isEmpty())
        return;

    // Where the style puts a cell's text (QCommonStyle: the area beside the decoration, less the focus frame's
    // margin on each side), aligned as the option says.
    QStyleOptionViewItem area = cell;
    area.showDecorationSelected = true; // the whole area, whatever the text's size
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &area, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    textRect.adjust(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;
    const QStaticText &line = m_lines.line(text, cell.font, textRect.width(), cell.textElideMode, cell.direction);
    const QSize size(std::min(qCeil(line.size().width()), textRect.width()), qCeil(line.size().height()));
    const QRect at = QStyle::alignedRect(cell.direction, cell.displayAlignment, size, textRect);

    QPalette::ColorGroup group = (cell.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(cell.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QPalette::ColorRole role = (cell.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;

    painter->save();
    if (cell.textElideMode == Qt::ElideNone)
        painter->setClipRect(textRect, Qt::IntersectClip); // the cell cuts the line
    painter->setFont(cell.font);
    painter->setPen(cell.palette.color(group, role));
    painter->drawStaticText(at.topLeft(), line);
    painter->restore();
}
