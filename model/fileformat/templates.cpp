#include "templates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

// The templates are compiled into the static model library; make sure its resources are registered.
static void ensureTemplateResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(templates);
        return true;
    }();
    Q_UNUSED(registered);
}

namespace kumo {
namespace Templates {

namespace {
const QString kDirectory = QStringLiteral(":/templates");

// The names of the bundled templates, for translation: the titles shown come from the files.
[[maybe_unused]] const char *const kTemplateNames[] = {
    QT_TRANSLATE_NOOP("kumo::Templates", "Three-tier web application"),
    QT_TRANSLATE_NOOP("kumo::Templates", "Single web server"),
};

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

std::vector<TemplateInfo> list()
{
    ensureTemplateResources();
    std::vector<TemplateInfo> templates;
    const QStringList files = QDir(kDirectory).entryList({QStringLiteral("*.kumo")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString path = kDirectory + QLatin1Char('/') + file;
        const DesignReadResult result = DesignJson::read(readResource(path));
        TemplateInfo info;
        info.id = QFileInfo(file).completeBaseName();
        info.title = result.ok() ? QCoreApplication::translate("kumo::Templates", result.design->name.toUtf8().constData()) : info.id;
        info.resourcePath = path;
        templates.push_back(info);
    }
    return templates;
}

DesignReadResult load(const QString &id)
{
    for (const TemplateInfo &t : list()) {
        if (t.id == id)
            return DesignJson::read(readResource(t.resourcePath));
    }
    DesignReadResult result;
    QStringList known;
    for (const TemplateInfo &t : list())
        known << t.id;
    result.error.message = QCoreApplication::translate("kumo::Templates", "no template named '%1' (available: %2)")
                               .arg(id, known.join(QStringLiteral(", ")));
    return result;
}

} // namespace Templates
} // namespace kumo
