#include "filewatch.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileSystemWatcher>

namespace kumo {

FileWatch::FileWatch(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &FileWatch::fileChanged);
}

void FileWatch::watch(const QString &path)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_path = path;
    m_known = path.isEmpty() ? QByteArray() : digest(path);
    if (!path.isEmpty())
        m_watcher->addPath(path);
}

QByteArray FileWatch::digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

void FileWatch::fileChanged(const QString &path)
{
    if (path != m_path)
        return;
    // an atomic save replaces the file, which ends the watch: watch the new file again
    const bool exists = QFile::exists(path);
    if (exists && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    const QByteArray now = exists ? digest(path) : QByteArray();
    if (now == m_known)
        return; // Kumo's own save, or a touch without a change
    m_known = now;
    emit changedElsewhere(path, !exists);
}

} // namespace kumo
