#include "terraformcontext.h"

#include "validation/awsfacts.h"

#include <QVersionNumber>

#include <algorithm>

namespace kumo {

using hcl::Block;
using hcl::Value;

TerraformContext::TerraformContext(const Design &design)
    : m_design(design)
    , m_index(design)
    , m_names(design)
    , m_regions(m_index.ofKind(QStringLiteral("region")))
{
    m_mainRegion = aws::mainRegion(m_index);
}

QString TerraformContext::regionOf(const Component &c) const
{
    const Component *region = c.kind == QLatin1String("region") ? &c : m_index.ancestor(c, QStringLiteral("region"));
    return region ? region->stringProp("region") : QString();
}

QString TerraformContext::providerOf(const Component &c) const
{
    const Component *region = c.kind == QLatin1String("region") ? &c : m_index.ancestor(c, QStringLiteral("region"));
    return region && region != m_mainRegion ? QStringLiteral("aws.") + name(*region) : QString();
}

QString TerraformContext::regionSuffix(const Component &c) const
{
    const Component *region = c.kind == QLatin1String("region") ? &c : m_index.ancestor(c, QStringLiteral("region"));
    return region && region != m_mainRegion ? QLatin1Char('_') + name(*region) : QString();
}

QString TerraformContext::uniqueAddress(const QString &type, const QString &name)
{
    const QString address = type + QLatin1Char('.') + name;
    QString unique = name;
    if (m_addresses.contains(address)) {
        // continue from the number this name took last time: the next free one is never below it
        int &n = m_lastNumber[address];
        n = std::max(n, 1);
        do
            unique = name + QLatin1Char('_') + QString::number(++n);
        while (m_addresses.contains(type + QLatin1Char('.') + unique));
    }
    m_addresses.insert(type + QLatin1Char('.') + unique);
    return unique;
}

Block &TerraformContext::globalResource(const QString &file, const QString &type, const QString &name)
{
    const QString unique = uniqueAddress(type, name);
    std::deque<Block> &blocks = m_files[file];
    blocks.emplace_back(QStringLiteral("resource"), QStringList{type, unique});
    return blocks.back();
}

Block *TerraformContext::data(const QString &file, const QString &type, const QString &name, const Component *owner)
{
    const QString address = QStringLiteral("data.") + type + QLatin1Char('.') + name;
    if (m_addresses.contains(address))
        return nullptr;
    m_addresses.insert(address);
    std::deque<Block> &blocks = m_dataBlocks[file];
    blocks.emplace_back(QStringLiteral("data"), QStringList{type, name});
    Block &b = blocks.back();
    const QString provider = owner ? providerOf(*owner) : QString();
    if (!provider.isEmpty())
        b.attribute(QStringLiteral("provider"), Value::expression(provider)).blank();
    return &b;
}

Block &TerraformContext::ephemeral(const QString &file, const QString &type, const QString &name)
{
    const QString unique = uniqueAddress(QStringLiteral("ephemeral.") + type, name);
    std::deque<Block> &blocks = m_dataBlocks[file];
    blocks.emplace_back(QStringLiteral("ephemeral"), QStringList{type, unique});
    return blocks.back();
}

void TerraformContext::requireTerraform(const QString &version)
{
    if (QVersionNumber::fromString(version) > QVersionNumber::fromString(m_requiredVersion))
        m_requiredVersion = version;
}

Value TerraformContext::forceDestroy()
{
    const Value no = Value::boolean(false);
    return variable(QStringLiteral("force_destroy"), QStringLiteral("bool"),
                    QStringLiteral("Let terraform destroy delete buckets and repositories that still hold objects or images "
                                   "(true for a workshop account you want to clean up)"),
                    &no);
}

Value TerraformContext::prefixed(const QString &name)
{
    if (!m_variableNames.contains(QStringLiteral("name_prefix"))) {
        m_variableNames.insert(QStringLiteral("name_prefix"));
        Block b(QStringLiteral("variable"), {QStringLiteral("name_prefix")});
        b.attribute(QStringLiteral("description"),
                    Value::string(QStringLiteral("Prefix of account-wide and global names (buckets, repositories, IAM, load balancers), "
                                                 "so that two stacks can live in one account")));
        b.attribute(QStringLiteral("type"), Value::expression(QStringLiteral("string")));
        const Value def = Value::string(QStringLiteral("kumo"));
        b.attribute(QStringLiteral("default"), def);
        b.blank();
        Block &v = b.block(QStringLiteral("validation"));
        v.attribute(QStringLiteral("condition"), Value::expression(QStringLiteral("can(regex(\"^[a-z][a-z0-9-]{0,11}$\", var.name_prefix))")));
        v.attribute(QStringLiteral("error_message"),
                    Value::string(QStringLiteral("The prefix is 1 to 12 lowercase letters, digits or hyphens, starting with a letter.")));
        m_variables.insert(m_variables.begin(), std::move(b));
    }
    return Value::templateString(QStringLiteral("${var.name_prefix}-") + hcl::escapeTemplate(name));
}

Block &TerraformContext::resource(const QString &file, const QString &type, const QString &name, const Component &owner)
{
    // derived names (listeners, attachments) are unique by construction; this keeps the
    // configuration valid even if two of them ever met
    const QString unique = uniqueAddress(type, name);
    std::deque<Block> &blocks = m_files[file];
    blocks.emplace_back(QStringLiteral("resource"), QStringList{type, unique});
    Block &b = blocks.back();
    const QString provider = providerOf(owner);
    if (!provider.isEmpty())
        b.attribute(QStringLiteral("provider"), Value::expression(provider)).blank();
    return b;
}

Value TerraformContext::ref(const QString &type, const QString &name, const QString &attribute)
{
    return Value::expression(type + QLatin1Char('.') + name + QLatin1Char('.') + attribute);
}

Value TerraformContext::variable(const QString &name, const QString &type, const QString &description, const Value *defaultValue,
                                 bool sensitive)
{
    if (!m_variableNames.contains(name)) {
        m_variableNames.insert(name);
        Block b(QStringLiteral("variable"), {name});
        b.attribute(QStringLiteral("description"), Value::string(description));
        b.attribute(QStringLiteral("type"), Value::expression(type));
        if (defaultValue)
            b.attribute(QStringLiteral("default"), *defaultValue);
        if (sensitive)
            b.attribute(QStringLiteral("sensitive"), Value::boolean(true));
        m_variables.push_back(std::move(b));
    }
    return Value::expression(QStringLiteral("var.") + name);
}

Value TerraformContext::passwordVariable(const QString &name, const QString &description)
{
    if (!m_variableNames.contains(name)) {
        m_variableNames.insert(name);
        Block b(QStringLiteral("variable"), {name});
        b.attribute(QStringLiteral("description"), Value::string(description));
        b.attribute(QStringLiteral("type"), Value::expression(QStringLiteral("string")));
        b.attribute(QStringLiteral("sensitive"), Value::boolean(true));
        b.attribute(QStringLiteral("ephemeral"), Value::boolean(true));
        Block &v = b.blank().block(QStringLiteral("validation"));
        // RDS: 8 to 41 printable ASCII characters other than / @ " and the space
        v.attribute(QStringLiteral("condition"),
                    Value::expression(QStringLiteral("can(regex(\"^[!#-.0-?A-~]{8,41}$\", var.") + name + QStringLiteral("))")));
        v.attribute(QStringLiteral("error_message"),
                    Value::string(QStringLiteral("The password needs 8 to 41 characters, without /, @, \" or spaces.")));
        m_variables.push_back(std::move(b));
    }
    return Value::expression(QStringLiteral("var.") + name);
}

void TerraformContext::output(const QString &name, const QString &description, Value value)
{
    Block b(QStringLiteral("output"), {name});
    b.attribute(QStringLiteral("description"), Value::string(description));
    b.attribute(QStringLiteral("value"), std::move(value));
    m_outputs.push_back(std::move(b));
}

Value TerraformContext::nameTag(const Component &c, const QString &suffix) const
{
    return Value::object({{QStringLiteral("Name"), Value::string(tagValue(c.displayName() + suffix))}});
}

QString TerraformContext::tagValue(const QString &text)
{
    // [\p{L}\p{Z}\p{N}_.:/=+\-@]*, the tag pattern of IAM and CloudFront (the strictest services)
    QString out;
    for (const QChar ch : text) {
        const bool ok = ch.isLetter() || ch.isNumber() || ch.category() == QChar::Separator_Space || QStringLiteral("_.:/=+-@").contains(ch);
        out += ok ? ch : QLatin1Char(' ');
    }
    out = out.simplified().left(256).trimmed();
    return out.isEmpty() ? QStringLiteral("kumo") : out;
}

std::map<QString, QString> TerraformContext::files() const
{
    std::map<QString, QString> out;
    // versions.tf
    {
        Block terraform(QStringLiteral("terraform"));
        terraform.attribute(QStringLiteral("required_version"), Value::string(QStringLiteral(">= ") + m_requiredVersion));
        terraform.blank();
        Block &providers = terraform.block(QStringLiteral("required_providers"));
        providers.attribute(QStringLiteral("aws"), Value::object({{QStringLiteral("source"), Value::string(QStringLiteral("hashicorp/aws"))},
                                                                  {QStringLiteral("version"), Value::string(QStringLiteral("~> 6.0"))}}));
        QString text = hcl::print({terraform});
        // a team keeps the state in S3; the commented block is what to fill in (use_lockfile
        // locks the state with an S3 object, no DynamoDB table needed)
        text.chop(2); // the closing "}\n" of the terraform block
        text += QStringLiteral("\n"
                               "  # Keep the state in S3 when more than one person applies this configuration:\n"
                               "  # backend \"s3\" {\n"
                               "  #   bucket       = \"my-terraform-state\"\n"
                               "  #   key          = \"kumo/terraform.tfstate\"\n"
                               "  #   region       = \"%1\"\n"
                               "  #   use_lockfile = true\n"
                               "  # }\n"
                               "}\n").arg(m_regions.empty() ? QStringLiteral("us-east-1") : mainRegion());
        out[QStringLiteral("versions.tf")] = text;
    }
    // providers.tf
    {
        std::vector<Block> providers;
        const Value tags = Value::object({{QStringLiteral("Design"), Value::string(tagValue(m_design.name))},
                                          {QStringLiteral("ManagedBy"), Value::string(QStringLiteral("Terraform"))}});
        auto provider = [&](const QString &alias, const Value &region) {
            Block b(QStringLiteral("provider"), {QStringLiteral("aws")});
            if (!alias.isEmpty())
                b.attribute(QStringLiteral("alias"), Value::string(alias));
            b.attribute(QStringLiteral("region"), region);
            b.blank();
            b.block(QStringLiteral("default_tags")).attribute(QStringLiteral("tags"), tags);
            providers.push_back(std::move(b));
        };
        if (m_regions.empty())
            provider({}, Value::expression(QStringLiteral("var.region")));
        else
            provider({}, Value::string(mainRegion()));
        for (const Component *r : m_regions) {
            if (r != m_mainRegion)
                provider(name(*r), Value::string(r->stringProp("region")));
        }
        QString text = hcl::print(providers);
        if (m_regions.size() > 1)
            text.prepend(QStringLiteral("# The default provider is the main region (the one with most components); global\n"
                                        "# resources (IAM, Route 53, CloudFront) use it too. Resources of the other regions\n"
                                        "# name the provider of their region.\n"));
        out[QStringLiteral("providers.tf")] = text;
    }
    std::vector<Block> variables = m_variables;
    if (m_regions.empty()) {
        Block region(QStringLiteral("variable"), {QStringLiteral("region")});
        region.attribute(QStringLiteral("description"), Value::string(QStringLiteral("AWS region for the resources")));
        region.attribute(QStringLiteral("type"), Value::expression(QStringLiteral("string")));
        region.attribute(QStringLiteral("default"), Value::string(QStringLiteral("us-east-1")));
        variables.insert(variables.begin(), std::move(region));
    }
    out[QStringLiteral("variables.tf")] = variables.empty() ? QStringLiteral("# This design needs no input variables.\n") : hcl::print(variables);
    out[QStringLiteral("outputs.tf")] = m_outputs.empty() ? QStringLiteral("# This design has no outputs.\n") : hcl::print(m_outputs);
    std::map<QString, std::vector<Block>> all;
    for (const auto &[file, blocks] : m_dataBlocks)
        all[file].insert(all[file].end(), blocks.begin(), blocks.end());
    for (const auto &[file, blocks] : m_files)
        all[file].insert(all[file].end(), blocks.begin(), blocks.end());
    for (const auto &[file, blocks] : all)
        out[file] = hcl::print(blocks);
    return out;
}

} // namespace kumo
