// onramp: the desktop console's entry point.
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("onramp"));
    QApplication::setOrganizationName(QStringLiteral("Onramp"));
    QApplication::setApplicationVersion(QStringLiteral(ONRAMP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Onramp desktop console"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                 QApplication::translate("main", "Quit after MS milliseconds (for smoke tests)."),
                                 QStringLiteral("MS"));
    parser.addOption(quitAfter);
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QCoreApplication::quit);
    return app.exec();
}
