// AccountStatusDelegate: paints the account list's status icon and colour, and placeholders for empty names.
#pragma once

#include "ui/plaintext.h"

/// For views over AccountListModel: the Status column gets the status icon and colour (Theme::statusColor), an
/// unnamed account shows a placeholder in the placeholder colour, and disconnected rows are drawn muted.
/// Reads only AccountListModel::StatusRole and DisplayRole, so it works through sort/filter proxies. Tooltips (the
/// last error, AWS's words) are shown literally (PlainToolTipDelegate).
class AccountStatusDelegate final : public PlainToolTipDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountStatusDelegate)
public:
    explicit AccountStatusDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
