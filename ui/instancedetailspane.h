// InstanceDetailsPane: every field and tag of the instance or database selected in the instance browser.
#pragma once

#include "models/account.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QTreeWidget;

/// Read-only details of one StoredInstance: the fields of its kind as labels whose text can be selected (a database:
/// identifier, engine and version, class, storage, Multi-AZ, DB cluster, created, region and zone, resource id), and
/// all tags in AWS's order in a two-column list, all as plain text. Shows a hint when nothing is selected.
class InstanceDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceDetailsPane)
public:
    explicit InstanceDetailsPane(QWidget *parent = nullptr);

    /// Shows \a instance (or the empty hint), with \a accountLabel as its account.
    void setInstance(const std::optional<StoredInstance> &instance, const QString &accountLabel = {});
    /// The tags shown, as "key=value" lines (for tests).
    QStringList tagLines() const;

private:
    QLabel *m_empty;
    QWidget *m_fields;
    QFormLayout *m_form;
    QList<QLabel *> m_values;
    QTreeWidget *m_tags;
};
