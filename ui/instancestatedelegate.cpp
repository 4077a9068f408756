// InstanceStateDelegate: state icons.
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
    option->icon = Theme::instanceStateIcon(index.data(InstanceTableModel::StateRole).toString());
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(14, 14);
}
