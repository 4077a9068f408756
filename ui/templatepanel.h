// TemplatePanel: a CloudFormation template shown read-only with the ways to hand it out (copy, save, quick-create,
// AWS CLI command), shared by the wizard's CloudFormation and AWS Organization pages.
#pragma once

#include "aws/awserror.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class AppSettings;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

/// The template view and the row of actions under it: Copy template, Save as…, Open quick-create, Copy AWS CLI
/// command, and a short confirmation beside them. The page owning it decides what the template is
/// (setDocument()) and how the quick-create link is made (setQuickCreate()); the panel hands it out and remembers
/// that it did (handedOut()). The clipboard only ever receives the template or the CLI command. Object names are
/// the CloudFormation page's ("templateView", "copyTemplateButton", …) with \a namePrefix in front when given
/// ("org" → "orgTemplateView", "orgCopyTemplateButton", …).
class TemplatePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePanel)
public:
    TemplatePanel(
        AppSettings *settings, const QString &fileName, const QString &namePrefix = {}, QWidget *parent = nullptr);

    /// Shows \a document (empty: none) and the `aws cloudformation create-stack` command \a cliCommand that reads
    /// it from fileName() (empty: the CLI action is off).
    void setDocument(const QByteArray &document, const QString &cliCommand);
    void clear() { setDocument({}, {}); }
    /// How the quick-create link is built (with the template URL from Settings); unset: quick-create is off.
    void setQuickCreate(std::function<Result<QUrl>(const QUrl &templateUrl)> link);
    /// Shows or hides the actions that create a new stack (quick-create, the create-stack command): a stack that is
    /// updated in place only needs the template itself.
    void setCreateActionsVisible(bool visible);

    QByteArray document() const { return m_document; }
    QString cliCommand() const { return m_cliCommand; }
    QString fileName() const { return m_fileName; }
    /// True once the template left the app (copied, saved, quick-create opened, CLI command copied).
    bool handedOut() const { return m_handedOut; }
    /// Writes the template to \a path (a few KB: written synchronously). Returns an error text or empty.
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

    AppSettings *m_settings;
    QString m_fileName;
    QByteArray m_document;
    QString m_cliCommand;
    std::function<Result<QUrl>(const QUrl &)> m_quickCreate;
    bool m_handedOut = false;

    QPlainTextEdit *m_view;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
    QPushButton *m_quickCreateButton;
    QPushButton *m_cliButton;
    QLabel *m_copiedLabel;
    QTimer *m_copiedTimer;
};
