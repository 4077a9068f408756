// PlainText: literal labels and tooltips for untrusted text.
#include "ui/plaintext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QToolTip>

QString PlainText::toolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString shown = text.size() > maxToolTipChars ? text.left(maxToolTipChars) + QStringLiteral("…") : text;
    // The paragraph is ours; everything inside is escaped, so Qt renders it as the characters it is.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + shown.toHtmlEscaped() + QStringLiteral("</p>");
}

QLabel *PlainText::literal(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    label->setOpenExternalLinks(false);
    return label;
}

void PlainText::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

PlainToolTipDelegate::PlainToolTipDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

bool PlainToolTipDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = PlainText::toolTip(index.data(Qt::ToolTipRole).toString());
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return false;
    }
    QToolTip::showText(event->globalPos(), tip, view, option.rect);
    return true;
}
