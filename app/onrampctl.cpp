// onrampctl: the command-line console (see shared cli-contract.md).
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stderr) << "onrampctl: no commands yet\n";
    return 2;
}
