#pragma once

#include <QString>
#include <QStringList>

namespace kumo {

/// The concepts a lesson step may link to: kind ids of the catalog ("vpc", "security_group") and
/// glossary ids, which are the English glossary terms in lower case with '-' between words
/// ("cidr", "ip-address", "tls-certificate", "least-privilege", "high-availability").
namespace LessonConcepts {

/// The id of the glossary entry whose English term is @p term.
QString glossaryId(const char *term);
/// Every glossary id, in glossary order.
QStringList glossaryIds();
bool isKnown(const QString &conceptId);
/// Title and explanation of a conceptId in the current UI language (empty for unknown ids).
QString title(const QString &conceptId);
QString explanation(const QString &conceptId);

} // namespace LessonConcepts

} // namespace kumo
