#include "canvasstyle.h"
#include "cli.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // the settings (the editor's language, used by diagram exports) live under these names
    QCoreApplication::setApplicationName(QStringLiteral("Kumo"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kumo"));
    if (kumo::cli::isHeadless(arguments)) {
        // The command line speaks English (scripts read it); the English translation only
        // supplies plural forms ("1 error", "2 errors").
        // Subcommands never need a display.
        if (kumo::cli::needsRendering(arguments)) {
            // the canvas is made of widgets' graphics items: a QApplication, on no display
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            kumo::Language::apply(QStringLiteral("en"), false);
            return kumo::cli::run(arguments);
        }
        QCoreApplication app(argc, argv);
        kumo::Language::apply(QStringLiteral("en"), false);
        return kumo::cli::run(arguments);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kumo"));
    QApplication::setOrganizationName(QStringLiteral("Kumo"));
    QApplication::setApplicationVersion(QStringLiteral(KUMO_VERSION));
    QApplication::setWindowIcon(kumo::CanvasStyle::applicationIcon());
    // the desktop entry's name (the AppStream id, packaging/packaging.cmake): the Wayland app id
    QApplication::setDesktopFileName(QStringLiteral(KUMO_APP_ID));
    // the interface language: the saved choice, else the system's (KUMO_LANGUAGE=ja|en overrides)
    const QString language = qEnvironmentVariableIsSet("KUMO_LANGUAGE") ? qEnvironmentVariable("KUMO_LANGUAGE") : kumo::Language::preferred();
    kumo::Language::apply(language, false);
    kumo::MainWindow window;
    window.show();
    if (arguments.size() > 1)
        window.openFile(arguments.at(1));
    else if (!window.offerRecovery())
        window.restoreLastSession(); // or the welcome page, when there is no last session
    return app.exec();
}
