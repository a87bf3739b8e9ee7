#include "configfile.h"

#include "importtext.h"
#include "inputfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace kumo::hclread {

std::optional<std::string> ConfigFile::read(const std::string &path, std::string *why)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        *why = QCoreApplication::translate("kumo::InputFile", "cannot be opened: %1").arg(QString::fromLocal8Bit(std::strerror(errno))).toStdString();
        return std::nullopt;
    }
    if (S_ISDIR(st.st_mode)) {
        *why = QCoreApplication::translate("kumo::InputFile", "cannot be opened: %1").arg(QCoreApplication::translate("kumo::InputFile", "it is a folder")).toStdString();
        return std::nullopt;
    }
    if (!S_ISREG(st.st_mode)) {
        *why = tfimport::tr("is not a regular file (a device, a pipe or a socket); not read").toStdString();
        return std::nullopt;
    }
    InputRead input = InputFile::read(QFile::decodeName(path.c_str()), InputLimits::terraformConfigurationFileBytes);
    if (!input.ok()) {
        *why = input.message().toStdString();
        return std::nullopt;
    }
    return input.bytes.toStdString();
}

std::optional<std::string> ReadBudget::read(const std::string &path, std::string *why)
{
    const long long limit = InputLimits::terraformConfigurationBytes;
    std::optional<std::string> text;
    if (m_used <= limit)
        text = ConfigFile::read(path, why);
    if (text)
        m_used += (long long)text->size();
    if (m_used > limit) {
        *why = tfimport::tr("not read: the configuration's files together are larger than %1 bytes, the limit").arg(limit).toStdString();
        return std::nullopt;
    }
    return text;
}

} // namespace kumo::hclread
