#pragma once

#include "lessonjson.h"

#include <QString>

#include <optional>
#include <vector>

namespace kumo {

/// Where a lesson comes from, for lists.
struct LessonInfo
{
    QString id;
    int level = 1;
    int order = 0;     ///< place in the course, 0 when the lesson gives none
    LessonText title;
    QString path;      ///< resource path (bundled) or file path (installed)
    bool bundled = true;
};

/// The lessons Kumo knows: those bundled with it (resources/lessons/*.kumo-lesson) and those an
/// instructor installs by dropping `.kumo-lesson` files into the user folder
/// (QStandardPaths::AppDataLocation + "/lessons", e.g. ~/.local/share/Kumo/Kumo/lessons on Linux).
/// An installed lesson with the id of a bundled one replaces it.
namespace LessonLibrary {

/// The user folder for installed lessons (it may not exist yet).
QString userFolder();
/// Bundled and installed lessons that load, in the course's order: by `order` (lessons without one
/// last), then level, then id. Files that do not load are skipped.
std::vector<LessonInfo> list();
/// The lesson that follows @p id in list(), if any.
std::optional<LessonInfo> next(const QString &id);
/// A lesson by id (installed first, then bundled) or by path to a `.kumo-lesson` file.
LessonReadResult find(const QString &idOrPath, QString *source = nullptr);
LessonReadResult loadFile(const QString &path);

} // namespace LessonLibrary

} // namespace kumo
