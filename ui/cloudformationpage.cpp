// CloudFormationPage: template, launch actions and the Role ARN field.
#include "ui/cloudformationpage.h"

#include "aws/arn.h"
#include "aws/templatebuilder.h"
#include "models/errortext.h"
#include "models/onboardingservice.h"
#include "ui/appsettings.h"
#include "ui/consoleidentity.h"
#include "ui/rolearninput.h"
#include "ui/templatepanel.h"
#include "ui/theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

CloudFormationPage::CloudFormationPage(
    const ConsoleServices &services, ConsoleIdentity *identity, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_identity(identity)
    , m_settings(settings)
{
    auto *layout = new QVBoxLayout(this);

    auto *proCon = new QLabel(this);
    proCon->setTextFormat(Qt::RichText);
    proCon->setObjectName(QStringLiteral("cfnProCon"));
    proCon->setWordWrap(true);
    proCon->setText(tr("<b>Pro:</b> no long-lived secret — Onramp assumes a read-only role that accepts only this "
                       "onboarding's External ID.<br><b>Con:</b> someone allowed to create IAM roles must create a "
                       "CloudFormation stack in the account (a few minutes)."));
    layout->addWidget(proCon);
    layout->addSpacing(4);

    layout->addWidget(heading(tr("1. Create the role in the AWS account you want to connect"), this));
    auto *steps = new QLabel(this);
    steps->setObjectName(QStringLiteral("cfnInstructions"));
    steps->setWordWrap(true);
    steps->setTextFormat(Qt::RichText);
    steps->setText(QStringLiteral(
        "<ol style=\"margin-left:0px; -qt-list-indent:1;\"><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ol>")
                       .arg(tr("Sign in to the AWS console of that account as someone allowed to create IAM roles."),
                           tr("Open CloudFormation and create a stack with this template: upload the file from "
                              "<i>Save as…</i>, use <i>Open quick-create</i>, or run the AWS CLI command."),
                           tr("Keep the parameters as they are, acknowledge that the stack creates a named IAM role, "
                              "and create the stack."),
                           tr("When the stack shows CREATE_COMPLETE, copy <b>RoleArn</b> from its Outputs tab and "
                              "paste it below.")));
    layout->addWidget(steps);

    m_templateStatus = new QLabel(this);
    m_templateStatus->setObjectName(QStringLiteral("templateStatus"));
    m_templateStatus->setWordWrap(true);
    m_templateStatus->setTextFormat(Qt::RichText);
    connect(m_templateStatus, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1StringView("retry"))
            m_identity->refresh();
    });
    layout->addWidget(m_templateStatus);

    m_panel = new TemplatePanel(m_settings, templateFileName(), QString(), this);
    m_panel->setQuickCreate([this](const QUrl &templateUrl) -> Result<QUrl> {
        const Result<TemplateOptions> options = m_services.onboarding->templateOptions(
            m_services.user, m_record.id, m_identity->trustedAccountId(m_record.region));
        if (!options)
            return options.error();
        return TemplateBuilder::quickCreateUrl(m_record.region, templateUrl, stackName(), *options);
    });
    layout->addWidget(m_panel, 1);

    layout->addSpacing(6);
    layout->addWidget(heading(tr("2. Tell Onramp which role the stack created"), this));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("cfnNameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Production"));
    m_nameEdit->setAccessibleName(tr("Account name (optional)"));
    m_nameEdit->setMaxLength(100);
    form->addRow(tr("&Name (optional):"), m_nameEdit);

    m_roleArn = new RoleArnInput(
        RoleArnInput::Texts { tr("Role ARN or AWS account id"), tr("Verify the role"),
            tr("Paste the stack's RoleArn output, or just the 12-digit AWS account id it was created in."),
            tr("✓ AWS account %1 — the role %2 that the template creates there."), tr("✓ AWS account %1, role %2") },
        RoleArnInput::Names { "roleArnEdit", "verifyButton", "roleArnMessage" }, this);
    form->addRow(tr("&Role ARN:"), m_roleArn);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_roleArn)))
        label->setBuddy(m_roleArn->edit());
    form->addRow(QString(), m_roleArn->message());
    layout->addLayout(form);

    connect(m_roleArn, &RoleArnInput::checked, this, &CloudFormationPage::updateButtons);
    connect(m_roleArn, &RoleArnInput::verifyRequested, this, &CloudFormationPage::verifyRequested);
    connect(m_identity, &ConsoleIdentity::changed, this, &CloudFormationPage::rebuildTemplate);
    connect(m_settings, &AppSettings::changed, this, &CloudFormationPage::rebuildTemplate);

    setTabOrder(m_panel->lastInTabOrder(), m_nameEdit);
    setTabOrder(m_nameEdit, m_roleArn->edit());
    setTabOrder(m_roleArn->edit(), m_roleArn->verifyButton());

    m_templateStatus->setText(tr("Preparing a new onboarding…"));
    updateButtons();
}

void CloudFormationPage::setRecord(const Account &record)
{
    m_record = record;
    if (m_nameEdit->text().isEmpty())
        m_nameEdit->setText(record.friendlyName);
    rebuildTemplate();
}

void CloudFormationPage::setRecordError(const QString &message, const QString &hint)
{
    m_record = Account();
    m_panel->clear();
    RoleArnInput::setMessage(m_templateStatus,
        hint.isEmpty() ? message.toHtmlEscaped()
                       : message.toHtmlEscaped() + QStringLiteral("<br>") + hint.toHtmlEscaped(),
        Theme::errorColor(palette()));
    updateButtons();
}

void CloudFormationPage::rebuildTemplate()
{
    if (m_record.id.isEmpty())
        return;
    m_panel->clear();
    const QString trusted = m_identity->trustedAccountId(m_record.region);
    if (trusted.isEmpty()) {
        if (m_identity->state() == ConsoleIdentity::State::Failed) {
            RoleArnInput::setMessage(m_templateStatus,
                tr("The template names the AWS account allowed to assume the role — the account this console "
                   "runs as — and Onramp could not find it out: %1<br>Set a trusted account in Settings, or "
                   "fix the console identity and <a href=\"retry\">try again</a>.")
                    .arg(m_identity->errorText().toHtmlEscaped()),
                Theme::errorColor(palette()));
        } else {
            RoleArnInput::setMessage(m_templateStatus, tr("Looking up the AWS account this console runs as…"),
                palette().color(QPalette::WindowText));
        }
        updateButtons();
        return;
    }
    const Result<TemplateOptions> options
        = m_services.onboarding->templateOptions(m_services.user, m_record.id, trusted);
    Result<QByteArray> json = options ? TemplateBuilder::buildJson(*options) : Result<QByteArray>(options.error());
    if (!json) {
        const ErrorText text = ErrorText::describe(json.error());
        setRecordError(text.message, text.hint);
        return;
    }
    const Result<QString> cli
        = TemplateBuilder::createStackCommand(m_record.region, stackName(), templateFileName(), *options);
    const Result<QByteArray> terraform = TemplateBuilder::buildTerraform(*options);
    m_panel->setDocument(*json, cli ? *cli : QString(), terraform ? *terraform : QByteArray());
    RoleArnInput::setMessage(m_templateStatus,
        tr("The role trusts AWS account %1 and only with this onboarding's External ID <tt>%2</tt>. Region of "
           "the stack: %3.")
            .arg(trusted, m_record.externalId.toHtmlEscaped(), m_record.region),
        palette().color(QPalette::WindowText));
    updateButtons();
}

bool CloudFormationPage::templateHandedOut() const
{
    return m_panel->handedOut();
}

QByteArray CloudFormationPage::templateJson() const
{
    return m_panel->document();
}

QString CloudFormationPage::cliCommand() const
{
    return m_panel->cliCommand();
}

QString CloudFormationPage::saveTemplateTo(const QString &path)
{
    return m_panel->saveTo(path);
}

void CloudFormationPage::updateButtons()
{
    m_roleArn->setVerifyEnabled(m_roleArn->valid() && !m_record.id.isEmpty());
}

bool CloudFormationPage::roleArnValid() const
{
    return m_roleArn->valid();
}

QString CloudFormationPage::roleArnText() const
{
    return m_roleArn->text();
}

void CloudFormationPage::setRoleArnText(const QString &text)
{
    m_roleArn->setText(text);
}

QString CloudFormationPage::friendlyName() const
{
    return m_nameEdit->text().trimmed();
}

void CloudFormationPage::focusRoleArn()
{
    m_roleArn->focus();
}
