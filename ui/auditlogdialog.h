// AuditLogDialog: the audit log (who did what to which account, when, and how it ended), filterable.
#pragma once

#include "ui/consoleservices.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

/// Shows Registry::audit() newest first, filtered by account and by action (an AuditFilter per change), at most
/// the newest 1,000 rows. Never shows a secret because the log never holds one.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)
public:
    explicit AuditLogDialog(const ConsoleServices &services, QWidget *parent = nullptr);

    /// Re-reads the accounts for the filter and the rows for the current filter.
    void refresh();
    void setAccountFilter(const QString &accountId);
    void setActionFilter(const QString &action);
    QStandardItemModel *model() const { return m_model; }

    static constexpr int RowLimit = 1000;

private:
    void reload();

    ConsoleServices m_services;
    QComboBox *m_accountCombo;
    QComboBox *m_actionCombo;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_countLabel;
};
