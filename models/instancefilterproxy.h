// InstanceFilterProxy: search, filters and sorting over InstanceTableModel for the instance browser.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

class InstanceTableModel;

/// Filters and sorts an InstanceTableModel (or any model serving InstanceTableModel's roles).
///
/// A row is shown when it passes every filter that is set: the search text (whitespace-separated terms, all
/// of which must occur case-insensitively in the row's InstanceTableModel::SearchTextRole), the state set, the
/// region set, the lifecycle, the cluster and the account. Sorting uses InstanceTableModel::SortRole (launch
/// times as times, IPv4 addresses as numbers, text case-insensitively). dynamicSortFilter stays on, so rows
/// the source inserts, changes or removes are placed, re-filtered and re-sorted as they arrive.
class InstanceFilterProxy final : public QSortFilterProxyModel
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
        QString accountId; ///< Onramp account id (uuid)

        friend bool operator==(const Filter &, const Filter &) = default;
    };

    explicit InstanceFilterProxy(QObject *parent = nullptr);
    ~InstanceFilterProxy() override;

    /// Sets the source; an InstanceTableModel's haystack and sort keys are then read without QVariants.
    void setSourceModel(QAbstractItemModel *model) override;

    /// The filters in effect.
    const Filter &filters() const { return m_filter; }
    /// Replaces every filter and re-filters once (nothing happens when \a filter equals filters()), as one
    /// layout change: rows still shown keep their persistent indexes (selection, current index).
    ///
    /// Why not QSortFilterProxyModel::invalidateFilter(): it announces every run of rows that appears or goes
    /// with its own signal pair, and the proxy and the view each pay O(rows) per pair. At 100,000 rows, sorted,
    /// with a view, a keystroke took 550-580 ms that way and 30-115 ms as one layout change that re-filters
    /// and re-sorts (bench/bench_instancemodel.cpp, BM_FilterTerm).
    void setFilters(const Filter &filter);

    /// Convenience setters: each changes one field of filters() through setFilters().
    void setSearchText(const QString &text);
    void setStates(const QSet<QString> &states);
    void setRegions(const QSet<QString> &regions);
    void setLifecycle(const QString &lifecycle);
    void setCluster(const QString &cluster);
    void setAccountId(const QString &accountId);

protected:
    /// True when the row passes every filter in filters(); the cheap set filters are tried before the search.
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// InstanceTableModel::compareRows() when the source is one and the sort settings are this class's
    /// defaults (the order of SortRole without two QVariants per comparison); the base class's otherwise.
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    /// setFilters() with one field of filters() changed.
    template <typename T> void setFilter(T Filter::*field, const T &value);

    Filter m_filter;
    QList<QByteArray> m_terms; ///< m_filter.text split, lower-cased, UTF-8 like the haystack
    QPointer<InstanceTableModel> m_table; ///< the source when it is one: its haystack is read without a QVariant
};
