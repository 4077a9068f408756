// InstanceStateDelegate: state icons, and history rows greyed.
#include "ui/instancestatedelegate.h"

#include "models/instancetablemodel.h"
#include "ui/theme.h"

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
