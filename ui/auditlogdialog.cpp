// AuditLogDialog: filterable audit log.
#include "ui/auditlogdialog.h"

#include "models/errortext.h"
#include "models/registry.h"
#include "ui/plaintext.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
enum Column { WhenColumn, UserColumn, ActionColumn, AccountColumn, OutcomeColumn, DetailColumn, ColumnCount };
}

AuditLogDialog::AuditLogDialog(const ConsoleServices &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit Log — Onramp"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    auto *accountLabel = new QLabel(tr("A&ccount:"), this);
    accountLabel->setTextFormat(Qt::PlainText);
    m_accountCombo = new QComboBox(this);
    m_accountCombo->setObjectName(QStringLiteral("auditAccountFilter"));
    m_accountCombo->setAccessibleName(tr("Account filter"));
    m_accountCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    accountLabel->setBuddy(m_accountCombo);
    auto *actionLabel = new QLabel(tr("Ac&tion:"), this);
    actionLabel->setTextFormat(Qt::PlainText);
    m_actionCombo = new QComboBox(this);
    m_actionCombo->setObjectName(QStringLiteral("auditActionFilter"));
    m_actionCombo->setAccessibleName(tr("Action filter"));
    actionLabel->setBuddy(m_actionCombo);
    m_actionCombo->addItem(tr("All actions"), QString());
    for (const char *action :
        { "create", "verify", "connect-keys", "revalidate", "discover", "rename", "disconnect", "set-plan", "doctor" })
        m_actionCombo->addItem(QString::fromLatin1(action), QString::fromLatin1(action));
    auto *refreshButton = new QPushButton(Theme::action("refresh"), tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("auditRefreshButton"));
    refreshButton->setShortcut(QKeySequence::Refresh);
    refreshButton->setAccessibleName(tr("Refresh the audit log"));
    filters->addWidget(accountLabel);
    filters->addWidget(m_accountCombo);
    filters->addSpacing(12);
    filters->addWidget(actionLabel);
    filters->addWidget(m_actionCombo);
    filters->addStretch();
    filters->addWidget(refreshButton);
    layout->addLayout(filters);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        { tr("When"), tr("User"), tr("Action"), tr("Account"), tr("Outcome"), tr("Detail") });
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Audit log entries"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[ColumnCount] = { 11, 7, 8, 12, 6, 20 };
    for (int c = 0; c < ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c] * em);
    layout->addWidget(m_view, 1);

    auto *bottom = new QHBoxLayout;
    m_countLabel = new QLabel(this);
    m_countLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setObjectName(QStringLiteral("auditCountLabel"));
    bottom->addWidget(m_countLabel, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refreshButton, &QPushButton::clicked, this, &AuditLogDialog::refresh);
    connect(m_accountCombo, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_actionCombo, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    resize(980, 520);
}

void AuditLogDialog::refresh()
{
    const QString current = m_accountCombo->currentData().toString();
    {
        const QSignalBlocker block(m_accountCombo);
        m_accountCombo->clear();
        m_accountCombo->addItem(tr("All accounts"), QString());
        if (const Result<QList<Account>> accounts = m_services.registry->accounts(m_services.user)) {
            for (const Account &a : *accounts) {
                QString label = a.friendlyName.isEmpty() ? a.awsAccountId : a.friendlyName;
                if (label.isEmpty())
                    label = tr("pending onboarding %1").arg(a.id.left(8));
                else if (!a.awsAccountId.isEmpty() && label != a.awsAccountId)
                    label += QStringLiteral(" (%1)").arg(a.awsAccountId);
                m_accountCombo->addItem(label, a.id);
            }
        }
        const int index = m_accountCombo->findData(current);
        m_accountCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    reload();
}

void AuditLogDialog::setAccountFilter(const QString &accountId)
{
    const int index = m_accountCombo->findData(accountId);
    m_accountCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void AuditLogDialog::setActionFilter(const QString &action)
{
    const int index = m_actionCombo->findData(action);
    m_actionCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void AuditLogDialog::reload()
{
    AuditFilter filter;
    filter.accountId = m_accountCombo->currentData().toString();
    filter.action = m_actionCombo->currentData().toString();
    filter.limit = RowLimit;
    m_model->removeRows(0, m_model->rowCount());
    const Result<QList<AuditEntry>> entries = m_services.registry->audit(filter);
    if (!entries) {
        m_countLabel->setText(
            tr("The audit log could not be read: %1").arg(ErrorText::describe(entries.error()).message));
        return;
    }
    QHash<QString, QString> labels;
    for (int i = 1; i < m_accountCombo->count(); ++i)
        labels.insert(m_accountCombo->itemData(i).toString(), m_accountCombo->itemText(i));
    const QLocale locale;
    const QPalette pal = palette();
    for (const AuditEntry &e : *entries) {
        QList<QStandardItem *> row;
        row.append(new QStandardItem(locale.toString(e.at.toLocalTime(), QLocale::ShortFormat)));
        row.append(new QStandardItem(e.user));
        row.append(new QStandardItem(e.action));
        row.append(new QStandardItem(e.accountId.isEmpty() ? QString() : labels.value(e.accountId, e.accountId)));
        auto *outcome = new QStandardItem(e.outcome);
        if (e.outcome == QLatin1StringView("ok"))
            outcome->setForeground(Theme::successColor(pal));
        else if (e.outcome == QLatin1StringView("refused"))
            outcome->setForeground(Theme::warningColor(pal));
        else
            outcome->setForeground(Theme::errorColor(pal));
        row.append(outcome);
        auto *detail = new QStandardItem(e.detail);
        detail->setToolTip(PlainText::toolTip(e.detail));
        row.append(detail);
        row.first()->setToolTip(e.at.toUTC().toString(Qt::ISODate));
        m_model->appendRow(row);
    }
    m_countLabel->setText(entries->size() >= RowLimit ? tr("The newest %1 entries").arg(RowLimit)
                                                      : tr("Entries: %Ln", nullptr, int(entries->size())));
}
