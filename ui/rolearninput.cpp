// RoleArnInput: role ARN field, Verify button, live check.
#include "ui/rolearninput.h"

#include "aws/arn.h"
#include "models/onboardingservice.h"
#include "ui/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

RoleArnInput::RoleArnInput(const Texts &texts, const Names &names, QWidget *parent)
    : QWidget(parent)
    , m_texts(texts)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QString::fromLatin1(names.edit));
    m_edit->setPlaceholderText(QStringLiteral("arn:aws:iam::123456789012:role/OnrampDiscoveryRole"));
    m_edit->setAccessibleName(texts.accessibleName);
    m_edit->setFont(Theme::monospaceFont());
    m_edit->setClearButtonEnabled(true);
    m_verify = new QPushButton(Theme::action("revalidate"), tr("&Verify"), this);
    m_verify->setObjectName(QString::fromLatin1(names.button));
    m_verify->setAccessibleName(texts.verifyAccessibleName);
    row->addWidget(m_edit, 1);
    row->addWidget(m_verify);
    setFocusProxy(m_edit);

    m_message = new QLabel(parent);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QString::fromLatin1(names.message));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Role ARN check"));

    connect(m_edit, &QLineEdit::textChanged, this, &RoleArnInput::check);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_verify->isEnabled())
            Q_EMIT verifyRequested();
    });
    connect(m_verify, &QPushButton::clicked, this, &RoleArnInput::verifyRequested);
    check();
}

QString RoleArnInput::text() const
{
    return m_edit->text().trimmed();
}

void RoleArnInput::setText(const QString &text)
{
    m_edit->setText(text);
}

void RoleArnInput::setVerifyEnabled(bool enabled)
{
    m_verify->setEnabled(enabled);
}

void RoleArnInput::focus()
{
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->selectAll();
}

void RoleArnInput::setMessage(QLabel *label, const QString &text, const QColor &color)
{
    label->setText(text);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

void RoleArnInput::check()
{
    const QString value = text();
    m_valid = false;
    if (value.isEmpty()) {
        setMessage(m_message, m_texts.empty, palette().color(QPalette::PlaceholderText));
    } else if (Arn::isAccountId(value)) {
        m_valid = true;
        setMessage(m_message, m_texts.accountOk.arg(value, OnboardingService::defaultRoleName()),
            Theme::successColor(palette()));
    } else if (const Result<Arn> arn = Arn::parseRoleArn(value); arn) {
        m_valid = true;
        setMessage(m_message, m_texts.arnOk.arg(arn->accountId(), arn->roleName()), Theme::successColor(palette()));
    } else {
        setMessage(m_message, arn.error().message, Theme::errorColor(palette()));
    }
    m_edit->setAccessibleDescription(m_message->text());
    Q_EMIT checked();
}
