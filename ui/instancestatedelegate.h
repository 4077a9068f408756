// InstanceStateDelegate: the instance table's cells: state icon, history rows greyed, text drawn from a cache.
#pragma once

#include "ui/celltextcache.h"

#include <QStyledItemDelegate>

/// For views over InstanceTableModel (directly or through proxies), on every column: puts the state icon
/// (Theme::instanceStateIcon) before the State column's text, and greys the text of a row kept as history (a database
/// in state "deleted"). Cheap per cell: the icon is cached by state name, and the text is drawn from a CellTextCache
/// (the style draws the cell's panel, selection, icon and focus; this draws the text, as the style would, from lines
/// shaped once), so repainting the visible rows does not shape their text again.
class InstanceStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceStateDelegate)
public:
    explicit InstanceStateDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Public (QStyledItemDelegate's is protected) so that tests can check what a cell is painted with.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

    /// The lines painted so far (for tests).
    const CellTextCache &textCache() const { return m_lines; }

    /// False: the style draws the text too, as QStyledItemDelegate does, shaping it on every paint (the reference the
    /// tests compare the cached lines with, and the "before" of bench_instancemodel's qttext runs). True by default.
    void setTextFromCache(bool cached) { m_textFromCache = cached; }

private:
    mutable CellTextCache m_lines;
    bool m_textFromCache = true;
};
