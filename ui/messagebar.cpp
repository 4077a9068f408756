// MessageBar: inline message strip.
#include "ui/messagebar.h"

#include "ui/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_icon = new QLabel(this);
    m_icon->setTextFormat(Qt::PlainText);
    m_icon->setFixedSize(18, 18);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::RichText);
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setAccessibleName(tr("Message"));
    m_close = new QToolButton(this);
    m_close->setIcon(Theme::action("clear"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_text, &QLabel::linkActivated, this, &MessageBar::linkActivated);
    hide();
}

void MessageBar::showMessage(Level level, const QString &text)
{
    m_level = level;
    m_text->setTextFormat(Qt::AutoText);
    m_text->setText(text);
    applyColours();
    show();
}

void MessageBar::showPlainMessage(Level level, const QString &text)
{
    m_level = level;
    m_text->setTextFormat(Qt::PlainText);
    m_text->setText(text);
    applyColours();
    show();
}

void MessageBar::setDismissible(bool dismissible)
{
    m_close->setVisible(dismissible);
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && isVisible())
        applyColours();
}

void MessageBar::applyColours()
{
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    QColor accent;
    AccountStatus iconStatus = AccountStatus::Connected;
    switch (m_level) {
    case Level::Information:
        accent = Theme::statusColor(AccountStatus::Connected, base);
        iconStatus = AccountStatus::Connected;
        break;
    case Level::Warning:
        accent = Theme::warningColor(base);
        iconStatus = AccountStatus::Pending;
        break;
    case Level::Error:
        accent = Theme::errorColor(base);
        iconStatus = AccountStatus::Failed;
        break;
    }
    // A faint wash of the accent over the window colour keeps the text colour's contrast in both palettes.
    const QColor window = base.color(QPalette::Window);
    const qreal a = 0.14;
    const QColor wash = QColor::fromRgbF(window.redF() * (1 - a) + accent.redF() * a,
        window.greenF() * (1 - a) + accent.greenF() * a, window.blueF() * (1 - a) + accent.blueF() * a);
    QPalette p = base;
    p.setColor(QPalette::Window, wash);
    setPalette(p);
    setStyleSheet(QString());
    m_icon->setPixmap(Theme::accountStatusIcon(iconStatus).pixmap(QSize(18, 18), devicePixelRatioF()));
}
