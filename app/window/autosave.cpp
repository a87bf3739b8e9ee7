#include "autosave.h"

#include "designfile.h"
#include "inputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

namespace kumo {

namespace {
// the first line of the companion file names the design's own path
QString metaPath(const QString &file)
{
    return file + QStringLiteral(".path");
}

std::unique_ptr<QLockFile> lockFor(const QString &file)
{
    auto lock = std::make_unique<QLockFile>(file + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    return lock;
}
} // namespace

QString Autosave::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/autosave");
}

Autosave::Autosave(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
    , m_file(m_directory + QStringLiteral("/") + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".kumo"))
    , m_lock(lockFor(m_file))
{
}

Autosave::~Autosave() = default; // unlocks: the autosave (if any is left) is a leftover now

bool Autosave::write(const Design &design, const QString &originalPath)
{
    if (!QDir().mkpath(m_directory))
        return false;
    // locked before anything is written: no other window may take it for a leftover
    if (!m_lock->isLocked() && !m_lock->tryLock(0))
        return false;
    // the path first: a crash between the two writes must not leave a design without it
    // (leftovers are found by their design file)
    return DesignFile::writeAtomically(metaPath(m_file), originalPath.toUtf8()) && DesignFile::save(design, m_file);
}

void Autosave::discard()
{
    QFile::remove(m_file);
    QFile::remove(metaPath(m_file));
}

std::optional<Autosave::Recovered> Autosave::findLeftOver(QString directory)
{
    if (directory.isEmpty())
        directory = defaultDirectory();
    const QDir dir(directory);
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("*.kumo")}, QDir::Files, QDir::Time)) {
        std::shared_ptr<QLockFile> claim = lockFor(file.filePath());
        if (!claim->tryLock(0))
            continue; // the autosave of a window that is still open
        const QString original = QString::fromUtf8(InputFile::read(metaPath(file.filePath()), InputLimits::autosavePathBytes).bytes);
        return Recovered{file.filePath(), original, claim};
    }
    return std::nullopt;
}

} // namespace kumo
