#pragma once

#include "hclwriter.h"
#include "terraformnames.h"

#include "validation/validationcontext.h"

#include <QHash>
#include <QSet>

#include <any>
#include <deque>
#include <string>
#include <map>
#include <vector>

namespace kumo {

/// Shared state while one design is turned into Terraform: names, providers, the files being
/// written, variables and outputs. Emitters (one file per area) add resources through it.
class TerraformContext
{
public:
    explicit TerraformContext(const Design &design);

    const Design &design() const { return m_design; }
    const ValidationContext &index() const { return m_index; }
    /// The component's Terraform name.
    QString name(const Component &c) const { return m_names.of(c.id); }
    QString name(const QString &id) const { return m_names.of(id); }
    /// The component @p id names, when it exists and is of one of @p kinds (any when empty).
    const Component *resolve(const QString &id, const QStringList &kinds = {}) const { return m_index.resolve(id, kinds); }

    /// Starts `resource "TYPE" "NAME"` in @p file, bound to the provider of @p owner's region.
    hcl::Block &resource(const QString &file, const QString &type, const QString &name, const Component &owner);
    /// Starts a global resource (IAM and the like) in @p file: it uses the default provider.
    hcl::Block &globalResource(const QString &file, const QString &type, const QString &name);
    /// Starts `data "TYPE" "NAME"` in @p file for @p owner's region; null when that data source
    /// was declared already (data sources are shared, e.g. one AMI lookup per region).
    hcl::Block *data(const QString &file, const QString &type, const QString &name, const Component *owner);
    /// Starts `ephemeral "TYPE" "NAME"` in @p file, with the default provider (values that never
    /// reach the state, such as a generated password written through write-only arguments).
    hcl::Block &ephemeral(const QString &file, const QString &type, const QString &name);
    /// Raises the configuration's required_version (write-only arguments need 1.11).
    void requireTerraform(const QString &version);
    /// `TYPE.NAME.ATTRIBUTE`
    static hcl::Value ref(const QString &type, const QString &name, const QString &attribute);

    /// Declares `variable "NAME"`; returns `var.NAME`. Declaring the same name again is a no-op.
    hcl::Value variable(const QString &name, const QString &type, const QString &description, const hcl::Value *defaultValue,
                        bool sensitive = false);
    /// Declares an ephemeral, sensitive string variable for a password that Terraform passes only to
    /// write-only arguments (it is in neither the configuration nor the state), 8 to 41 characters
    /// that RDS accepts in a master password; returns `var.NAME`.
    hcl::Value passwordVariable(const QString &name, const QString &description);
    void output(const QString &name, const QString &description, hcl::Value value);
    /// An account-wide or global AWS name: "${var.name_prefix}-NAME", so that two stacks of the
    /// same design in one account do not collide. Declares the name_prefix variable.
    hcl::Value prefixed(const QString &name);
    /// Characters the prefix and its hyphen take from a name's length limit.
    static constexpr int kPrefixLength = 13;
    /// tags = { Name = "..." } for a component (with @p suffix, e.g. " (green)", appended).
    hcl::Value nameTag(const Component &c, const QString &suffix = {}) const;
    /// A tag key or value every service accepts: IAM and CloudFront allow only letters, spaces,
    /// digits and _.:/=+-@ (at most 256 characters); other characters become spaces.
    static QString tagValue(const QString &text);
    /// `var.force_destroy`: whether destroy also deletes buckets and repositories that hold data.
    hcl::Value forceDestroy();

    /// Region code of a component's region (empty for global components).
    QString regionOf(const Component &c) const;
    /// `aws.ALIAS` for components of a region other than the main one; else empty.
    QString providerOf(const Component &c) const;
    /// The region code of the default provider: the region with most components.
    QString mainRegion() const { return m_mainRegion ? m_mainRegion->stringProp("region") : QString(); }
    /// A name unique among the components' regions, for per-region shared resources.
    QString regionSuffix(const Component &c) const;

    /// A table an emitter fills once per export and reads for every component (so that
    /// summaries over all components of a kind are not recomputed per component).
    QHash<QString, QString> &memo(const QString &table) { return m_memo[table]; }
    /// An index over the whole design (say, which listeners forward to each target group), built
    /// by @p build on first use and kept for the rest of the export: emitters look things up in it
    /// instead of scanning all components of a kind for every component, which keeps an export
    /// linear in the size of the design.
    template<typename T, typename Build>
    const T &derived(const char *key, Build build) const
    {
        std::any &slot = m_derived[key];
        if (!slot.has_value())
            slot = T(build());
        return std::any_cast<const T &>(slot);
    }

    /// The finished files, by file name.
    std::map<QString, QString> files() const;

private:
    void writeProviders();
    /// @p name, or name_2, name_3, ... when `TYPE.NAME` is taken; records the address.
    QString uniqueAddress(const QString &type, const QString &name);

    const Design &m_design;
    ValidationContext m_index;
    TerraformNames m_names;
    std::vector<const Component *> m_regions;
    const Component *m_mainRegion = nullptr;
    // deques: a block being filled stays valid while other blocks are added
    std::map<QString, std::deque<hcl::Block>> m_files;
    std::map<QString, std::deque<hcl::Block>> m_dataBlocks; ///< data sources, written first in each file
    std::vector<hcl::Block> m_variables;
    QSet<QString> m_variableNames;
    std::vector<hcl::Block> m_outputs;
    QSet<QString> m_addresses; ///< TYPE.NAME of every resource written
    QHash<QString, int> m_lastNumber; ///< by TYPE.NAME asked for: the number its last copy took
    QHash<QString, QHash<QString, QString>> m_memo;
    QString m_requiredVersion = QStringLiteral("1.5.0");
    mutable std::map<std::string, std::any> m_derived;
};

} // namespace kumo
