#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QFileSystemWatcher;

namespace kumo {

/// Notices when another program changes or removes the open design file. Kumo's own saves are
/// not reported: the watch remembers the content it last read or wrote and only reports
/// different content.
class FileWatch : public QObject
{
    Q_OBJECT

public:
    explicit FileWatch(QObject *parent = nullptr);

    /// Watches @p path (an empty path stops watching) and takes its current content as known.
    void watch(const QString &path);
    QString path() const { return m_path; }

signals:
    /// The file now holds other content than Kumo knows, or is gone (@p removed).
    void changedElsewhere(const QString &path, bool removed);

private:
    void fileChanged(const QString &path);
    static QByteArray digest(const QString &path);

    QFileSystemWatcher *m_watcher;
    QString m_path;
    QByteArray m_known; ///< digest of the content Kumo last read or wrote
};

} // namespace kumo
