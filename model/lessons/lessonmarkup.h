#pragma once

#include <QString>

namespace kumo {

/// A lesson's plain text, where `backticks` mark code, as HTML (escaped, code in <code>).
QString lessonTextToHtml(const QString &text);

} // namespace kumo
