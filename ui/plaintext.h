// PlainText: untrusted text (from AWS, a file or the user) shown literally where Qt would read it as rich text.
#pragma once

#include <QString>
#include <QStyledItemDelegate>

class QLabel;

/// Qt guesses whether a string is rich text (Qt::mightBeRichText) in QLabel's default Qt::AutoText, in tooltips and
/// in message boxes; a guessed "rich" string is HTML, and its <img src="…"> makes Qt read that file on the UI thread
/// (an EC2 tag "x<img src=/dev/zero>" exhausts memory; a FIFO hangs the UI for ever). Anyone who can tag an instance
/// writes such strings. Every widget here that shows text it did not write itself uses these.
namespace PlainText {
/// Longest tooltip shown; more is cut with an ellipsis (a 64 KiB tag value as a tooltip would cover the screen).
inline constexpr int maxToolTipChars = 1000;

/// \a text as a tooltip that Qt shows literally: HTML-escaped inside a paragraph of our own that keeps its line
/// breaks and spaces, cut at maxToolTipChars. Empty for empty text (no tooltip).
QString toolTip(const QString &text);

/// Makes \a label show exactly what it is given (Qt::PlainText, no link activation) and returns it.
QLabel *literal(QLabel *label);

/// A modal warning whose \a text (an error message, a path) is shown literally; QMessageBox::warning() would guess.
void warning(QWidget *parent, const QString &title, const QString &text);
} // namespace PlainText

/// An item delegate whose tooltips (Qt::ToolTipRole) are shown literally via PlainText::toolTip(); a view's default
/// tooltip handling would guess rich text. The account list's last-error tooltip is AWS's words.
class PlainToolTipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlainToolTipDelegate)
public:
    explicit PlainToolTipDelegate(QObject *parent = nullptr);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
};
