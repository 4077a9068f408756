// CellTextCache: shaped, elided, plain-text cell lines, least recently used dropped first.
#include "ui/celltextcache.h"

#include <QFontMetrics>
#include <QTextOption>

#include <algorithm>

CellTextCache::CellTextCache(int capacity)
    : m_lines(qsizetype(std::max(capacity, 1)))
{
}

QString CellTextCache::singleLine(const QString &text)
{
    const auto breaks = [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029;
    };
    if (std::none_of(text.cbegin(), text.cend(), breaks))
        return text;
    QString line = text;
    std::replace_if(line.begin(), line.end(), breaks, QChar(u' '));
    return line;
}

const QStaticText &CellTextCache::line(
    const QString &text, const QFont &font, int width, Qt::TextElideMode mode, Qt::LayoutDirection direction)
{
    if (font != m_font || direction != m_direction) {
        m_lines.clear();
        m_font = font;
        m_direction = direction;
    }
    Key key { text, std::max(width, 0), mode };
    if (const QStaticText *cached = m_lines.object(key))
        return *cached;

    QString shown = singleLine(text);
    if (mode != Qt::ElideNone)
        shown = QFontMetrics(font).elidedText(shown, mode, key.width);
    auto *line = new QStaticText(shown);
    line->setTextFormat(Qt::PlainText);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(direction);
    line->setTextOption(option);
    line->prepare(QTransform(), font);
    const QStaticText *inserted = line;
    m_lines.insert(std::move(key), line); // takes ownership; with capacity >= 1 the new line stays
    return *inserted;
}
