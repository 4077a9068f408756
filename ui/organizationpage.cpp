// OrganizationPage: organization template, launch actions, management role and exclusions.
#include "ui/organizationpage.h"

#include "aws/arn.h"
#include "aws/organizationsclient.h"
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
#include <QRegularExpression>
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

QLabel *message(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // it quotes what the user typed
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    return label;
}

QLineEdit *idsEdit(QWidget *parent, const char *name, const QString &placeholder, const QString &accessible)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessible);
    edit->setFont(Theme::monospaceFont());
    edit->setClearButtonEnabled(true);
    edit->setMaxLength(4096);
    return edit;
}
} // namespace

OrganizationPage::OrganizationPage(
    const ConsoleServices &services, ConsoleIdentity *identity, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_identity(identity)
    , m_settings(settings)
{
    auto *layout = new QVBoxLayout(this);

    auto *proCon = new QLabel(this);
    proCon->setTextFormat(Qt::RichText);
    proCon->setObjectName(QStringLiteral("orgProCon"));
    proCon->setWordWrap(true);
    proCon->setText(tr("<b>Pro:</b> one stack in the management account connects every account of the organization, "
                       "and accounts that join later.<br><b>Con:</b> needs someone allowed to create stacks in the "
                       "management account, and trusted access for CloudFormation StackSets in AWS Organizations."));
    layout->addWidget(proCon);
    layout->addSpacing(4);

    layout->addWidget(heading(tr("1. Create the stack in the organization's management account"), this));
    auto *steps = new QLabel(this);
    steps->setObjectName(QStringLiteral("orgInstructions"));
    steps->setWordWrap(true);
    steps->setTextFormat(Qt::RichText);
    steps->setText(QStringLiteral(
        "<ol style=\"margin-left:0px; -qt-list-indent:1;\"><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ol>")
                       .arg(tr("In the AWS Organizations console of the management account, copy the root id "
                               "(<tt>r-…</tt>) or the OU ids whose accounts Onramp should read, and enter them "
                               "below."),
                           tr("Make sure trusted access for <i>CloudFormation StackSets</i> is enabled (Organizations, "
                              "Services)."),
                           tr("Create a stack with this template in the management account: upload the file from "
                              "<i>Save as…</i>, use <i>Open quick-create</i>, or run the AWS CLI command."),
                           tr("When the stack shows CREATE_COMPLETE, copy <b>RoleArn</b> from its Outputs tab and "
                              "paste it below. The StackSet creates the same role in every member account.")));
    layout->addWidget(steps);

    auto *targetsForm = new QFormLayout;
    targetsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_targetsEdit = idsEdit(this, "orgTargetsEdit", tr("r-ab12 (the root) or ou-ab12-11111111 …"),
        tr("Target OUs: the root id or OU ids whose accounts get the role"));
    targetsForm->addRow(tr("&Target OUs:"), m_targetsEdit);
    m_targetsMessage = message(this, "orgTargetsMessage");
    targetsForm->addRow(QString(), m_targetsMessage);
    layout->addLayout(targetsForm);

    m_templateStatus = new QLabel(this);
    m_templateStatus->setObjectName(QStringLiteral("orgTemplateStatus"));
    m_templateStatus->setWordWrap(true);
    m_templateStatus->setTextFormat(Qt::RichText);
    connect(m_templateStatus, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1StringView("retry"))
            m_identity->refresh();
    });
    layout->addWidget(m_templateStatus);

    m_panel = new TemplatePanel(m_settings, templateFileName(), QStringLiteral("org"), this);
    m_panel->setQuickCreate([this](const QUrl &templateUrl) -> Result<QUrl> {
        const Result<TemplateOptions> role = m_services.onboarding->templateOptions(
            m_services.user, m_record.id, m_identity->trustedAccountId(m_record.region));
        if (!role)
            return role.error();
        OrgTemplateOptions options;
        static_cast<TemplateOptions &>(options) = *role;
        options.targetIds = targetIds();
        return TemplateBuilder::organizationQuickCreateUrl(m_record.region, templateUrl, stackName(), options);
    });
    layout->addWidget(m_panel, 1);

    layout->addSpacing(6);
    layout->addWidget(heading(tr("2. Tell Onramp the management account's role"), this));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("orgNameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Acme organization"));
    m_nameEdit->setAccessibleName(tr("Organization name (optional)"));
    m_nameEdit->setMaxLength(100);
    form->addRow(tr("&Name (optional):"), m_nameEdit);

    m_roleArn = new RoleArnInput(
        RoleArnInput::Texts { tr("Management account's Role ARN or AWS account id"),
            tr("Verify the management role and connect the organization"),
            tr("Paste the stack's RoleArn output, or just the 12-digit id of the management account."),
            tr("✓ Management account %1 — the role %2 that the template creates there."),
            tr("✓ Management account %1, role %2") },
        RoleArnInput::Names { "orgRoleArnEdit", "orgVerifyButton", "orgRoleArnMessage" }, this);
    form->addRow(tr("Management &role ARN:"), m_roleArn);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_roleArn)))
        label->setBuddy(m_roleArn->edit());
    form->addRow(QString(), m_roleArn->message());
    m_excludeAccountsEdit = idsEdit(this, "orgExcludeAccountsEdit", tr("optional: 123456789012, 210987654321"),
        tr("AWS accounts never to connect (optional)"));
    form->addRow(tr("Exclude &accounts:"), m_excludeAccountsEdit);
    m_excludeOusEdit = idsEdit(this, "orgExcludeOusEdit", tr("optional: ou-ab12-11111111"),
        tr("Organizational units whose accounts are never connected (optional)"));
    form->addRow(tr("Exclude &OUs:"), m_excludeOusEdit);
    m_exclusionsMessage = message(this, "orgExclusionsMessage");
    m_exclusionsMessage->setAccessibleName(tr("Exclusions check"));
    form->addRow(QString(), m_exclusionsMessage);
    layout->addLayout(form);

    connect(m_targetsEdit, &QLineEdit::textChanged, this, &OrganizationPage::validateTargets);
    connect(m_roleArn, &RoleArnInput::checked, this, &OrganizationPage::updateButtons);
    connect(m_roleArn, &RoleArnInput::verifyRequested, this, &OrganizationPage::verifyRequested);
    connect(m_excludeAccountsEdit, &QLineEdit::textChanged, this, &OrganizationPage::validateExclusions);
    connect(m_excludeOusEdit, &QLineEdit::textChanged, this, &OrganizationPage::validateExclusions);
    for (QLineEdit *edit : { m_excludeAccountsEdit, m_excludeOusEdit }) {
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_roleArn->verifyButton()->isEnabled())
                Q_EMIT verifyRequested();
        });
    }
    connect(m_identity, &ConsoleIdentity::changed, this, &OrganizationPage::rebuildTemplate);
    connect(m_settings, &AppSettings::changed, this, &OrganizationPage::rebuildTemplate);

    setTabOrder(m_targetsEdit, m_panel->firstInTabOrder());
    setTabOrder(m_panel->lastInTabOrder(), m_nameEdit);
    setTabOrder(m_nameEdit, m_roleArn->edit());
    setTabOrder(m_roleArn->edit(), m_roleArn->verifyButton());
    setTabOrder(m_roleArn->verifyButton(), m_excludeAccountsEdit);
    setTabOrder(m_excludeAccountsEdit, m_excludeOusEdit);

    m_templateStatus->setText(tr("Preparing a new organization onboarding…"));
    validateTargets();
    validateExclusions();
}

QStringList OrganizationPage::split(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList ids = text.split(separators, Qt::SkipEmptyParts);
    ids.removeDuplicates();
    return ids;
}

QStringList OrganizationPage::targetIds() const
{
    return split(m_targetsEdit->text());
}

QStringList OrganizationPage::excludedAccounts() const
{
    return split(m_excludeAccountsEdit->text());
}

QStringList OrganizationPage::excludedOus() const
{
    return split(m_excludeOusEdit->text());
}

void OrganizationPage::setRecord(const Account &record)
{
    m_record = record;
    if (m_nameEdit->text().isEmpty())
        m_nameEdit->setText(record.friendlyName);
    if (m_excludeAccountsEdit->text().isEmpty())
        m_excludeAccountsEdit->setText(record.excludedAccounts.join(QStringLiteral(", ")));
    if (m_excludeOusEdit->text().isEmpty())
        m_excludeOusEdit->setText(record.excludedOus.join(QStringLiteral(", ")));
    if (m_roleArn->text().isEmpty() && !record.roleArn.isEmpty())
        m_roleArn->setText(record.roleArn);
    rebuildTemplate();
}

void OrganizationPage::setRecordError(const QString &text, const QString &hint)
{
    m_record = Account();
    m_panel->clear();
    RoleArnInput::setMessage(m_templateStatus,
        hint.isEmpty() ? text.toHtmlEscaped() : text.toHtmlEscaped() + QStringLiteral("<br>") + hint.toHtmlEscaped(),
        Theme::errorColor(palette()));
    updateButtons();
}

bool OrganizationPage::templateHandedOut() const
{
    return m_panel->handedOut();
}

QByteArray OrganizationPage::templateJson() const
{
    return m_panel->document();
}

QString OrganizationPage::friendlyName() const
{
    return m_nameEdit->text().trimmed();
}

bool OrganizationPage::inputValid() const
{
    return m_roleArn->valid() && m_exclusionsValid;
}

QString OrganizationPage::roleArnText() const
{
    return m_roleArn->text();
}

void OrganizationPage::setRoleArnText(const QString &text)
{
    m_roleArn->setText(text);
}

void OrganizationPage::setTargetsText(const QString &text)
{
    m_targetsEdit->setText(text);
}

void OrganizationPage::setExcludedAccountsText(const QString &text)
{
    m_excludeAccountsEdit->setText(text);
}

void OrganizationPage::setExcludedOusText(const QString &text)
{
    m_excludeOusEdit->setText(text);
}

void OrganizationPage::focusRoleArn()
{
    m_roleArn->focus();
}

void OrganizationPage::validateTargets()
{
    const QStringList ids = targetIds();
    m_targetsValid = false;
    if (ids.isEmpty()) {
        RoleArnInput::setMessage(m_targetsMessage,
            tr("The template needs the organization's root id (r-…): find it in the AWS Organizations console of the "
               "management account, under AWS accounts (Root). OU ids (ou-…) limit the roles to those OUs."),
            palette().color(QPalette::PlaceholderText));
    } else {
        QStringList wrong;
        for (const QString &id : ids) {
            if (!OrganizationsClient::isRootId(id) && !OrganizationsClient::isOuId(id))
                wrong.append(id.left(64));
        }
        if (!wrong.isEmpty()) {
            RoleArnInput::setMessage(m_targetsMessage,
                tr("Not a root id (r-…) nor an OU id (ou-…-…): %1").arg(wrong.join(QStringLiteral(", "))),
                Theme::errorColor(palette()));
        } else {
            m_targetsValid = true;
            RoleArnInput::setMessage(m_targetsMessage,
                ids.size() == 1 ? tr("✓ The member roles go to every account beneath %1.").arg(ids.constFirst())
                                : tr("✓ The member roles go to every account beneath these %1 ids.").arg(ids.size()),
                Theme::successColor(palette()));
        }
    }
    m_targetsEdit->setAccessibleDescription(m_targetsMessage->text());
    rebuildTemplate();
}

void OrganizationPage::rebuildTemplate()
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
    if (!m_targetsValid) {
        RoleArnInput::setMessage(m_templateStatus,
            tr("Enter the organization's root id (r-…) above: the template needs it to place the member roles."),
            palette().color(QPalette::WindowText));
        updateButtons();
        return;
    }
    const Result<TemplateOptions> role = m_services.onboarding->templateOptions(m_services.user, m_record.id, trusted);
    if (!role) {
        const ErrorText text = ErrorText::describe(role.error());
        setRecordError(text.message, text.hint);
        return;
    }
    OrgTemplateOptions options;
    static_cast<TemplateOptions &>(options) = *role;
    options.targetIds = targetIds();
    const Result<QByteArray> json = TemplateBuilder::buildOrganizationJson(options);
    if (!json) {
        const ErrorText text = ErrorText::describe(json.error());
        RoleArnInput::setMessage(m_templateStatus,
            text.hint.isEmpty() ? text.message.toHtmlEscaped()
                                : text.message.toHtmlEscaped() + QStringLiteral("<br>") + text.hint.toHtmlEscaped(),
            Theme::errorColor(palette()));
        updateButtons();
        return;
    }
    const Result<QString> cli
        = TemplateBuilder::organizationCreateStackCommand(m_record.region, stackName(), templateFileName(), options);
    const Result<QByteArray> terraform = TemplateBuilder::buildOrganizationTerraform(options);
    m_panel->setDocument(*json, cli ? *cli : QString(), terraform ? *terraform : QByteArray());
    RoleArnInput::setMessage(m_templateStatus,
        tr("Every role trusts AWS account %1 and only with this onboarding's External ID <tt>%2</tt>. Region of the "
           "stack: %3.")
            .arg(trusted, m_record.externalId.toHtmlEscaped(), m_record.region),
        palette().color(QPalette::WindowText));
    updateButtons();
}

void OrganizationPage::validateExclusions()
{
    QStringList wrongAccounts;
    for (const QString &id : excludedAccounts()) {
        if (!Arn::isAccountId(id))
            wrongAccounts.append(id.left(64));
    }
    QStringList wrongOus;
    for (const QString &id : excludedOus()) {
        if (!OrganizationsClient::isOuId(id) && !OrganizationsClient::isRootId(id))
            wrongOus.append(id.left(64));
    }
    QStringList problems;
    if (!wrongAccounts.isEmpty())
        problems << tr("Not a 12-digit AWS account id: %1").arg(wrongAccounts.join(QStringLiteral(", ")));
    if (!wrongOus.isEmpty())
        problems << tr("Not an OU id (ou-…-…) nor a root id (r-…): %1").arg(wrongOus.join(QStringLiteral(", ")));
    m_exclusionsValid = problems.isEmpty();
    if (!m_exclusionsValid) {
        RoleArnInput::setMessage(m_exclusionsMessage, problems.join(QLatin1Char('\n')), Theme::errorColor(palette()));
    } else {
        const qsizetype accounts = excludedAccounts().size();
        const qsizetype ous = excludedOus().size();
        RoleArnInput::setMessage(m_exclusionsMessage,
            accounts + ous == 0 ? tr("Every active account of the organization is connected.")
                                : tr("✓ Left out, never contacted: %1 accounts and the accounts beneath %2 OUs.")
                                      .arg(accounts)
                                      .arg(ous),
            accounts + ous == 0 ? palette().color(QPalette::PlaceholderText) : Theme::successColor(palette()));
    }
    updateButtons();
}

void OrganizationPage::updateButtons()
{
    m_roleArn->setVerifyEnabled(inputValid() && !m_record.id.isEmpty());
}
