// MainWindow: the console's main window.
#include "ui/mainwindow.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Onramp"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *intro = new QLabel(tr("No AWS accounts connected yet. Connect one to discover its EC2 instances."), central);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    auto *connectButton = new QPushButton(tr("Connect AWS Account"), central);
    connectButton->setAccessibleName(tr("Connect AWS Account"));
    layout->addStretch();
    layout->addWidget(intro);
    layout->addWidget(connectButton, 0, Qt::AlignHCenter);
    layout->addStretch();
    setCentralWidget(central);
    resize(960, 600);
}
