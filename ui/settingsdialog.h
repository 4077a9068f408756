// SettingsDialog: console identity, onboarding defaults, region, refresh, language, appearance, and checks.
#pragma once

#include "ui/consoleservices.h"

#include <QDialog>

class AppSettings;
class ConsoleIdentity;
class Diagnostics;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

/// Edits AppSettings (QSettings) and applies them: the console identity (the AWS credentials chain, a profile
/// from ~/.aws, or access keys the user types here, which go to the system keychain through SecretStore and never
/// to QSettings), the trusted-account override and template URL of new CloudFormation onboardings, the home
/// region, the refresh interval (DiscoveryService::setRefreshIntervalMs), the language (at the next start) and
/// the appearance (at once). "Run checks" shows the preflight checks of `onrampctl doctor`.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    SettingsDialog(
        const ConsoleServices &services, ConsoleIdentity *identity, AppSettings *settings, QWidget *parent = nullptr);

    /// Saves and applies what is shown. Keychain writes finish asynchronously (see the status line).
    void apply();
    void runChecks();
    Diagnostics *checks() const { return m_checks; }
    void showChecksTab();

    void accept() override;

private:
    void load();
    void updateIdentityControls();
    QString validationError() const;

    ConsoleServices m_services;
    ConsoleIdentity *m_identity;
    AppSettings *m_settings;
    Diagnostics *m_checks;

    QTabWidget *m_tabs;
    QComboBox *m_regionCombo;
    QSpinBox *m_refreshSpin;
    QComboBox *m_languageCombo;
    QComboBox *m_appearanceCombo;
    QButtonGroup *m_sourceGroup;
    QRadioButton *m_envRadio;
    QRadioButton *m_profileRadio;
    QRadioButton *m_keychainRadio;
    QComboBox *m_profileCombo;
    QLineEdit *m_keyIdEdit;
    QLineEdit *m_secretEdit;
    QPushButton *m_forgetKeysButton;
    QLabel *m_identityStatus;
    QLineEdit *m_trustedEdit;
    QLabel *m_trustedMessage;
    QLineEdit *m_templateUrlEdit;
    QLabel *m_templateUrlMessage;
    QPushButton *m_runChecksButton;
    QTreeWidget *m_checkList;
};
