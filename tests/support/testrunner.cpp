// kumo_tests NAME [Qt Test options]: runs the test class registered by tests/NAME.cpp.
// kumo_tests --list prints the names. CTest adds one test per name (tests/CMakeLists.txt).
#include "testregistry.h"

#include <QApplication>
#include <QCoreApplication>
#include <QObject>
#include <QtTest>

#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace testrunner {

static std::vector<TestEntry> &registry()
{
    static std::vector<TestEntry> entries;
    return entries;
}

bool registerTest(const TestEntry &entry)
{
    registry().push_back(entry);
    return true;
}

// The registered name is the file name; its extension is cut here rather than at compile time.
static bool sameName(const char *registered, const char *wanted)
{
    const char *dot = std::strrchr(registered, '.');
    const size_t length = dot ? size_t(dot - registered) : std::strlen(registered);
    return std::strlen(wanted) == length && std::strncmp(registered, wanted, length) == 0;
}

static void printNames(FILE *to)
{
    for (const TestEntry &entry : registry()) {
        const char *dot = std::strrchr(entry.name, '.');
        std::fprintf(to, "%.*s\n", dot ? int(dot - entry.name) : int(std::strlen(entry.name)), entry.name);
    }
}

} // namespace testrunner

int main(int argc, char **argv)
{
    using namespace testrunner;
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0) {
        std::fprintf(stderr, "usage: %s TEST [Qt Test options]   (%s --list names the tests)\n", argv[0], argv[0]);
        return 2;
    }
    if (std::strcmp(argv[1], "--list") == 0) {
        printNames(stdout);
        return 0;
    }
    const TestEntry *found = nullptr;
    for (const TestEntry &entry : registry()) {
        if (sameName(entry.name, argv[1]))
            found = &entry;
    }
    if (!found) {
        std::fprintf(stderr, "%s: no test named %s; these exist:\n", argv[0], argv[1]);
        printNames(stderr);
        return 2;
    }
    // Qt Test sees the remaining options as if the class had its own executable
    std::vector<char *> arguments{argv[0]};
    arguments.insert(arguments.end(), argv + 2, argv + argc);
    int count = int(arguments.size());
    if (found->child) {
        const int status = found->child(count, arguments.data());
        if (status != -1)
            return status;
    }
    std::unique_ptr<QCoreApplication> app;
    if (found->application == Application::Widgets) {
        auto widgets = std::make_unique<QApplication>(count, arguments.data());
        widgets->setAttribute(Qt::AA_Use96Dpi, true); // as QTEST_MAIN does
        app = std::move(widgets);
    } else {
        app = std::make_unique<QCoreApplication>(count, arguments.data());
    }
    // each test keeps the settings and data folders of its own name, as with one executable per test
    app->setApplicationName(QString::fromLatin1(argv[1]));
    std::unique_ptr<QObject> test(found->create());
    return QTest::qExec(test.get(), count, arguments.data());
}
