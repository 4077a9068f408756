// TemplatePanel: a CloudFormation template (or its Terraform form) shown read-only with the ways to hand it out (copy,
// save, quick-create, AWS CLI command), shared by the wizard's CloudFormation and AWS Organization pages.
#pragma once

#include "aws/awserror.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class AppSettings;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

/// The template view and the row of actions under it: Copy template, Save as…, Open quick-create, Copy AWS CLI
/// command, and a short confirmation beside them. A format selector at the start of that row ("templateFormatCombo")
/// switches between the CloudFormation template and the same role as a Terraform module: Copy and Save as… then hand
/// out the HCL (saved as a .tf file); quick-create and the CLI command are CloudFormation's and are off. The page
/// owning it decides what the template is (setDocument()) and how the quick-create link is made (setQuickCreate()); the
/// panel hands it out and remembers that it did (handedOut()). The clipboard only ever receives the template or the CLI
/// command. Object names are the CloudFormation page's ("templateView", "copyTemplateButton", …) with \a namePrefix in
/// front when given
/// ("org" → "orgTemplateView", "orgCopyTemplateButton", …).
class TemplatePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePanel)
public:
    TemplatePanel(
        AppSettings *settings, const QString &fileName, const QString &namePrefix = {}, QWidget *parent = nullptr);

    /// The forms the panel shows.
    enum class Format { CloudFormation, Terraform };

    /// Shows \a document (empty: none) and the `aws cloudformation create-stack` command \a cliCommand that reads
    /// it from fileName() (empty: the CLI action is off); \a terraform is the same role as HCL
    /// (TemplateBuilder::buildTerraform()), shown when the Terraform format is chosen.
    void setDocument(const QByteArray &document, const QString &cliCommand, const QByteArray &terraform = {});
    void clear() { setDocument({}, {}); }
    Format format() const { return m_format; }
    void setFormat(Format format);
    /// How the quick-create link is built (with the template URL from Settings); unset: quick-create is off.
    void setQuickCreate(std::function<Result<QUrl>(const QUrl &templateUrl)> link);
    /// Shows or hides the actions that create a new stack (quick-create, the create-stack command): a stack that is
    /// updated in place only needs the template itself.
    void setCreateActionsVisible(bool visible);

    /// The CloudFormation template.
    QByteArray document() const { return m_document; }
    /// The Terraform module.
    QByteArray terraform() const { return m_terraform; }
    /// What the view shows and Copy/Save hand out: document() or terraform(), by format().
    QByteArray shown() const;
    QString cliCommand() const { return m_cliCommand; }
    QString fileName() const { return m_fileName; }
    /// The file name Save as… proposes for the shown format: fileName(), or the same with ".tf" for Terraform.
    QString shownFileName() const;
    /// True once the template left the app (copied, saved, quick-create opened, CLI command copied).
    bool handedOut() const { return m_handedOut; }
    /// Writes the shown template to \a path (a few KB: written synchronously). Returns an error text or empty.
    QString saveTo(const QString &path);

    /// The first and last widgets of the panel in tab order, for the page's own tab chain.
    QWidget *firstInTabOrder() const;
    QWidget *lastInTabOrder() const;

private:
    void copyTemplate();
    void saveWithDialog();
    void openQuickCreate();
    void copyCliCommand();
    void flash(const QString &text);
    void updateButtons();
    void showFormat();

    AppSettings *m_settings;
    QString m_fileName;
    QByteArray m_document;
    QByteArray m_terraform;
    Format m_format = Format::CloudFormation;
    QString m_cliCommand;
    std::function<Result<QUrl>(const QUrl &)> m_quickCreate;
    bool m_handedOut = false;

    QComboBox *m_formatCombo;
    QPlainTextEdit *m_view;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
    QPushButton *m_quickCreateButton;
    QPushButton *m_cliButton;
    QLabel *m_copiedLabel;
    QTimer *m_copiedTimer;
};
