// InstanceDetailsPane: every field and tag of the instance selected in the instance browser.
#pragma once

#include "models/account.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QTreeWidget;

/// Read-only details of one StoredInstance: the fields as labels whose text can be selected, and all tags in AWS's
/// order in a two-column list. Shows a hint when nothing is selected.
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
    QList<QLabel *> m_values;
    QTreeWidget *m_tags;
};
