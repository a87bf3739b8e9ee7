#pragma once

#include <QCoreApplication>
#include <QString>

// Helpers shared by the rule files.
namespace kumo::rules {

/// Translates a finding message in the rules' context.
inline QString msg(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kumo::rules", text, disambiguation, n);
}

} // namespace kumo::rules

/// Marks rule titles and explanations for translation where they are declared.
#define KUMO_RULE_TEXT(text) QT_TRANSLATE_NOOP("kumo::rules", text)
