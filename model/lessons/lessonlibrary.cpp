#include "lessonlibrary.h"

#include "inputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <limits>

// The bundled lessons are compiled into the static model library; make sure they are registered.
static void ensureLessonResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(lessons);
        return true;
    }();
    Q_UNUSED(registered);
}

namespace kumo {
namespace LessonLibrary {

namespace {
const QString kBundled = QStringLiteral(":/lessons");

QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::LessonLibrary", text);
}

QStringList lessonFiles(const QString &folder)
{
    QStringList paths;
    const QDir dir(folder);
    for (const QString &file : dir.entryList({QStringLiteral("*.") + QLatin1String(LessonJson::suffix)}, QDir::Files, QDir::Name))
        paths << dir.filePath(file);
    return paths;
}
} // namespace

QString userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/lessons");
}

LessonReadResult loadFile(const QString &path)
{
    ensureLessonResources();
    LessonReadResult result;
    const InputRead input = InputFile::read(path, InputLimits::lessonFileBytes);
    if (!input.ok()) {
        result.error.message = input.failure == InputRead::Failure::TooLarge ? input.message()
                                                                            : tr("cannot read the file: %1").arg(input.reason);
        return result;
    }
    result = LessonJson::read(input.bytes);
    if (result.ok())
        result.lesson->source = path;
    return result;
}

std::vector<LessonInfo> list()
{
    ensureLessonResources();
    std::vector<LessonInfo> lessons;
    const auto add = [&](const QString &path, bool bundled) {
        const LessonReadResult r = loadFile(path);
        if (!r.ok())
            return;
        LessonInfo info{r.lesson->id, r.lesson->level, r.lesson->order, r.lesson->title, path, bundled};
        const auto same = std::find_if(lessons.begin(), lessons.end(), [&](const LessonInfo &l) { return l.id == info.id; });
        if (same != lessons.end())
            *same = info;
        else
            lessons.push_back(info);
    };
    for (const QString &path : lessonFiles(kBundled))
        add(path, true);
    for (const QString &path : lessonFiles(userFolder()))
        add(path, false);
    std::stable_sort(lessons.begin(), lessons.end(), [](const LessonInfo &a, const LessonInfo &b) {
        const int orderA = a.order > 0 ? a.order : std::numeric_limits<int>::max();
        const int orderB = b.order > 0 ? b.order : std::numeric_limits<int>::max();
        if (orderA != orderB)
            return orderA < orderB;
        return a.level != b.level ? a.level < b.level : a.id < b.id;
    });
    return lessons;
}

std::optional<LessonInfo> next(const QString &id)
{
    const std::vector<LessonInfo> lessons = list();
    const auto it = std::find_if(lessons.begin(), lessons.end(), [&](const LessonInfo &l) { return l.id == id; });
    if (it == lessons.end() || it + 1 == lessons.end())
        return std::nullopt;
    return *(it + 1);
}

LessonReadResult find(const QString &idOrPath, QString *source)
{
    ensureLessonResources();
    const QFileInfo asFile(idOrPath);
    const bool looksLikePath = idOrPath.contains(QLatin1Char('/')) || idOrPath.endsWith(QLatin1String(".") + QLatin1String(LessonJson::suffix));
    if (looksLikePath || (asFile.exists() && asFile.isFile())) {
        if (source)
            *source = idOrPath;
        return loadFile(idOrPath);
    }
    // installed lessons first (a file named after the id is the quick path), then by the ids inside the files
    const QString fileName = idOrPath + QLatin1Char('.') + QLatin1String(LessonJson::suffix);
    for (const QString &folder : {userFolder(), kBundled}) {
        const QString path = folder + QLatin1Char('/') + fileName;
        if (QFileInfo::exists(path)) {
            LessonReadResult r = loadFile(path);
            if (!r.ok() || r.lesson->id == idOrPath) { // a broken file of that name says why
                if (source)
                    *source = path;
                return r;
            }
        }
    }
    for (const LessonInfo &info : list()) {
        if (info.id == idOrPath) {
            if (source)
                *source = info.path;
            return loadFile(info.path);
        }
    }
    LessonReadResult result;
    QStringList known;
    for (const LessonInfo &l : list())
        known << l.id;
    result.error.message = tr("no lesson named '%1' (available: %2)").arg(idOrPath, known.join(QStringLiteral(", ")));
    if (source)
        *source = idOrPath;
    return result;
}

} // namespace LessonLibrary
} // namespace kumo
