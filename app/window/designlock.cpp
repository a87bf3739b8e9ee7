#include "designlock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

namespace kumo {

namespace {

/// The mark's file: one per absolute path (the real path when the file exists, so that two
/// spellings of one file, or a link to it, share one mark).
QString lockFileFor(const QString &path)
{
    const QFileInfo info(path);
    const QString absolute = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return DesignLock::directory() + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".lock");
}

std::unique_ptr<QLockFile> makeLock(const QString &path)
{
    QDir().mkpath(DesignLock::directory());
    auto lock = std::make_unique<QLockFile>(lockFileFor(path));
    lock->setStaleLockTime(0); // only a dead owner makes a mark stale, never its age
    return lock;
}

} // namespace

QString DesignLock::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/open");
}

DesignLock::DesignLock(const QString &path)
    : m_path(path)
{
    if (path.isEmpty())
        return;
    m_lock = makeLock(path);
    if (!m_lock->tryLock(0))
        m_lock.reset();
}

DesignLock::~DesignLock() = default;

bool DesignLock::isHeld() const
{
    return m_lock != nullptr;
}

bool DesignLock::isHeldElsewhere(const QString &path, qint64 *pid)
{
    if (path.isEmpty())
        return false;
    const std::unique_ptr<QLockFile> probe = makeLock(path);
    if (probe->tryLock(0)) {
        probe->unlock();
        return false;
    }
    if (pid) {
        QString hostname, application;
        if (!probe->getLockInfo(pid, &hostname, &application))
            *pid = 0;
    }
    return probe->error() == QLockFile::LockFailedError;
}

} // namespace kumo
