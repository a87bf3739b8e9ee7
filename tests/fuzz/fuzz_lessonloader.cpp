// The lesson loader on any bytes: a lesson or a refusal with a message, never a crash; a lesson
// that loads can be checked against its own reference solution, step by step.
#include "fuzzcheck.h"
#include "lessons/lessonchecker.h"
#include "lessons/lessonjson.h"
#include "lessons/lessonsolution.h"

using namespace kumo;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const LessonReadResult result = LessonJson::read(fuzz::bytes(data, size));
    if (!result.ok()) {
        fuzz::check(!result.error.message.isEmpty(), "a refusal says why");
        return 0;
    }
    // the loader promises every solution builds a design; evaluating it must not crash
    const std::optional<Design> solved = LessonSolution::designAfter(*result.lesson, -1);
    fuzz::check(solved.has_value(), "a lesson that loads has a reference solution");
    const std::vector<StepResult> steps = LessonChecker(*solved).evaluate(*result.lesson);
    fuzz::check(steps.size() == result.lesson->steps.size(), "one result per step");
    return 0;
}
