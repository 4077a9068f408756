// AccessKeysPage: the wizard's Access keys tab — key id, secret (masked), region and name.
#pragma once

#include "aws/secretbytes.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

/// Collects an access key id, its secret, a home region and a friendly name, and checks their shapes as the user
/// types (OnboardingService::isValidAccessKeyId / isValidSecretShape) before Connect is enabled. The secret
/// field is masked with a show/hide action; takeSecret() moves the secret out and empties the field, so no widget
/// holds it after submission.
class AccessKeysPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessKeysPage)
public:
    explicit AccessKeysPage(QWidget *parent = nullptr);

    QString accessKeyId() const;
    QString region() const;
    void setRegion(const QString &region);
    QString friendlyName() const;
    /// The secret as typed, moved out of the widget: the field is emptied (and its undo history with it).
    SecretBytes takeSecret();
    /// True when the key id and the secret have valid shapes.
    bool inputValid() const;
    /// After a failed attempt: the secret is gone, so focus its (empty) field.
    void focusSecret();

    /// The regions offered: every partition's (knownPartitions()), us-east-1 first, then GovCloud and China.
    static QStringList regionNames();

Q_SIGNALS:
    void connectRequested();

private:
    void validate();
    void setSecretVisible(bool visible);

    QLineEdit *m_keyIdEdit;
    QLabel *m_keyIdMessage;
    QLineEdit *m_secretEdit;
    QAction *m_showSecret;
    QLabel *m_secretMessage;
    QComboBox *m_regionCombo;
    QLineEdit *m_nameEdit;
    QPushButton *m_connectButton;
};
