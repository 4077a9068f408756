// Theme: icons, status colours and palettes.
#include "ui/theme.h"

#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QStyle>
#include <QStyleFactory>
#include <QSvgRenderer>

static void initOnrampResources()
{
    Q_INIT_RESOURCE(onramp);
}

namespace {

/// Paints an SVG whose "currentColor" becomes the palette's text colour for the icon mode being drawn.
class TintedSvgIconEngine final : public QIconEngine
{
public:
    explicit TintedSvgIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(tinted(mode));
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.fill(Qt::transparent);
        {
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            paint(&p, QRect(QPoint(0, 0), pm.size()), mode, state);
        }
        pm.setDevicePixelRatio(scale);
        return pm;
    }

    QIconEngine *clone() const override { return new TintedSvgIconEngine(m_svg); }
    QString key() const override { return QStringLiteral("onramp-tinted-svg"); }

private:
    QByteArray tinted(QIcon::Mode mode) const
    {
        const QPalette pal = QApplication::palette();
        QColor color = pal.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
            mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
        QByteArray svg = m_svg;
        svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
        if (mode == QIcon::Disabled)
            svg.replace("<svg ", "<svg opacity=\"0.55\" ");
        return svg;
    }

    QByteArray m_svg;
};

QIcon resourceIcon(const QString &path)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(path);
    if (it == cache.end())
        it = cache.insert(path, QIcon(path));
    return *it;
}

struct StatusPair
{
    QColor light;
    QColor dark;
};

} // namespace

namespace Theme {

void initResources()
{
    initOnrampResources();
}

QIcon appIcon()
{
    return resourceIcon(QStringLiteral(":/icons/onramp.svg"));
}

QIcon accountStatusIcon(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Pending:
        return resourceIcon(QStringLiteral(":/icons/status-pending.svg"));
    case AccountStatus::Connected:
        return resourceIcon(QStringLiteral(":/icons/status-connected.svg"));
    case AccountStatus::Active:
        return resourceIcon(QStringLiteral(":/icons/status-active.svg"));
    case AccountStatus::Failed:
        return resourceIcon(QStringLiteral(":/icons/status-failed.svg"));
    case AccountStatus::Disconnected:
        return resourceIcon(QStringLiteral(":/icons/status-disconnected.svg"));
    }
    return {};
}

QIcon instanceStateIcon(QStringView state)
{
    static const QStringList known = { QStringLiteral("running"), QStringLiteral("pending"), QStringLiteral("stopping"),
        QStringLiteral("stopped"), QStringLiteral("shutting-down"), QStringLiteral("terminated") };
    for (const QString &k : known) {
        if (state == k)
            return resourceIcon(QStringLiteral(":/icons/state-") + k + QStringLiteral(".svg"));
    }
    // RDS's words for the same: a database serving, a database kept as history.
    if (state == QLatin1StringView("available"))
        return resourceIcon(QStringLiteral(":/icons/state-running.svg"));
    if (state == QLatin1StringView("deleted"))
        return resourceIcon(QStringLiteral(":/icons/state-terminated.svg"));
    return resourceIcon(QStringLiteral(":/icons/state-unknown.svg"));
}

QIcon action(const char *name)
{
    static QHash<QByteArray, QIcon> cache;
    const QByteArray key(name);
    auto it = cache.find(key);
    if (it != cache.end())
        return *it;
    QFile file(QStringLiteral(":/icons/action-") + QString::fromLatin1(key) + QStringLiteral(".svg"));
    QIcon icon;
    if (file.open(QIODevice::ReadOnly))
        icon = QIcon(new TintedSvgIconEngine(file.readAll()));
    cache.insert(key, icon);
    return icon;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor statusColor(AccountStatus status, const QPalette &palette)
{
    // Primer "fg" colours: the light set reaches >= 4.5:1 on white, the dark set on #0d1117..#2b2b2b.
    StatusPair pair;
    switch (status) {
    case AccountStatus::Pending:
        pair = { QColor(0x9a, 0x67, 0x00), QColor(0xd2, 0x99, 0x22) };
        break;
    case AccountStatus::Connected:
        pair = { QColor(0x09, 0x69, 0xda), QColor(0x58, 0xa6, 0xff) };
        break;
    case AccountStatus::Active:
        pair = { QColor(0x1a, 0x7f, 0x37), QColor(0x3f, 0xb9, 0x50) };
        break;
    case AccountStatus::Failed:
        pair = { QColor(0xcf, 0x22, 0x2e), QColor(0xf8, 0x51, 0x49) };
        break;
    case AccountStatus::Disconnected:
        return palette.color(QPalette::Disabled, QPalette::Text);
    }
    return isDark(palette) ? pair.dark : pair.light;
}

QColor errorColor(const QPalette &palette)
{
    return statusColor(AccountStatus::Failed, palette);
}

QColor successColor(const QPalette &palette)
{
    return statusColor(AccountStatus::Active, palette);
}

QColor warningColor(const QPalette &palette)
{
    return statusColor(AccountStatus::Pending, palette);
}

QFont monospaceFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

void applyAppearance(AppSettings::Appearance appearance)
{
    static const QString platformStyle = QApplication::style() ? QApplication::style()->name() : QString();
    static const QPalette platformPalette = QApplication::palette();
    if (appearance == AppSettings::Appearance::System) {
        if (!platformStyle.isEmpty())
            QApplication::setStyle(QStyleFactory::create(platformStyle));
        QApplication::setPalette(platformPalette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (appearance == AppSettings::Appearance::Light) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80), highlight(0x2f, 0x6f, 0xdb);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x3f));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x28));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xbc, 0x8c, 0xff));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText }) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    QApplication::setPalette(p);
}

} // namespace Theme
