#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace kumo {

/// The teaching text of each kind: what it is, how it fits with the rest, what to watch for, and
/// the validation rules that check it. Shown beside the canvas when a component is selected.
namespace Concepts {

struct Concept
{
    QString kind;
    const char *text; ///< source text ("kumo::Concepts" context)
    QStringList rules; ///< ids of the rules that check components of this kind
    QString translatedText() const;
};

const std::vector<Concept> &all();
/// The concept of a kind, or null for an unknown kind.
const Concept *forKind(const QString &kind);

} // namespace Concepts

} // namespace kumo
