#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace kumo {

/// Marks a design file as open in one editor window, so that a second window opening the same
/// file can say that it is open elsewhere (two windows saving one file would overwrite each
/// other's work). The mark is a QLockFile in the application's data folder, named after the
/// file's absolute path; a window that crashes or is killed leaves a stale mark that the next
/// claim takes over (QLockFile checks that the process that made it still runs).
class DesignLock
{
public:
    /// Claims @p path for this window; isHeld() says whether that succeeded.
    explicit DesignLock(const QString &path);
    ~DesignLock();
    DesignLock(const DesignLock &) = delete;
    DesignLock &operator=(const DesignLock &) = delete;

    const QString &path() const { return m_path; }
    bool isHeld() const;

    /// True when another live window (in this process or another) has @p path open; @p pid then
    /// receives that window's process id.
    static bool isHeldElsewhere(const QString &path, qint64 *pid = nullptr);
    /// The folder holding the marks.
    static QString directory();

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace kumo
