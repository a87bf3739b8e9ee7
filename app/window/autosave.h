#pragma once

#include <QString>

#include <optional>

namespace kumo {

class Design;

/// Keeps a copy of unsaved work on disk, so that a crash or power cut loses at most a few
/// seconds. One autosave per window; removed once the work is saved or deliberately discarded.
class Autosave
{
public:
    /// @p directory defaults to the application's data folder.
    explicit Autosave(QString directory = {});

    /// Writes the design (atomically) with the path it belongs to.
    bool write(const Design &design, const QString &originalPath);
    /// Removes this window's autosave.
    void discard();

    struct Recovered
    {
        QString file;         ///< the autosave file
        QString originalPath; ///< where the design was saved before, if anywhere
    };
    /// Autosaves left behind by windows that did not close cleanly.
    static std::optional<Recovered> findLeftOver(QString directory = {});
    static QString defaultDirectory();

private:
    QString m_directory;
    QString m_file;
};

} // namespace kumo
