// InstanceBrowser: live instance table, filters, details, export.
// Why ~750 lines: one window (table, filter bar, column chooser, details, export); its data and filtering live in
// models/ (InstanceTableModel, InstanceFilterProxy), its CSV in CsvWriter.
#include "ui/instancebrowser.h"

#include "models/discoveryservice.h"
#include "models/instancefilterproxy.h"
#include "models/instancetablemodel.h"
#include "models/offthread.h"
#include "models/registry.h"
#include "ui/appsettings.h"
#include "ui/cloudformationpage.h"
#include "ui/csvwriter.h"
#include "ui/instancedetailspane.h"
#include "ui/instancestatedelegate.h"
#include "ui/logging.h"
#include "ui/plaintext.h"
#include "ui/stackupdatedialog.h"
#include "ui/theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {
const QStringList &stateOrder()
{
    static const QStringList states
        = { QStringLiteral("running"), QStringLiteral("pending"), QStringLiteral("stopping"), QStringLiteral("stopped"),
              QStringLiteral("shutting-down"), QStringLiteral("terminated") };
    return states;
}

QString stateLabel(const QString &state)
{
    if (state == QLatin1StringView("running"))
        return InstanceBrowser::tr("Running");
    if (state == QLatin1StringView("pending"))
        return InstanceBrowser::tr("Pending");
    if (state == QLatin1StringView("stopping"))
        return InstanceBrowser::tr("Stopping");
    if (state == QLatin1StringView("stopped"))
        return InstanceBrowser::tr("Stopped");
    if (state == QLatin1StringView("shutting-down"))
        return InstanceBrowser::tr("Shutting down");
    if (state == QLatin1StringView("terminated"))
        return InstanceBrowser::tr("Terminated");
    return state;
}

/// "1 instance", "1,234 instances" — two numerus messages so that English, which has no translation loaded, reads
/// right too; a translation gives each its plural forms.
QString instancesText(int n)
{
    return n == 1 ? InstanceBrowser::tr("%Ln instance", nullptr, n) : InstanceBrowser::tr("%Ln instances", nullptr, n);
}

QString databasesText(int n)
{
    return n == 1 ? InstanceBrowser::tr("%Ln database", nullptr, n) : InstanceBrowser::tr("%Ln databases", nullptr, n);
}

/// At most this many accounts are named in the database notice; the rest are counted.
constexpr int NoticeAccounts = 4;
} // namespace

InstanceBrowser::InstanceBrowser(const ConsoleServices &services, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("instanceBrowser"));
    setWindowTitle(tr("Instances — Onramp"));
    setWindowIcon(Theme::appIcon());

    m_model = new InstanceTableModel(this);
    // Pages, loaded chunks, health and removals apply in slices of a few ms, in order: no turn stalls on a page.
    m_model->setSliceBudget(InstanceTableModel::DefaultSliceBudget);
    m_proxy = new InstanceFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 0);
    auto *filterBar = new QWidget(central);
    buildFilters(filterBar);
    layout->addWidget(filterBar);

    // Shown when an account in view may not list its databases (a stack made before RDS discovery, or an SCP).
    auto *noticeFrame = new QFrame(central);
    noticeFrame->setFrameShape(QFrame::StyledPanel);
    m_databaseNotice = noticeFrame;
    m_databaseNotice->setObjectName(QStringLiteral("databaseNotice"));
    auto *notice = new QHBoxLayout(m_databaseNotice);
    notice->setContentsMargins(8, 6, 8, 6);
    m_databaseNoticeText = PlainText::literal(new QLabel(m_databaseNotice)); // account names are the user's
    m_databaseNoticeText->setObjectName(QStringLiteral("databaseNoticeText"));
    m_databaseNoticeText->setWordWrap(true);
    m_databaseNoticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    notice->addWidget(m_databaseNoticeText, 1);
    m_databaseTemplateButton = new QPushButton(Theme::action("save"), tr("Get the new template…"), m_databaseNotice);
    m_databaseTemplateButton->setObjectName(QStringLiteral("databaseTemplateButton"));
    m_databaseTemplateButton->setAccessibleName(tr("Get the new template that includes databases"));
    notice->addWidget(m_databaseTemplateButton, 0, Qt::AlignTop);
    connect(m_databaseTemplateButton, &QPushButton::clicked, this, [this] {
        // The first account the notice names that has a stack; a menu when there are several.
        const QStringList ids = m_databaseTemplateButton->property("accountIds").toStringList();
        if (ids.size() == 1)
            openStackUpdate(ids.constFirst());
    });
    m_databaseNotice->hide();
    layout->addWidget(m_databaseNotice);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("browserSplitter"));
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("instanceView"));
    m_view->setAccessibleName(tr("EC2 instances and RDS databases"));
    m_view->setModel(m_proxy);
    setUpView(m_view);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // Widths from typical values measured once (never ResizeToContents, which reads every row).
    const QFontMetrics fm = m_view->fontMetrics();
    const QString samples[InstanceTableModel::ColumnCount]
        = { QStringLiteral("payments-api-prod-01"), QStringLiteral("i-0123456789abcdef0"),
              QStringLiteral("shutting-down"), QStringLiteral("m6i.12xlarge"), QStringLiteral("on-demand"),
              QStringLiteral("ap-southeast-2"), QStringLiteral("ap-southeast-2a"), QStringLiteral("172.31.255.255"),
              QStringLiteral("203.0.113.255"), QStringLiteral("prod-eks-cluster"), QStringLiteral("impaired"),
              QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(23, 59)), QLocale::ShortFormat),
              QStringLiteral("Production account"), QStringLiteral("RDS"), QStringLiteral("aurora-postgresql 15.4"),
              QStringLiteral("10,000 GiB"), QStringLiteral("Multi-AZ") };
    for (int c = 0; c < InstanceTableModel::ColumnCount; ++c)
        header->resizeSection(c, fm.horizontalAdvance(samples[c]) + (c == InstanceTableModel::StateColumn ? 40 : 18));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    if (const QByteArray state = m_settings->state(QStringLiteral("instanceBrowser/header")); !state.isEmpty())
        header->restoreState(state);
    connect(header, &QHeaderView::customContextMenuRequested, this, &InstanceBrowser::showHeaderMenu);

    m_details = new InstanceDetailsPane(splitter);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({ 900, 320 });
    if (const QByteArray state = m_settings->state(QStringLiteral("instanceBrowser/splitter")); !state.isEmpty())
        splitter->restoreState(state);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_shownLabel = new QLabel(this);
    m_shownLabel->setTextFormat(Qt::PlainText);
    m_shownLabel->setObjectName(QStringLiteral("shownLabel"));
    m_statesLabel = new QLabel(this);
    m_statesLabel->setTextFormat(Qt::PlainText);
    m_statesLabel->setObjectName(QStringLiteral("statesLabel"));
    m_updatedLabel = new QLabel(this);
    m_updatedLabel->setTextFormat(Qt::PlainText);
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));
    m_shownLabel->setContentsMargins(4, 0, 12, 0);
    statusBar()->addWidget(m_shownLabel);
    statusBar()->addWidget(m_statesLabel, 1);
    statusBar()->addPermanentWidget(m_updatedLabel);

    // Actions: on the table's context menu, in the menu bar, with shortcuts.
    auto *copyId = new QAction(Theme::action("copy"), tr("Copy Instance &ID"), this);
    copyId->setObjectName(QStringLiteral("copyIdAction"));
    copyId->setShortcut(QKeySequence::Copy);
    copyId->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *copyPrivate = new QAction(tr("Copy &Private IP"), this);
    copyPrivate->setObjectName(QStringLiteral("copyPrivateIpAction"));
    copyPrivate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyPrivate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *copyPublic = new QAction(tr("Copy P&ublic IP"), this);
    copyPublic->setObjectName(QStringLiteral("copyPublicIpAction"));
    copyPublic->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    copyPublic->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *exportCsv = new QAction(Theme::action("export"), tr("&Export Visible Rows to CSV…"), this);
    exportCsv->setObjectName(QStringLiteral("exportAction"));
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    auto *find = new QAction(Theme::action("search"), tr("&Find"), this);
    find->setShortcut(QKeySequence::Find);
    auto *clearFilters = new QAction(Theme::action("clear"), tr("C&lear Filters"), this);
    clearFilters->setObjectName(QStringLiteral("clearFiltersAction"));
    clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    auto *closeWindow = new QAction(tr("&Close"), this);
    closeWindow->setShortcut(QKeySequence::Close);
    for (QAction *a : { copyId, copyPrivate, copyPublic })
        m_view->addAction(a);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_view->addAction(exportCsv);
    connect(copyId, &QAction::triggered, this,
        [this] { copyColumn(InstanceTableModel::InstanceIdColumn, tr("instance ID")); });
    connect(copyPrivate, &QAction::triggered, this,
        [this] { copyColumn(InstanceTableModel::PrivateIpColumn, tr("private IP")); });
    connect(copyPublic, &QAction::triggered, this,
        [this] { copyColumn(InstanceTableModel::PublicIpColumn, tr("public IP")); });
    connect(exportCsv, &QAction::triggered, this, &InstanceBrowser::exportWithDialog);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(closeWindow, &QAction::triggered, this, &QWidget::close);
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(exportCsv);
    fileMenu->addSeparator();
    fileMenu->addAction(closeWindow);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addActions({ copyId, copyPrivate, copyPublic });
    editMenu->addSeparator();
    editMenu->addAction(find);
    editMenu->addAction(clearFilters);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *columns = viewMenu->addAction(Theme::action("columns"), tr("C&olumns…"));
    connect(columns, &QAction::triggered, this,
        [this] { showHeaderMenu(m_view->horizontalHeader()->mapFromGlobal(QCursor::pos())); });
    connect(clearFilters, &QAction::triggered, this, [this] {
        m_search->clear();
        m_regionCombo->setCurrentIndex(0);
        m_lifecycleCombo->setCurrentIndex(0);
        m_clusterCombo->setCurrentIndex(0);
        m_kindCombo->setCurrentIndex(0);
        m_accountCombo->setCurrentIndex(0);
        for (QToolButton *chip : std::as_const(m_stateChips))
            chip->setChecked(false);
    });

    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(250);
    connect(m_statusTimer, &QTimer::timeout, this, &InstanceBrowser::updateStatus);
    m_choicesTimer = new QTimer(this);
    m_choicesTimer->setSingleShot(true);
    m_choicesTimer->setInterval(400);
    connect(m_choicesTimer, &QTimer::timeout, this, &InstanceBrowser::refreshFilterChoices);
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &InstanceBrowser::updateUpdatedLabel);
    m_clock->start();

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &InstanceBrowser::scheduleStatusUpdate);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InstanceBrowser::scheduleStatusUpdate);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InstanceBrowser::scheduleStatusUpdate);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InstanceBrowser::scheduleStatusUpdate);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            scheduleStatusUpdate();
            const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
            if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
                updateDetails();
        });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InstanceBrowser::updateDetails);

    connect(m_services.discovery, &DiscoveryService::pageMerged, this,
        [this](const QString &accountId, const QString &, const QList<StoredInstance> &instances) {
            whenLoaded([this, accountId, instances] {
                m_model->applyPage(accountId, instances);
                noteValues(instances);
                m_updatedAt = QDateTime::currentDateTimeUtc();
                scheduleStatusUpdate();
            });
        });
    connect(m_services.discovery, &DiscoveryService::instancesSeen, this,
        [this](const QString &accountId, const QStringList &ids, const QDateTime &seenAt) {
            whenLoaded([this, accountId, ids, seenAt] {
                m_model->markSeen(accountId, ids, seenAt);
                m_updatedAt = QDateTime::currentDateTimeUtc();
                scheduleStatusUpdate();
            });
        });
    connect(m_services.discovery, &DiscoveryService::instancesRemoved, this,
        [this](const QString &accountId, const QStringList &ids) {
            whenLoaded([this, accountId, ids] {
                m_model->removeInstances(accountId, ids);
                m_updatedAt = QDateTime::currentDateTimeUtc();
                scheduleStatusUpdate();
            });
        });
    connect(m_services.discovery, &DiscoveryService::healthUpdated, this,
        [this](const QString &accountId, const QList<QPair<QString, QString>> &health) {
            whenLoaded([this, accountId, health] {
                m_model->setHealth(accountId, health);
                m_updatedAt = QDateTime::currentDateTimeUtc();
            });
        });
    connect(m_services.discovery, &DiscoveryService::finished, this, [this](const DiscoveryResult &) {
        whenLoaded([this] {
            m_updatedAt = QDateTime::currentDateTimeUtc();
            updateUpdatedLabel();
        });
    });

    if (const QByteArray geometry = m_settings->state(QStringLiteral("instanceBrowser/geometry")); !geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1240, 720);
    updateStatus();
    updateUpdatedLabel();
}

InstanceBrowser::~InstanceBrowser()
{
    // The model and the proxy are children, destroyed by ~QWidget after this class's part is gone: the model's
    // destruction makes the proxy reset, and that reset must not reach a slot of a half-destroyed InstanceBrowser
    // (UBSan: member call through a QWidget that is no longer an InstanceBrowser).
    disconnect(m_proxy, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    // Both jobs are bounded (a registry read, a file write); their results are dropped with this window.
    if (m_loader)
        m_loader->wait();
    if (m_exporter)
        m_exporter->wait();
}

void InstanceBrowser::buildFilters(QWidget *bar)
{
    auto *outer = new QVBoxLayout(bar);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search id, name, IP, engine, tags…  (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search instances and databases"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Theme::action("search"), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);
    row->addWidget(m_search, 2);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        QElapsedTimer t;
        t.start();
        m_proxy->setSearchText(m_search->text());
        qCDebug(lcUi) << "search filter applied in" << t.elapsed() << "ms over" << m_model->rowCount() << "rows";
    });

    auto combo = [bar, row](const char *name, const QString &accessible, const QString &all) {
        auto *c = new QComboBox(bar);
        c->setObjectName(QString::fromLatin1(name));
        c->setAccessibleName(accessible);
        c->addItem(all, QString());
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        c->setMinimumContentsLength(8);
        row->addWidget(c);
        return c;
    };
    m_kindCombo = combo("kindFilter", tr("Kind filter"), tr("All resources"));
    m_kindCombo->addItem(tr("EC2 instances"), resourceKindName(ResourceKind::Ec2));
    m_kindCombo->addItem(tr("RDS databases"), resourceKindName(ResourceKind::Rds));
    m_accountCombo = combo("accountFilter", tr("Account filter"), tr("All accounts"));
    m_regionCombo = combo("regionFilter", tr("Region filter"), tr("All regions"));
    m_lifecycleCombo = combo("lifecycleFilter", tr("Lifecycle filter"), tr("Any lifecycle"));
    m_lifecycleCombo->addItem(tr("On-demand"), QStringLiteral("on-demand"));
    m_lifecycleCombo->addItem(tr("Spot"), QStringLiteral("spot"));
    m_clusterCombo = combo("clusterFilter", tr("Cluster filter"), tr("All clusters"));
    outer->addLayout(row);

    connect(m_accountCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_accountFilter = m_accountCombo->currentData().toString();
        applyAccountFilter();
    });
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString region = m_regionCombo->currentData().toString();
        m_proxy->setRegions(region.isEmpty() ? QSet<QString>() : QSet<QString> { region });
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setKind(resourceKindFromName(m_kindCombo->currentData().toString())); });
    connect(m_lifecycleCombo, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setLifecycle(m_lifecycleCombo->currentData().toString()); });
    connect(m_clusterCombo, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setCluster(m_clusterCombo->currentData().toString()); });

    auto *chips = new QHBoxLayout;
    auto *chipsLabel = new QLabel(tr("State:"), bar);
    chipsLabel->setTextFormat(Qt::PlainText);
    chips->addWidget(chipsLabel);
    for (const QString &state : stateOrder()) {
        auto *chip = new QToolButton(bar);
        chip->setObjectName(QStringLiteral("stateChip-") + state);
        chip->setCheckable(true);
        chip->setAutoRaise(true);
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setIcon(Theme::instanceStateIcon(state));
        chip->setText(stateLabel(state));
        chip->setAccessibleName(tr("Show %1 instances").arg(stateLabel(state).toLower()));
        chip->setToolTip(
            tr("Show only %1 instances (combine several; none selected shows all)").arg(stateLabel(state).toLower()));
        connect(chip, &QToolButton::toggled, this, &InstanceBrowser::applyStateChips);
        chips->addWidget(chip);
        m_stateChips.insert(state, chip);
    }
    chips->addStretch();
    outer->addLayout(chips);
}

void InstanceBrowser::applyStateChips()
{
    QSet<QString> states;
    for (auto it = m_stateChips.cbegin(); it != m_stateChips.cend(); ++it) {
        if (it.value()->isChecked())
            states.insert(it.key());
    }
    m_proxy->setStates(states);
}

void InstanceBrowser::setAccountLabel(const QString &accountId, const QString &label)
{
    m_accountLabels.insert(accountId, label);
    m_model->setAccountLabel(accountId, label);
    int index = m_accountCombo->findData(accountId);
    if (index < 0) {
        m_accountCombo->addItem(label, accountId);
    } else {
        m_accountCombo->setItemText(index, label);
    }
}

void InstanceBrowser::setAccounts(const QList<Account> &accounts)
{
    const auto labelOf = [](const Account &a) {
        if (!a.friendlyName.isEmpty())
            return a.friendlyName;
        if (a.isOrganization())
            return a.awsOrganizationId.isEmpty() ? tr("New organization") : a.awsOrganizationId;
        return a.awsAccountId.isEmpty() ? tr("New account") : a.awsAccountId;
    };
    m_accounts = accounts;
    m_organizationMembers.clear();
    QList<const Account *> organizations;
    QList<const Account *> single;
    QHash<QString, QList<const Account *>> members;
    for (const Account &a : accounts) {
        m_accountLabels.insert(a.id, labelOf(a));
        if (!a.isOrganization())
            m_model->setAccountLabel(a.id, labelOf(a));
        if (a.isOrganization())
            organizations.append(&a);
        else if (!a.organization.isEmpty())
            members[a.organization].append(&a);
        else
            single.append(&a);
    }
    // Members whose organization record is not listed are offered on their own.
    QSet<QString> listedOrganizations;
    for (const Account *o : std::as_const(organizations))
        listedOrganizations.insert(o->id);
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        if (!listedOrganizations.contains(it.key()))
            single.append(it.value());
    }

    // Rebuilt whole: a few hundred items at most, and the current choice is kept by its id.
    const QSignalBlocker block(m_accountCombo);
    while (m_accountCombo->count() > 1)
        m_accountCombo->removeItem(1);
    for (const Account *o : std::as_const(organizations)) {
        const QList<const Account *> &mine = members.value(o->id);
        QSet<QString> ids;
        for (const Account *m : mine)
            ids.insert(m->id);
        m_organizationMembers.insert(o->id, ids);
        m_accountCombo->addItem(Theme::action("organization"),
            tr("%1 — all accounts of the organization").arg(m_accountLabels.value(o->id)), o->id);
        for (const Account *m : mine)
            m_accountCombo->addItem(QStringLiteral("    ") + m_accountLabels.value(m->id), m->id);
    }
    for (const Account *a : std::as_const(single))
        m_accountCombo->addItem(m_accountLabels.value(a->id), a->id);
    const int index = m_accountFilter.isEmpty() ? 0 : m_accountCombo->findData(m_accountFilter);
    m_accountCombo->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0)
        m_accountFilter.clear();
    applyAccountFilter();
}

void InstanceBrowser::applyAccountFilter()
{
    const auto organization = m_organizationMembers.constFind(m_accountFilter);
    if (organization != m_organizationMembers.cend())
        // An organization without members yet shows nothing rather than everything.
        m_proxy->setAccountIds(organization->isEmpty() ? QSet<QString> { m_accountFilter } : *organization);
    else
        m_proxy->setAccountId(m_accountFilter);
    const QString label = m_accountLabels.value(m_accountFilter);
    setWindowTitle(m_accountFilter.isEmpty() || label.isEmpty() ? tr("Instances — Onramp")
                                                                : tr("Instances of %1 — Onramp").arg(label));
    updateDatabaseNotice();
}

void InstanceBrowser::setKindFilter(std::optional<ResourceKind> kind)
{
    const int index = kind ? m_kindCombo->findData(resourceKindName(*kind)) : 0;
    m_kindCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void InstanceBrowser::updateDatabaseNotice()
{
    // The accounts in view: the filtered account, an organization's members, or every record.
    const auto members = m_organizationMembers.constFind(m_accountFilter);
    QList<const Account *> limited;
    for (const Account &a : std::as_const(m_accounts)) {
        const bool shown = m_accountFilter.isEmpty() || a.id == m_accountFilter
            || (members != m_organizationMembers.cend() && members->contains(a.id));
        if (shown && !a.isOrganization() && a.isLive()
            && (a.databaseAccess == DatabaseAccess::NotPermitted || a.databaseAccess == DatabaseAccess::PartlyDenied))
            limited.append(&a);
    }
    if (limited.isEmpty()) {
        m_databaseNotice->hide();
        return;
    }
    QStringList lines;
    QStringList withStack; // IAM-role accounts whose stack an update fixes
    bool organizationMember = false;
    for (const Account *a : std::as_const(limited)) {
        if (lines.size() == NoticeAccounts) {
            lines.append(tr("… and %Ln more accounts", nullptr, int(limited.size()) - NoticeAccounts));
            break;
        }
        const QString label = m_accountLabels.value(a->id, a->awsAccountId);
        if (a->databaseAccess == DatabaseAccess::NotPermitted) {
            lines.append(tr("%1: databases not permitted — update the stack to include databases.").arg(label));
        } else {
            QStringList regions = a->databaseDeniedRegions.mid(0, 8);
            if (a->databaseDeniedRegions.size() > regions.size())
                regions.append(QStringLiteral("…"));
            lines.append(tr("%1: databases denied in %2 (e.g. by an SCP).").arg(label, regions.join(u", ")));
        }
        if (a->method == AccountMethod::IamRole && !a->organization.isEmpty())
            organizationMember = true;
        else if (a->method == AccountMethod::IamRole && a->databaseAccess == DatabaseAccess::NotPermitted)
            withStack.append(a->id);
    }
    QString hint;
    if (!withStack.isEmpty())
        hint = tr("To include databases, update the account's stack with the new template: CloudFormation console → "
                  "the stack (%1) → Update → Replace current template, with the new template.")
                   .arg(CloudFormationPage::stackName());
    if (organizationMember)
        hint += (hint.isEmpty() ? QString() : QStringLiteral("\n"))
            + tr("For an organization's accounts, update the organization's stack in its management account with the "
                 "new organization template (onrampctl org template): its StackSet updates every member's role.");
    if (std::any_of(limited.cbegin(), limited.cend(),
            [](const Account *a) { return a->databaseAccess == DatabaseAccess::PartlyDenied; }))
        hint += (hint.isEmpty() ? QString() : QStringLiteral("\n"))
            + tr("Where a service control policy denies RDS, only its owner in the organization can allow it.");
    m_databaseNoticeText->setText(lines.join(u'\n') + (hint.isEmpty() ? QString() : QStringLiteral("\n") + hint));
    m_databaseTemplateButton->setVisible(!withStack.isEmpty());
    m_databaseTemplateButton->setProperty("accountIds", withStack);
    // One account: the button opens its template; several: a menu names each.
    delete m_databaseTemplateButton->menu();
    m_databaseTemplateButton->setMenu(nullptr);
    if (withStack.size() > 1) {
        auto *menu = new QMenu(m_databaseTemplateButton);
        for (const QString &id : std::as_const(withStack))
            menu->addAction(m_accountLabels.value(id, id), this, [this, id] { openStackUpdate(id); });
        m_databaseTemplateButton->setMenu(menu);
    }
    m_databaseNotice->show();
}

StackUpdateDialog *InstanceBrowser::openStackUpdate(const QString &accountId)
{
    const auto it = std::find_if(
        m_accounts.cbegin(), m_accounts.cend(), [&accountId](const Account &a) { return a.id == accountId; });
    if (it == m_accounts.cend() || it->method != AccountMethod::IamRole)
        return nullptr;
    auto *dialog = new StackUpdateDialog(m_services, m_identity, m_settings, *it, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void InstanceBrowser::setAccountFilter(const QString &accountId)
{
    const int index = accountId.isEmpty() ? 0 : m_accountCombo->findData(accountId);
    if (index >= 0) {
        const QSignalBlocker block(m_accountCombo);
        m_accountCombo->setCurrentIndex(index);
    }
    m_accountFilter = accountId;
    applyAccountFilter();
}

void InstanceBrowser::setUpView(QTableView *view)
{
    // Every column: the state icon in the State column, and a deleted database greyed as history in all.
    view->setItemDelegate(new InstanceStateDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // 100,000 rows: fixed row height (no per-row measuring) and interactive widths (never ResizeToContents).
    QHeaderView *rows = view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 8);
}

void InstanceBrowser::loadAccounts()
{
    if (m_loadStarted)
        return;
    m_loadStarted = true;
    m_loading = true;
    m_reading = true;
    updateUpdatedLabel();
    const Result<QList<Account>> accounts = m_services.registry->accounts(m_services.user);
    QStringList ids;
    if (accounts && m_accounts.isEmpty()) {
        m_accounts = *accounts;
        updateDatabaseNotice();
    }
    if (accounts) {
        for (const Account &a : *accounts) {
            ids.append(a.id);
            if (!m_accountLabels.contains(a.id))
                setAccountLabel(a.id, a.friendlyName.isEmpty() ? a.awsAccountId : a.friendlyName);
        }
    }
    const QString dbUrl = m_services.dbUrl;
    std::function<LoadResult()> work = [dbUrl, ids] {
        LoadResult result;
        // Every row read once: a page cache would only hold what was read (Registry::ScanCacheKiB).
        Registry::Options options;
        options.cacheKiB = Registry::ScanCacheKiB;
        Result<std::unique_ptr<Registry>> opened = Registry::open(dbUrl, QString(), options);
        if (!opened) {
            result.error = opened.error().message;
            return result;
        }
        for (const QString &id : ids) {
            // The EC2 instances, then the databases (deleted ones included: history).
            Result<QList<StoredInstance>> lists[] = { (*opened)->instances(id), (*opened)->databases(id) };
            for (Result<QList<StoredInstance>> &list : lists) {
                if (!list) {
                    result.error = list.error().message;
                    continue;
                }
                addList(result, id, std::move(list).value());
            }
        }
        return result;
    };
    m_loader = runOffThread<LoadResult>(this, std::move(work), [this, ids](LoadResult result) {
        if (!result.error.isEmpty() && result.lists.empty()) {
            // No second connection (e.g. an in-memory or locked database): read on this thread instead.
            qCInfo(lcUi).noquote() << "worker read failed, reading on the UI thread:" << result.error;
            for (const QString &id : ids) {
                if (Result<QList<StoredInstance>> list = m_services.registry->instances(id))
                    addList(result, id, std::move(list).value());
                if (Result<QList<StoredInstance>> list = m_services.registry->databases(id))
                    addList(result, id, std::move(list).value());
            }
        }
        applyLoaded(std::move(result));
    });
}

void InstanceBrowser::addList(LoadResult &result, const QString &accountId, QList<StoredInstance> &&instances)
{
    for (const StoredInstance &i : std::as_const(instances)) {
        result.regions.insert(i.region);
        if (!i.cluster.isEmpty())
            result.clusters.insert(i.cluster);
    }
    result.lists.emplace_back(accountId, std::move(instances));
}

void InstanceBrowser::applyLoaded(LoadResult result)
{
    noteValues(result.regions, result.clusters);
    // The model queues each list whole (no copy: 100,000 stored instances cut into chunks cost 40 MB more at the
    // peak), applies it a slice per event-loop turn (the first one at once) and frees each slice's instances as it
    // goes; the loading ends when it has applied them all.
    for (auto &[accountId, instances] : result.lists)
        m_model->applyPage(accountId, std::exchange(instances, {}));
    result.lists.clear();
    // What discovery announced meanwhile goes behind them, in its order; from now on changes go straight in.
    m_reading = false;
    auto deferred = std::move(m_deferred);
    m_deferred.clear();
    for (const auto &change : deferred)
        change();
    if (!m_model->hasPendingChanges()) {
        finishLoading();
        return;
    }
    updateUpdatedLabel();
    connect(m_model, &InstanceTableModel::pendingChangesApplied, this, [this] {
        if (m_loading)
            finishLoading();
    });
}

void InstanceBrowser::finishLoading()
{
    m_loading = false;
    m_updatedAt = QDateTime::currentDateTimeUtc();
    refreshFilterChoices();
    updateStatus();
    updateUpdatedLabel();
    Q_EMIT loaded();
}

void InstanceBrowser::whenLoaded(std::function<void()> change)
{
    if (m_reading)
        m_deferred.push_back(std::move(change));
    else
        change();
}

void InstanceBrowser::noteValues(const QList<StoredInstance> &instances)
{
    QSet<QString> regions;
    QSet<QString> clusters;
    for (const StoredInstance &i : instances) {
        regions.insert(i.region);
        if (!i.cluster.isEmpty())
            clusters.insert(i.cluster);
    }
    noteValues(regions, clusters);
}

void InstanceBrowser::noteValues(const QSet<QString> &regions, const QSet<QString> &clusters)
{
    const qsizetype regionCount = m_regions.size();
    const qsizetype clusterCount = m_clusters.size();
    m_regions.unite(regions);
    m_clusters.unite(clusters);
    if ((m_regions.size() != regionCount || m_clusters.size() != clusterCount) && !m_choicesTimer->isActive())
        m_choicesTimer->start();
}

void InstanceBrowser::refreshFilterChoices()
{
    auto fill = [](QComboBox *combo, const QSet<QString> &values) {
        QStringList sorted(values.cbegin(), values.cend());
        sorted.sort(Qt::CaseInsensitive);
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &v : sorted)
            combo->addItem(v, v);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    fill(m_regionCombo, m_regions);
    fill(m_clusterCombo, m_clusters);
}

void InstanceBrowser::scheduleStatusUpdate()
{
    if (!m_statusTimer->isActive())
        m_statusTimer->start();
}

void InstanceBrowser::updateStatus()
{
    const QLocale locale;
    const QHash<QString, int> counts = m_model->countsByState();
    const InstanceTableModel::KindCounts kinds = m_model->countsByKind();
    // Deleted databases are history: shown and counted by state, not among the databases.
    const QString shown = locale.toString(m_proxy->rowCount());
    const QString total = locale.toString(m_model->rowCount());
    if (kinds.databases > 0 || kinds.deletedDatabases > 0)
        m_shownLabel->setText(
            tr("Showing %1 of %2 — %3")
                .arg(shown, total,
                    instancesText(kinds.instances) + QStringLiteral(" · ") + databasesText(kinds.databases)));
    else
        m_shownLabel->setText(tr("Showing %1 of %2 instances").arg(shown, total));
    QStringList parts;
    for (const QString &state : stateOrder()) {
        const int n = counts.value(state);
        if (QToolButton *chip = m_stateChips.value(state))
            chip->setText(
                n > 0 ? QStringLiteral("%1 %2").arg(stateLabel(state), locale.toString(n)) : stateLabel(state));
        if (n > 0)
            parts.append(QStringLiteral("%1 %2").arg(stateLabel(state).toLower(), locale.toString(n)));
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!stateOrder().contains(it.key()) && it.value() > 0)
            parts.append(QStringLiteral("%1 %2").arg(it.key(), locale.toString(it.value())));
    }
    m_statesLabel->setText(parts.join(QStringLiteral(" · ")));
}

void InstanceBrowser::updateUpdatedLabel()
{
    if (m_loading) {
        m_updatedLabel->setText(tr("Loading stored instances… %1").arg(QLocale().toString(m_model->rowCount())));
        return;
    }
    if (!m_updatedAt.isValid()) {
        m_updatedLabel->clear();
        return;
    }
    const qint64 secs = qMax<qint64>(0, m_updatedAt.secsTo(QDateTime::currentDateTimeUtc()));
    if (secs < 2)
        m_updatedLabel->setText(tr("Updated just now"));
    else if (secs < 120)
        m_updatedLabel->setText(tr("Updated %1 s ago").arg(secs));
    else
        m_updatedLabel->setText(tr("Updated %1 min ago").arg(secs / 60));
}

void InstanceBrowser::updateDetails()
{
    const QModelIndex source = m_proxy->mapToSource(m_view->currentIndex());
    if (!source.isValid()) {
        m_details->setInstance(std::nullopt);
        return;
    }
    const StoredInstance instance = m_model->instanceAt(source.row());
    m_details->setInstance(instance, m_accountLabels.value(instance.accountId));
}

QStringList InstanceBrowser::selectedInstanceIds() const
{
    QStringList ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows(InstanceTableModel::InstanceIdColumn);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : rows)
        ids.append(index.data().toString());
    return ids;
}

void InstanceBrowser::copyColumn(int column, const QString &what)
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows(column);
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().siblingAtColumn(column));
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList values;
    for (const QModelIndex &index : rows) {
        const QString v = index.data().toString();
        if (!v.isEmpty())
            values.append(v);
    }
    if (values.isEmpty()) {
        statusBar()->showMessage(tr("No %1 to copy.").arg(what), 4000);
        return;
    }
    QApplication::clipboard()->setText(values.join(QLatin1Char('\n')));
    statusBar()->showMessage(values.size() == 1 ? tr("Copied %1 %2").arg(what, values.constFirst())
                                                : tr("Copied %1 values (%2)").arg(values.size()).arg(what),
        4000);
}

void InstanceBrowser::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    int visible = 0;
    for (int c = 0; c < m_model->columnCount(); ++c)
        visible += header->isSectionHidden(c) ? 0 : 1;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(header->isSectionHidden(c) || visible > 1); // never hide the last column
        connect(a, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            saveHeader();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Show All Columns"), this, [this, header] {
        for (int c = 0; c < m_model->columnCount(); ++c)
            header->setSectionHidden(c, false);
        saveHeader();
    });
    menu.exec(header->mapToGlobal(pos));
}

void InstanceBrowser::saveHeader()
{
    m_settings->setState(QStringLiteral("instanceBrowser/header"), m_view->horizontalHeader()->saveState());
}

void InstanceBrowser::closeEvent(QCloseEvent *event)
{
    saveHeader();
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("browserSplitter")))
        m_settings->setState(QStringLiteral("instanceBrowser/splitter"), splitter->saveState());
    m_settings->setState(QStringLiteral("instanceBrowser/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void InstanceBrowser::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export visible rows"),
        QDir::home().filePath(QStringLiteral("onramp-instances.csv")), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    exportVisibleRows(path);
}

void InstanceBrowser::exportVisibleRows(const QString &path)
{
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    auto rows = std::make_shared<QList<QStringList>>(CsvWriter::instanceRecords(*m_proxy, columns));
    const int count = int(rows->size()) - 1;
    statusBar()->showMessage(tr("Exporting rows: %Ln…", nullptr, count));
    std::function<QString()> work = [path, rows] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        for (const QStringList &row : std::as_const(*rows)) {
            if (file.write(CsvWriter::record(row)) < 0)
                return file.errorString();
        }
        return file.commit() ? QString() : file.errorString();
    };
    m_exporter = runOffThread<QString>(this, std::move(work), [this, path, count](QString error) {
        if (error.isEmpty())
            statusBar()->showMessage(
                tr("Exported to %1. Rows: %Ln", nullptr, count).arg(QDir::toNativeSeparators(path)), 8000);
        else
            PlainText::warning(
                this, tr("Export failed"), tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
        Q_EMIT exportFinished(path, count, error);
    });
}
