#pragma once

#include <optional>
#include <string>

namespace kumo::hclread {

/// Reads the files of a Terraform configuration (.tf, .tf.json, .tfvars, file() and templatefile()
/// arguments) through the one capped reader, InputFile, with the limit
/// InputLimits::terraformConfigurationFileBytes. Only regular files are read: a device (/dev/zero),
/// a pipe or a socket is refused at once, so that nothing in a folder can hang the import.
namespace ConfigFile {

/// The text of @p path, or nothing with @p why saying why for people ("is too large: ...").
std::optional<std::string> read(const std::string &path, std::string *why);

} // namespace ConfigFile

/// What one configuration may read altogether (InputLimits::terraformConfigurationBytes): its
/// files, its modules' files and each file() or templatefile() call count against it.
class ReadBudget
{
public:
    /// ConfigFile::read() while the total allows, else nothing with @p why saying so.
    std::optional<std::string> read(const std::string &path, std::string *why);

private:
    long long m_used = 0;
};

} // namespace kumo::hclread
