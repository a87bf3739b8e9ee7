#include "terraforminput.h"
#include "jsonerrorposition.h"

#include "loaderror.h"

#include <QCoreApplication>
#include <QHash>

namespace kumo::tfimport {

namespace {

using json = nlohmann::json;

/// Thrown while reading; caught in read() and turned into an InputError.
struct Refusal
{
    QString place;
    QString message;
};

QString typeName(const json &v)
{
    switch (v.type()) {
    case json::value_t::null: return QStringLiteral("null");
    case json::value_t::boolean: return QStringLiteral("a boolean");
    case json::value_t::string: return QStringLiteral("a string");
    case json::value_t::array: return QStringLiteral("a list");
    case json::value_t::object: return QStringLiteral("an object");
    default: return QStringLiteral("a number");
    }
}

[[noreturn]] void refuse(const QString &place, const QString &message)
{
    throw Refusal{place, message};
}

/// The member @p key of @p object, checked to be of the wanted type (absent or null gives null).
const json *member(const json &object, const char *key, json::value_t wanted, const QString &place)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return nullptr;
    const bool ok = it->type() == wanted || (wanted == json::value_t::number_integer && it->is_number_integer());
    if (!ok) {
        const QString expected = wanted == json::value_t::array    ? tfimport::tr("a list")
                                 : wanted == json::value_t::object ? tfimport::tr("an object")
                                 : wanted == json::value_t::string ? tfimport::tr("a string")
                                                                   : tfimport::tr("a whole number");
        refuse((place.isEmpty() ? QString() : place + QLatin1Char('.')) + QString::fromLatin1(key), tfimport::tr("expected %1, found %2").arg(expected, typeName(*it)));
    }
    return &*it;
}

QString stringMember(const json &object, const char *key, const QString &place)
{
    const json *v = member(object, key, json::value_t::string, place);
    return v ? QString::fromStdString(v->get<std::string>()) : QString();
}

/// "registry.terraform.io/hashicorp/aws" -> "aws"
QString localProviderName(const QString &full)
{
    const qsizetype slash = full.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? full : full.mid(slash + 1);
}

/// provider["registry.terraform.io/hashicorp/aws"].tokyo -> ("aws", "tokyo"); also the 0.12 form provider.aws.tokyo
std::pair<QString, QString> parseProviderAddress(const QString &address)
{
    QString rest = address;
    const qsizetype modulePart = rest.indexOf(QLatin1String("provider"));
    if (modulePart > 0)
        rest = rest.mid(modulePart);
    if (rest.startsWith(QLatin1String("provider[\""))) {
        const qsizetype close = rest.indexOf(QLatin1String("\"]"));
        if (close > 0) {
            const QString name = localProviderName(rest.mid(10, close - 10));
            const QString alias = rest.mid(close + 2).startsWith(QLatin1Char('.')) ? rest.mid(close + 3) : QString();
            return {name, alias};
        }
    }
    if (rest.startsWith(QLatin1String("provider."))) {
        const QStringList parts = rest.mid(9).split(QLatin1Char('.'));
        return {parts.value(0), parts.value(1)};
    }
    return {localProviderName(rest), QString()};
}

QString moduleCallsKey(const QStringList &calls)
{
    return calls.join(QLatin1Char('/'));
}

/// module.net["a"].module.sub[0] -> ["net", "sub"]
QStringList moduleCallNames(const QString &moduleAddress)
{
    QStringList names;
    const QString stripped = TerraformInput::stripInstanceKeys(moduleAddress);
    const QStringList parts = stripped.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < parts.size(); i += 2) {
        if (parts.at(i) == QLatin1String("module"))
            names << parts.at(i + 1);
    }
    return names;
}

/// Reads a plan's configuration: resource configurations by module and address, provider regions.
class PlanConfiguration
{
public:
    PlanConfiguration(const json *configuration, const json *variables)
        : m_variables(variables)
    {
        if (!configuration || !configuration->is_object())
            return;
        if (const auto it = configuration->find("provider_config"); it != configuration->end() && it->is_object())
            m_providers = &*it;
        if (const auto it = configuration->find("root_module"); it != configuration->end() && it->is_object())
            collect(*it, {});
    }

    const json *resource(const QStringList &calls, const QString &address) const
    {
        return m_resources.value(moduleCallsKey(calls) + QLatin1Char('|') + address, nullptr);
    }

    /// The region a provider configuration key names ("aws.tokyo", "module.net:aws").
    QString region(const QString &key) const
    {
        if (!m_providers)
            return {};
        QString k = key;
        for (int attempt = 0; attempt < 3 && !k.isEmpty(); ++attempt) {
            const auto it = m_providers->find(k.toStdString());
            if (it != m_providers->end() && it->is_object())
                return regionOf(*it);
            const qsizetype colon = k.lastIndexOf(QLatin1Char(':'));
            if (colon < 0)
                break;
            k = k.mid(colon + 1); // a module's provider inherited from the root
        }
        return {};
    }

private:
    void collect(const json &module, const QStringList &calls)
    {
        if (const auto it = module.find("resources"); it != module.end() && it->is_array()) {
            for (const json &r : *it) {
                if (r.is_object() && r.contains("address") && r["address"].is_string())
                    m_resources.insert(moduleCallsKey(calls) + QLatin1Char('|') + QString::fromStdString(r["address"].get<std::string>()), &r);
            }
        }
        if (const auto it = module.find("module_calls"); it != module.end() && it->is_object()) {
            for (auto call = it->begin(); call != it->end(); ++call) {
                if (!call->is_object() || !call->contains("module") || !(*call)["module"].is_object())
                    continue;
                QStringList child = calls;
                child << QString::fromStdString(call.key());
                collect((*call)["module"], child);
            }
        }
    }

    QString regionOf(const json &provider) const
    {
        const auto expressions = provider.find("expressions");
        if (expressions == provider.end() || !expressions->is_object() || !expressions->contains("region"))
            return {};
        const json &region = (*expressions)["region"];
        if (!region.is_object())
            return {};
        if (region.contains("constant_value") && region["constant_value"].is_string())
            return QString::fromStdString(region["constant_value"].get<std::string>());
        if (region.contains("references") && region["references"].is_array() && m_variables && m_variables->is_object()) {
            for (const json &ref : region["references"]) {
                if (!ref.is_string())
                    continue;
                const std::string r = ref.get<std::string>();
                if (r.rfind("var.", 0) != 0)
                    continue;
                const auto var = m_variables->find(r.substr(4));
                if (var != m_variables->end() && var->is_object() && var->contains("value") && (*var)["value"].is_string())
                    return QString::fromStdString((*var)["value"].get<std::string>());
            }
        }
        return {};
    }

    const json *m_variables = nullptr;
    const json *m_providers = nullptr;
    QHash<QString, const json *> m_resources;
};

/// Reads the raw state file (version 4).
void readRawState(json &doc, TfInput &input, int inputIndex)
{
    const json *version = member(doc, "version", json::value_t::number_integer, QStringLiteral("state"));
    if (!version || version->get<qint64>() != 4)
        refuse(QStringLiteral("version"), tfimport::tr("only state files of version 4 (Terraform 0.12 and later) can be imported"));
    json *resources = const_cast<json *>(member(doc, "resources", json::value_t::array, QString()));
    if (!resources)
        return;
    for (size_t i = 0; i < resources->size(); ++i) {
        json &r = (*resources)[i];
        const QString place = QStringLiteral("resources[%1]").arg(i);
        if (!r.is_object())
            refuse(place, tfimport::tr("expected an object, found %1").arg(typeName(r)));
        TfResource base;
        base.mode = stringMember(r, "mode", place);
        base.type = stringMember(r, "type", place);
        base.name = stringMember(r, "name", place);
        if (base.type.isEmpty() || base.name.isEmpty())
            refuse(place, tfimport::tr("a resource needs a 'type' and a 'name'"));
        if (base.mode.isEmpty())
            base.mode = QStringLiteral("managed");
        base.module = stringMember(r, "module", place);
        base.moduleCalls = moduleCallNames(base.module);
        const QString providerAddress = stringMember(r, "provider", place);
        const auto [providerName, alias] = parseProviderAddress(providerAddress);
        base.provider = providerName.isEmpty() ? base.type.section(QLatin1Char('_'), 0, 0) : providerName;
        base.providerKey = QStringLiteral("%1#%2").arg(inputIndex).arg(providerAddress.isEmpty() ? base.provider : providerAddress);
        base.input = inputIndex;
        json *instances = const_cast<json *>(member(r, "instances", json::value_t::array, place));
        if (!instances)
            continue;
        for (size_t k = 0; k < instances->size(); ++k) {
            json &inst = (*instances)[k];
            const QString instPlace = place + QStringLiteral(".instances[%1]").arg(k);
            if (!inst.is_object())
                refuse(instPlace, tfimport::tr("expected an object, found %1").arg(typeName(inst)));
            TfResource res = base;
            if (const auto key = inst.find("index_key"); key != inst.end()) {
                if (!key->is_null() && !key->is_string() && !key->is_number_integer())
                    refuse(instPlace + QStringLiteral(".index_key"), tfimport::tr("expected a number or a string, found %1").arg(typeName(*key)));
                res.indexKey = *key;
            }
            if (json *attributes = const_cast<json *>(member(inst, "attributes", json::value_t::object, instPlace)))
                res.attributes = std::move(*attributes);
            else if (inst.contains("attributes_flat"))
                refuse(instPlace, tfimport::tr("flat attributes (state files of Terraform before 0.12) are not supported"));
            const QString prefix = res.module.isEmpty() ? QString() : res.module + QLatin1Char('.');
            res.address = prefix + (res.mode == QLatin1String("data") ? QStringLiteral("data.") : QString()) + res.type + QLatin1Char('.') + res.name
                          + TerraformInput::keySuffix(res.indexKey);
            input.resources.push_back(std::move(res));
        }
    }
}

/// Reads one module of the `terraform show -json` values (state or planned values), recursively.
void readModule(json &module, const QString &place, TfInput &input, int inputIndex, const PlanConfiguration *config,
                QHash<QString, bool> *seen, int depth)
{
    if (depth > 64)
        refuse(place, tfimport::tr("modules are nested too deeply"));
    if (!module.is_object())
        refuse(place, tfimport::tr("expected an object, found %1").arg(typeName(module)));
    const QString moduleAddress = stringMember(module, "address", place);
    if (json *resources = const_cast<json *>(member(module, "resources", json::value_t::array, place))) {
        for (size_t i = 0; i < resources->size(); ++i) {
            json &r = (*resources)[i];
            const QString rPlace = place + QStringLiteral(".resources[%1]").arg(i);
            if (!r.is_object())
                refuse(rPlace, tfimport::tr("expected an object, found %1").arg(typeName(r)));
            TfResource res;
            res.address = stringMember(r, "address", rPlace);
            res.mode = stringMember(r, "mode", rPlace);
            res.type = stringMember(r, "type", rPlace);
            res.name = stringMember(r, "name", rPlace);
            if (res.type.isEmpty() || res.name.isEmpty())
                refuse(rPlace, tfimport::tr("a resource needs a 'type' and a 'name'"));
            if (res.mode.isEmpty())
                res.mode = QStringLiteral("managed");
            if (const auto key = r.find("index"); key != r.end()) {
                if (!key->is_null() && !key->is_string() && !key->is_number_integer())
                    refuse(rPlace + QStringLiteral(".index"), tfimport::tr("expected a number or a string, found %1").arg(typeName(*key)));
                res.indexKey = *key;
            }
            res.module = moduleAddress;
            if (res.module.isEmpty() && res.address.startsWith(QLatin1String("module."))) {
                // the module part of the address, up to the resource itself
                const QString local = (res.mode == QLatin1String("data") ? QStringLiteral(".data.") : QStringLiteral(".")) + res.type + QLatin1Char('.');
                const qsizetype at = res.address.lastIndexOf(local);
                if (at > 0)
                    res.module = res.address.left(at);
            }
            res.moduleCalls = moduleCallNames(res.module);
            if (res.address.isEmpty()) {
                res.address = (res.module.isEmpty() ? QString() : res.module + QLatin1Char('.'))
                              + (res.mode == QLatin1String("data") ? QStringLiteral("data.") : QString()) + res.type + QLatin1Char('.') + res.name
                              + TerraformInput::keySuffix(res.indexKey);
            }
            if (seen) {
                if (seen->contains(res.address))
                    continue;
                seen->insert(res.address, true);
            }
            res.provider = localProviderName(stringMember(r, "provider_name", rPlace));
            if (res.provider.isEmpty())
                res.provider = res.type.section(QLatin1Char('_'), 0, 0);
            res.providerKey = QStringLiteral("%1#%2").arg(inputIndex).arg(res.provider);
            res.input = inputIndex;
            if (json *values = const_cast<json *>(member(r, "values", json::value_t::object, rPlace)))
                res.attributes = std::move(*values);
            if (config) {
                const QString local = (res.mode == QLatin1String("data") ? QStringLiteral("data.") : QString()) + res.type + QLatin1Char('.') + res.name;
                if (const json *cfg = config->resource(res.moduleCalls, local)) {
                    res.config = cfg;
                    if (cfg->contains("expressions") && (*cfg)["expressions"].is_object())
                        res.expressions = &(*cfg)["expressions"];
                    if (cfg->contains("provider_config_key") && (*cfg)["provider_config_key"].is_string()) {
                        const QString key = QString::fromStdString((*cfg)["provider_config_key"].get<std::string>());
                        res.providerKey = QStringLiteral("%1#%2").arg(inputIndex).arg(key);
                        res.regionHint = config->region(key);
                    }
                }
            }
            input.resources.push_back(std::move(res));
        }
    }
    if (json *children = const_cast<json *>(member(module, "child_modules", json::value_t::array, place))) {
        for (size_t i = 0; i < children->size(); ++i)
            readModule((*children)[i], place + QStringLiteral(".child_modules[%1]").arg(i), input, inputIndex, config, seen, depth + 1);
    }
}

json *rootModule(json &values, const QString &place)
{
    return const_cast<json *>(member(values, "root_module", json::value_t::object, place));
}

void readShowState(json &doc, TfInput &input, int inputIndex)
{
    json *values = const_cast<json *>(member(doc, "values", json::value_t::object, QString()));
    if (!values)
        return; // an empty state
    if (json *root = rootModule(*values, QStringLiteral("values")))
        readModule(*root, QStringLiteral("values.root_module"), input, inputIndex, nullptr, nullptr, 0);
}

void readPlan(json &doc, TfInput &input, int inputIndex)
{
    if (const json *vars = member(doc, "variables", json::value_t::object, QString()))
        input.variables = vars;
    const json *configuration = member(doc, "configuration", json::value_t::object, QString());
    if (configuration && configuration->contains("root_module") && (*configuration)["root_module"].is_object())
        input.configuration = &(*configuration)["root_module"];
    const PlanConfiguration config(configuration, input.variables);
    QHash<QString, bool> seen;
    if (json *planned = const_cast<json *>(member(doc, "planned_values", json::value_t::object, QString()))) {
        if (json *root = rootModule(*planned, QStringLiteral("planned_values")))
            readModule(*root, QStringLiteral("planned_values.root_module"), input, inputIndex, &config, &seen, 0);
    }
    const size_t planned = input.resources.size();
    // prior values fill in what the plan does not know yet (ids of resources that stay)
    json *prior = const_cast<json *>(member(doc, "prior_state", json::value_t::object, QString()));
    json *priorValues = prior ? const_cast<json *>(member(*prior, "values", json::value_t::object, QStringLiteral("prior_state"))) : nullptr;
    json *priorRoot = priorValues ? rootModule(*priorValues, QStringLiteral("prior_state.values")) : nullptr;
    if (!priorRoot)
        return;
    TfInput priorInput;
    readModule(*priorRoot, QStringLiteral("prior_state.values.root_module"), priorInput, inputIndex, &config, nullptr, 0);
    QHash<QString, size_t> plannedIndex;
    for (size_t i = 0; i < planned; ++i)
        plannedIndex.insert(input.resources[i].address, i);
    for (TfResource &p : priorInput.resources) {
        const auto it = plannedIndex.constFind(p.address);
        if (it == plannedIndex.constEnd()) {
            if (p.mode == QLatin1String("data")) // data sources read before the plan
                input.resources.push_back(std::move(p));
            continue; // a managed resource the plan destroys
        }
        json &attributes = input.resources[*it].attributes;
        for (auto a = p.attributes.begin(); a != p.attributes.end(); ++a) {
            if (!attributes.contains(a.key()))
                attributes[a.key()] = std::move(a.value());
        }
    }
}

} // namespace

QString TfResource::configAddress() const
{
    QString a = TerraformInput::stripInstanceKeys(module);
    if (!a.isEmpty())
        a += QLatin1Char('.');
    return a + (mode == QLatin1String("data") ? QStringLiteral("data.") : QString()) + type + QLatin1Char('.') + name;
}

QString TerraformInput::stripInstanceKeys(const QString &address)
{
    if (!address.contains(QLatin1Char('[')))
        return address;
    QString out;
    out.reserve(address.size());
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < address.size(); ++i) {
        const QChar c = address.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(']'))
            --depth;
        else if (depth > 0 && c == QLatin1Char('"'))
            inString = true;
        else if (depth == 0)
            out += c;
    }
    return out;
}

QString TerraformInput::keySuffix(const nlohmann::json &indexKey)
{
    if (indexKey.is_number_integer())
        return QStringLiteral("[%1]").arg(indexKey.get<qint64>());
    if (indexKey.is_string())
        return QStringLiteral("[%1]").arg(QString::fromStdString(json(indexKey).dump()));
    return {};
}

std::optional<TfInput> TerraformInput::read(const QByteArray &bytes, const QString &source, int inputIndex, InputError *error)
{
    auto doc = std::make_shared<json>();
    try {
        *doc = json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const json::parse_error &e) {
        int line = 0;
        int column = 0;
        lineColumnAt(bytes, qsizetype(e.byte > 0 ? e.byte - 1 : 0), &line, &column);
        *error = {QStringLiteral("%1:%2").arg(line).arg(column), tfimport::tr("not JSON (%1)").arg(QString::fromUtf8(e.what()).section(QStringLiteral(": "), -1))};
        return std::nullopt;
    } catch (const json::exception &e) {
        // a number too large for a double (out_of_range 406) carries no position: find it
        const std::size_t position = jsonErrorPosition(bytes);
        int line = 0;
        int column = 0;
        lineColumnAt(bytes, qsizetype(position > 0 ? position - 1 : 0), &line, &column);
        *error = {QStringLiteral("%1:%2").arg(line).arg(column), tfimport::tr("not JSON (%1)").arg(QString::fromUtf8(e.what()).section(QStringLiteral("] "), -1))};
        return std::nullopt;
    }
    TfInput input;
    input.source = source;
    input.document = doc;
    try {
        if (!doc->is_object())
            refuse(QStringLiteral("top level"), tfimport::tr("expected an object, found %1").arg(typeName(*doc)));
        if (doc->contains("planned_values") || doc->contains("resource_changes") || doc->contains("configuration")) {
            input.shape = QStringLiteral("plan");
            readPlan(*doc, input, inputIndex);
        } else if (doc->contains("format_version")) {
            input.shape = QStringLiteral("show-state");
            readShowState(*doc, input, inputIndex);
        } else if (doc->contains("version") && (doc->contains("resources") || doc->contains("terraform_version"))) {
            input.shape = QStringLiteral("state");
            readRawState(*doc, input, inputIndex);
        } else {
            refuse(QStringLiteral("top level"), tfimport::tr("neither a Terraform state (\"version\": 4) nor the output of 'terraform show -json'"));
        }
    } catch (const Refusal &r) {
        *error = {r.place, r.message};
        return std::nullopt;
    } catch (const json::exception &e) {
        *error = {QStringLiteral("top level"), QString::fromUtf8(e.what())};
        return std::nullopt;
    }
    return input;
}

} // namespace kumo::tfimport
