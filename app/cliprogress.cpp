// CliProgress: the progress line, drawn with a carriage return and erased with ANSI "erase in line".
#include "cliprogress.h"

#include <QTextStream>

#include <sys/ioctl.h>
#include <unistd.h>

namespace {
/// The terminal's width, so that the line never wraps (a wrapped line cannot be overwritten with "\r").
int terminalColumns()
{
    winsize size {};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return 80;
}
} // namespace

CliProgress::CliProgress(bool json, QObject *parent)
    : QObject(parent)
    , m_enabled(!json && ::isatty(STDERR_FILENO) == 1)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &CliProgress::draw);
}

void CliProgress::start(std::function<QString(qint64)> render)
{
    if (!m_enabled)
        return;
    m_render = std::move(render);
    m_clock.start();
    m_tick.start();
    draw();
}

void CliProgress::update()
{
    if (m_render)
        draw();
}

void CliProgress::stop()
{
    m_tick.stop();
    m_render = nullptr;
    erase();
}

void CliProgress::printLine(const QString &text)
{
    erase();
    QTextStream(stderr) << text << '\n';
    if (m_render)
        draw();
}

void CliProgress::draw()
{
    if (!m_enabled || !m_render)
        return;
    QString line = m_render(m_clock.elapsed() / 1000);
    line.truncate(qMax(0, terminalColumns() - 1));
    QTextStream(stderr) << '\r' << line << "\x1b[K";
    m_shown = true;
}

void CliProgress::erase()
{
    if (!m_shown)
        return;
    QTextStream(stderr) << "\r\x1b[K";
    m_shown = false;
}
