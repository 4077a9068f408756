// The floor for "app start to first window shown": a Qt Widgets program that shows an empty main window of the
// same size and prints when its first show event is delivered — what Qt, the platform plugin and the dynamic
// linker cost before Onramp does anything. bench/parts/startup.py times it beside the real app.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QTextStream>

namespace {

class FloorWindow final : public QMainWindow
{
public:
    explicit FloorWindow(const QElapsedTimer &launch)
        : m_launch(launch)
    {
    }

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::Show && !m_shown) {
            m_shown = true;
            QTextStream(stderr) << "floor: first window shown " << m_launch.elapsed() << " ms after start ("
                                << QGuiApplication::platformName() << ")\n";
        }
        return QMainWindow::event(e);
    }

private:
    const QElapsedTimer &m_launch;
    bool m_shown = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer launch;
    launch.start();
    QApplication app(argc, argv);
    FloorWindow window(launch);
    window.resize(1100, 700);
    window.show();
    return app.exec();
}
