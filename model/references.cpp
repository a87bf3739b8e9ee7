#include "references.h"

#include "catalog.h"

namespace kumo {

namespace {
void visitValue(const PropertySpec &spec, const nlohmann::json &value, const QString &path,
                const std::function<void(const Reference &)> &visit)
{
    switch (spec.type) {
    case PropertyType::Reference:
        if (value.is_string() && !value.get<std::string>().empty())
            visit({toQString(value), &spec, path});
        break;
    case PropertyType::ReferenceList:
        if (value.is_array()) {
            for (size_t i = 0; i < value.size(); ++i) {
                if (value[i].is_string())
                    visit({toQString(value[i]), &spec, path, int(i)});
            }
        }
        break;
    case PropertyType::Image:
        if (value.is_string()) {
            const QString repo = imageRepositoryId(toQString(value));
            if (!repo.isEmpty())
                visit({repo, &spec, path});
        }
        break;
    case PropertyType::ObjectList:
        if (value.is_array()) {
            for (size_t i = 0; i < value.size(); ++i) {
                if (!value[i].is_object())
                    continue;
                for (const PropertySpec &field : spec.fields) {
                    const auto it = value[i].find(toStd(field.name));
                    if (it != value[i].end())
                        visitValue(field, *it, path + QStringLiteral("[%1].").arg(i) + field.name, visit);
                }
            }
        }
        break;
    default:
        break;
    }
}
} // namespace

QString imageRepositoryId(const QString &image)
{
    if (image.isEmpty() || image.contains(QLatin1Char('/')))
        return {};
    const qsizetype colon = image.indexOf(QLatin1Char(':'));
    const qsizetype at = image.indexOf(QLatin1Char('@'));
    qsizetype end = image.size();
    if (colon >= 0)
        end = std::min(end, colon);
    if (at >= 0)
        end = std::min(end, at);
    return image.left(end);
}

void forEachReference(const Component &component, const std::function<void(const Reference &)> &visit)
{
    const KindSpec *kind = component.kindSpec();
    if (!kind)
        return;
    for (const PropertySpec &spec : kind->properties) {
        const auto it = component.props.find(toStd(spec.name));
        if (it != component.props.end())
            visitValue(spec, *it, spec.name, visit);
    }
}

} // namespace kumo
