#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace kumo {

/// A place in a text file: 1-based line, and 1-based column in UTF-16 code units (the
/// characters of lineColumnAt, and SARIF's default column kind).
struct SourcePlace
{
    int line = 0;
    int column = 0;
    friend bool operator==(const SourcePlace &, const SourcePlace &) = default;
};

/// Where each component and connection of a design file is written: the place of the '{' opening
/// its object in the top-level "components" or "connections" array, by id (a component wins over
/// a connection with the same id). @p utf8 is the text of a design file that
/// loaded; text that is not JSON gives the places found before the damage.
QHash<QString, SourcePlace> componentPlaces(const QByteArray &utf8);

} // namespace kumo
