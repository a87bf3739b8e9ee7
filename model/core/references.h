#pragma once

#include "component.h"

#include <QString>
#include <QHash>
#include <QStringList>

#include <functional>

namespace kumo {

struct PropertySpec;

/// One reference held by a component: where it is, what it names, what it may name.
struct Reference
{
    QString target;            ///< the component id named (for images: without the ":tag")
    const PropertySpec *spec;  ///< the property or field holding it
    QString base;              ///< the property, or the field's path: "listeners[0].default_target_group"
    int index = -1;            ///< position in a ref[] list, or -1

    /// Where the reference is written: "listeners[0].default_target_group", "subnets[1]".
    QString path() const { return index < 0 ? base : base + QLatin1Char('[') + QString::number(index) + QLatin1Char(']'); }
};

/// Calls @p visit for every reference in @p component's props, including those inside
/// structured lists. Container images count as references only when they are not URIs
/// (no '/' in them): "web-repo:latest" names the ecr_repository "web-repo".
void forEachReference(const Component &component, const std::function<void(const Reference &)> &visit);

/// Rewrites every reference of @p component that names a key of @p mapping (images keep their
/// ":tag"). Returns how many references changed.
int remapReferences(Component &component, const QHash<QString, QString> &mapping);

/// The ECR repository id an image string names, or an empty string for an image URI.
QString imageRepositoryId(const QString &image);

} // namespace kumo
