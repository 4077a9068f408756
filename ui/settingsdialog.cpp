// SettingsDialog: preferences and preflight checks.
#include "ui/settingsdialog.h"

#include "aws/arn.h"
#include "aws/awsconfigfile.h"
#include "aws/credentialsprovider.h"
#include "models/awsclients.h"
#include "models/diagnostics.h"
#include "models/discoveryservice.h"
#include "models/errortext.h"
#include "models/onboardingservice.h"
#include "models/secretstore.h"
#include "ui/accesskeyspage.h"
#include "ui/appsettings.h"
#include "ui/consoleidentity.h"
#include "ui/plaintext.h"
#include "ui/theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QStringList awsProfiles()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = QDir::homePath();
    const QString credentials
        = env.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), home + QStringLiteral("/.aws/credentials"));
    const QString config = env.value(QStringLiteral("AWS_CONFIG_FILE"), home + QStringLiteral("/.aws/config"));
    QStringList names = AwsConfigFile::load(credentials, AwsConfigFile::Kind::Credentials).profiles();
    for (const QString &p : AwsConfigFile::load(config, AwsConfigFile::Kind::Config).profiles()) {
        if (!names.contains(p))
            names.append(p);
    }
    names.sort();
    return names;
}

void setMessage(QLabel *label, const QString &text, const QColor &color)
{
    label->setText(text);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}
} // namespace

SettingsDialog::SettingsDialog(
    const ConsoleServices &services, ConsoleIdentity *identity, AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_identity(identity)
    , m_settings(settings)
    , m_checks(new Diagnostics(services.dbUrl, services.user, services.secrets, services.aws, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings — Onramp"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    layout->addWidget(m_tabs, 1);

    // --- General ---
    auto *general = new QWidget(m_tabs);
    auto *generalForm = new QFormLayout(general);
    m_regionCombo = new QComboBox(general);
    m_regionCombo->setObjectName(QStringLiteral("homeRegionCombo"));
    m_regionCombo->setAccessibleName(tr("Home region"));
    m_regionCombo->addItem(tr("Automatic (AWS_REGION, the profile, or us-east-1)"), QString());
    for (const QString &r : AccessKeysPage::regionNames())
        m_regionCombo->addItem(r, r);
    generalForm->addRow(tr("Home &region:"), m_regionCombo);
    m_refreshSpin = new QSpinBox(general);
    m_refreshSpin->setObjectName(QStringLiteral("refreshSpin"));
    m_refreshSpin->setAccessibleName(tr("Refresh interval in seconds"));
    m_refreshSpin->setRange(0, 24 * 3600);
    m_refreshSpin->setSingleStep(30);
    m_refreshSpin->setSuffix(tr(" s"));
    m_refreshSpin->setSpecialValueText(tr("Never"));
    generalForm->addRow(tr("Re&fresh instances every:"), m_refreshSpin);
    m_languageCombo = new QComboBox(general);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->setAccessibleName(tr("Language"));
    m_languageCombo->addItem(tr("System default"), QString());
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_languageCombo->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_languageCombo->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    generalForm->addRow(tr("&Language:"), m_languageCombo);
    auto *languageNote = new QLabel(tr("A new language takes effect the next time Onramp starts."), general);
    languageNote->setTextFormat(Qt::PlainText);
    QPalette muted = languageNote->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    languageNote->setPalette(muted);
    generalForm->addRow(QString(), languageNote);
    m_appearanceCombo = new QComboBox(general);
    m_appearanceCombo->setObjectName(QStringLiteral("appearanceCombo"));
    m_appearanceCombo->setAccessibleName(tr("Appearance"));
    m_appearanceCombo->addItem(tr("Follow the system"), int(AppSettings::Appearance::System));
    m_appearanceCombo->addItem(tr("Light"), int(AppSettings::Appearance::Light));
    m_appearanceCombo->addItem(tr("Dark"), int(AppSettings::Appearance::Dark));
    generalForm->addRow(tr("&Appearance:"), m_appearanceCombo);
    m_tabs->addTab(general, tr("&General"));

    // --- Console identity ---
    auto *identityPage = new QWidget(m_tabs);
    auto *identityLayout = new QVBoxLayout(identityPage);
    auto *explain = new QLabel(tr("The console identity is the AWS principal Onramp acts as. Customer roles created "
                                  "from the CloudFormation template trust its AWS account."),
        identityPage);
    explain->setTextFormat(Qt::PlainText);
    explain->setWordWrap(true);
    identityLayout->addWidget(explain);
    m_sourceGroup = new QButtonGroup(this);
    m_envRadio
        = new QRadioButton(tr("From the &environment (AWS_ACCESS_KEY_ID… or the default profile)"), identityPage);
    m_envRadio->setObjectName(QStringLiteral("identityEnvironment"));
    m_profileRadio = new QRadioButton(tr("AWS &profile from ~/.aws:"), identityPage);
    m_profileRadio->setObjectName(QStringLiteral("identityProfile"));
    m_keychainRadio = new QRadioButton(tr("Access &keys kept in the system keychain:"), identityPage);
    m_keychainRadio->setObjectName(QStringLiteral("identityKeychain"));
    m_sourceGroup->addButton(m_envRadio, int(AppSettings::IdentitySource::Environment));
    m_sourceGroup->addButton(m_profileRadio, int(AppSettings::IdentitySource::Profile));
    m_sourceGroup->addButton(m_keychainRadio, int(AppSettings::IdentitySource::Keychain));
    identityLayout->addWidget(m_envRadio);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileRadio);
    m_profileCombo = new QComboBox(identityPage);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("AWS profile"));
    m_profileCombo->setEditable(true);
    m_profileCombo->addItems(awsProfiles());
    profileRow->addWidget(m_profileCombo, 1);
    identityLayout->addLayout(profileRow);
    identityLayout->addWidget(m_keychainRadio);
    auto *keysForm = new QFormLayout;
    keysForm->setContentsMargins(24, 0, 0, 0);
    m_keyIdEdit = new QLineEdit(identityPage);
    m_keyIdEdit->setObjectName(QStringLiteral("consoleKeyIdEdit"));
    m_keyIdEdit->setAccessibleName(tr("Console access key ID"));
    m_keyIdEdit->setFont(Theme::monospaceFont());
    keysForm->addRow(tr("Access key &ID:"), m_keyIdEdit);
    m_secretEdit = new QLineEdit(identityPage);
    m_secretEdit->setObjectName(QStringLiteral("consoleSecretEdit"));
    m_secretEdit->setAccessibleName(tr("Console secret access key"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_secretEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_secretEdit->setFont(Theme::monospaceFont());
    keysForm->addRow(tr("&Secret access key:"), m_secretEdit);
    m_forgetKeysButton = new QPushButton(tr("&Remove Keys from Keychain"), identityPage);
    m_forgetKeysButton->setObjectName(QStringLiteral("forgetConsoleKeys"));
    keysForm->addRow(QString(), m_forgetKeysButton);
    identityLayout->addLayout(keysForm);
    m_identityStatus = new QLabel(identityPage);
    m_identityStatus->setTextFormat(Qt::PlainText);
    m_identityStatus->setObjectName(QStringLiteral("identityStatus"));
    m_identityStatus->setWordWrap(true);
    identityLayout->addWidget(m_identityStatus);

    auto *onboarding = new QGroupBox(tr("New CloudFormation onboardings"), identityPage);
    auto *onboardingForm = new QFormLayout(onboarding);
    m_trustedEdit = new QLineEdit(onboarding);
    m_trustedEdit->setObjectName(QStringLiteral("trustedAccountEdit"));
    m_trustedEdit->setAccessibleName(tr("Trusted AWS account"));
    m_trustedEdit->setPlaceholderText(tr("the console identity's own account"));
    m_trustedEdit->setMaxLength(12);
    onboardingForm->addRow(tr("&Trusted account:"), m_trustedEdit);
    m_trustedMessage = new QLabel(onboarding);
    m_trustedMessage->setTextFormat(Qt::PlainText);
    onboardingForm->addRow(QString(), m_trustedMessage);
    m_templateUrlEdit = new QLineEdit(onboarding);
    m_templateUrlEdit->setObjectName(QStringLiteral("templateUrlEdit"));
    m_templateUrlEdit->setAccessibleName(tr("Template URL"));
    m_templateUrlEdit->setPlaceholderText(
        QStringLiteral("https://my-bucket.s3.amazonaws.com/onramp-discovery-role.json"));
    onboardingForm->addRow(tr("Template &URL:"), m_templateUrlEdit);
    m_templateUrlMessage
        = new QLabel(tr("Where you host the template, for quick-create links (optional)."), onboarding);
    m_templateUrlMessage->setTextFormat(Qt::PlainText);
    m_templateUrlMessage->setWordWrap(true);
    onboardingForm->addRow(QString(), m_templateUrlMessage);
    identityLayout->addWidget(onboarding);
    identityLayout->addStretch();
    m_tabs->addTab(identityPage, tr("Console &identity"));

    // --- Checks ---
    auto *checksPage = new QWidget(m_tabs);
    auto *checksLayout = new QVBoxLayout(checksPage);
    auto *checksIntro
        = new QLabel(tr("The same checks as <tt>onrampctl doctor</tt>: the database, the system keychain, "
                        "the console identity, the AWS endpoint and this computer's clock."),
            checksPage);
    checksIntro->setTextFormat(Qt::RichText);
    checksIntro->setWordWrap(true);
    checksLayout->addWidget(checksIntro);
    m_runChecksButton = new QPushButton(Theme::action("checks"), tr("Run &Checks"), checksPage);
    m_runChecksButton->setObjectName(QStringLiteral("runChecksButton"));
    m_runChecksButton->setAccessibleName(tr("Run the checks"));
    checksLayout->addWidget(m_runChecksButton, 0, Qt::AlignLeft);
    m_checkList = new QTreeWidget(checksPage);
    m_checkList->setObjectName(QStringLiteral("checkList"));
    m_checkList->setAccessibleName(tr("Check results"));
    m_checkList->setColumnCount(2);
    m_checkList->setHeaderLabels({ tr("Check"), tr("Result") });
    m_checkList->setRootIsDecorated(false);
    m_checkList->setWordWrap(true);
    m_checkList->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_checkList->header()->setStretchLastSection(true);
    m_checkList->setColumnWidth(0, 170);
    checksLayout->addWidget(m_checkList, 1);
    m_tabs->addTab(checksPage, tr("C&hecks"));

    auto *buttons
        = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    connect(m_sourceGroup, &QButtonGroup::idToggled, this, [this] { updateIdentityControls(); });
    connect(m_identity, &ConsoleIdentity::changed, this, &SettingsDialog::updateIdentityControls);
    connect(m_trustedEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateIdentityControls);
    connect(m_templateUrlEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateIdentityControls);
    connect(m_runChecksButton, &QPushButton::clicked, this, &SettingsDialog::runChecks);
    connect(m_forgetKeysButton, &QPushButton::clicked, this, [this] {
        m_services.secrets->remove(ConsoleIdentity::keychainKey(), this, [this](Result<void> removed) {
            if (!removed) {
                setMessage(
                    m_identityStatus, ErrorText::describe(removed.error()).message, Theme::errorColor(palette()));
                return;
            }
            m_settings->setKeychainKeyId(QString());
            m_keyIdEdit->clear();
            if (m_settings->identitySource() == AppSettings::IdentitySource::Keychain)
                m_identity->refresh();
            setMessage(m_identityStatus, tr("The console's keys were removed from the keychain."),
                palette().color(QPalette::WindowText));
        });
    });
    connect(m_checks, &Diagnostics::checkDone, this, [this](const DiagnosticCheck &c) {
        auto *item = new QTreeWidgetItem(m_checkList);
        item->setIcon(0, Theme::accountStatusIcon(c.ok ? AccountStatus::Active : AccountStatus::Failed));
        item->setText(0, c.title);
        item->setText(1, c.hint.isEmpty() ? c.detail : c.detail + QStringLiteral("\n→ ") + c.hint);
        item->setToolTip(1, PlainText::toolTip(item->text(1)));
    });
    connect(m_checks, &Diagnostics::finished, this, [this] {
        m_runChecksButton->setEnabled(true);
        m_runChecksButton->setText(tr("Run &Checks Again"));
    });

    load();
    resize(720, 560);
}

void SettingsDialog::load()
{
    const int region = m_regionCombo->findData(m_settings->homeRegion());
    m_regionCombo->setCurrentIndex(region >= 0 ? region : 0);
    m_refreshSpin->setValue(m_settings->refreshIntervalSecs());
    const int language = m_languageCombo->findData(m_settings->language());
    m_languageCombo->setCurrentIndex(language >= 0 ? language : 0);
    m_appearanceCombo->setCurrentIndex(m_appearanceCombo->findData(int(m_settings->appearance())));
    if (QAbstractButton *b = m_sourceGroup->button(int(m_settings->identitySource())))
        b->setChecked(true);
    m_profileCombo->setCurrentText(m_settings->awsProfile());
    m_keyIdEdit->setText(m_settings->keychainKeyId());
    m_trustedEdit->setText(m_settings->trustedAccountOverride());
    m_templateUrlEdit->setText(m_settings->templateUrl().toString());
    updateIdentityControls();
}

void SettingsDialog::updateIdentityControls()
{
    const auto source = AppSettings::IdentitySource(m_sourceGroup->checkedId());
    m_profileCombo->setEnabled(source == AppSettings::IdentitySource::Profile);
    const bool keys = source == AppSettings::IdentitySource::Keychain;
    m_keyIdEdit->setEnabled(keys);
    m_secretEdit->setEnabled(keys);
    m_forgetKeysButton->setEnabled(!m_settings->keychainKeyId().isEmpty());
    m_secretEdit->setPlaceholderText(
        m_settings->keychainKeyId().isEmpty() ? QString() : tr("stored — type to replace"));

    switch (m_identity->state()) {
    case ConsoleIdentity::State::Known:
        setMessage(m_identityStatus,
            tr("In use: %1, AWS account %2.").arg(m_identity->sourceText(), m_identity->accountId()),
            Theme::successColor(palette()));
        break;
    case ConsoleIdentity::State::Failed:
        setMessage(m_identityStatus, tr("In use: %1 — %2").arg(m_identity->sourceText(), m_identity->errorText()),
            Theme::errorColor(palette()));
        break;
    default:
        setMessage(m_identityStatus, tr("Looking up the console identity…"), palette().color(QPalette::WindowText));
        break;
    }

    const QString trusted = m_trustedEdit->text().trimmed();
    if (trusted.isEmpty())
        setMessage(m_trustedMessage, tr("Templates trust the console identity's own account."),
            palette().color(QPalette::PlaceholderText));
    else if (Arn::isAccountId(trusted))
        setMessage(
            m_trustedMessage, tr("✓ Templates trust AWS account %1.").arg(trusted), Theme::successColor(palette()));
    else
        setMessage(m_trustedMessage, tr("An AWS account id is exactly 12 digits."), Theme::errorColor(palette()));

    const QString url = m_templateUrlEdit->text().trimmed();
    if (url.isEmpty())
        setMessage(m_templateUrlMessage, tr("Where you host the template, for quick-create links (optional)."),
            palette().color(QPalette::PlaceholderText));
    else if (const QUrl u(url); u.isValid() && u.scheme() == QLatin1StringView("https") && !u.host().isEmpty())
        setMessage(m_templateUrlMessage, tr("✓ Quick-create links will point CloudFormation at this URL."),
            Theme::successColor(palette()));
    else
        setMessage(m_templateUrlMessage, tr("The template URL must be an https:// address CloudFormation can read."),
            Theme::errorColor(palette()));
}

QString SettingsDialog::validationError() const
{
    const QString trusted = m_trustedEdit->text().trimmed();
    if (!trusted.isEmpty() && !Arn::isAccountId(trusted))
        return tr("The trusted account must be a 12-digit AWS account id.");
    const QString url = m_templateUrlEdit->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl u(url);
        if (!u.isValid() || u.scheme() != QLatin1StringView("https") || u.host().isEmpty())
            return tr("The template URL must be an https:// address.");
    }
    const auto source = AppSettings::IdentitySource(m_sourceGroup->checkedId());
    if (source == AppSettings::IdentitySource::Profile && m_profileCombo->currentText().trimmed().isEmpty())
        return tr("Choose an AWS profile.");
    if (source == AppSettings::IdentitySource::Keychain) {
        const QString keyId = m_keyIdEdit->text().trimmed();
        if (!OnboardingService::isValidAccessKeyId(keyId))
            return tr("The console's access key ID must be AKIA or ASIA followed by 16 capital letters or digits.");
        if (m_secretEdit->text().isEmpty() && keyId != m_settings->keychainKeyId())
            return tr("Enter the secret access key of %1.").arg(keyId);
    }
    return {};
}

void SettingsDialog::apply()
{
    if (const QString error = validationError(); !error.isEmpty()) {
        m_tabs->setCurrentIndex(1);
        setMessage(m_identityStatus, error, Theme::errorColor(palette()));
        return;
    }
    m_settings->setHomeRegion(m_regionCombo->currentData().toString());
    const QString region = m_settings->homeRegion();
    m_services.aws->setHomeRegion(region.isEmpty() ? CredentialsChain::resolveRegion() : region);
    m_settings->setRefreshIntervalSecs(m_refreshSpin->value());
    m_services.discovery->setRefreshIntervalMs(m_refreshSpin->value() * 1000);
    m_settings->setLanguage(m_languageCombo->currentData().toString());
    const auto appearance = AppSettings::Appearance(m_appearanceCombo->currentData().toInt());
    if (appearance != m_settings->appearance()) {
        m_settings->setAppearance(appearance);
        Theme::applyAppearance(appearance);
    }
    m_settings->setTrustedAccountOverride(m_trustedEdit->text().trimmed());
    m_settings->setTemplateUrl(QUrl(m_templateUrlEdit->text().trimmed()));

    const auto source = AppSettings::IdentitySource(m_sourceGroup->checkedId());
    const bool identityChanged = source != m_settings->identitySource()
        || (source == AppSettings::IdentitySource::Profile
            && m_profileCombo->currentText().trimmed() != m_settings->awsProfile());
    m_settings->setIdentitySource(source);
    m_settings->setAwsProfile(m_profileCombo->currentText().trimmed());
    if (source == AppSettings::IdentitySource::Keychain && !m_secretEdit->text().isEmpty()) {
        // "<key id>\n<secret>" goes to the keychain only; the field is emptied as soon as the bytes are taken.
        const QString keyId = m_keyIdEdit->text().trimmed();
        // Shares the field's buffer until setText() (which also empties the undo history) leaves it the only one.
        QString secretText = m_secretEdit->text();
        m_secretEdit->setText(QString());
        // Every buffer that holds the secret is named and wiped: no temporary of an expression (such as
        // `secretText.toUtf8()` inside a concatenation) is freed with the secret in it, and the entry is allocated
        // once, so appending never reallocates and leaves a copy behind.
        QByteArray secretUtf8 = secretText.toUtf8();
        SecretBytes::wipe(secretText);
        const QByteArray keyBytes = keyId.toLatin1();
        QByteArray entry;
        entry.reserve(keyBytes.size() + 1 + secretUtf8.size());
        entry.append(QByteArrayView(keyBytes)).append('\n').append(QByteArrayView(secretUtf8));
        SecretBytes::wipe(secretUtf8);
        const SecretBytes secret(entry);
        SecretBytes::wipe(entry);
        setMessage(
            m_identityStatus, tr("Saving the keys in the system keychain…"), palette().color(QPalette::WindowText));
        // The dialog may be closed before the keychain answers: the identity object outlives it.
        QPointer<SettingsDialog> self(this);
        AppSettings *settings = m_settings;
        ConsoleIdentity *identity = m_identity;
        m_services.secrets->write(ConsoleIdentity::keychainKey(), secret, m_identity,
            [self, settings, identity, keyId](Result<void> written) {
                if (!written) {
                    if (self) {
                        const ErrorText t = ErrorText::describe(written.error());
                        setMessage(self->m_identityStatus, t.message + QLatin1Char(' ') + t.hint,
                            Theme::errorColor(self->palette()));
                    }
                    return;
                }
                settings->setKeychainKeyId(keyId);
                identity->refresh();
            });
        return;
    }
    if (identityChanged)
        m_identity->refresh();
}

void SettingsDialog::accept()
{
    if (!validationError().isEmpty()) {
        apply(); // shows the problem
        return;
    }
    apply();
    QDialog::accept();
}

void SettingsDialog::runChecks()
{
    m_tabs->setCurrentIndex(2);
    m_checkList->clear();
    m_runChecksButton->setEnabled(false);
    m_runChecksButton->setText(tr("Checking…"));
    m_checks->run();
}

void SettingsDialog::showChecksTab()
{
    m_tabs->setCurrentIndex(2);
}
