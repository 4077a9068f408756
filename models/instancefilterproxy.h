// InstanceFilterProxy: search, filters and sorting over InstanceTableModel for the instance browser.
#pragma once

#include "models/account.h"

#include <QAbstractProxyModel>
#include <QByteArray>
#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

class InstanceTableModel;

/// Filters and sorts a flat table model: an InstanceTableModel, or any model serving InstanceTableModel's roles.
///
/// A row is shown when it passes every filter that is set: the search text (whitespace-separated terms, all
/// of which must occur case-insensitively in the row's InstanceTableModel::SearchTextRole), the state set, the
/// region set, the lifecycle, the cluster, the account and the kind (EC2 instances or RDS databases). Sorting uses
/// InstanceTableModel::SortRole (launch times as times, IPv4 addresses as numbers, text case-insensitively); rows that
/// compare equal keep the source's order, in both directions, as QSortFilterProxyModel's stable sort does. Sorting and
/// filtering are always dynamic: rows the source inserts, changes or removes are placed, re-filtered and re-sorted as
/// they arrive, and the proxy is never reset by a source change other than a source reset.
///
/// Why not QSortFilterProxyModel: it places inserted rows one by one, and each scattered insertion into a
/// sorted proxy costs O(rows) in the proxy and in the view (a signal pair per row). Streaming 100,000 instances
/// in 1,000-row pages while sorted by launch time stalled the GUI thread up to ~100 ms per page. This proxy
/// sorts a batch of new rows, merges it into the order in one pass, and announces it as at most
/// MaxInsertRanges contiguous rowsInserted() ranges or, when the rows scatter more, as one layout change
/// (persistent indexes, hence selection and current index, follow their rows). Measured in
/// bench/bench_instancemodel.cpp (BM_StreamIntoView).
///
/// Signals, by source change: a source insertion -> rowsInserted() ranges or one layout change; a source
/// removal -> rowsRemoved() per contiguous run of shown rows, highest first; a source dataChanged() ->
/// rowsRemoved() for rows leaving the filter, one layout change when a changed sort key moves rows, inserts
/// for rows entering the filter, and dataChanged() per contiguous run of the rest; a source layout change or
/// row move -> one layout change; a source reset or column change -> a reset. Filter and sort changes -> one
/// layout change.
class InstanceFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceFilterProxy)

public:
    /// Every filter at once; an empty field or set does not filter.
    struct Filter
    {
        QString text; ///< whitespace-separated terms, ANDed, each a case-insensitive substring
        QSet<QString> states; ///< e.g. {"running", "stopped"}
        QSet<QString> regions; ///< e.g. {"eu-west-1"}
        QString lifecycle; ///< "spot" or "on-demand"
        QString cluster;
        QSet<QString> accountIds; ///< Onramp account ids (uuids): e.g. one account, or an organization's members
        std::optional<ResourceKind> kind; ///< EC2 instances or RDS databases; none: both

        friend bool operator==(const Filter &, const Filter &) = default;
    };

    /// A batch of new rows whose positions fall into more runs than this is announced as one layout change.
    static constexpr int MaxInsertRanges = 8;

    explicit InstanceFilterProxy(QObject *parent = nullptr);
    ~InstanceFilterProxy() override;

    /// Sets the source (a flat table: rows under the root only); resets the proxy. An InstanceTableModel's
    /// haystack and sort keys are then read without QVariants.
    void setSourceModel(QAbstractItemModel *model) override;

    /// The filters in effect.
    const Filter &filters() const { return m_filter; }
    /// Replaces every filter and re-filters once (nothing happens when \a filter equals filters()), as one
    /// layout change: rows still shown keep their persistent indexes (selection, current index).
    ///
    /// Why one layout change: QSortFilterProxyModel's invalidateFilter() announced every run of rows that
    /// appears or goes with its own signal pair, and the proxy and the view each paid O(rows) per pair (550-580
    /// ms per keystroke at 100,000 rows, sorted, with a view).
    void setFilters(const Filter &filter);

    /// Convenience setters: each changes one field of filters() through setFilters().
    void setSearchText(const QString &text);
    void setStates(const QSet<QString> &states);
    void setRegions(const QSet<QString> &regions);
    void setLifecycle(const QString &lifecycle);
    void setCluster(const QString &cluster);
    /// Shows one account's rows (\a accountId empty: every account's).
    void setAccountId(const QString &accountId);
    /// Shows the rows of any of \a accountIds (empty: every account's).
    void setAccountIds(const QSet<QString> &accountIds);
    /// Shows one kind's rows (std::nullopt: both kinds).
    void setKind(std::optional<ResourceKind> kind);

    /// Sorts by \a column (-1: the source's order) in \a order, as one layout change.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The sort column, -1 when the source's order is shown.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// InstanceTableModel::SortRole.
    int sortRole() const { return m_sortRole; }
    /// Qt::CaseInsensitive.
    Qt::CaseSensitivity sortCaseSensitivity() const { return Qt::CaseInsensitive; }
    /// Always true: source changes are filtered and sorted as they arrive (QSortFilterProxyModel's name).
    bool dynamicSortFilter() const { return true; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    /// Horizontal headers are the source's; vertical ones the source row's.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// True when source row \a sourceRow passes every filter in filters(); cheap set filters before the search.
    bool acceptsRow(int sourceRow) const;
    /// Orders source rows \a left and \a right by the sort column and order, ties by source row: a strict
    /// total order, so a merge of sorted batches gives exactly the order of a full stable sort.
    bool rowLessThan(int left, int right) const;
    /// SortRole of (\a left, column) against (\a right, column) as QSortFilterProxyModel's default lessThan().
    int compareByRole(int left, int right) const;

    /// Filters and sorts every source row into m_proxyToSource and m_sourceToProxy (no signals).
    void rebuild();
    /// Renumbers m_sourceToProxy for proxy rows from \a firstProxyRow on.
    void renumberFrom(size_t firstProxyRow);
    /// rebuild() inside one layout change, with persistent indexes following their source rows.
    void relayout();
    /// Merges source rows \a rows (accepted, not shown yet) into the order; announces them as rowsInserted()
    /// ranges or one layout change (see MaxInsertRanges).
    void insertSourceRows(std::vector<int> rows);
    /// Removes shown proxy rows \a proxyRows (any order, distinct), one signal pair per run, highest first.
    void removeProxyRows(std::vector<int> proxyRows);

    /// The layout-change protocol around a change of the order: persistent indexes are saved as source rows
    /// by beginLayoutChange() and mapped back by endLayoutChange().
    void beginLayoutChange();
    void endLayoutChange();

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onSourceLayoutAboutToBeChanged();
    void onSourceLayoutChanged();
    void onSourceAboutToBeReset();
    void onSourceReset();

    Filter m_filter;
    QList<QByteArray> m_terms; ///< m_filter.text split, lower-cased, UTF-8 like the haystack
    QPointer<InstanceTableModel> m_table; ///< the source when it is one: its haystack is read without a QVariant
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_sortRole;
    std::vector<int> m_proxyToSource; ///< the shown source rows, top to bottom
    std::vector<int> m_sourceToProxy; ///< per source row: its proxy row, or -1 when filtered out
    QModelIndexList m_layoutProxyIndexes; ///< persistent indexes saved by beginLayoutChange()
    QList<QPersistentModelIndex> m_layoutSourceIndexes; ///< their source indexes (survive a source layout change)
    QList<QMetaObject::Connection> m_sourceConnections;
};
