// CloudFormationPage: the wizard's CloudFormation tab — the template, ways to launch it, and the Role ARN.
#pragma once

#include "models/account.h"
#include "ui/consoleservices.h"

#include <QWidget>

class AppSettings;
class ConsoleIdentity;
class QLabel;
class RoleArnInput;
class QLineEdit;
class QPushButton;
class TemplatePanel;

/// Shows the template of one pending CloudFormation record (TemplateBuilder::buildJson with the record's
/// External ID and the console identity's account as the trusted account), with Copy, Save as…, quick-create and
/// AWS CLI actions (TemplatePanel), numbered instructions, and a Role ARN field validated as the user types
/// (Arn::parseRoleArn; a bare 12-digit account id is accepted and means the template's role there). Verify is requested
/// from the wizard, which owns the flow. The clipboard only ever receives the template or the CLI command.
class CloudFormationPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudFormationPage)
public:
    CloudFormationPage(
        const ConsoleServices &services, ConsoleIdentity *identity, AppSettings *settings, QWidget *parent = nullptr);

    /// Shows the template of pending record \a record.
    void setRecord(const Account &record);
    /// Shows why there is no record (e.g. the trial plan's limit) instead of a template.
    void setRecordError(const QString &message, const QString &hint);
    QString recordId() const { return m_record.id; }
    /// True once the template left the app (copied, saved, quick-create opened, CLI command copied).
    bool templateHandedOut() const;
    /// The template shown (empty while it cannot be built).
    QByteArray templateJson() const;
    /// The `aws cloudformation create-stack` command for the template saved as templateFileName().
    QString cliCommand() const;
    static QString templateFileName() { return QStringLiteral("onramp-discovery-role.json"); }
    static QString stackName() { return QStringLiteral("Onramp-Discovery"); }

    QString roleArnText() const;
    void setRoleArnText(const QString &text);
    QString friendlyName() const;
    /// True when the Role ARN field holds a role ARN or a 12-digit account id.
    bool roleArnValid() const;
    void focusRoleArn();

    /// Writes the template to \a path (it is a few KB: written synchronously). Returns an error text or empty.
    QString saveTemplateTo(const QString &path);

Q_SIGNALS:
    void verifyRequested();

private:
    void rebuildTemplate();
    void updateButtons();

    ConsoleServices m_services;
    ConsoleIdentity *m_identity;
    AppSettings *m_settings;
    Account m_record;

    QLabel *m_templateStatus;
    TemplatePanel *m_panel;
    QLineEdit *m_nameEdit;
    RoleArnInput *m_roleArn;
};
