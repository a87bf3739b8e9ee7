#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace kumo {
namespace Language {

namespace {
const QString kSettingsKey = QStringLiteral("language");

QString &currentCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

QTranslator &kumoTranslator()
{
    static QTranslator translator;
    return translator;
}

QTranslator &qtTranslator()
{
    static QTranslator translator;
    return translator;
}
} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("ja"))
        return QStringLiteral("日本語");
    return QStringLiteral("English");
}

QString current()
{
    return currentCode();
}

QString preferred()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    if (available().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

bool apply(const QString &code, bool remember)
{
    if (!available().contains(code))
        return false;
    QCoreApplication::removeTranslator(&kumoTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    // English has a translation too: its plural forms ("1 error", "2 errors")
    if (!kumoTranslator().load(QStringLiteral(":/i18n/kumo_%1.qm").arg(code)))
        return false;
    // Qt's own texts (standard buttons, file dialogs); missing ones just stay English
    if (code != QLatin1String("en")
        && qtTranslator().load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator());
    QCoreApplication::installTranslator(&kumoTranslator());
    QLocale::setDefault(QLocale(code));
    currentCode() = code;
    if (remember)
        QSettings().setValue(kSettingsKey, code);
    return true;
}

} // namespace Language
} // namespace kumo
