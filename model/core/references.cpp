#include "references.h"

#include "catalog.h"
#include "propertyreads.h"

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

namespace {
int remapValue(const PropertySpec &spec, nlohmann::json &value, const QHash<QString, QString> &mapping)
{
    auto remapString = [&](nlohmann::json &s) {
        if (!s.is_string())
            return 0;
        const QString id = toQString(s);
        if (spec.type == PropertyType::Image) {
            const QString repo = imageRepositoryId(id);
            if (repo.isEmpty() || !mapping.contains(repo))
                return 0;
            s = toStd(mapping.value(repo) + id.mid(repo.size()));
            return 1;
        }
        if (!mapping.contains(id))
            return 0;
        s = toStd(mapping.value(id));
        return 1;
    };
    int changed = 0;
    switch (spec.type) {
    case PropertyType::Reference:
    case PropertyType::Image:
        changed += remapString(value);
        break;
    case PropertyType::ReferenceList:
        if (value.is_array()) {
            for (auto &item : value)
                changed += remapString(item);
        }
        break;
    case PropertyType::ObjectList:
        if (value.is_array()) {
            for (auto &item : value) {
                if (!item.is_object())
                    continue;
                for (const PropertySpec &field : spec.fields) {
                    const auto it = item.find(toStd(field.name));
                    if (it != item.end())
                        changed += remapValue(field, *it, mapping);
                }
            }
        }
        break;
    default:
        break;
    }
    return changed;
}
} // namespace

int remapReferences(Component &component, const QHash<QString, QString> &mapping)
{
    const KindSpec *kind = component.kindSpec();
    if (!kind)
        return 0;
    int changed = 0;
    for (const PropertySpec &spec : kind->properties) {
        const auto it = component.props.find(toStd(spec.name));
        if (it != component.props.end())
            changed += remapValue(spec, *it, mapping);
    }
    return changed;
}

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
        const std::string key = toStd(spec.name);
        PropertyReads::note(component, key);
        const auto it = component.props.find(key);
        if (it != component.props.end())
            visitValue(spec, *it, spec.name, visit);
    }
}

} // namespace kumo
