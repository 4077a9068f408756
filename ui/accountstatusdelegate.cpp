// AccountStatusDelegate: status icon and colour.
#include "ui/accountstatusdelegate.h"

#include "models/accountlistmodel.h"
#include "ui/theme.h"

#include <QLocale>

AccountStatusDelegate::AccountStatusDelegate(QObject *parent)
    : PlainToolTipDelegate(parent)
{
}

void AccountStatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto status = AccountStatus(index.data(AccountListModel::StatusRole).toInt());
    const bool selected = option->state & QStyle::State_Selected;
    if (index.column() == AccountListModel::StatusColumn) {
        option->icon = Theme::accountStatusIcon(status);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
        if (!selected)
            option->palette.setColor(QPalette::Text, Theme::statusColor(status, option->palette));
        option->font.setWeight(QFont::DemiBold);
    } else if (status == AccountStatus::Disconnected && !selected) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
    if (index.column() == AccountListModel::InstanceCountColumn) {
        option->text
            = status == AccountStatus::Pending ? QStringLiteral("—") : QLocale().toString(index.data().toInt());
        // Databases beside the instances, only when there are some.
        if (const int databases = index.data(AccountListModel::DatabaseCountRole).toInt();
            databases > 0 && status != AccountStatus::Pending)
            option->text += QStringLiteral(" · ")
                + (databases == 1 ? tr("%Ln database", nullptr, databases) : tr("%Ln databases", nullptr, databases));
    }
    if (option->text.isEmpty()) {
        if (index.column() == AccountListModel::FriendlyNameColumn)
            option->text = status == AccountStatus::Pending ? tr("New CloudFormation onboarding") : tr("Unnamed");
        else if (index.column() == AccountListModel::AwsAccountIdColumn)
            option->text = tr("not known yet");
        else
            return;
        option->font.setItalic(true);
        if (!selected)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
}
