#include "configurationinput.h"

#include "tfconfiguration.h"

namespace kumo::tfimport {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

bool ConfigurationInput::isConfigurationDirectory(const QString &path)
{
    return hclread::Configuration::isConfigurationDirectory(path.toStdString());
}

std::optional<TfInput> ConfigurationInput::read(const QString &directory, int inputIndex, const ConfigurationValues &values, ImportReport &report,
                                                QString *error)
{
    hclread::ConfigOptions options;
    for (const QString &f : values.varFiles)
        options.varFiles.push_back(f.toStdString());
    for (const auto &[name, value] : values.vars)
        options.vars.push_back({name.toStdString(), value.toStdString()});
    const hclread::ConfigResult config = hclread::Configuration::read(directory.toStdString(), options);
    report.configurations = true;
    for (const std::string &e : config.parseErrors)
        report.parseErrors << q(e);
    if (!config.readable()) {
        *error = config.parseErrors.empty() ? tfimport::tr("no Terraform configuration (.tf or .tf.json files) in this folder")
                                            : tfimport::tr("no file of the configuration could be read");
        return std::nullopt;
    }
    for (const std::string &a : config.assumptions)
        report.assumptions << q(a);
    for (const std::string &v : config.unsetVariables)
        report.unknownVariables << q(v);
    for (const std::string &n : config.issues)
        report.evaluationNotes << q(n);
    for (const auto &[source, version] : config.modulesUnderstood)
        report.modulesUnderstood.push_back({q(source), q(version)});
    for (const auto &[source, why] : config.modulesUnread)
        report.modulesUnread.push_back({q(source), q(why)});
    for (const auto &[address, attribute] : config.secrets)
        report.secrets.push_back({directory, q(address), q(attribute)});

    TfInput input;
    input.source = directory;
    input.shape = QStringLiteral("configuration");
    input.resources.reserve(config.resources.size());
    for (const hclread::ConfigResource &c : config.resources) {
        TfResource r;
        r.module = q(c.module);
        r.mode = q(c.mode);
        r.type = q(c.type);
        r.name = q(c.name);
        r.indexKey = c.indexKey;
        r.provider = q(c.provider);
        r.providerKey = QStringLiteral("%1#%2").arg(inputIndex).arg(q(c.providerKey));
        r.regionHint = q(c.region);
        r.attributes = c.attributes;
        r.input = inputIndex;
        const QStringList parts = TerraformInput::stripInstanceKeys(r.module).split(QLatin1Char('.'), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i + 1 < parts.size(); i += 2)
            if (parts.at(i) == QLatin1String("module"))
                r.moduleCalls << parts.at(i + 1);
        r.address = (r.module.isEmpty() ? QString() : r.module + QLatin1Char('.')) + (r.mode == QLatin1String("data") ? QStringLiteral("data.") : QString())
                    + r.type + QLatin1Char('.') + r.name + TerraformInput::keySuffix(r.indexKey);
        input.resources.push_back(std::move(r));
    }
    return input;
}

} // namespace kumo::tfimport
