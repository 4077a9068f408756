// CloudFormationPage: template, launch actions and the Role ARN field.
#include "ui/cloudformationpage.h"

#include "aws/arn.h"
#include "aws/templatebuilder.h"
#include "models/errortext.h"
#include "models/onboardingservice.h"
#include "ui/appsettings.h"
#include "ui/consoleidentity.h"
#include "ui/plaintext.h"
#include "ui/theme.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
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

void setMessage(QLabel *label, const QString &text, const QColor &color)
{
    label->setText(text);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
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

    m_templateView = new QPlainTextEdit(this);
    m_templateView->setObjectName(QStringLiteral("templateView"));
    m_templateView->setReadOnly(true);
    m_templateView->setFont(Theme::monospaceFont());
    m_templateView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_templateView->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_templateView->setAccessibleName(tr("CloudFormation template"));
    m_templateView->setMinimumHeight(150);
    m_templateView->setTabChangesFocus(true);
    layout->addWidget(m_templateView, 1);

    auto *buttons = new QHBoxLayout;
    m_copyButton = new QPushButton(Theme::action("copy"), tr("&Copy template"), this);
    m_copyButton->setObjectName(QStringLiteral("copyTemplateButton"));
    m_copyButton->setAccessibleName(tr("Copy the template to the clipboard"));
    m_saveButton = new QPushButton(Theme::action("save"), tr("&Save as…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveTemplateButton"));
    m_saveButton->setAccessibleName(tr("Save the template as a file"));
    m_quickCreateButton = new QPushButton(Theme::action("open-external"), tr("Open &quick-create"), this);
    m_quickCreateButton->setObjectName(QStringLiteral("quickCreateButton"));
    m_quickCreateButton->setAccessibleName(tr("Open the CloudFormation quick-create page in the browser"));
    m_cliButton = new QPushButton(Theme::action("terminal"), tr("Copy AWS C&LI command"), this);
    m_cliButton->setObjectName(QStringLiteral("copyCliButton"));
    m_cliButton->setAccessibleName(tr("Copy the AWS CLI command that creates the stack"));
    m_copiedLabel = new QLabel(this);
    m_copiedLabel->setTextFormat(Qt::PlainText);
    m_copiedLabel->setObjectName(QStringLiteral("copiedLabel"));
    m_copiedLabel->setAccessibleName(tr("Confirmation"));
    for (QPushButton *b : { m_copyButton, m_saveButton, m_quickCreateButton, m_cliButton })
        buttons->addWidget(b);
    buttons->addWidget(m_copiedLabel);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_copiedTimer = new QTimer(this);
    m_copiedTimer->setSingleShot(true);
    m_copiedTimer->setInterval(2500);
    connect(m_copiedTimer, &QTimer::timeout, m_copiedLabel, &QLabel::clear);

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

    auto *arnRow = new QHBoxLayout;
    m_arnEdit = new QLineEdit(this);
    m_arnEdit->setObjectName(QStringLiteral("roleArnEdit"));
    m_arnEdit->setPlaceholderText(QStringLiteral("arn:aws:iam::123456789012:role/OnrampDiscoveryRole"));
    m_arnEdit->setAccessibleName(tr("Role ARN or AWS account id"));
    m_arnEdit->setFont(Theme::monospaceFont());
    m_arnEdit->setClearButtonEnabled(true);
    m_verifyButton = new QPushButton(Theme::action("revalidate"), tr("&Verify"), this);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setAccessibleName(tr("Verify the role"));
    arnRow->addWidget(m_arnEdit, 1);
    arnRow->addWidget(m_verifyButton);
    form->addRow(tr("&Role ARN:"), arnRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(arnRow)))
        label->setBuddy(m_arnEdit);
    m_arnMessage = new QLabel(this);
    m_arnMessage->setTextFormat(Qt::PlainText);
    m_arnMessage->setObjectName(QStringLiteral("roleArnMessage"));
    m_arnMessage->setWordWrap(true);
    m_arnMessage->setAccessibleName(tr("Role ARN check"));
    form->addRow(QString(), m_arnMessage);
    layout->addLayout(form);

    connect(m_copyButton, &QPushButton::clicked, this, &CloudFormationPage::copyTemplate);
    connect(m_saveButton, &QPushButton::clicked, this, &CloudFormationPage::saveTemplate);
    connect(m_quickCreateButton, &QPushButton::clicked, this, &CloudFormationPage::openQuickCreate);
    connect(m_cliButton, &QPushButton::clicked, this, &CloudFormationPage::copyCliCommand);
    connect(m_arnEdit, &QLineEdit::textChanged, this, &CloudFormationPage::validateRoleArn);
    connect(m_arnEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_verifyButton->isEnabled())
            Q_EMIT verifyRequested();
    });
    connect(m_verifyButton, &QPushButton::clicked, this, &CloudFormationPage::verifyRequested);
    connect(m_identity, &ConsoleIdentity::changed, this, &CloudFormationPage::rebuildTemplate);
    connect(m_settings, &AppSettings::changed, this, &CloudFormationPage::rebuildTemplate);

    setTabOrder(m_templateView, m_copyButton);
    setTabOrder(m_copyButton, m_saveButton);
    setTabOrder(m_saveButton, m_quickCreateButton);
    setTabOrder(m_quickCreateButton, m_cliButton);
    setTabOrder(m_cliButton, m_nameEdit);
    setTabOrder(m_nameEdit, m_arnEdit);
    setTabOrder(m_arnEdit, m_verifyButton);

    m_templateStatus->setText(tr("Preparing a new onboarding…"));
    validateRoleArn();
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
    m_template.clear();
    m_cliCommand.clear();
    m_templateView->clear();
    setMessage(m_templateStatus,
        hint.isEmpty() ? message.toHtmlEscaped()
                       : message.toHtmlEscaped() + QStringLiteral("<br>") + hint.toHtmlEscaped(),
        Theme::errorColor(palette()));
    updateButtons();
}

void CloudFormationPage::rebuildTemplate()
{
    if (m_record.id.isEmpty())
        return;
    m_template.clear();
    m_cliCommand.clear();
    const QString trusted = m_identity->trustedAccountId();
    if (trusted.isEmpty()) {
        m_templateView->clear();
        if (m_identity->state() == ConsoleIdentity::State::Failed) {
            setMessage(m_templateStatus,
                tr("The template names the AWS account allowed to assume the role — the account this console "
                   "runs as — and Onramp could not find it out: %1<br>Set a trusted account in Settings, or "
                   "fix the console identity and <a href=\"retry\">try again</a>.")
                    .arg(m_identity->errorText().toHtmlEscaped()),
                Theme::errorColor(palette()));
        } else {
            setMessage(m_templateStatus, tr("Looking up the AWS account this console runs as…"),
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
    m_template = *json;
    const Result<QString> cli
        = TemplateBuilder::createStackCommand(m_record.region, stackName(), templateFileName(), *options);
    m_cliCommand = cli ? *cli : QString();
    m_templateView->setPlainText(QString::fromUtf8(m_template));
    setMessage(m_templateStatus,
        tr("The role trusts AWS account %1 and only with this onboarding's External ID <tt>%2</tt>. Region of "
           "the stack: %3.")
            .arg(trusted, m_record.externalId.toHtmlEscaped(), m_record.region),
        palette().color(QPalette::WindowText));
    updateButtons();
}

void CloudFormationPage::updateButtons()
{
    const bool haveTemplate = !m_template.isEmpty();
    m_copyButton->setEnabled(haveTemplate);
    m_saveButton->setEnabled(haveTemplate);
    m_cliButton->setEnabled(haveTemplate && !m_cliCommand.isEmpty());
    const QUrl url = m_settings->templateUrl();
    const bool quickCreate = haveTemplate && url.isValid() && url.scheme() == QLatin1StringView("https");
    m_quickCreateButton->setEnabled(quickCreate);
    m_quickCreateButton->setToolTip(quickCreate ? tr("Opens the CloudFormation console with this template and its "
                                                     "parameters filled in.")
                                                : tr("Set the template URL (where the template is hosted) in "
                                                     "Settings to use quick-create."));
    m_verifyButton->setEnabled(m_arnValid && !m_record.id.isEmpty());
}

QString CloudFormationPage::roleArnText() const
{
    return m_arnEdit->text().trimmed();
}

void CloudFormationPage::setRoleArnText(const QString &text)
{
    m_arnEdit->setText(text);
}

QString CloudFormationPage::friendlyName() const
{
    return m_nameEdit->text().trimmed();
}

void CloudFormationPage::focusRoleArn()
{
    m_arnEdit->setFocus(Qt::OtherFocusReason);
    m_arnEdit->selectAll();
}

void CloudFormationPage::validateRoleArn()
{
    const QString text = roleArnText();
    m_arnValid = false;
    if (text.isEmpty()) {
        setMessage(m_arnMessage,
            tr("Paste the stack's RoleArn output, or just the 12-digit AWS account id it was created in."),
            palette().color(QPalette::PlaceholderText));
    } else if (Arn::isAccountId(text)) {
        m_arnValid = true;
        setMessage(m_arnMessage,
            tr("✓ AWS account %1 — the role %2 that the template creates there.")
                .arg(text, OnboardingService::defaultRoleName()),
            Theme::successColor(palette()));
    } else {
        const Result<Arn> arn = Arn::parseRoleArn(text);
        if (arn) {
            m_arnValid = true;
            setMessage(m_arnMessage, tr("✓ AWS account %1, role %2").arg(arn->accountId(), arn->roleName()),
                Theme::successColor(palette()));
        } else {
            setMessage(m_arnMessage, arn.error().message, Theme::errorColor(palette()));
        }
    }
    m_arnEdit->setAccessibleDescription(m_arnMessage->text());
    updateButtons();
}

void CloudFormationPage::flash(const QString &text)
{
    setMessage(m_copiedLabel, text, Theme::successColor(palette()));
    m_copiedTimer->start();
}

void CloudFormationPage::copyTemplate()
{
    if (m_template.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_template));
    m_handedOut = true;
    flash(tr("Copied"));
}

void CloudFormationPage::copyCliCommand()
{
    if (m_cliCommand.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_cliCommand);
    m_handedOut = true;
    flash(tr("Copied — save the template as %1 in the folder where you run it").arg(templateFileName()));
}

QString CloudFormationPage::saveTemplateTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_template) != m_template.size() || !file.commit())
        return tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    m_handedOut = true;
    return {};
}

void CloudFormationPage::saveTemplate()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the CloudFormation template"),
        QDir::home().filePath(templateFileName()), tr("CloudFormation templates (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = saveTemplateTo(path);
    if (!error.isEmpty()) {
        PlainText::warning(this, tr("Template not saved"), error);
        return;
    }
    flash(tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
}

void CloudFormationPage::openQuickCreate()
{
    const QString trusted = m_identity->trustedAccountId();
    const Result<TemplateOptions> options
        = m_services.onboarding->templateOptions(m_services.user, m_record.id, trusted);
    const Result<QUrl> url = options
        ? TemplateBuilder::quickCreateUrl(m_record.region, m_settings->templateUrl(), stackName(), *options)
        : Result<QUrl>(options.error());
    if (!url) {
        PlainText::warning(this, tr("Quick-create unavailable"), ErrorText::describe(url.error()).message);
        return;
    }
    if (!QDesktopServices::openUrl(*url)) {
        PlainText::warning(this, tr("Quick-create unavailable"), tr("No web browser could be started."));
        return;
    }
    m_handedOut = true;
    flash(tr("Opened in your browser"));
}
