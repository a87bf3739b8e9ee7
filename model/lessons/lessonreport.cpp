#include "lessonreport.h"

#include "designfile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <map>

namespace kumo {
namespace LessonReport {

namespace {

nlohmann::ordered_json textOrNull(const QString &text)
{
    return text.isEmpty() ? nlohmann::ordered_json() : nlohmann::ordered_json(text.toStdString());
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// The reason given most often; ties go to the one that sorts first, so reports are stable.
QString mostCommon(const std::map<QString, int> &reasons)
{
    QString best;
    int count = 0;
    for (const auto &[reason, n] : reasons) {
        if (n > count) {
            best = reason;
            count = n;
        }
    }
    return best;
}

} // namespace

QStringList designFiles(const QStringList &arguments)
{
    QStringList files;
    for (const QString &argument : arguments) {
        const QFileInfo info(argument);
        if (!info.isDir()) {
            files << argument;
            continue;
        }
        const QDir dir(argument);
        for (const QString &name : dir.entryList({QStringLiteral("*.") + QLatin1String(DesignFile::suffix)}, QDir::Files, QDir::Name))
            files << dir.filePath(name);
    }
    return files;
}

QString commonLesson(const QStringList &files)
{
    std::map<QString, int> counts;
    for (const QString &file : files) {
        const DesignReadResult read = DesignFile::load(file);
        if (!read.ok())
            continue;
        const auto it = read.design->extra.find("lesson");
        if (it != read.design->extra.end() && it->is_string())
            ++counts[QString::fromStdString(it->get<std::string>())];
    }
    return mostCommon(counts);
}

LearnerProgress learner(const Lesson &lesson, const QString &file, const QString &language)
{
    LearnerProgress progress;
    progress.file = file;
    progress.total = int(lesson.steps.size());
    const DesignReadResult read = DesignFile::load(file);
    if (!read.ok()) {
        progress.error = read.error.toString(file);
        return progress;
    }
    progress.steps = LessonChecker(*read.design, nullptr, language).evaluate(lesson);
    for (const StepResult &r : progress.steps) {
        if (r.done) {
            ++progress.done;
        } else if (progress.next.isEmpty()) {
            progress.next = r.id;
            progress.why = r.why;
        }
    }
    return progress;
}

ClassProgress build(const Lesson &lesson, const QStringList &files, const QString &language)
{
    ClassProgress progress;
    progress.lesson = lesson.id;
    for (const QString &file : files)
        progress.learners.push_back(learner(lesson, file, language));
    for (size_t i = 0; i < lesson.steps.size(); ++i) {
        StepProgress step;
        step.id = lesson.steps[i].id;
        std::map<QString, int> reasons;
        for (const LearnerProgress &l : progress.learners) {
            if (i >= l.steps.size())
                continue; // unreadable
            if (l.steps[i].done)
                ++step.done;
            else
                ++reasons[l.steps[i].why];
        }
        step.why = mostCommon(reasons);
        progress.steps.push_back(step);
    }
    return progress;
}

nlohmann::ordered_json toJson(const ClassProgress &progress)
{
    nlohmann::ordered_json steps = nlohmann::ordered_json::array();
    for (const StepProgress &s : progress.steps) {
        nlohmann::ordered_json step;
        step["id"] = s.id.toStdString();
        step["done"] = s.done;
        step["why"] = textOrNull(s.why);
        steps.push_back(step);
    }
    nlohmann::ordered_json learners = nlohmann::ordered_json::array();
    for (const LearnerProgress &l : progress.learners) {
        nlohmann::ordered_json row;
        row["file"] = l.file.toStdString();
        row["done"] = l.done;
        row["total"] = l.total;
        row["next"] = textOrNull(l.next);
        row["why"] = textOrNull(l.why);
        row["error"] = textOrNull(l.error);
        learners.push_back(row);
    }
    nlohmann::ordered_json report;
    report["lesson"] = progress.lesson.toStdString();
    report["steps"] = steps;
    report["learners"] = learners;
    return report;
}

QString toText(const ClassProgress &progress)
{
    qsizetype width = 4;
    for (const LearnerProgress &l : progress.learners)
        width = std::max(width, l.file.size());
    QString text = QStringLiteral("lesson %1: %2 design(s)\n\n").arg(progress.lesson).arg(progress.learners.size());
    text += QStringLiteral("%1  DONE   NEXT\n").arg(QStringLiteral("FILE"), -int(width));
    for (const LearnerProgress &l : progress.learners) {
        if (!l.error.isEmpty()) {
            text += QStringLiteral("%1  unreadable: %2\n").arg(l.file, -int(width)).arg(l.error);
            continue;
        }
        const QString count = QStringLiteral("%1/%2").arg(l.done).arg(l.total);
        if (l.next.isEmpty())
            text += QStringLiteral("%1  %2  all done\n").arg(l.file, -int(width)).arg(count, -5);
        else
            text += QStringLiteral("%1  %2  %3: %4\n").arg(l.file, -int(width)).arg(count, -5).arg(l.next, l.why);
    }
    qsizetype stepWidth = 4;
    for (const StepProgress &s : progress.steps)
        stepWidth = std::max(stepWidth, s.id.size());
    text += QStringLiteral("\n%1  DONE   MOST COMMON REASON NOT DONE\n").arg(QStringLiteral("STEP"), -int(stepWidth + 4));
    int readable = 0;
    for (const LearnerProgress &l : progress.learners)
        readable += l.error.isEmpty() ? 1 : 0;
    for (size_t i = 0; i < progress.steps.size(); ++i) {
        const StepProgress &s = progress.steps[i];
        const QString step = QStringLiteral("%1. %2").arg(i + 1, 2).arg(s.id);
        text += QStringLiteral("%1  %2  %3\n").arg(step, -int(stepWidth + 4)).arg(QStringLiteral("%1/%2").arg(s.done).arg(readable), -5).arg(s.why);
    }
    return text;
}

QString toCsv(const ClassProgress &progress)
{
    QStringList header = {QStringLiteral("file"), QStringLiteral("done"), QStringLiteral("total"), QStringLiteral("next"),
                          QStringLiteral("why"), QStringLiteral("error")};
    for (const StepProgress &s : progress.steps)
        header << csvField(s.id);
    QString csv = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const LearnerProgress &l : progress.learners) {
        QStringList row = {csvField(l.file), QString::number(l.done), QString::number(l.total), csvField(l.next), csvField(l.why), csvField(l.error)};
        for (size_t i = 0; i < progress.steps.size(); ++i)
            row << (i < l.steps.size() ? QString::number(l.steps[i].done ? 1 : 0) : QString());
        csv += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QStringList counts = {QStringLiteral("steps done"), QString(), QString(), QString(), QString(), QString()};
    for (const StepProgress &s : progress.steps)
        counts << QString::number(s.done);
    csv += counts.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    return csv;
}

QString toHtml(const ClassProgress &progress, const QString &title)
{
    QString learners;
    for (const LearnerProgress &l : progress.learners) {
        if (!l.error.isEmpty()) {
            learners += QStringLiteral("<tr class=\"error\"><td>%1</td><td colspan=\"3\">unreadable: %2</td></tr>\n")
                            .arg(l.file.toHtmlEscaped(), l.error.toHtmlEscaped());
            continue;
        }
        learners += QStringLiteral("<tr%1><td>%2</td><td>%3/%4</td><td>%5</td><td>%6</td></tr>\n")
                        .arg(l.next.isEmpty() ? QStringLiteral(" class=\"done\"") : QString(), l.file.toHtmlEscaped())
                        .arg(l.done)
                        .arg(l.total)
                        .arg(l.next.isEmpty() ? QStringLiteral("all done") : l.next.toHtmlEscaped(), l.why.toHtmlEscaped());
    }
    QString steps;
    for (size_t i = 0; i < progress.steps.size(); ++i) {
        const StepProgress &s = progress.steps[i];
        steps += QStringLiteral("<tr><td>%1. %2</td><td>%3</td><td>%4</td></tr>\n").arg(i + 1).arg(s.id.toHtmlEscaped()).arg(s.done).arg(s.why.toHtmlEscaped());
    }
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                          "<style>body{font-family:sans-serif}table{border-collapse:collapse;margin-bottom:1.5em}"
                          "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
                          "tr.done td{color:#1b7f3b}tr.error td{color:#b00020}</style></head><body>\n"
                          "<h1>%1</h1>\n<h2>Learners (%2)</h2>\n<table><tr><th>File</th><th>Done</th><th>Next step</th><th>Why</th></tr>\n%3</table>\n"
                          "<h2>Steps</h2>\n<table><tr><th>Step</th><th>Done by</th><th>Most common reason not done</th></tr>\n%4</table>\n</body></html>\n")
        .arg(title.toHtmlEscaped())
        .arg(progress.learners.size())
        .arg(learners, steps);
}

} // namespace LessonReport
} // namespace kumo
