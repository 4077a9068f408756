// RoleArnInput: the Role ARN (or account id) field with its Verify button and live check, shared by the wizard's
// CloudFormation and AWS Organization pages.
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

/// A line edit for a role ARN or a bare 12-digit account id, a Verify button beside it, and a message label (for the
/// page to place under it) that says, as the user types, what the text means or why it is not one — checked with
/// Arn, the one place the ARN rules live. valid() is the check's answer; the page decides whether Verify is enabled
/// (setVerifyEnabled()). Object names: \a namePrefix + "roleArnEdit" / "VerifyButton"… as given in Names.
class RoleArnInput final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleArnInput)
public:
    /// The words of one page (translated by the page): %1 is an account id, %2 a role name.
    struct Texts
    {
        QString accessibleName; ///< of the line edit
        QString verifyAccessibleName; ///< of the Verify button
        QString empty; ///< what to paste
        QString accountOk; ///< a bare account id: "✓ AWS account %1 — the role %2 that the template creates there."
        QString arnOk; ///< a role ARN: "✓ AWS account %1, role %2"
    };
    struct Names
    {
        const char *edit; ///< e.g. "roleArnEdit"
        const char *button; ///< e.g. "verifyButton"
        const char *message; ///< e.g. "roleArnMessage"
    };

    RoleArnInput(const Texts &texts, const Names &names, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QPushButton *verifyButton() const { return m_verify; }
    /// The check's words, for the page's form (a row under this one).
    QLabel *message() const { return m_message; }
    QString text() const;
    void setText(const QString &text);
    bool valid() const { return m_valid; }
    void setVerifyEnabled(bool enabled);
    void focus();

    /// Sets \a label's plain text in \a color (the pages' status lines share it).
    static void setMessage(QLabel *label, const QString &text, const QColor &color);

Q_SIGNALS:
    /// Verify clicked, or Return pressed while Verify is enabled.
    void verifyRequested();
    /// The text was checked again (valid() may have changed).
    void checked();

private:
    void check();

    Texts m_texts;
    QLineEdit *m_edit;
    QPushButton *m_verify;
    QLabel *m_message;
    bool m_valid = false;
};
