#include "autosave.h"

#include "designfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUuid>

namespace kumo {

namespace {
// the first line of the companion file names the design's own path
QString metaPath(const QString &file)
{
    return file + QStringLiteral(".path");
}
} // namespace

QString Autosave::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/autosave");
}

Autosave::Autosave(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
    , m_file(m_directory + QStringLiteral("/") + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".kumo"))
{
}

bool Autosave::write(const Design &design, const QString &originalPath)
{
    if (!QDir().mkpath(m_directory))
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
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.kumo")}, QDir::Files, QDir::Time);
    if (files.isEmpty())
        return std::nullopt;
    QFile meta(metaPath(files.first().filePath()));
    const QString original = meta.open(QIODevice::ReadOnly) ? QString::fromUtf8(meta.readAll()) : QString();
    return Recovered{files.first().filePath(), original};
}

} // namespace kumo
