#pragma once

#include "component.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace kumo {

struct PropertySpec;

/// One reference held by a component: where it is, what it names, what it may name.
struct Reference
{
    QString path;              ///< "listeners[0].default_target_group", "subnets[1]", "containers[0].image"
    QString target;            ///< the component id named (for images: without the ":tag")
    const PropertySpec *spec;  ///< the property or field holding it
};

/// Calls @p visit for every reference in @p component's props, including those inside
/// structured lists. Container images count as references only when they are not URIs
/// (no '/' in them): "web-repo:latest" names the ecr_repository "web-repo".
void forEachReference(const Component &component, const std::function<void(const Reference &)> &visit);

/// The ECR repository id an image string names, or an empty string for an image URI.
QString imageRepositoryId(const QString &image);

} // namespace kumo
