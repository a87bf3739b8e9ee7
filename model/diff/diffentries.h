#pragma once

#include "designdiff.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace kumo::diff {

/// One row of the editor's list of differences: a component (or an annotation arrow, or the
/// design's name) and everything that happened to it, in the interface's words.
struct DiffEntry
{
    enum class Change { Added, Removed, Changed, Moved, Geometry, ConnectionAdded, ConnectionRemoved, DesignRenamed };
    Change change = Change::Changed;
    QString id;             ///< the component's or the arrow's id; empty for the design's name
    QString title;          ///< "web-server (EC2 instance)"
    QStringList details;    ///< "Instance type: t3.micro → t3.large", "Moved from public-a to app-a", ...
    QStringList components; ///< what selecting the row selects: the component, or an arrow's two ends
};

namespace DiffEntries {

/// The rows of @p difference (@p before and @p after are the designs it compares): added,
/// removed, changed, moved, then only moved or resized on the canvas, each group by id, then the
/// arrows and the design's name. A component has one row whatever it had done to it; the row's
/// change is the first of added, removed, changed, moved, geometry that applies.
std::vector<DiffEntry> list(const DesignDiff &difference, const Design &before, const Design &after);

/// What a component's edits are, one line each: its changed values ("Instance type: t3.micro →
/// t3.large"), then its move to another container. Empty when it has neither.
QStringList editLines(const DesignDiff &difference, const QString &id, const Design &before, const Design &after);

/// "Added", "Removed", "Changed", ... for people.
QString changeName(DiffEntry::Change change);

/// "3 added, 1 removed, 2 changed" (the groups that have rows), or "no differences".
QString summary(const std::vector<DiffEntry> &entries);

} // namespace DiffEntries

} // namespace kumo::diff
