#include "mainwindow.h"
#include "productdocument.h"
#include "reports/stakeholderreport.h"
#include "interchange/export.h"
#include "interchange/importfile.h"
#include "services/demoproduct.h"
#include "sprinteditor.h"
#include "storage/database.h"
#include "storage/server.h"

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

// `--demo`, `--import`, `--export`, `--publish`, `--grant`, `--version` and `--help` work without a display, so they get a
// QCoreApplication; everything else needs the full QApplication.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--demo", "--import", "--export", "--publish", "--grant", "--version", "-v", "--help", "-h", "--help-all"}) {
            if (std::strcmp(argv[i], option) == 0)
                return false;
        }
    }
    return true;
}

// `--report` and `--dashboard` write a file for stakeholders, for a weekly job on a machine that
// may have no display: they draw offscreen.
bool writesReport(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--report", "--dashboard"}) {
            const size_t length = std::strlen(option);
            if (std::strncmp(argv[i], option, length) == 0 && (argv[i][length] == '\0' || argv[i][length] == '='))
                return true;
        }
    }
    return false;
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

int fail(const QString &message)
{
    std::fprintf(stderr, "ordo: %s\n", qPrintable(message));
    return 1;
}

// A command used the wrong way: exit code 2, as QCommandLineParser's own refusals.
int usage(const QString &message)
{
    std::fprintf(stderr, "ordo: %s\n", qPrintable(message));
    return 2;
}

// `ordo --publish FILE.ordo postgresql://USER@HOST:PORT/DB`: the product file copied to an empty
// database on a PostgreSQL server, its user the product's Product Owner there.
int publishProduct(const QString &file, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("main", "name the one server database to publish to: "
                                                         "ordo --publish FILE.ordo postgresql://USER@HOST:PORT/DATABASE."));
    QString error;
    const auto address = Ordo::ServerAddress::fromUrl(arguments.constFirst(), &error);
    if (!address)
        return usage(error);
    if (!QFileInfo::exists(file))
        return fail(QCoreApplication::translate("main", "“%1” does not exist.").arg(QDir::toNativeSeparators(file)));
    Ordo::Database::OpenError openError;
    const std::unique_ptr<Ordo::Database> database = Ordo::Database::open(file, &openError);
    if (!database)
        return fail(openError.message);
    int shown = -1;
    const auto published = Ordo::Server::publish(*database, *address, [&shown](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent / 10 != shown / 10) {
            shown = percent;
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Publishing: %1% of the rows copied.").arg(percent)));
        }
        return true;
    });
    if (!published)
        return fail(published.errorMessage());
    std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "Published “%1” to %2; you are its Product Owner there.")
                                       .arg(QDir::toNativeSeparators(file), address->toUrl())));
    return 0;
}

// `ordo --grant ROLE USER postgresql://...`: a person's role in a product on a server.
int grantRole(const QString &roleKey, const QStringList &arguments)
{
    const std::optional<Ordo::Server::Role> role = Ordo::Server::roleFromKey(roleKey);
    if (!role)
        return usage(QCoreApplication::translate("main", "the role is product-owner, team-member or stakeholder, not “%1”.").arg(roleKey));
    if (arguments.size() != 2)
        return usage(QCoreApplication::translate("main", "name the user and the product: "
                                                         "ordo --grant ROLE USER postgresql://USER@HOST:PORT/DATABASE."));
    QString error;
    const auto address = Ordo::ServerAddress::fromUrl(arguments.at(1), &error);
    if (!address)
        return usage(error);
    if (auto granted = Ordo::Server::grant(*address, *role, arguments.at(0)); !granted)
        return fail(granted.errorMessage());
    std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "“%1” is now %2 of %3.")
                                       .arg(arguments.at(0), Ordo::Server::roleTitle(*role), address->toUrl())));
    return 0;
}

// `ordo --report SPRINT --output FILE PRODUCT.ordo` and `ordo --dashboard --output FILE PRODUCT.ordo`.
int writeReport(const QCommandLineParser &parser,
                const QCommandLineOption &reportOption,
                const QCommandLineOption &dashboardOption,
                const QCommandLineOption &outputOption,
                const QCommandLineOption &pageSizeOption)
{
    if (parser.isSet(reportOption) && parser.isSet(dashboardOption))
        return fail(QCoreApplication::translate("main", "choose --report or --dashboard, not both."));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return fail(QCoreApplication::translate("main", "say where to write it with --output FILE (.pdf or .html)."));
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(QCoreApplication::translate("main", "name the one product file to report on."));
    QPageSize::PageSizeId pageSize = Ordo::StakeholderReport::defaultPageSize();
    if (parser.isSet(pageSizeOption)) {
        const QString size = parser.value(pageSizeOption).toLower();
        if (size == QLatin1String("a4"))
            pageSize = QPageSize::A4;
        else if (size == QLatin1String("letter"))
            pageSize = QPageSize::Letter;
        else
            return fail(QCoreApplication::translate("main", "the page size is a4 or letter, not “%1”.").arg(parser.value(pageSizeOption)));
    }
    if (!QFileInfo::exists(files.constFirst()))
        return fail(QCoreApplication::translate("main", "“%1” does not exist.").arg(QDir::toNativeSeparators(files.constFirst())));
    QString error;
    auto document = Ordo::ProductDocument::open(files.constFirst(), &error);
    if (!document)
        return fail(error);

    Ordo::Expected<Ordo::StakeholderReport> report = Ordo::Error{};
    if (parser.isSet(dashboardOption)) {
        report = Ordo::StakeholderReport::dashboard(document.get());
    } else {
        const QString wanted = parser.value(reportOption).trimmed();
        const Ordo::SprintEditor *sprints = document->sprintEditor();
        const Ordo::Sprint *chosen = nullptr;
        for (const Ordo::Sprint &sprint : sprints->sprints()) {
            if (sprint.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                chosen = &sprint;
        }
        if (!chosen && wanted.compare(QLatin1String("current"), Qt::CaseInsensitive) == 0)
            chosen = sprints->activeSprint();
        if (!chosen && wanted.compare(QLatin1String("last"), Qt::CaseInsensitive) == 0)
            chosen = sprints->lastClosedSprint();
        if (!chosen) {
            QStringList names;
            for (const Ordo::Sprint &sprint : sprints->sprints())
                names.append(sprint.name);
            return fail(QCoreApplication::translate("main", "“%1” has no sprint called “%2”; its sprints: %3.")
                            .arg(QFileInfo(files.constFirst()).fileName(), wanted,
                                 names.isEmpty() ? QCoreApplication::translate("main", "none") : names.join(QStringLiteral(", "))));
        }
        report = Ordo::StakeholderReport::sprintReview(document.get(), chosen->id);
    }
    if (!report)
        return fail(report.error().message);
    if (auto written = report->write(output, pageSize); !written)
        return fail(written.errorMessage());
    std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "Wrote “%1”.").arg(QDir::toNativeSeparators(output))));
    return 0;
}

// `ordo --import FILE --into PRODUCT.ordo`: for scripted migrations from another tool.
int importInto(const QString &file, const QString &product)
{
    if (product.isEmpty())
        return fail(QCoreApplication::translate("main", "say which product file to import into with --into PRODUCT.ordo."));
    const auto imported = Ordo::Import::importFileInto(file, product);
    if (!imported)
        return fail(imported.errorMessage());
    if (imported->backup) {
        std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "Restored %n item(s) from the backup “%1” into the new product “%2”.",
                                                                   nullptr, imported->backup->items)
                                           .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(product))));
        return 0;
    }
    const Ordo::Import::Result &result = imported->result;
    const QString from = QDir::toNativeSeparators(file);
    const QString into = QDir::toNativeSeparators(product);
    const int created = int(result.created.size());
    std::printf("%s\n%s\n%s\n",
                qPrintable(imported->newProduct
                               ? QCoreApplication::translate("main", "Imported %n item(s) from “%1” into the new product “%2”.", nullptr, created).arg(from, into)
                               : QCoreApplication::translate("main", "Imported %n item(s) from “%1” into “%2”.", nullptr, created).arg(from, into)),
                qPrintable(QCoreApplication::translate("main", "Updated %n item(s) imported before.", nullptr, int(result.updated.size()))),
                qPrintable(QCoreApplication::translate("main", "Added %n dependenc(ies).", nullptr, result.dependencies)));
    const QStringList report = Ordo::Import::reportLines(imported->source, result);
    for (const QString &line : report)
        std::printf("  %s\n", qPrintable(line));
    return 0;
}

// `ordo --export FORMAT --output FILE PRODUCT.ordo`: the backlog for Jira or Azure DevOps, or the
// full JSON backup, for a script or a weekly job.
int exportProduct(const QString &formatName, const QString &output, const QStringList &files)
{
    const std::optional<Ordo::Export::Format> format = Ordo::Export::formatFromName(formatName);
    if (!format)
        return fail(QCoreApplication::translate("main", "the export format is jira, azure or json, not “%1”.").arg(formatName));
    if (output.isEmpty())
        return fail(QCoreApplication::translate("main", "say where to write the export with --output FILE."));
    if (files.size() != 1)
        return fail(QCoreApplication::translate("main", "name the one product file to export."));
    if (!QFileInfo::exists(files.constFirst()))
        return fail(QCoreApplication::translate("main", "“%1” does not exist.").arg(QDir::toNativeSeparators(files.constFirst())));
    Ordo::Database::OpenError error;
    const std::unique_ptr<Ordo::Database> database = Ordo::Database::open(files.constFirst(), &error);
    if (!database)
        return fail(error.message);
    const auto written = Ordo::Export::exportTo(*database, *format, output);
    if (!written)
        return fail(written.errorMessage());
    for (const Ordo::Export::ExportedFile &file : *written) {
        std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "Wrote %n item(s) to “%1”.", nullptr, file.items)
                                           .arg(QDir::toNativeSeparators(file.path))));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ordo"));
    QCoreApplication::setApplicationName(QStringLiteral("Ordo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORDO_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.ordo.Ordo"));

    const bool gui = needsGui(argc, argv);
    if (writesReport(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
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
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        QCoreApplication::translate("main",
                                    "Write the review report of <sprint> (its name, “current” for the running "
                                    "sprint or “last” for the last one closed) to the --output file, and exit."),
        QCoreApplication::translate("main", "sprint"));
    parser.addOption(reportOption);
    const QCommandLineOption dashboardOption(
        QStringLiteral("dashboard"),
        QCoreApplication::translate("main", "Write the product dashboard to the --output file, and exit."));
    parser.addOption(dashboardOption);
    const QCommandLineOption outputOption(
        QStringLiteral("output"),
        QCoreApplication::translate("main", "The file --report, --dashboard or --export writes: .pdf, .html (or .md for a report); .csv or .json for an export."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(outputOption);
    const QCommandLineOption pageSizeOption(
        QStringLiteral("page-size"),
        QCoreApplication::translate("main", "The page size of a PDF: a4 or letter (default: the locale's)."),
        QCoreApplication::translate("main", "size"));
    parser.addOption(pageSizeOption);
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        QCoreApplication::translate("main", "Import <file> (an export of Jira as CSV or XML, Azure DevOps, Trello or Pivotal Tracker) "
                                            "into the --into product file, or restore an Ordo JSON backup into a new one, and exit."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(importOption);
    const QCommandLineOption intoOption(
        QStringLiteral("into"),
        QCoreApplication::translate("main", "The product file --import adds to (created if it does not exist)."),
        QCoreApplication::translate("main", "product"));
    parser.addOption(intoOption);
    const QCommandLineOption exportOption(
        QStringLiteral("export"),
        QCoreApplication::translate("main",
                                    "Export the product file to the --output file as <format> (jira: Jira's CSV importer; "
                                    "azure: Azure DevOps' CSV import, 1,000 rows per file; json: the full backup, which "
                                    "--import restores into a new file), and exit."),
        QCoreApplication::translate("main", "format"));
    parser.addOption(exportOption);
    const QCommandLineOption publishOption(
        QStringLiteral("publish"),
        QCoreApplication::translate("main", "Publish the product file <file> to the empty database on a PostgreSQL server named "
                                            "by the argument postgresql://USER@HOST:PORT/DATABASE (created if the user may), "
                                            "the user becoming its Product Owner, and exit."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(publishOption);
    const QCommandLineOption grantOption(
        QStringLiteral("grant"),
        QCoreApplication::translate("main", "Give the PostgreSQL user named by the first argument the <role> product-owner, "
                                            "team-member or stakeholder in the product on the server named by the second "
                                            "(postgresql://...), and exit."),
        QCoreApplication::translate("main", "role"));
    parser.addOption(grantOption);
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

    if (parser.isSet(importOption))
        return importInto(parser.value(importOption), parser.value(intoOption));

    if (parser.isSet(exportOption))
        return exportProduct(parser.value(exportOption), parser.value(outputOption), parser.positionalArguments());

    if (parser.isSet(publishOption))
        return publishProduct(parser.value(publishOption), parser.positionalArguments());

    if (parser.isSet(grantOption))
        return grantRole(parser.value(grantOption), parser.positionalArguments());

    if (parser.isSet(reportOption) || parser.isSet(dashboardOption))
        return writeReport(parser, reportOption, dashboardOption, outputOption, pageSizeOption);

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ordo.svg")));
    const QStringList files = parser.positionalArguments();
    Ordo::MainWindow window;
    window.show();
    const QString first = files.isEmpty() ? QString() : files.constFirst();
    // `ordo postgresql://user@host:port/database`: a product the team shares on a server.
    if (first.startsWith(QLatin1String("postgresql://")) || first.startsWith(QLatin1String("postgres://"))) {
        QString error;
        const std::optional<Ordo::ServerAddress> address = Ordo::ServerAddress::fromUrl(first, &error);
        if (!address) {
            std::fprintf(stderr, "ordo: %s\n", qPrintable(error));
            return 2;
        }
        window.startUpOnServer(*address);
    } else {
        window.startUp(first);
    }
    return app->exec();
}
