// StackUpdateDialog: the current CloudFormation template of a connected account, with how to update its stack.
#pragma once

#include "models/account.h"
#include "ui/consoleservices.h"

#include <QDialog>

class AppSettings;
class ConsoleIdentity;
class QLabel;
class TemplatePanel;

/// Shows the template that a connected IAM-role account's stack should now have (TemplateBuilder::buildJson with the
/// record's External ID, its role's name and the console identity's trusted account, as the wizard's CloudFormation
/// page builds it), with the steps to update the stack in place (CloudFormation console → the stack → Update →
/// Replace current template) and the panel's Copy / Save as… actions. The create-only actions (quick-create, the
/// create-stack command) are hidden: they would make a second stack. Everything untrusted is plain text.
class StackUpdateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackUpdateDialog)
public:
    /// \a identity may be null: the template then cannot name its trusted account, and the dialog says so.
    StackUpdateDialog(const ConsoleServices &services, ConsoleIdentity *identity, AppSettings *settings,
        const Account &account, QWidget *parent = nullptr);

    /// The template shown (empty while it cannot be built).
    QByteArray templateJson() const;
    /// What the dialog says about the template (where it comes from, or why there is none).
    QString statusText() const;

private:
    void rebuild();

    ConsoleServices m_services;
    ConsoleIdentity *m_identity;
    Account m_account;
    QLabel *m_status;
    TemplatePanel *m_panel;
};
