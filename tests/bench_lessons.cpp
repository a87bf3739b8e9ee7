// Prints how long evaluating the bundled lessons' checks takes on generated designs, with the
// findings given (as the editor does, from its incremental validator) and with the checker
// validating by itself (as `kumo lesson check` does). Not a test: the figures depend on the machine.
// Run: ./build/tests/kumo_bench_lessons
#include "lessons/lessonchecker.h"
#include "lessons/lessonlibrary.h"
#include "support/benchtiming.h"
#include "support/designgenerator.h"
#include "validator.h"

#include <QCoreApplication>

#include <cstdio>

using namespace kumo;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::vector<Lesson> lessons;
    int steps = 0;
    for (const LessonInfo &info : LessonLibrary::list()) {
        const LessonReadResult r = LessonLibrary::loadFile(info.path);
        if (r.ok()) {
            steps += int(r.lesson->steps.size());
            lessons.push_back(*r.lesson);
        }
    }
    std::printf("%zu lessons, %d steps\n", lessons.size(), steps);
    std::printf("%-12s %22s %24s %16s\n", "components", "all lessons, ms", "one lesson + validate ms", "steps done");
    for (int n : {100, 1000, 5000}) {
        const Design design = testing::generateDesign(n, 1);
        const std::vector<Finding> findings = Validator::validate(design);
        int done = 0;
        const double given = testing::medianMs(9, [&] {
            done = 0;
            const LessonChecker checker(design, &findings);
            for (const Lesson &l : lessons) {
                for (const StepResult &r : checker.evaluate(l))
                    done += r.done ? 1 : 0;
            }
        });
        const double alone = testing::medianMs(5, [&] { (void)LessonChecker(design).evaluate(lessons.front()); });
        std::printf("%-12lld %22.3f %24.2f %16d\n", static_cast<long long>(design.componentCount()), given, alone, done);
    }
    return 0;
}
