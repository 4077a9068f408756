// ScreenshotDriver: scripted scenes for README screenshots.
#include "app/screenshots/screenshotdriver.h"

#include "models/instancetablemodel.h"
#include "ui/accesskeyspage.h"
#include "ui/auditlogdialog.h"
#include "ui/cloudformationpage.h"
#include "ui/connectprogresspage.h"
#include "ui/connectwizard.h"
#include "ui/instancebrowser.h"
#include "ui/logging.h"
#include "ui/mainwindow.h"
#include "ui/organizationpage.h"
#include "ui/settingsdialog.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

namespace {
const QList<QPair<QString, ScreenshotDriver::Scene>> &scenes()
{
    using S = ScreenshotDriver::Scene;
    static const QList<QPair<QString, S>> list = {
        { QStringLiteral("main"), S::Main },
        { QStringLiteral("wizard-cfn"), S::WizardCloudFormation },
        { QStringLiteral("wizard-keys"), S::WizardAccessKeys },
        { QStringLiteral("wizard-org"), S::WizardOrganization },
        { QStringLiteral("wizard-org-progress"), S::WizardOrganizationProgress },
        { QStringLiteral("wizard-progress"), S::WizardProgress },
        { QStringLiteral("wizard-error"), S::WizardError },
        { QStringLiteral("browser"), S::Browser },
        { QStringLiteral("browser-databases"), S::BrowserDatabases },
        { QStringLiteral("settings"), S::Settings },
        { QStringLiteral("audit"), S::Audit },
    };
    return list;
}
} // namespace

bool ScreenshotDriver::parseScene(const QString &name, Scene *scene)
{
    for (const auto &[n, s] : scenes()) {
        if (n == name) {
            *scene = s;
            return true;
        }
    }
    return false;
}

QStringList ScreenshotDriver::sceneNames()
{
    QStringList names;
    for (const auto &entry : scenes())
        names.append(entry.first);
    return names;
}

ScreenshotDriver::ScreenshotDriver(MainWindow *window, Scene scene, const QString &file, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_scene(scene)
    , m_file(file)
{
}

ConnectWizard *ScreenshotDriver::openWizard()
{
    return m_resumeId.isEmpty() ? m_window->openConnectWizard() : m_window->resumeOnboarding(m_resumeId);
}

void ScreenshotDriver::start()
{
    m_clock.start();
    switch (m_scene) {
    case Scene::Main:
        waitThenGrab(
            [this] {
                if (m_window && m_window->selectedAccountId().isEmpty()
                    && m_window->accountView()->model()->rowCount() > 0)
                    m_window->accountView()->setCurrentIndex(m_window->accountView()->model()->index(0, 0));
                return true;
            },
            [this] { return m_window.data(); }, 1500);
        return;
    case Scene::WizardCloudFormation: {
        QPointer<ConnectWizard> wizard = openWizard();
        waitThenGrab([wizard] { return wizard && !wizard->cloudFormationPage()->templateJson().isEmpty(); },
            [wizard] { return wizard.data(); });
        return;
    }
    case Scene::WizardAccessKeys: {
        QPointer<ConnectWizard> wizard = openWizard();
        wizard->setMethod(ConnectWizard::AccessKeysMethod);
        // AWS's documentation example key pair: not a real credential.
        if (auto *keyId = wizard->findChild<QLineEdit *>(QStringLiteral("keyIdEdit")))
            keyId->setText(QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
        if (auto *secret = wizard->findChild<QLineEdit *>(QStringLiteral("secretEdit")))
            secret->setText(QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        if (auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("keysNameEdit")))
            name->setText(QStringLiteral("Staging"));
        waitThenGrab([] { return true; }, [wizard] { return wizard.data(); });
        return;
    }
    case Scene::WizardOrganization:
    case Scene::WizardOrganizationProgress: {
        QPointer<ConnectWizard> wizard = openWizard();
        wizard->setMethod(ConnectWizard::OrganizationMethod);
        OrganizationPage *page = wizard->organizationPage();
        page->setTargetsText(m_targets);
        page->setRoleArnText(m_roleArn);
        const bool verify = m_scene == Scene::WizardOrganizationProgress;
        auto verified = std::make_shared<bool>(false);
        waitThenGrab(
            [wizard, verify, verified] {
                if (!wizard)
                    return true;
                if (wizard->organizationPage()->templateJson().isEmpty())
                    return false;
                if (!verify)
                    return true;
                if (!*verified) {
                    if (auto *button = wizard->findChild<QPushButton *>(QStringLiteral("orgVerifyButton")))
                        button->click();
                    *verified = true;
                    return false;
                }
                return wizard->progressPage()->kind() == ConnectProgressPage::Kind::Complete;
            },
            [wizard] { return wizard.data(); }, verify ? 1200 : 400);
        return;
    }
    case Scene::WizardProgress:
    case Scene::WizardError: {
        QPointer<ConnectWizard> wizard = openWizard();
        wizard->setWaitForRoleSecs(m_scene == Scene::WizardError ? 0 : 60);
        const QString arn = m_roleArn;
        // Verify once the template is there, as a person would after creating the stack.
        auto verified = std::make_shared<bool>(false);
        const bool wantError = m_scene == Scene::WizardError;
        waitThenGrab(
            [wizard, arn, verified, wantError] {
                if (!wizard)
                    return true;
                if (!*verified) {
                    if (wizard->cloudFormationPage()->templateJson().isEmpty())
                        return false;
                    wizard->cloudFormationPage()->setRoleArnText(arn);
                    if (auto *verify = wizard->findChild<QPushButton *>(QStringLiteral("verifyButton")))
                        verify->click();
                    *verified = true;
                    return false;
                }
                const ConnectProgressPage *progress = wizard->progressPage();
                if (wantError)
                    return progress->kind() == ConnectProgressPage::Kind::Error;
                return progress->kind() == ConnectProgressPage::Kind::Complete
                    || (progress->kind() == ConnectProgressPage::Kind::Discovering && progress->instancesSoFar() >= 1000
                        && progress->regionsDone() >= 1);
            },
            [wizard] { return wizard.data(); }, m_scene == Scene::WizardProgress ? 1200 : 300);
        return;
    }
    case Scene::Browser: {
        QPointer<InstanceBrowser> browser = m_window->openInstanceBrowser();
        waitThenGrab(
            [browser] {
                if (!browser || browser->isLoading() || browser->model()->rowCount() == 0)
                    return false;
                QTableView *view = browser->view();
                if (!view->currentIndex().isValid() && view->model()->rowCount() > 3)
                    view->selectRow(2);
                return true;
            },
            [browser] { return browser.data(); }, 1200);
        return;
    }
    case Scene::BrowserDatabases: {
        // Both kinds, databases on top (sorted by Kind, descending), one of them selected for the details pane.
        QPointer<InstanceBrowser> browser = m_window->openInstanceBrowser();
        waitThenGrab(
            [browser] {
                if (!browser || browser->isLoading())
                    return false;
                const InstanceTableModel::KindCounts counts = browser->model()->countsByKind();
                if (counts.instances == 0 || counts.databases == 0)
                    return false;
                QTableView *view = browser->view();
                if (view->horizontalHeader()->sortIndicatorSection() != InstanceTableModel::KindColumn) {
                    // The EC2-only columns make room for the database ones (appended after Account).
                    for (const int column : { InstanceTableModel::LifecycleColumn, InstanceTableModel::PrivateIpColumn,
                             InstanceTableModel::PublicIpColumn, InstanceTableModel::HealthColumn,
                             InstanceTableModel::LaunchTimeColumn, InstanceTableModel::AvailabilityZoneColumn })
                        view->horizontalHeader()->setSectionHidden(column, true);
                    // …and move beside Name and Type, as a user may drag them.
                    QHeaderView *header = view->horizontalHeader();
                    header->moveSection(header->visualIndex(InstanceTableModel::KindColumn), 1);
                    for (const int column : { InstanceTableModel::MultiAzColumn, InstanceTableModel::StorageColumn,
                             InstanceTableModel::EngineColumn })
                        header->moveSection(
                            header->visualIndex(column), header->visualIndex(InstanceTableModel::TypeColumn) + 1);
                    view->sortByColumn(InstanceTableModel::KindColumn, Qt::DescendingOrder);
                    // A database near the last one: the first instances show beneath it.
                    const int row = qMax(0, counts.databases - 4);
                    view->selectRow(row);
                    view->scrollTo(view->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
                }
                return true;
            },
            [browser] { return browser.data(); }, 1200);
        return;
    }
    case Scene::Settings: {
        QPointer<SettingsDialog> dialog = m_window->openSettings();
        waitThenGrab([] { return true; }, [dialog] { return dialog.data(); });
        return;
    }
    case Scene::Audit: {
        QPointer<AuditLogDialog> dialog = m_window->openAuditLog();
        waitThenGrab([] { return true; }, [dialog] { return dialog.data(); });
        return;
    }
    }
}

void ScreenshotDriver::waitThenGrab(std::function<bool()> ready, std::function<QWidget *()> target, int settleMs)
{
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this, poll, ready, target, settleMs] {
        const bool timedOut = m_clock.elapsed() > m_timeoutMs;
        if (!ready() && !timedOut)
            return;
        poll->stop();
        poll->deleteLater();
        if (timedOut)
            qCWarning(lcUi) << "screenshot scene timed out; grabbing what is shown";
        // Let layouts, fonts and the last repaint settle before grabbing.
        QTimer::singleShot(settleMs, this, [this, target] { grab(target()); });
    });
    poll->start();
}

void ScreenshotDriver::grab(QWidget *widget)
{
    if (!widget) {
        Q_EMIT done(false);
        return;
    }
    const bool ok = widget->grab().save(m_file, "PNG");
    if (!ok)
        qCWarning(lcUi).noquote() << "could not write" << m_file;
    Q_EMIT done(ok);
}
