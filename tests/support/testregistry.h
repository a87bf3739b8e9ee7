#pragma once
// Every test class registers itself here instead of having its own main(): the test suite is one
// executable (kumo_tests) that links the model, the views and the window once, and CTest runs each
// class in a process of its own (`kumo_tests tst_cidr`), as it did when every class had its own
// executable (README "Build times").
#include <QtGlobal>

class QObject;

namespace testrunner {

enum class Application { Core, Widgets };

struct TestEntry
{
    const char *name;              // the file's name without extension: tst_cidr
    Application application;
    QObject *(*create)();
    // A test that starts itself as a child process (`kumo_tests NAME --child-option …`) runs this
    // first, with NAME taken out of the arguments; it returns -1 when the arguments name no child.
    int (*child)(int argc, char **argv) = nullptr;
};

// Called by the static registrations below; returns true so that it can initialise a constant.
bool registerTest(const TestEntry &entry);

// "tests/tst_cidr.cpp" → "tst_cidr" (at compile time, from __FILE__)
constexpr const char *testNameStart(const char *path)
{
    const char *start = path;
    for (const char *p = path; *p; ++p) {
        if (*p == '/' || *p == '\\')
            start = p + 1;
    }
    return start;
}

} // namespace testrunner

#define KUMO_TEST_REGISTRATION(TestObject, kind, childMain)                                               \
    namespace {                                                                                           \
    const bool kumoTestRegistered##TestObject = testrunner::registerTest(                                          \
        {testrunner::testNameStart(__FILE__), kind, []() -> QObject * { return new TestObject; }, childMain}); \
    }

// A test that needs widgets (QApplication) and one that needs only the event loop (QCoreApplication)
#define KUMO_TEST_MAIN(TestObject) KUMO_TEST_REGISTRATION(TestObject, testrunner::Application::Widgets, nullptr)
#define KUMO_TEST_GUILESS_MAIN(TestObject) KUMO_TEST_REGISTRATION(TestObject, testrunner::Application::Core, nullptr)
#define KUMO_TEST_MAIN_WITH_CHILD(TestObject, childMain) \
    KUMO_TEST_REGISTRATION(TestObject, testrunner::Application::Widgets, childMain)
