#include "mainwindow.h"
#include "services/demoproduct.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// `--demo`, `--version` and `--help` work without a display, so they get a
// QCoreApplication; everything else needs the full QApplication.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--demo", "--version", "-v", "--help", "-h", "--help-all"}) {
            if (std::strcmp(argv[i], option) == 0)
                return false;
        }
    }
    return true;
}

// Whether Qt has anything to show a window on. On X11 and Wayland desktops without DISPLAY or
// WAYLAND_DISPLAY, and with no platform chosen (QT_QPA_PLATFORM, -platform), Qt would abort with
// a page about its platform plugins; Ordo says what is wrong in one line instead.
bool hasDisplay(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0
            || std::strncmp(argv[i], "-platform=", 10) == 0 || std::strncmp(argv[i], "--platform=", 11) == 0)
            return true;
    }
    return false;
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return true;
#endif
}

void installTranslators(QCoreApplication &app)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale,
                           QStringLiteral("qtbase"),
                           QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    // English plural forms ("1 item", "2 items") under every locale; a
    // translation installed after it takes precedence.
    auto *pluralTranslator = new QTranslator(&app);
    if (pluralTranslator->load(QStringLiteral(":/i18n/ordo_en.qm")))
        QCoreApplication::installTranslator(pluralTranslator);
    auto *ordoTranslator = new QTranslator(&app);
    if (locale.language() != QLocale::English
        && ordoTranslator->load(locale, QStringLiteral("ordo"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ordoTranslator);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ordo"));
    QCoreApplication::setApplicationName(QStringLiteral("Ordo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORDO_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.ordo.Ordo"));

    const bool gui = needsGui(argc, argv);
    if (gui && !hasDisplay(argc, argv)) {
        QCoreApplication console(argc, argv);
        installTranslators(console);
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main",
                         "ordo: there is no display to show the window on (DISPLAY and "
                         "WAYLAND_DISPLAY are not set); start Ordo from a desktop session.")));
        return 1;
    }
    std::unique_ptr<QCoreApplication> app(gui ? new QApplication(argc, argv)
                                              : new QCoreApplication(argc, argv));
    installTranslators(*app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Ordo, the ordered Product Backlog for Scrum Product Owners."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Write a demo product to <file> and exit."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(demoOption);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "The product file to open (created if it does not exist)."),
        QStringLiteral("[file]"));
    parser.process(*app);

    if (parser.isSet(demoOption)) {
        const QString path = parser.value(demoOption);
        if (QFileInfo::exists(path)) {
            std::fprintf(stderr,
                         "%s\n",
                         qPrintable(QCoreApplication::translate("main",
                                                                "“%1” already exists; the demo "
                                                                "product is only written to a new "
                                                                "file.")
                                        .arg(QDir::toNativeSeparators(path))));
            return 1;
        }
        if (auto written = Ordo::DemoProduct::write(path); !written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.errorMessage()));
            return 1;
        }
        std::printf("%s\n",
                    qPrintable(QCoreApplication::translate("main", "Wrote the demo product to “%1”.")
                                   .arg(QDir::toNativeSeparators(path))));
        return 0;
    }

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ordo.svg")));
    const QStringList files = parser.positionalArguments();
    Ordo::MainWindow window;
    window.show();
    window.startUp(files.isEmpty() ? QString() : files.constFirst());
    return app->exec();
}
