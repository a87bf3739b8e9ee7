#pragma once

#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace kumo {

class Design;

/// Keeps a copy of unsaved work on disk, so that a crash or power cut loses at most a few
/// seconds. One autosave per window; removed once the work is saved or deliberately discarded.
/// While its window lives, an autosave is locked (a QLockFile beside it), so that another window
/// never offers it as work left behind; the lock of a window that crashed or was killed is stale
/// and the autosave is a leftover again.
class Autosave
{
public:
    /// @p directory defaults to the application's data folder.
    explicit Autosave(QString directory = {});
    ~Autosave();
    Autosave(const Autosave &) = delete;
    Autosave &operator=(const Autosave &) = delete;

    /// Writes the design (atomically) with the path it belongs to.
    bool write(const Design &design, const QString &originalPath);
    /// Removes this window's autosave.
    void discard();

    struct Recovered
    {
        QString file;         ///< the autosave file
        QString originalPath; ///< where the design was saved before, if anywhere
        /// Holds the leftover's lock while this lives, so that two windows starting at once do
        /// not both offer it.
        std::shared_ptr<QLockFile> claim;
    };
    /// The newest autosave left behind by a window that did not close cleanly (none of a window
    /// still open, in this process or another).
    static std::optional<Recovered> findLeftOver(QString directory = {});
    static QString defaultDirectory();

private:
    QString m_directory;
    QString m_file;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace kumo
