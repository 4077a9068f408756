// TemplatePanel: the template view and its hand-out actions.
#include "ui/templatepanel.h"

#include "models/errortext.h"
#include "ui/appsettings.h"
#include "ui/plaintext.h"
#include "ui/theme.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QVBoxLayout>

TemplatePanel::TemplatePanel(AppSettings *settings, const QString &fileName, const QString &namePrefix, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_fileName(fileName)
{
    const auto name = [&namePrefix](const char *base) -> QString {
        QString n = QString::fromLatin1(base);
        if (namePrefix.isEmpty())
            return n;
        n[0] = n.at(0).toUpper();
        return namePrefix + n;
    };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *formatLabel = new QLabel(tr("For&mat:"), this);
    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(name("templateFormatCombo"));
    m_formatCombo->setAccessibleName(tr("Template format"));
    m_formatCombo->addItem(tr("CloudFormation (JSON)"), int(Format::CloudFormation));
    m_formatCombo->addItem(tr("Terraform (HCL)"), int(Format::Terraform));
    m_formatCombo->setToolTip(tr("The same role, trust policy, External ID and permissions as CloudFormation "
                                 "template or as Terraform module."));
    formatLabel->setBuddy(m_formatCombo);

    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(name("templateView"));
    m_view->setReadOnly(true);
    m_view->setFont(Theme::monospaceFont());
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_view->setAccessibleName(tr("CloudFormation template"));
    m_view->setMinimumHeight(150);
    m_view->setTabChangesFocus(true);
    layout->addWidget(m_view, 1);

    // The format sits in the actions' row: the pages leave the view no height to spare.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(formatLabel);
    buttons->addWidget(m_formatCombo);
    m_copyButton = new QPushButton(Theme::action("copy"), tr("&Copy template"), this);
    m_copyButton->setObjectName(name("copyTemplateButton"));
    m_copyButton->setAccessibleName(tr("Copy the template to the clipboard"));
    m_saveButton = new QPushButton(Theme::action("save"), tr("&Save as…"), this);
    m_saveButton->setObjectName(name("saveTemplateButton"));
    m_saveButton->setAccessibleName(tr("Save the template as a file"));
    m_quickCreateButton = new QPushButton(Theme::action("open-external"), tr("Open &quick-create"), this);
    m_quickCreateButton->setObjectName(name("quickCreateButton"));
    m_quickCreateButton->setAccessibleName(tr("Open the CloudFormation quick-create page in the browser"));
    m_cliButton = new QPushButton(Theme::action("terminal"), tr("Copy AWS C&LI command"), this);
    m_cliButton->setObjectName(name("copyCliButton"));
    m_cliButton->setAccessibleName(tr("Copy the AWS CLI command that creates the stack"));
    m_copiedLabel = new QLabel(this);
    m_copiedLabel->setTextFormat(Qt::PlainText);
    m_copiedLabel->setObjectName(name("copiedLabel"));
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

    connect(m_copyButton, &QPushButton::clicked, this, &TemplatePanel::copyTemplate);
    connect(m_saveButton, &QPushButton::clicked, this, &TemplatePanel::saveWithDialog);
    connect(m_quickCreateButton, &QPushButton::clicked, this, &TemplatePanel::openQuickCreate);
    connect(m_cliButton, &QPushButton::clicked, this, &TemplatePanel::copyCliCommand);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this,
        [this](int index) { setFormat(Format(m_formatCombo->itemData(index).toInt())); });
    connect(m_settings, &AppSettings::changed, this, &TemplatePanel::updateButtons);

    setTabOrder(m_view, m_formatCombo);
    setTabOrder(m_formatCombo, m_copyButton);
    setTabOrder(m_copyButton, m_saveButton);
    setTabOrder(m_saveButton, m_quickCreateButton);
    setTabOrder(m_quickCreateButton, m_cliButton);
    updateButtons();
}

QWidget *TemplatePanel::firstInTabOrder() const
{
    return m_view;
}

QWidget *TemplatePanel::lastInTabOrder() const
{
    return m_cliButton;
}

void TemplatePanel::setDocument(const QByteArray &document, const QString &cliCommand, const QByteArray &terraform)
{
    m_document = document;
    m_cliCommand = document.isEmpty() ? QString() : cliCommand;
    m_terraform = document.isEmpty() ? QByteArray() : terraform;
    showFormat();
}

void TemplatePanel::setFormat(Format format)
{
    if (m_format == format)
        return;
    m_format = format;
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(int(format)));
    showFormat();
}

QByteArray TemplatePanel::shown() const
{
    return m_format == Format::Terraform ? m_terraform : m_document;
}

QString TemplatePanel::shownFileName() const
{
    if (m_format == Format::CloudFormation)
        return m_fileName;
    return QFileInfo(m_fileName).completeBaseName() + QStringLiteral(".tf");
}

void TemplatePanel::showFormat()
{
    const QByteArray text = shown();
    if (text.isEmpty())
        m_view->clear();
    else
        m_view->setPlainText(QString::fromUtf8(text));
    m_view->setAccessibleName(m_format == Format::Terraform ? tr("Terraform module") : tr("CloudFormation template"));
    updateButtons();
}

void TemplatePanel::setQuickCreate(std::function<Result<QUrl>(const QUrl &)> link)
{
    m_quickCreate = std::move(link);
    updateButtons();
}

void TemplatePanel::setCreateActionsVisible(bool visible)
{
    m_quickCreateButton->setVisible(visible);
    m_cliButton->setVisible(visible);
}

void TemplatePanel::updateButtons()
{
    const bool cloudFormation = m_format == Format::CloudFormation;
    const bool haveTemplate = !shown().isEmpty();
    m_copyButton->setEnabled(haveTemplate);
    m_saveButton->setEnabled(haveTemplate);
    m_cliButton->setEnabled(cloudFormation && haveTemplate && !m_cliCommand.isEmpty());
    m_cliButton->setToolTip(cloudFormation ? QString()
                                           : tr("The AWS CLI command creates a CloudFormation stack: choose the "
                                                "CloudFormation format. Apply the Terraform module with terraform "
                                                "apply."));
    const QUrl url = m_settings->templateUrl();
    const bool quickCreate = cloudFormation && haveTemplate && m_quickCreate && url.isValid()
        && url.scheme() == QLatin1StringView("https");
    m_quickCreateButton->setEnabled(quickCreate);
    m_quickCreateButton->setToolTip(quickCreate ? tr("Opens the CloudFormation console with this template and its "
                                                     "parameters filled in.")
                                                : tr("Set the template URL (where the template is hosted) in "
                                                     "Settings to use quick-create."));
}

void TemplatePanel::flash(const QString &text)
{
    m_copiedLabel->setText(text);
    QPalette p = m_copiedLabel->palette();
    p.setColor(QPalette::WindowText, Theme::successColor(palette()));
    m_copiedLabel->setPalette(p);
    m_copiedTimer->start();
}

void TemplatePanel::copyTemplate()
{
    if (shown().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(QString::fromUtf8(shown()));
    m_handedOut = true;
    flash(tr("Copied"));
}

void TemplatePanel::copyCliCommand()
{
    if (m_cliCommand.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_cliCommand);
    m_handedOut = true;
    flash(tr("Copied — save the template as %1 in the folder where you run it").arg(m_fileName));
}

QString TemplatePanel::saveTo(const QString &path)
{
    const QByteArray text = shown();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    m_handedOut = true;
    return {};
}

void TemplatePanel::saveWithDialog()
{
    const bool terraform = m_format == Format::Terraform;
    const QString path = QFileDialog::getSaveFileName(this,
        terraform ? tr("Save the Terraform module") : tr("Save the CloudFormation template"),
        QDir::home().filePath(shownFileName()),
        terraform ? tr("Terraform files (*.tf);;All files (*)")
                  : tr("CloudFormation templates (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = saveTo(path);
    if (!error.isEmpty()) {
        PlainText::warning(this, tr("Template not saved"), error);
        return;
    }
    flash(tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
}

void TemplatePanel::openQuickCreate()
{
    if (!m_quickCreate)
        return;
    const Result<QUrl> url = m_quickCreate(m_settings->templateUrl());
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
