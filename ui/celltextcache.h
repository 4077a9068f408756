// CellTextCache: item views' cell text shaped once and drawn from cache on every later paint.
#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QString>

/// The one line a table cell shows for a text, laid out (shaped, elided to the cell's width) once and kept, so that
/// repainting a view of 100,000 rows draws cached glyphs instead of shaping every visible cell again: Qt's item
/// delegates shape each cell's text two or three times per paint (its size, its elision, its layout), which made a
/// full repaint of the instance browser 9-16 ms of the GUI thread (bench/bench_instancemodel.cpp,
/// BM_StreamIntoView).
///
/// Untrusted text: a line is always Qt::PlainText (never guessed rich text), and line breaks and other control
/// characters become spaces, so a tag value "a\nb" shows as one line "a b" in its row.
///
/// Bounded: at most capacity() lines (least recently used go first). A change of font or text direction drops every
/// line. Not thread-safe; lives with its view on the GUI thread.
class CellTextCache final
{
public:
    /// Room for the visible cells of a large screen several times over.
    static constexpr int DefaultCapacity = 4096;

    explicit CellTextCache(int capacity = DefaultCapacity);

    /// The line to draw for \a text in \a width pixels of \a font: the text on one line, elided with \a mode when it
    /// does not fit (Qt::ElideNone: cut by the cell instead). Valid until the next call.
    const QStaticText &line(const QString &text, const QFont &font, int width, Qt::TextElideMode mode,
        Qt::LayoutDirection direction = Qt::LeftToRight);

    /// \a text on one line: control characters, line and paragraph separators replaced by spaces.
    static QString singleLine(const QString &text);

    int size() const { return int(m_lines.size()); }
    int capacity() const { return int(m_lines.maxCost()); }

private:
    struct Key
    {
        QString text;
        int width = 0;
        Qt::TextElideMode mode = Qt::ElideRight;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.text, key.width, int(key.mode));
        }
    };

    QCache<Key, QStaticText> m_lines;
    QFont m_font;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
};
