// StackUpdateDialog: a connected account's current template and the steps to update its stack.
#include "ui/stackupdatedialog.h"

#include "aws/arn.h"
#include "aws/templatebuilder.h"
#include "models/errortext.h"
#include "models/onboardingservice.h"
#include "ui/cloudformationpage.h"
#include "ui/consoleidentity.h"
#include "ui/plaintext.h"
#include "ui/templatepanel.h"
#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

StackUpdateDialog::StackUpdateDialog(const ConsoleServices &services, ConsoleIdentity *identity, AppSettings *settings,
    const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_identity(identity)
    , m_account(account)
{
    setObjectName(QStringLiteral("stackUpdateDialog"));
    const QString label = account.friendlyName.isEmpty() ? account.awsAccountId : account.friendlyName;
    setWindowTitle(tr("New template for %1 — Onramp").arg(label));
    setWindowIcon(Theme::appIcon());
    auto *layout = new QVBoxLayout(this);

    auto *steps = PlainText::literal(new QLabel(this)); // the stack name is ours, the account label is not
    steps->setObjectName(QStringLiteral("stackUpdateSteps"));
    steps->setWordWrap(true);
    steps->setText(tr("To let Onramp list the databases of AWS account %1, update its stack in place (the role, its "
                      "External ID and everything else stay as they are):\n"
                      "1. Save the template below (Save as…) or copy it.\n"
                      "2. Sign in to the AWS console of account %1 and open CloudFormation → Stacks → %2 (the stack "
                      "that created the role).\n"
                      "3. Choose Update → Replace current template → Upload a template file, pick the saved file, "
                      "keep the parameters, acknowledge that the stack changes an IAM role, and submit.\n"
                      "4. When the stack shows UPDATE_COMPLETE, Onramp lists the databases at its next refresh.")
                       .arg(account.awsAccountId, CloudFormationPage::stackName()));
    layout->addWidget(steps);

    m_status = PlainText::literal(new QLabel(this));
    m_status->setObjectName(QStringLiteral("stackUpdateStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_panel = new TemplatePanel(settings, CloudFormationPage::templateFileName(), QStringLiteral("update"), this);
    m_panel->setCreateActionsVisible(false);
    layout->addWidget(m_panel, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (m_identity)
        connect(m_identity, &ConsoleIdentity::changed, this, &StackUpdateDialog::rebuild);
    resize(760, 620);
    rebuild();
}

QByteArray StackUpdateDialog::templateJson() const
{
    return m_panel->document();
}

QString StackUpdateDialog::statusText() const
{
    return m_status->text();
}

void StackUpdateDialog::rebuild()
{
    m_panel->clear();
    const QString trusted = m_identity ? m_identity->trustedAccountId() : QString();
    if (trusted.isEmpty()) {
        m_status->setText(m_identity && m_identity->state() == ConsoleIdentity::State::Failed
                ? tr("The template names the AWS account allowed to assume the role — the account this console "
                     "runs as — and Onramp could not find it out: %1")
                      .arg(m_identity->errorText())
                : tr("Looking up the AWS account this console runs as…"));
        return;
    }
    // The role keeps its name: the template's default is the name the stack gave it.
    const Result<Arn> role = Arn::parseRoleArn(m_account.roleArn);
    const Result<TemplateOptions> options = m_services.onboarding->templateOptions(
        m_services.user, m_account.id, trusted, role ? role->roleName() : QString());
    const Result<QByteArray> json
        = options ? TemplateBuilder::buildJson(*options) : Result<QByteArray>(options.error());
    if (!json) {
        const ErrorText text = ErrorText::describe(json.error());
        m_status->setText(text.hint.isEmpty() ? text.message : text.message + QLatin1Char('\n') + text.hint);
        return;
    }
    m_panel->setDocument(*json, {});
    m_status->setText(tr("The role trusts AWS account %1 and only with this account's External ID %2.")
                          .arg(trusted, m_account.externalId));
}
