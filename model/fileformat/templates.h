#pragma once

#include "designjson.h"

#include <QString>

#include <vector>

namespace kumo {

/// A design bundled with the product (resources/templates/*.kumo).
struct TemplateInfo
{
    QString id;    ///< file name without suffix, e.g. "three-tier"
    QString title; ///< the design's name
    QString resourcePath;
};

namespace Templates {
std::vector<TemplateInfo> list();
/// Loads a bundled template by id; an unknown id gives a refusal naming the known ones.
DesignReadResult load(const QString &id);
} // namespace Templates

} // namespace kumo
