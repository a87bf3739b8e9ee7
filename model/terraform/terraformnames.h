#pragma once

#include "design.h"

#include <QHash>
#include <QString>

namespace kumo {

/// Readable, unique and stable Terraform names for the components of a design: snake_case from
/// the component's name (its id when the name has no usable letters), numbered on collision in
/// the design's canonical order. Names are unique per kind (a service and its task definition
/// may both be "web"), and across kinds that produce the same resource type.
class TerraformNames
{
public:
    explicit TerraformNames(const Design &design);
    QString of(const QString &componentId) const { return m_names.value(componentId); }
    /// snake_case of any text; empty when nothing usable remains.
    static QString snakeCase(const QString &text);
    /// snake_case that also splits CamelCase words ("AmazonECSTaskExecutionRolePolicy" ->
    /// "amazon_ecs_task_execution_role_policy").
    static QString snakeCaseWords(const QString &text);
    /// Suffixes the exporter appends to derived resources; component names never end with them.
    static const QStringList &reservedSuffixes();

private:
    QHash<QString, QString> m_names;
};

} // namespace kumo
