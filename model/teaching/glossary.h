#pragma once

#include <QString>

#include <vector>

namespace kumo {

/// The general ideas a reader meets before the components make sense: servers, networks, IP
/// addresses and CIDR, ports, DNS, certificates, SSH and keys, containers, artifacts, least
/// privilege, high availability. Shown in Help › Glossary.
namespace Glossary {

struct Entry
{
    const char *term; ///< source texts ("kumo::Glossary" context)
    const char *text;
    QString translatedTerm() const;
    QString translatedText() const;
};

const std::vector<Entry> &entries();

} // namespace Glossary

} // namespace kumo
