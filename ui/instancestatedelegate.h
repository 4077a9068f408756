// InstanceStateDelegate: the instance table's state icon.
#pragma once

#include <QStyledItemDelegate>

/// For views over InstanceTableModel (directly or through proxies): puts the state icon (Theme::instanceStateIcon)
/// before the State column's text. Cheap per cell: the icon is cached by state name.
class InstanceStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceStateDelegate)
public:
    explicit InstanceStateDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
