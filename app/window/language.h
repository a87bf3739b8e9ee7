#pragma once

#include <QString>
#include <QStringList>

namespace kumo {

/// The languages of the user interface (English, Japanese), switchable while Kumo runs.
/// Kumo's own texts come from translations/kumo_LANG.ts, compiled into the executable (English
/// has one for its plural forms); the texts of Qt's standard dialogs from Qt's translations
/// (Debian's qt6-translations-l10n).
namespace Language {

/// Language codes offered to the user: "en", "ja".
QStringList available();
/// The language's name in that language: "English", "日本語".
QString nativeName(const QString &code);
/// The language in use.
QString current();
/// The saved choice, or the system's language when it is one of ours, else English.
QString preferred();
/// Switches the application to @p code (and remembers the choice when @p remember).
/// Every widget receives a LanguageChange event. Returns false for an unknown code.
bool apply(const QString &code, bool remember = true);

} // namespace Language

} // namespace kumo
