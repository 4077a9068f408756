// AccessKeysPage: access-key input with inline shape checks.
#include "ui/accesskeyspage.h"

#include "aws/awspartition.h"
#include "models/onboardingservice.h"
#include "ui/theme.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
void setMessage(QLabel *label, const QString &text, const QColor &color)
{
    label->setText(text);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

/// Shape of a secret access key (40 of [A-Za-z0-9/+=], OnboardingService's rule) checked on the widget's own text,
/// as it is typed: the characters pass through a stack buffer that is wiped, never through a heap copy (a QString or
/// QByteArray made per keystroke would be freed with the secret still in it).
bool secretShapeOk(QStringView secret)
{
    char ascii[64];
    if (secret.size() > qsizetype(sizeof ascii))
        return false;
    bool ok = true;
    for (qsizetype i = 0; i < secret.size(); ++i) {
        const char16_t c = secret.at(i).unicode();
        ok = ok && c < 0x80;
        ascii[i] = char(c < 0x80 ? c : 0);
    }
    ok = ok && OnboardingService::isValidSecretShape(QByteArrayView(ascii, secret.size()));
    SecretBytes::wipe(ascii, qsizetype(sizeof ascii));
    return ok;
}
} // namespace

QStringList AccessKeysPage::regionNames()
{
    // Every partition's regions: the keys' region picks the partition (endpoints, signing, ARNs).
    QStringList names;
    for (const AwsPartition &partition : knownPartitions())
        names += partition.regions;
    return names;
}

AccessKeysPage::AccessKeysPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *proCon = new QLabel(this);
    proCon->setTextFormat(Qt::RichText);
    proCon->setObjectName(QStringLiteral("keysProCon"));
    proCon->setWordWrap(true);
    proCon->setText(tr("<b>Pro:</b> works at once, no stack to create.<br><b>Con:</b> a long-lived secret that must "
                       "be rotated by hand — Onramp keeps it only in the system keychain."));
    layout->addWidget(proCon);
    auto *advice = new QLabel(
        tr("Use the keys of an IAM user that may only call %1.").arg(OnboardingService::requiredActionList()), this);
    advice->setTextFormat(Qt::PlainText);
    advice->setWordWrap(true);
    layout->addWidget(advice);
    layout->addSpacing(6);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_keyIdEdit = new QLineEdit(this);
    m_keyIdEdit->setObjectName(QStringLiteral("keyIdEdit"));
    m_keyIdEdit->setPlaceholderText(QStringLiteral("AKIA…"));
    m_keyIdEdit->setAccessibleName(tr("Access key ID"));
    m_keyIdEdit->setFont(Theme::monospaceFont());
    m_keyIdEdit->setMaxLength(32);
    form->addRow(tr("Access &key ID:"), m_keyIdEdit);
    m_keyIdMessage = new QLabel(this);
    m_keyIdMessage->setTextFormat(Qt::PlainText);
    m_keyIdMessage->setObjectName(QStringLiteral("keyIdMessage"));
    form->addRow(QString(), m_keyIdMessage);

    m_secretEdit = new QLineEdit(this);
    m_secretEdit->setObjectName(QStringLiteral("secretEdit"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setAccessibleName(tr("Secret access key"));
    m_secretEdit->setFont(Theme::monospaceFont());
    m_secretEdit->setMaxLength(128);
    // No input method, no completion, no context menu: nothing else gets to see the secret.
    m_secretEdit->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_secretEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_showSecret = m_secretEdit->addAction(Theme::action("show"), QLineEdit::TrailingPosition);
    m_showSecret->setObjectName(QStringLiteral("showSecretAction"));
    m_showSecret->setCheckable(true);
    m_showSecret->setShortcut(QKeySequence(Qt::ALT | Qt::Key_H));
    connect(m_showSecret, &QAction::toggled, this, &AccessKeysPage::setSecretVisible);
    setSecretVisible(false);
    form->addRow(tr("S&ecret access key:"), m_secretEdit);
    m_secretMessage = new QLabel(this);
    m_secretMessage->setTextFormat(Qt::PlainText);
    m_secretMessage->setObjectName(QStringLiteral("secretMessage"));
    form->addRow(QString(), m_secretMessage);

    m_regionCombo = new QComboBox(this);
    m_regionCombo->setObjectName(QStringLiteral("regionCombo"));
    m_regionCombo->setAccessibleName(tr("Home region"));
    m_regionCombo->addItems(regionNames());
    m_regionCombo->setCurrentText(QStringLiteral("us-east-1"));
    form->addRow(tr("Home re&gion:"), m_regionCombo);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("keysNameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Production"));
    m_nameEdit->setAccessibleName(tr("Account name"));
    m_nameEdit->setMaxLength(100);
    form->addRow(tr("Na&me:"), m_nameEdit);
    layout->addLayout(form);

    auto *row = new QHBoxLayout;
    row->addStretch();
    m_connectButton = new QPushButton(Theme::action("connect"), tr("Co&nnect"), this);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setAccessibleName(tr("Connect with these access keys"));
    row->addWidget(m_connectButton);
    layout->addLayout(row);
    layout->addStretch();

    connect(m_keyIdEdit, &QLineEdit::textChanged, this, &AccessKeysPage::validate);
    connect(m_secretEdit, &QLineEdit::textChanged, this, &AccessKeysPage::validate);
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        if (inputValid())
            Q_EMIT connectRequested();
    });
    for (QLineEdit *edit : { m_keyIdEdit, m_secretEdit, m_nameEdit }) {
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (inputValid())
                Q_EMIT connectRequested();
        });
    }
    setTabOrder(m_keyIdEdit, m_secretEdit);
    setTabOrder(m_secretEdit, m_regionCombo);
    setTabOrder(m_regionCombo, m_nameEdit);
    setTabOrder(m_nameEdit, m_connectButton);
    validate();
}

QString AccessKeysPage::accessKeyId() const
{
    return m_keyIdEdit->text().trimmed();
}

QString AccessKeysPage::region() const
{
    return m_regionCombo->currentText();
}

void AccessKeysPage::setRegion(const QString &region)
{
    if (m_regionCombo->findText(region) < 0 && !region.isEmpty())
        m_regionCombo->addItem(region);
    m_regionCombo->setCurrentText(region.isEmpty() ? QStringLiteral("us-east-1") : region);
}

QString AccessKeysPage::friendlyName() const
{
    return m_nameEdit->text().trimmed();
}

bool AccessKeysPage::inputValid() const
{
    return OnboardingService::isValidAccessKeyId(accessKeyId()) && secretShapeOk(m_secretEdit->text());
}

SecretBytes AccessKeysPage::takeSecret()
{
    // Shares the field's buffer; setText() (unlike clear()) also empties the undo history, which would keep the
    // characters. After it, `text` holds the only reference, so the wipe overwrites the field's buffer itself.
    QString text = m_secretEdit->text();
    m_secretEdit->setText(QString());
    setSecretVisible(false);
    SecretBytes secret = SecretBytes::fromString(text);
    SecretBytes::wipe(text);
    return secret;
}

void AccessKeysPage::focusSecret()
{
    m_secretEdit->setFocus(Qt::OtherFocusReason);
}

void AccessKeysPage::setSecretVisible(bool visible)
{
    const QSignalBlocker block(m_showSecret);
    m_showSecret->setChecked(visible);
    m_secretEdit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    m_showSecret->setIcon(Theme::action(visible ? "hide" : "show"));
    m_showSecret->setText(visible ? tr("Hide the secret") : tr("Show the secret"));
    m_showSecret->setToolTip(m_showSecret->text() + QStringLiteral(" (Alt+H)"));
}

void AccessKeysPage::validate()
{
    const QString keyId = accessKeyId();
    const QPalette pal = palette();
    if (keyId.isEmpty())
        setMessage(m_keyIdMessage, tr("20 characters starting with AKIA (or ASIA for temporary keys)."),
            pal.color(QPalette::PlaceholderText));
    else if (OnboardingService::isValidAccessKeyId(keyId))
        setMessage(m_keyIdMessage, tr("✓ Looks like an access key ID"), Theme::successColor(pal));
    else if (!keyId.startsWith(QLatin1StringView("AKIA")) && !keyId.startsWith(QLatin1StringView("ASIA")))
        setMessage(m_keyIdMessage, tr("Access key IDs start with AKIA or ASIA."), Theme::errorColor(pal));
    else if (keyId.size() != 20)
        setMessage(m_keyIdMessage, tr("Access key IDs are 20 characters long (this one has %1).").arg(keyId.size()),
            Theme::errorColor(pal));
    else
        setMessage(m_keyIdMessage, tr("Access key IDs hold only capital letters and digits."), Theme::errorColor(pal));

    const QString secret = m_secretEdit->text();
    if (secret.isEmpty())
        setMessage(m_secretMessage, tr("40 characters; shown only once, when the key was created."),
            pal.color(QPalette::PlaceholderText));
    else if (secretShapeOk(secret))
        setMessage(m_secretMessage, tr("✓ 40 characters"), Theme::successColor(pal));
    else if (secret.size() != 40)
        setMessage(m_secretMessage,
            tr("Secret access keys are 40 characters long (this one has %1).").arg(secret.size()),
            Theme::errorColor(pal));
    else
        setMessage(m_secretMessage, tr("Secret access keys hold only letters, digits, '/', '+' and '='."),
            Theme::errorColor(pal));
    m_connectButton->setEnabled(inputValid());
}
