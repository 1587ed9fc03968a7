// setup_packages_complete: the Debian package list in scripts/debian-packages.txt covers
// everything configure, build, tests and packaging use on this machine, and the clang toolchain
// of the fuzz build (`./scripts/ordo fuzz`).
//
// A fresh Debian 12 machine has none of Qt, and `./scripts/ordo` installs the list with
// --no-install-recommends. A machine that has run Ordo before keeps whatever was once installed
// by hand, so a green build there proves nothing about the list. This test asks the package
// database instead: it takes every file the build and the tests use from the system (the package
// configuration files and libraries CMake found, the compilers and tools it recorded, the Qt tools
// and plugins, the programs the tests and packaging call, the shared libraries the executables
// load), finds the Debian package that owns each (`dpkg -S`), and checks that the package is in
// the list or in the Depends: closure of the list (`apt-cache depends --recurse`, without
// Recommends or Suggests).
//
// The data rows also take single packages out of the list and show that the check then fails,
// naming the package: the check can fail, and it fails for the package that broke a fresh
// machine once (libqt6opengl6-dev, without which Qt6Charts' CMake package is not found).

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

namespace {

struct Use
{
    QString path; // a file on this machine
    QString why;  // what uses it, for the failure message
};

QStringList readPackageList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList packages;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        line = line.left(line.indexOf(QLatin1Char('#'))).trimmed();
        if (!line.isEmpty())
            packages.append(line);
    }
    return packages;
}

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

// What `apt-get install --no-install-recommends` brings onto a fresh machine for these packages:
// the packages and, recursively, their Depends: and Pre-Depends:. Of the alternatives of an
// "a | b" dependency apt takes the first unless another is being installed anyway, and a virtual
// package is provided by its first provider; the closure follows the same rule, so a package that
// is only some dependency's second choice is not counted as installed.
QSet<QString> dependsClosure(const QStringList &packages)
{
    const QString out = run(QStringLiteral("apt-cache"),
                            QStringList{QStringLiteral("depends"), QStringLiteral("--recurse"),
                                        QStringLiteral("--no-recommends"), QStringLiteral("--no-suggests"),
                                        QStringLiteral("--no-conflicts"), QStringLiteral("--no-breaks"),
                                        QStringLiteral("--no-replaces"), QStringLiteral("--no-enhances")}
                                + packages);
    // package -> its dependency groups, each a list of alternatives; virtual name -> providers
    QHash<QString, QList<QStringList>> groups;
    QHash<QString, QStringList> providers;
    static const QRegularExpression dependency(QStringLiteral("^  (\\|)?(?:Pre)?Depends: (<)?([^\\s>]+)>?$"));
    static const QRegularExpression provider(QStringLiteral("^    (\\S+)$"));
    const auto bare = [](const QString &name) { return name.section(QLatin1Char(':'), 0, 0); };
    QString package;
    QString lastVirtual;
    bool continuesGroup = false;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.at(0).isSpace()) {
            package = bare(line.trimmed().remove(QLatin1Char('<')).remove(QLatin1Char('>')));
            groups.insert(package, {});
            continuesGroup = false;
            lastVirtual.clear();
        } else if (const auto match = dependency.match(line); match.hasMatch()) {
            const QString name = bare(match.captured(3));
            QList<QStringList> &own = groups[package];
            if (continuesGroup && !own.isEmpty())
                own.last().append(name);
            else
                own.append(QStringList{name});
            continuesGroup = !match.captured(1).isEmpty();
            lastVirtual = match.captured(2).isEmpty() ? QString() : name;
        } else if (const auto offer = provider.match(line); offer.hasMatch() && !lastVirtual.isEmpty()) {
            providers[lastVirtual].append(bare(offer.captured(1)));
        }
    }

    QSet<QString> closure(packages.cbegin(), packages.cend());
    QStringList queue = packages;
    const auto take = [&closure, &queue](const QString &name) {
        if (!closure.contains(name)) {
            closure.insert(name);
            queue.append(name);
        }
    };
    while (!queue.isEmpty()) {
        const QString next = queue.takeFirst();
        if (providers.contains(next)) {
            // A virtual package: its first provider, unless one is already chosen.
            const QStringList &candidates = providers.value(next);
            if (std::none_of(candidates.cbegin(), candidates.cend(),
                             [&closure](const QString &c) { return closure.contains(c); }))
                take(candidates.constFirst());
        }
        for (const QStringList &alternatives : groups.value(next)) {
            if (std::none_of(alternatives.cbegin(), alternatives.cend(),
                             [&closure](const QString &a) { return closure.contains(a); }))
                take(alternatives.constFirst());
        }
    }
    return closure;
}

// Essential: yes packages are on every Debian system and never named as a dependency.
QSet<QString> essentialPackages()
{
    const QString out = run(QStringLiteral("dpkg-query"),
                            {QStringLiteral("-W"), QStringLiteral("-f=${Package}\\t${Essential}\\n")});
    QSet<QString> essential;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.endsWith(QLatin1String("\tyes")))
            essential.insert(line.section(QLatin1Char('\t'), 0, 0));
    }
    return essential;
}

// The paths under which dpkg may have recorded a file: the path as used, its target after every
// symbolic link, and both again through merged /usr (a package that ships /lib/x/libfoo.so puts
// it, on a merged-/usr system, at /usr/lib/x/libfoo.so, while dpkg still records /lib/...).
QStringList candidatePaths(const QString &path)
{
    QStringList candidates;
    const auto add = [&candidates](const QString &candidate) {
        if (candidate.isEmpty() || candidates.contains(candidate))
            return;
        candidates.append(candidate);
        for (const char *dir : {"/bin/", "/sbin/", "/lib/", "/lib64/", "/lib32/"}) {
            const QString top = QString::fromLatin1(dir);
            if (candidate.startsWith(top))
                candidates.append(QStringLiteral("/usr") + candidate);
            else if (candidate.startsWith(QStringLiteral("/usr") + top))
                candidates.append(candidate.mid(4));
        }
    };
    add(QFileInfo(path).canonicalFilePath());
    add(QFileInfo(path).absoluteFilePath());
    // The last link before the file itself (/usr/bin/c++ -> /etc/alternatives/c++ -> g++-12).
    QFileInfo link(path);
    for (int hops = 0; link.isSymLink() && hops < 8; ++hops) {
        link = QFileInfo(link.symLinkTarget());
        add(link.absoluteFilePath());
    }
    return candidates;
}

// dpkg -S for every file at once: file -> owning package.
QHash<QString, QString> owners(const QList<Use> &uses)
{
    QStringList paths;
    for (const Use &use : uses)
        paths += candidatePaths(use.path);
    paths.removeDuplicates();
    const QString out = run(QStringLiteral("dpkg"), QStringList{QStringLiteral("-S")} + paths);
    QHash<QString, QString> owner;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // "pkg1:amd64, pkg2: /path" (diversions start with "diversion by" and are skipped)
        const qsizetype colon = line.indexOf(QStringLiteral(": /"));
        if (colon < 0 || line.startsWith(QStringLiteral("diversion ")))
            continue;
        const QString file = line.mid(colon + 2);
        const QString package = line.left(colon).section(QLatin1Char(','), 0, 0).trimmed().section(QLatin1Char(':'), 0, 0);
        owner.insert(file, package);
    }
    QHash<QString, QString> byUse;
    for (const Use &use : uses) {
        for (const QString &candidate : candidatePaths(use.path)) {
            if (owner.contains(candidate)) {
                byUse.insert(use.path, owner.value(candidate));
                break;
            }
        }
    }
    return byUse;
}

// Every file the build recorded in CMakeCache.txt: package configuration directories (*_DIR), the
// libraries it links (*_LIBRARY entries that build.ninja names; FindOpenGL also finds GLU, which
// nothing links) and the tools it runs. CTest's own optional dashboard tools (git, valgrind, gcov)
// are found when present and used by nothing in Ordo.
QList<Use> cacheUses(const QString &cachePath, QStringList *problems)
{
    QFile file(cachePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        problems->append(QStringLiteral("cannot read %1").arg(cachePath));
        return {};
    }
    static const QRegularExpression entry(QStringLiteral("^([A-Za-z0-9_]+):(PATH|FILEPATH|INTERNAL|STRING)=(/.+)$"));
    static const QSet<QString> tools{
        QStringLiteral("CMAKE_CXX_COMPILER"), QStringLiteral("CMAKE_CXX_COMPILER_AR"),
        QStringLiteral("CMAKE_CXX_COMPILER_RANLIB"), QStringLiteral("CMAKE_AR"), QStringLiteral("CMAKE_RANLIB"),
        QStringLiteral("CMAKE_LINKER"), QStringLiteral("CMAKE_MAKE_PROGRAM"), QStringLiteral("CMAKE_STRIP"),
        QStringLiteral("CMAKE_OBJCOPY"), QStringLiteral("CMAKE_OBJDUMP"), QStringLiteral("CMAKE_READELF"),
        QStringLiteral("CMAKE_NM"), QStringLiteral("PKG_CONFIG_EXECUTABLE"), QStringLiteral("CMAKE_COMMAND"),
        QStringLiteral("CMAKE_CPACK_COMMAND"), QStringLiteral("CMAKE_CTEST_COMMAND")};
    const QString buildDir = QFileInfo(cachePath).absolutePath();
    QFile ninja(QDir(buildDir).filePath(QStringLiteral("build.ninja")));
    if (!ninja.open(QIODevice::ReadOnly)) {
        problems->append(QStringLiteral("cannot read %1 (the presets use Ninja)").arg(ninja.fileName()));
        return {};
    }
    const QByteArray buildRules = ninja.readAll();
    QList<Use> uses;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const auto match = entry.match(line);
        if (!match.hasMatch())
            continue;
        const QString name = match.captured(1);
        const QString type = match.captured(2);
        const QString value = match.captured(3);
        if (value.startsWith(buildDir) || value.startsWith(QStringLiteral(ORDO_SOURCE_DIR)))
            continue;
        if (type == QLatin1String("PATH") && name.endsWith(QLatin1String("_DIR"))
            && !name.endsWith(QLatin1String("INCLUDE_DIR"))) {
            // A package configuration directory: the Config file in it is what find_package loaded.
            const QString package = name.chopped(4);
            const QDir dir(value);
            QString config;
            for (const QString &candidate : {package + QStringLiteral("Config.cmake"),
                                             package.toLower() + QStringLiteral("-config.cmake")}) {
                if (dir.exists(candidate))
                    config = dir.filePath(candidate);
            }
            if (config.isEmpty())
                problems->append(QStringLiteral("%1=%2 holds no %1Config.cmake").arg(package, value));
            else
                uses.append({config, QStringLiteral("find_package(%1)").arg(package)});
        } else if (type == QLatin1String("FILEPATH") && name.endsWith(QLatin1String("_LIBRARY"))
                   && buildRules.contains(value.toUtf8())) {
            uses.append({value, QStringLiteral("%1, linked").arg(name)});
        } else if (tools.contains(name) && type != QLatin1String("STRING")) {
            uses.append({value, name});
        }
    }
    return uses;
}

// The shared libraries an executable or plugin loads, as ldd resolves them.
QList<Use> sharedLibraries(const QString &binary)
{
    QList<Use> uses;
    const QString out = run(QStringLiteral("ldd"), {binary});
    static const QRegularExpression resolved(QStringLiteral("=>\\s+(/\\S+)\\s+\\(0x"));
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto match = resolved.match(line);
        if (match.hasMatch())
            uses.append({match.captured(1), QStringLiteral("loaded by %1").arg(QFileInfo(binary).fileName())});
    }
    return uses;
}

} // namespace

class TestSetupPackages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listCoversEveryUse_data();
    void listCoversEveryUse();

private:
    QStringList m_list;
    QList<Use> m_uses;
    QHash<QString, QString> m_owner; // file -> package
    QSet<QString> m_essential;
};

void TestSetupPackages::initTestCase()
{
    for (const char *tool : {"dpkg", "apt-cache", "ldd"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 is not on PATH: this check needs a Debian system").arg(QLatin1String(tool))));
    }
    m_list = readPackageList(QStringLiteral(ORDO_PACKAGE_LIST));
    QVERIFY2(!m_list.isEmpty(), ORDO_PACKAGE_LIST " is empty or missing");
    QVERIFY2(m_list.contains(QStringLiteral("qt6-base-dev")), "the list does not look like Ordo's package list");

    QStringList problems;
    m_uses = cacheUses(QStringLiteral(ORDO_CMAKE_CACHE), &problems);

    // The tools, plugins and programs the build, the tests and packaging use, written by CMake
    // (tests/CMakeLists.txt): one "path<TAB>why" or "name<TAB>why" per line.
    QFile usesFile(QStringLiteral(ORDO_SETUP_USES));
    QVERIFY2(usesFile.open(QIODevice::ReadOnly | QIODevice::Text), ORDO_SETUP_USES);
    const QStringList binaries{QStringLiteral(ORDO_EXECUTABLE)};
    while (!usesFile.atEnd()) {
        const QString line = QString::fromUtf8(usesFile.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QString what = line.section(QLatin1Char('\t'), 0, 0);
        const QString why = line.section(QLatin1Char('\t'), 1);
        const QString path = what.startsWith(QLatin1Char('/')) ? what : QStandardPaths::findExecutable(what);
        if (path.isEmpty() || !QFileInfo::exists(path))
            problems.append(QStringLiteral("%1 (%2) is not installed").arg(what, why));
        else
            m_uses.append({path, why});
    }

    // What Qt loads at run time: the SQL drivers, the offscreen platform the tests run on, the SVG
    // icon engine, and Qt's German translations.
    const QDir plugins(QLibraryInfo::path(QLibraryInfo::PluginsPath));
    for (const char *plugin : {"sqldrivers/libqsqlite.so", "sqldrivers/libqsqlpsql.so",
                               "platforms/libqoffscreen.so", "iconengines/libqsvgicon.so"}) {
        const QString path = plugins.filePath(QString::fromLatin1(plugin));
        if (!QFileInfo::exists(path))
            problems.append(QStringLiteral("Qt plugin %1 is not installed").arg(path));
        else
            m_uses.append({path, QStringLiteral("Qt plugin")});
    }
    const QString qtTranslation = QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                                      .filePath(QStringLiteral("qtbase_de.qm"));
    if (QFileInfo::exists(qtTranslation))
        m_uses.append({qtTranslation, QStringLiteral("Qt's German translation")});
    else
        problems.append(QStringLiteral("%1 is not installed").arg(qtTranslation));

    // Everything the executable and the plugins load.
    QList<Use> libraries;
    for (const QString &binary : binaries)
        libraries += sharedLibraries(binary);
    for (const Use &use : std::as_const(m_uses)) {
        if (use.why == QLatin1String("Qt plugin"))
            libraries += sharedLibraries(use.path);
    }
    QSet<QString> seen;
    for (const Use &use : std::as_const(m_uses))
        seen.insert(use.path);
    for (const Use &library : std::as_const(libraries)) {
        if (!seen.contains(library.path)) {
            seen.insert(library.path);
            m_uses.append(library);
        }
    }

    m_owner = owners(m_uses);
    m_essential = essentialPackages();
    QVERIFY2(m_essential.contains(QStringLiteral("bash")), "dpkg-query names no Essential packages");
    for (const Use &use : std::as_const(m_uses)) {
        if (!m_owner.contains(use.path))
            problems.append(QStringLiteral("%1 (%2) belongs to no Debian package").arg(use.path, use.why));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(m_uses.size() > 40, qPrintable(QString::number(m_uses.size())));
    qInfo("%lld files from %lld packages checked", qlonglong(m_uses.size()),
          qlonglong(QSet<QString>(m_owner.cbegin(), m_owner.cend()).size()));
}

void TestSetupPackages::listCoversEveryUse_data()
{
    QTest::addColumn<QString>("removed");  // taken out of the list for this row, or empty
    QTest::addColumn<QString>("expected"); // the package the check must then name, or empty

    QTest::newRow("the list as it is") << QString() << QString();
    // The package a fresh machine once lacked: Qt6Charts' CMake package needs Qt6OpenGL.
    QTest::newRow("without libqt6opengl6-dev") << QStringLiteral("libqt6opengl6-dev")
                                               << QStringLiteral("libqt6opengl6-dev");
    QTest::newRow("without qt6-charts-dev") << QStringLiteral("qt6-charts-dev") << QStringLiteral("qt6-charts-dev");
    // lupdate's CMake package (Qt6LinguistTools); lupdate itself comes through its Depends:.
    QTest::newRow("without qt6-tools-dev") << QStringLiteral("qt6-tools-dev") << QStringLiteral("qt6-tools-dev");
    // Driver and translation files that only Qt loads at run time.
    QTest::newRow("without libqt6sql6-psql") << QStringLiteral("libqt6sql6-psql") << QStringLiteral("libqt6sql6-psql");
    QTest::newRow("without qt6-translations-l10n")
        << QStringLiteral("qt6-translations-l10n") << QStringLiteral("qt6-translations-l10n");
    // Validators the packaging test runs.
    QTest::newRow("without desktop-file-utils") << QStringLiteral("desktop-file-utils")
                                                << QStringLiteral("desktop-file-utils");
    QTest::newRow("without appstream") << QStringLiteral("appstream") << QStringLiteral("appstream");
    QTest::newRow("without libxml2-utils") << QStringLiteral("libxml2-utils") << QStringLiteral("libxml2-utils");
    // The storage tests' throwaway server: initdb, pg_ctl and postgres belong to postgresql-15,
    // which the list brings through postgresql.
    QTest::newRow("without postgresql") << QStringLiteral("postgresql") << QStringLiteral("postgresql-15");
    // The generator every preset uses.
    QTest::newRow("without ninja-build") << QStringLiteral("ninja-build") << QStringLiteral("ninja-build");
    // The fuzz build's toolchain (`./scripts/ordo fuzz`): clang++ belongs to clang-14, which the
    // list brings through clang; libFuzzer's runtime is only recommended (by libclang-common-14-dev).
    QTest::newRow("without clang") << QStringLiteral("clang") << QStringLiteral("clang-14");
    QTest::newRow("without libclang-rt-14-dev") << QStringLiteral("libclang-rt-14-dev")
                                                << QStringLiteral("libclang-rt-14-dev");
}

void TestSetupPackages::listCoversEveryUse()
{
    QFETCH(QString, removed);
    QFETCH(QString, expected);

    QStringList list = m_list;
    if (!removed.isEmpty())
        QVERIFY2(list.removeAll(removed) == 1, qPrintable(removed + QStringLiteral(" is not in the list")));
    const QSet<QString> closure = dependsClosure(list);
    for (const QString &package : std::as_const(list))
        QVERIFY2(closure.contains(package), qPrintable(package + QStringLiteral(" is not a known package")));

    QMap<QString, QStringList> missing; // package -> what needs it
    for (const Use &use : std::as_const(m_uses)) {
        const QString package = m_owner.value(use.path);
        if (!closure.contains(package) && !m_essential.contains(package))
            missing[package].append(QStringLiteral("%1 (%2)").arg(use.path, use.why));
    }
    QString report;
    for (auto it = missing.cbegin(); it != missing.cend(); ++it)
        report += QStringLiteral("\n  %1, for %2").arg(it.key(), it.value().join(QStringLiteral(", ")));

    if (expected.isEmpty()) {
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("scripts/debian-packages.txt misses packages that a fresh machine "
                                           "needs:%1")
                                .arg(report)));
    } else {
        QVERIFY2(missing.contains(expected),
                 qPrintable(QStringLiteral("without %1 the check should name it; it found:%2")
                                .arg(removed, report.isEmpty() ? QStringLiteral(" nothing") : report)));
    }
}

QTEST_GUILESS_MAIN(TestSetupPackages)
#include "tst_setuppackages.moc"
