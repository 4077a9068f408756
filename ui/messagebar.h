// MessageBar: an inline, dismissable message strip (information, warning or error) at the top of a window.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

/// A calm alternative to a modal message box for things the user should notice but need not answer: a coloured
/// strip with an icon, a message (rich text allowed) and a close button. Hidden until showMessage().
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)
public:
    enum class Level { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text);
    /// Shows \a text as plain text: nothing in it is read as markup or a link.
    void showPlainMessage(Level level, const QString &text);
    QString text() const;
    /// Whether the close button is offered (default true). A message about a lasting condition is not dismissable.
    void setDismissible(bool dismissible);
    Level level() const { return m_level; }

Q_SIGNALS:
    void linkActivated(const QString &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    Level m_level = Level::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};
