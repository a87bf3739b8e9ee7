#include "clilessons.h"

#include "clisupport.h"

#include "designfile.h"
#include "designjson.h"
#include "inputfile.h"
#include "lessons/lessonchecker.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonreport.h"
#include "lessons/lessonsolution.h"
#include "language.h"
#include "lessonhandout.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace kumo::cli {

namespace {

/// The user folder for installed lessons follows the application's names, as in the editor.
void useEditorFolders()
{
    QCoreApplication::setApplicationName(QStringLiteral("Kumo"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kumo"));
}

/// Loads a lesson by bundled id or path, or prints why not (naming the place).
std::optional<Lesson> lessonOrReport(const QString &idOrPath)
{
    QString source;
    LessonReadResult result = LessonLibrary::find(idOrPath, &source);
    if (!result.ok()) {
        err(result.error.toString(InputFile::displayName(source)));
        return std::nullopt;
    }
    return std::move(result.lesson);
}

int checkCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("text or json"), QStringLiteral("FORMAT"));
    parser.addOption(format);
    if (!parse(parser, arguments, 4))
        return BadInput;
    bool ok = false;
    const QString fmt = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json")}, &ok);
    if (!ok)
        return BadInput;
    const auto lesson = lessonOrReport(parser.positionalArguments().at(2));
    if (!lesson)
        return BadInput;
    const QString path = parser.positionalArguments().at(3);
    const auto design = loadOrReport(path);
    if (!design)
        return BadInput;
    const std::vector<StepResult> results = LessonChecker(*design).evaluate(*lesson);
    int done = 0;
    for (const StepResult &r : results)
        done += r.done ? 1 : 0;
    if (fmt == QLatin1String("json")) {
        nlohmann::ordered_json steps = nlohmann::ordered_json::array();
        for (const StepResult &r : results) {
            nlohmann::ordered_json step;
            step["id"] = r.id.toStdString();
            step["done"] = r.done;
            if (!r.done)
                step["why"] = r.why.toStdString();
            steps.push_back(step);
        }
        nlohmann::ordered_json report;
        report["lesson"] = lesson->id.toStdString();
        report["steps"] = steps;
        report["done"] = done;
        report["total"] = int(results.size());
        outJson(report);
        return Success;
    }
    QString text;
    for (size_t i = 0; i < results.size(); ++i) {
        const StepResult &r = results[i];
        text += QStringLiteral("%1 %2. %3  %4\n").arg(r.done ? QStringLiteral("[x]") : QStringLiteral("[ ]")).arg(i + 1)
                    .arg(r.id, lesson->steps[i].title.en);
        if (!r.done)
            text += QStringLiteral("      %1\n").arg(r.why);
    }
    text += tr("%1: %2 of %3 steps done\n").arg(lesson->id).arg(done).arg(results.size());
    out(text);
    return Success;
}

int solutionCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output = outputOption(QStringLiteral("FILE"));
    const QCommandLineOption step(QStringLiteral("step"), tr("stop after step N"), QStringLiteral("N"));
    parser.addOptions({output, step});
    if (!parse(parser, arguments, 3))
        return BadInput;
    if (!parser.isSet(output))
        return usageError(tr("'lesson solution' needs -o FILE"));
    const auto lesson = lessonOrReport(parser.positionalArguments().at(2));
    if (!lesson)
        return BadInput;
    int steps = -1;
    if (parser.isSet(step)) {
        bool ok = false;
        steps = parser.value(step).toInt(&ok);
        if (!ok || steps < 0 || steps > int(lesson->steps.size()))
            return usageError(tr("--step must be a number from 0 to %1").arg(lesson->steps.size()));
    }
    QString error;
    auto design = LessonSolution::designAfter(*lesson, steps, &error);
    if (!design) {
        err(QStringLiteral("%1: %2").arg(lesson->source, error));
        return BadInput;
    }
    design->extra["lesson"] = lesson->id.toStdString(); // opened in the editor, it resumes the lesson
    if (!DesignFile::save(*design, parser.value(output), &error)) {
        err(error);
        return BadInput;
    }
    return Success;
}

int validateLessonCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, 3))
        return BadInput;
    const QString path = parser.positionalArguments().at(2);
    const LessonReadResult result = LessonLibrary::loadFile(path);
    if (!result.ok()) {
        err(result.error.toString(InputFile::displayName(path)));
        return BadInput;
    }
    const Lesson &lesson = *result.lesson;
    int problems = 0;
    for (int n = 0; n <= int(lesson.steps.size()); ++n) {
        QString error;
        const auto design = LessonSolution::designAfter(lesson, n, &error);
        if (!design) {
            err(QStringLiteral("%1: %2").arg(path, error));
            return BadInput;
        }
        const std::vector<StepResult> results = LessonChecker(*design).evaluate(lesson);
        for (int i = 0; i < int(results.size()); ++i) {
            const StepResult &r = results[size_t(i)];
            if (i < n && !r.done) {
                err(tr("%1: step '%2': not done after the solutions of steps 1 to %3: %4").arg(path, r.id).arg(n).arg(r.why));
                ++problems;
            } else if (i == n && r.done) {
                err(tr("%1: step '%2': already done before its own solution; its check does not test what the step adds")
                        .arg(path, r.id));
                ++problems;
            }
        }
    }
    if (problems > 0)
        return DesignHasErrors;
    out(tr("%1: lesson '%2' is valid: %3 steps, each done by its solution\n").arg(path, lesson.id).arg(lesson.steps.size()));
    return Success;
}

int handoutCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output = outputOption(QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("lang"), tr("ja or en"), QStringLiteral("LANG"));
    parser.addOptions({output, language});
    if (!parse(parser, arguments, 3))
        return BadInput;
    if (!parser.isSet(output))
        return usageError(tr("'lesson handout' needs -o FILE.pdf"));
    bool ok = false;
    const QString lang = formatOption(parser, language, {QStringLiteral("en"), QStringLiteral("ja")}, &ok);
    if (!ok)
        return BadInput;
    if (!binaryOutputAllowed(parser.value(output), tr("a PDF document")))
        return BadInput;
    const auto lesson = lessonOrReport(parser.positionalArguments().at(2));
    if (!lesson)
        return BadInput;
    // the diagrams' kind names and subtitles speak the handout's language too
    Language::apply(lang, false);
    QString error;
    if (!LessonHandout::write(*lesson, lang, parser.value(output), &error)) {
        err(error);
        return BadInput;
    }
    return Success;
}

int reportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("text, csv, json or html"), QStringLiteral("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("file to write"), QStringLiteral("FILE"));
    parser.addOptions({format, output});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 4)
        return usageError(tr("'lesson report' needs a lesson and one or more designs or a folder"));
    bool ok = false;
    const QString fmt = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("html")}, &ok);
    if (!ok)
        return BadInput;
    const auto lesson = lessonOrReport(positional.at(2));
    if (!lesson)
        return BadInput;
    const ClassProgress progress = LessonReport::build(*lesson, LessonReport::designFiles(positional.mid(3)));
    QByteArray bytes;
    if (fmt == QLatin1String("json"))
        bytes = QByteArray::fromStdString(LessonReport::toJson(progress).dump(2)) + '\n';
    else if (fmt == QLatin1String("csv"))
        bytes = LessonReport::toCsv(progress).toUtf8();
    else if (fmt == QLatin1String("html"))
        bytes = LessonReport::toHtml(progress, tr("Class progress: %1").arg(lesson->title.en)).toUtf8();
    else
        bytes = LessonReport::toText(progress).toUtf8();
    if (!parser.isSet(output)) {
        out(QString::fromUtf8(bytes));
        return Success;
    }
    QString error;
    if (!DesignFile::writeAtomically(parser.value(output), bytes, &error)) {
        err(error);
        return BadInput;
    }
    return Success;
}

} // namespace

int lessonsCommand(const QStringList &arguments)
{
    useEditorFolders();
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("text or json"), QStringLiteral("FORMAT"));
    parser.addOption(format);
    if (!parse(parser, arguments, 1))
        return BadInput;
    bool ok = false;
    const QString fmt = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json")}, &ok);
    if (!ok)
        return BadInput;
    const std::vector<LessonInfo> lessons = LessonLibrary::list();
    if (fmt == QLatin1String("json")) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const LessonInfo &l : lessons) {
            nlohmann::ordered_json item;
            item["id"] = l.id.toStdString();
            item["level"] = l.level;
            if (l.order > 0)
                item["order"] = l.order;
            item["title"] = {{"en", l.title.en.toStdString()}, {"ja", l.title.ja.toStdString()}};
            item["source"] = l.bundled ? "bundled" : l.path.toStdString();
            list.push_back(item);
        }
        outJson(list);
        return Success;
    }
    QString text;
    for (const LessonInfo &l : lessons)
        text += QStringLiteral("%1\t%2\t%3\n").arg(l.id).arg(l.level).arg(l.title.en);
    out(text);
    return Success;
}

int lessonCommand(const QStringList &arguments)
{
    useEditorFolders();
    const QString action = arguments.value(2);
    if (action == QLatin1String("check"))
        return checkCommand(arguments);
    if (action == QLatin1String("solution"))
        return solutionCommand(arguments);
    if (action == QLatin1String("validate"))
        return validateLessonCommand(arguments);
    if (action == QLatin1String("handout"))
        return handoutCommand(arguments);
    if (action == QLatin1String("report"))
        return reportCommand(arguments);
    return usageError(tr("'lesson' needs one of: check, solution, validate, handout, report"));
}

bool lessonNeedsRendering(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1String("lesson") && arguments.value(2) == QLatin1String("handout");
}

} // namespace kumo::cli
