// ConnectProgressPage: progress and outcome of a connection.
#include "ui/connectprogresspage.h"

#include "models/accountlistmodel.h"
#include "ui/plaintext.h"
#include "ui/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

ConnectProgressPage::ConnectProgressPage(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    m_summary = PlainText::literal(new QLabel(this));
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Account being connected"));
    QPalette muted = m_summary->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_summary->setPalette(muted);
    m_summary->hide();
    outer->addWidget(m_summary);
    outer->addStretch(1);
    auto *row = new QHBoxLayout;
    m_icon = new QLabel(this);
    m_icon->setTextFormat(Qt::PlainText);
    m_icon->setFixedSize(48, 48);
    m_icon->setAlignment(Qt::AlignTop);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    m_headline = PlainText::literal(new QLabel(this));
    m_headline->setObjectName(QStringLiteral("progressHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_headline->setFont(big);
    m_detail = PlainText::literal(new QLabel(this));
    m_detail->setObjectName(QStringLiteral("progressDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setTextVisible(false);
    m_hint = PlainText::literal(new QLabel(this));
    m_hint->setObjectName(QStringLiteral("progressHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_hint->font();
    bold.setBold(true);
    m_hint->setFont(bold);
    m_slow = PlainText::literal(new QLabel(this));
    m_slow->setObjectName(QStringLiteral("progressSlow"));
    m_slow->setWordWrap(true);
    text->addWidget(m_headline);
    text->addWidget(m_detail);
    text->addSpacing(8);
    text->addWidget(m_bar);
    text->addWidget(m_hint);
    text->addWidget(m_slow);
    row->addLayout(text, 1);
    outer->addLayout(row);
    outer->addStretch(1);
    m_members = new QTreeWidget(this);
    m_members->setObjectName(QStringLiteral("memberList"));
    m_members->setAccessibleName(tr("Accounts of the organization"));
    m_members->setRootIsDecorated(false);
    m_members->setUniformRowHeights(true);
    m_members->setAlternatingRowColors(true);
    m_members->setSelectionMode(QAbstractItemView::NoSelection);
    m_members->setWordWrap(false);
    m_members->setItemDelegate(new PlainToolTipDelegate(m_members)); // messages are AWS's words
    m_members->setHeaderLabels({ tr("AWS account"), tr("Name"), tr("Status"), tr("Instances"), tr("Message") });
    const QFontMetrics metrics = m_members->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const auto widthOf = [&metrics, em](const QString &text) { return metrics.horizontalAdvance(text) + 2 * em; };
    m_members->header()->resizeSection(0, widthOf(QStringLiteral("000000000000")));
    m_members->header()->resizeSection(1, 10 * em);
    m_members->header()->resizeSection(2, qMax(widthOf(tr("Disconnected")), 8 * em) + 16);
    m_members->header()->resizeSection(3, qMax(widthOf(tr("Instances")), 5 * em));
    m_members->header()->setStretchLastSection(true);
    m_members->hide();
    outer->addWidget(m_members, 4);
    for (QLabel *l : { m_headline, m_detail, m_hint, m_slow })
        l->setAccessibleName(l->objectName());
    m_headline->setAccessibleName(tr("Status"));
    m_detail->setAccessibleName(tr("Details"));
    m_hint->setAccessibleName(tr("What to do"));
    m_slow->setAccessibleName(tr("Note"));
    showWorking(tr("Verifying…"));
}

void ConnectProgressPage::setSummary(const QString &summary)
{
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
}

void ConnectProgressPage::setIcon(const QIcon &icon)
{
    m_icon->setPixmap(icon.pixmap(QSize(40, 40), devicePixelRatioF()));
}

void ConnectProgressPage::showWorking(const QString &headline, const QString &detail)
{
    m_kind = Kind::Working;
    setIcon(Theme::accountStatusIcon(AccountStatus::Pending));
    m_headline->setText(headline);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_bar->setRange(0, 0);
    m_bar->setVisible(true);
    m_hint->clear();
    m_hint->hide();
    m_slow->clear();
    m_slow->hide();
    Q_EMIT shown(m_kind, m_headline->text(), m_detail->text());
}

void ConnectProgressPage::showDiscovering(qint64 elapsedSecs, int regionsDone, int regionsTotal, int instancesSoFar)
{
    const bool wasDiscovering = m_kind == Kind::Discovering;
    m_kind = Kind::Discovering;
    m_regionsDone = regionsDone;
    m_regionsTotal = regionsTotal;
    m_instancesSoFar = instancesSoFar;
    setIcon(Theme::accountStatusIcon(AccountStatus::Connected));
    m_headline->setText(tr("Discovering… (%1 s)").arg(elapsedSecs));
    const QLocale locale;
    const QString regions = regionsTotal > 0 ? tr("%1 of %2 regions done").arg(regionsDone).arg(regionsTotal)
                                             : tr("Listing the account's regions");
    m_detail->setText(
        tr("Credentials verified. %1 · Instances found so far: %Ln", nullptr, instancesSoFar).arg(regions));
    m_detail->show();
    if (regionsTotal > 0)
        m_bar->setRange(0, regionsTotal);
    else
        m_bar->setRange(0, 0);
    m_bar->setValue(regionsDone);
    m_bar->show();
    m_hint->setText(tr("You can close this window: discovery goes on in the background."));
    m_hint->setFont(font());
    m_hint->show();
    if (!wasDiscovering) {
        m_slow->clear();
        m_slow->hide();
    }
    Q_EMIT shown(m_kind, m_headline->text(), m_detail->text());
}

void ConnectProgressPage::showSlow()
{
    QPalette p = m_slow->palette();
    p.setColor(QPalette::WindowText, Theme::warningColor(palette()));
    m_slow->setPalette(p);
    m_slow->setText(tr("Discovery taking longer than expected. It continues in the background; the account list "
                       "shows when it is done."));
    m_slow->show();
}

void ConnectProgressPage::showComplete(int instanceCount)
{
    m_kind = Kind::Complete;
    setIcon(Theme::accountStatusIcon(AccountStatus::Active));
    m_bar->hide();
    m_slow->hide();
    m_hint->hide();
    if (instanceCount == 0) {
        m_headline->setText(tr("Account connected"));
        m_detail->setText(tr("0 instances discovered — add instances to your AWS account to begin optimization"));
    } else {
        m_headline->setText(tr("Complete! Account activated"));
        m_detail->setText(tr("Instances discovered: %Ln", nullptr, instanceCount));
    }
    m_detail->show();
    Q_EMIT shown(m_kind, m_headline->text(), m_detail->text());
}

void ConnectProgressPage::showError(const QString &message, const QString &hint, const QString &headline)
{
    m_kind = Kind::Error;
    setIcon(Theme::accountStatusIcon(AccountStatus::Failed));
    m_headline->setText(headline.isEmpty() ? tr("The account could not be connected") : headline);
    m_detail->setText(message);
    m_detail->show();
    m_bar->hide();
    m_slow->hide();
    QFont bold = font();
    bold.setBold(true);
    m_hint->setFont(bold);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    Q_EMIT shown(m_kind, m_headline->text(), m_detail->text());
}

QString ConnectProgressPage::headline() const
{
    return m_headline->text();
}

QString ConnectProgressPage::detail() const
{
    return m_detail->text();
}

QString ConnectProgressPage::hint() const
{
    return m_hint->text();
}

QString ConnectProgressPage::slowNote() const
{
    return m_slow->text();
}

void ConnectProgressPage::showOrganizationProgress(
    const QString &headline, int accountsDone, int accountsTotal, int instances)
{
    m_kind = Kind::Discovering;
    m_regionsDone = accountsDone;
    m_regionsTotal = accountsTotal;
    m_instancesSoFar = instances;
    setIcon(Theme::accountStatusIcon(AccountStatus::Connected));
    m_headline->setText(headline);
    const QLocale locale;
    m_detail->setText(accountsTotal > 0
            ? tr("%1 of %2 accounts · %3 instances")
                  .arg(locale.toString(accountsDone), locale.toString(accountsTotal), locale.toString(instances))
            : tr("Listing the organization's accounts…"));
    m_detail->show();
    m_bar->setRange(0, qMax(0, accountsTotal));
    m_bar->setValue(accountsDone);
    m_bar->show();
    m_hint->setText(tr("You can close this window: the accounts are connected and discovered in the background."));
    m_hint->setFont(font());
    m_hint->show();
    m_slow->hide();
    Q_EMIT shown(m_kind, m_headline->text(), m_detail->text());
}

void ConnectProgressPage::showOrganizationComplete(int connected, int total, int instances)
{
    m_kind = Kind::Complete;
    setIcon(Theme::accountStatusIcon(connected == total ? AccountStatus::Active : AccountStatus::Connected));
    m_bar->hide();
    m_slow->hide();
    m_headline->setText(tr("Organization connected"));
    const QLocale locale;
    m_detail->setText(tr("%1 of %2 accounts connected · %3 instances")
                          .arg(locale.toString(connected), locale.toString(total), locale.toString(instances)));
    m_detail->show();
    if (connected < total) {
        m_hint->setText(tr("Accounts still pending are retried at every sync; the list below says why each waits."));
        m_hint->setFont(font());
        m_hint->show();
    } else {
        m_hint->hide();
    }
    Q_EMIT shown(m_kind, m_headline->text(), m_detail->text());
}

void ConnectProgressPage::setMembers(const QList<OrganizationMember> &members)
{
    m_members->setVisible(!members.isEmpty());
    // With a list, the state sits at the top and the list takes the room; without, the state is centred.
    if (auto *outer = qobject_cast<QVBoxLayout *>(layout())) {
        outer->setStretch(1, members.isEmpty() ? 1 : 0);
        outer->setStretch(3, members.isEmpty() ? 1 : 0);
    }
    while (m_members->topLevelItemCount() > members.size())
        delete m_members->takeTopLevelItem(m_members->topLevelItemCount() - 1);
    const QLocale locale;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const OrganizationMember &m = members.at(i);
        QTreeWidgetItem *item = m_members->topLevelItem(int(i));
        if (!item)
            item = new QTreeWidgetItem(m_members);
        QString status;
        if (const std::optional<AccountStatus> s = accountStatusFromName(m.status)) {
            status = AccountListModel::statusText(*s);
            item->setIcon(2, Theme::accountStatusIcon(*s));
        } else if (m.status == OrganizationMember::Refused) {
            status = tr("Refused");
            item->setIcon(2, Theme::accountStatusIcon(AccountStatus::Failed));
        } else if (m.status == OrganizationMember::Excluded) {
            status = tr("Excluded");
            item->setIcon(2, Theme::accountStatusIcon(AccountStatus::Disconnected));
        } else {
            status = tr("Connected on its own");
            item->setIcon(2, Theme::accountStatusIcon(AccountStatus::Active));
        }
        // QTreeWidgetItem text is drawn as plain text; the tooltip goes through PlainToolTipDelegate.
        item->setText(0, m.awsAccountId);
        item->setText(1, m.name);
        item->setText(2, status);
        item->setText(3, locale.toString(m.instanceCount));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(4, m.message);
        item->setToolTip(4, m.message);
        item->setToolTip(1, m.name);
    }
}
