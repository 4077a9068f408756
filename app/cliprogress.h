// CliProgress: onrampctl's self-overwriting progress line on stderr, shown only when stderr is a terminal.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

/// One status line on stderr that rewrites itself ("\r…", erased at the end) while a command waits. Disabled (every
/// call a no-op) unless stderr is a terminal and the output is not --json: scripts and pipes never see it, and stdout
/// is never touched. Other stderr lines go through printLine() so they do not mix with it.
class CliProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliProgress)
public:
    explicit CliProgress(bool json, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    /// Starts showing the line \a render returns (called on update() and once a second; it gets the seconds since
    /// start()).
    void start(std::function<QString(qint64 elapsedSecs)> render);
    /// Redraws the line now (after the state it renders changed).
    void update();
    /// Erases the line and stops; the next output starts at the beginning of an empty line.
    void stop();
    /// \a text as a line of its own on stderr, the progress line drawn again below it.
    void printLine(const QString &text);

private:
    void draw();
    void erase();

    bool m_enabled = false;
    bool m_shown = false;
    std::function<QString(qint64)> m_render;
    QElapsedTimer m_clock;
    QTimer m_tick;
};
