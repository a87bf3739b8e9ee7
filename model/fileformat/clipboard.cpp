#include "clipboard.h"

#include "design.h"
#include "designjson.h"
#include "references.h"

#include <QSet>

namespace kumo {
namespace Clipboard {

QByteArray copy(const Design &design, const QStringList &ids)
{
    Design selection;
    QSet<QString> taken;
    for (const QString &id : ids) {
        for (const QString &member : design.subtree(id)) {
            if (!taken.contains(member)) {
                taken.insert(member);
                selection.insert(*design.component(member));
            }
        }
    }
    return DesignJson::write(selection);
}

std::vector<Component> paste(const Design &design, const QByteArray &data, QPointF offset)
{
    const DesignReadResult read = DesignJson::read(data);
    if (!read.ok())
        return {};
    const std::vector<const Component *> copied = read.design->components(); // parents first
    // fresh ids, unique in the target design and among each other
    Design names = design;
    QHash<QString, QString> mapping;
    for (const Component *c : copied) {
        const QString fresh = names.uniqueId(c->id);
        Component placeholder;
        placeholder.id = fresh;
        placeholder.kind = c->kind;
        names.insert(placeholder);
        mapping.insert(c->id, fresh);
    }
    std::vector<Component> result;
    for (const Component *c : copied) {
        Component copy = *c;
        copy.id = mapping.value(c->id);
        const bool rootOfCopy = !mapping.contains(c->parent);
        if (!rootOfCopy)
            copy.parent = mapping.value(c->parent);
        else if (!design.contains(copy.parent))
            copy.parent.clear();
        if (rootOfCopy && copy.geometry)
            copy.geometry->translate(offset);
        remapReferences(copy, mapping);
        result.push_back(std::move(copy));
    }
    return result;
}

} // namespace Clipboard
} // namespace kumo
