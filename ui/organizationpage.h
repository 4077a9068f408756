// OrganizationPage: the wizard's AWS Organization tab — the organization template, where its member roles go, the
// management account's role and the accounts or OUs to leave out.
#pragma once

#include "models/account.h"
#include "ui/consoleservices.h"

#include <QStringList>
#include <QWidget>

class AppSettings;
class ConsoleIdentity;
class QLabel;
class RoleArnInput;
class QLineEdit;
class QPushButton;
class TemplatePanel;

/// Shows the template of one pending organization record (TemplateBuilder::buildOrganizationJson with the record's
/// External ID, the console identity's account as the trusted account and the target root/OU ids typed in "Target
/// OUs"; without them the page says the template needs the organization's root id), with the hand-out actions of
/// TemplatePanel, numbered instructions, the management account's Role ARN (or account id) validated as the user
/// types (Arn), and optional "Exclude accounts" / "Exclude OUs" fields (ids separated by commas or spaces, each
/// checked as typed). Verify is requested from the wizard, which owns the flow; it is enabled only when every field
/// is valid, so nothing invalid ever reaches a request.
class OrganizationPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationPage)
public:
    OrganizationPage(
        const ConsoleServices &services, ConsoleIdentity *identity, AppSettings *settings, QWidget *parent = nullptr);

    /// Shows the template of pending organization record \a record.
    void setRecord(const Account &record);
    /// Shows why there is no record (e.g. the plan's limit) instead of a template.
    void setRecordError(const QString &message, const QString &hint);
    QString recordId() const { return m_record.id; }
    bool templateHandedOut() const;
    /// The template shown (empty while it cannot be built).
    QByteArray templateJson() const;
    static QString templateFileName() { return QStringLiteral("onramp-organization.json"); }
    static QString stackName() { return QStringLiteral("Onramp-Organization"); }

    QString friendlyName() const;
    QString roleArnText() const;
    void setRoleArnText(const QString &text);
    void setTargetsText(const QString &text);
    void setExcludedAccountsText(const QString &text);
    void setExcludedOusText(const QString &text);
    /// The ids typed in each list field (split at commas and white space).
    QStringList targetIds() const;
    QStringList excludedAccounts() const;
    QStringList excludedOus() const;
    /// True when the Role ARN is a role ARN or a 12-digit account id and every exclusion is a valid id.
    bool inputValid() const;
    void focusRoleArn();

Q_SIGNALS:
    void verifyRequested();

private:
    static QStringList split(const QString &text);
    void rebuildTemplate();
    void validateTargets();
    void validateExclusions();
    void updateButtons();

    ConsoleServices m_services;
    ConsoleIdentity *m_identity;
    AppSettings *m_settings;
    Account m_record;
    bool m_targetsValid = false;
    bool m_exclusionsValid = true;

    QLineEdit *m_targetsEdit;
    QLabel *m_targetsMessage;
    QLabel *m_templateStatus;
    TemplatePanel *m_panel;
    QLineEdit *m_nameEdit;
    RoleArnInput *m_roleArn;
    QLineEdit *m_excludeAccountsEdit;
    QLineEdit *m_excludeOusEdit;
    QLabel *m_exclusionsMessage;
};
