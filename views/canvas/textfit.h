#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace kumo {

/// Breaks text into lines that fit a width with a font, at word boundaries where there are some
/// and between any two characters in Japanese; at most @p maxLines lines, the last one elided
/// only when the text is longer still. Used by the canvas (and so by every diagram export) and
/// by the test that measures every kind's texts in both languages.
namespace TextFit {

QStringList lines(const QString &text, const QFont &font, double width, int maxLines);

/// True when @p text fits in @p maxLines lines of @p width without being cut.
bool fits(const QString &text, const QFont &font, double width, int maxLines);

} // namespace TextFit

} // namespace kumo
