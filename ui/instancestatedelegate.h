// InstanceStateDelegate: the instance table's state icon.
#pragma once

#include <QStyledItemDelegate>

/// For views over InstanceTableModel (directly or through proxies), on every column: puts the state icon
/// (Theme::instanceStateIcon) before the State column's text, and greys the text of a row kept as history (a database
/// in state "deleted"). Cheap per cell: the icon is cached by state name.
class InstanceStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceStateDelegate)
public:
    explicit InstanceStateDelegate(QObject *parent = nullptr);

    /// Public (QStyledItemDelegate's is protected) so that tests can check what a cell is painted with.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
