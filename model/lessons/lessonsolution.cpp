#include "lessonsolution.h"

#include "designjson.h"
#include "templates.h"

#include <QCoreApplication>

namespace kumo {
namespace LessonSolution {

using nlohmann::json;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::LessonSolution", text);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

json designToJson(const Design &design)
{
    return json::parse(DesignJson::toJson(design).dump());
}

/// Merges @p update (a solution component whose id is already used) into @p existing.
bool mergeComponent(json &existing, const json &update, QString *error)
{
    for (auto it = update.begin(); it != update.end(); ++it) {
        if (it.key() == "id")
            continue;
        if (it.key() == "kind" && existing.contains("kind") && existing["kind"] != it.value()) {
            setError(error, tr("'%1' is a %2 already; a solution cannot change its kind")
                                .arg(toQString(existing["id"]), toQString(existing["kind"])));
            return false;
        }
        if (it.key() == "props" && it.value().is_object()) {
            json &props = existing["props"];
            if (!props.is_object())
                props = json::object();
            for (auto p = it.value().begin(); p != it.value().end(); ++p) {
                if (p.value().is_null())
                    props.erase(p.key());
                else
                    props[p.key()] = p.value();
            }
            continue;
        }
        existing[it.key()] = it.value();
    }
    return true;
}
} // namespace

std::optional<Design> startDesign(const Lesson &lesson, QString *error)
{
    const json &start = lesson.start;
    if (start.is_object() && start.contains("design")) {
        const DesignReadResult result = DesignJson::read(QByteArray::fromStdString(start["design"].dump()));
        if (!result.ok()) {
            setError(error, result.error.toString(QStringLiteral("start.design")));
            return std::nullopt;
        }
        return result.design;
    }
    QString templateName = QStringLiteral("empty");
    if (start.is_object() && start.contains("template") && start["template"].is_string())
        templateName = toQString(start["template"]);
    if (templateName.isEmpty() || templateName == QLatin1String("empty"))
        return Design();
    const DesignReadResult result = Templates::load(templateName);
    if (!result.ok()) {
        setError(error, result.error.message);
        return std::nullopt;
    }
    return result.design;
}

bool apply(Design &design, const json &solution, QString *error)
{
    if (solution.is_null())
        return true;
    if (!solution.is_object()) {
        setError(error, tr("a solution must be an object with \"components\" and \"connections\""));
        return false;
    }
    json root = designToJson(design);
    json &components = root["components"];
    json &connections = root["connections"];
    const auto add = [&](const char *key, json &target) {
        const auto it = solution.find(key);
        if (it == solution.end() || it->is_null())
            return true;
        if (!it->is_array()) {
            setError(error, tr("\"%1\" must be a list").arg(QString::fromLatin1(key)));
            return false;
        }
        for (size_t i = 0; i < it->size(); ++i) {
            const json &item = (*it)[i];
            if (!item.is_object()) {
                setError(error, tr("%1[%2] must be an object").arg(QString::fromLatin1(key)).arg(i));
                return false;
            }
            bool merged = false;
            if (item.contains("id")) {
                for (json &existing : target) {
                    if (existing.is_object() && existing.value("id", json()) == item["id"]) {
                        if (!mergeComponent(existing, item, error))
                            return false;
                        merged = true;
                        break;
                    }
                }
            }
            if (!merged)
                target.push_back(item);
        }
        return true;
    };
    if (!add("components", components) || !add("connections", connections))
        return false;
    DesignReadResult result = DesignJson::read(QByteArray::fromStdString(root.dump()));
    if (!result.ok()) {
        setError(error, result.error.toString(QString()));
        return false;
    }
    design = std::move(*result.design);
    return true;
}

std::optional<Design> designAfter(const Lesson &lesson, int stepCount, QString *error, int *failedStep)
{
    if (failedStep)
        *failedStep = -1;
    std::optional<Design> design = startDesign(lesson, error);
    if (!design)
        return std::nullopt;
    const int count = stepCount < 0 ? int(lesson.steps.size()) : std::min(stepCount, int(lesson.steps.size()));
    for (int i = 0; i < count; ++i) {
        if (!apply(*design, lesson.steps[size_t(i)].solution, error)) {
            if (failedStep)
                *failedStep = i;
            return std::nullopt;
        }
    }
    return design;
}

} // namespace LessonSolution
} // namespace kumo
