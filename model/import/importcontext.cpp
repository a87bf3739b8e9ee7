#include "importcontext.h"

#include "catalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <map>

namespace kumo::tfimport {

namespace {

using json = nlohmann::json;

/// The region part of an ARN ("arn:aws:ec2:ap-northeast-1:123:vpc/vpc-1"), or empty.
QString arnRegion(const QString &arn)
{
    if (!arn.startsWith(QLatin1String("arn:")))
        return {};
    return arn.section(QLatin1Char(':'), 3, 3);
}

/// "ap-northeast-1a" -> "ap-northeast-1"
QString zoneRegion(const QString &zone)
{
    static const QRegularExpression pattern(QStringLiteral("^([a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\\d+)"));
    const auto m = pattern.match(zone);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString stringAt(const json &attributes, const char *key)
{
    const auto it = attributes.find(key);
    return it != attributes.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

/// The value at a dotted path; lists of blocks are entered at their first element.
const json *valueAt(const json &root, const QStringList &path)
{
    const json *cur = &root;
    for (const QString &segment : path) {
        if (cur->is_array()) {
            if (cur->empty())
                return nullptr;
            cur = &(*cur)[0];
        }
        if (!cur->is_object())
            return nullptr;
        const auto it = cur->find(segment.toStdString());
        if (it == cur->end())
            return nullptr;
        cur = &*it;
    }
    return cur;
}

/// Splits "aws_subnet.public[\"a.b\"].id" into ["aws_subnet", "public[\"a.b\"]", "id"].
QStringList splitReference(const QString &reference)
{
    QStringList parts;
    QString cur;
    bool inString = false;
    int depth = 0;
    for (qsizetype i = 0; i < reference.size(); ++i) {
        const QChar c = reference.at(i);
        if (inString) {
            cur += c;
            if (c == QLatin1Char('\\') && i + 1 < reference.size())
                cur += reference.at(++i);
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            inString = true;
        else if (c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(']'))
            --depth;
        if (c == QLatin1Char('.') && depth == 0) {
            parts << cur;
            cur.clear();
            continue;
        }
        cur += c;
    }
    parts << cur;
    return parts;
}

/// "public[\"a\"]" -> ("public", "[\"a\"]")
std::pair<QString, QString> splitKey(const QString &token)
{
    const qsizetype bracket = token.indexOf(QLatin1Char('['));
    if (bracket < 0)
        return {token, QString()};
    return {token.left(bracket), token.mid(bracket)};
}

/// The parent of a module instance address: module.a.module.b[0] -> module.a
QString parentModule(const QString &module)
{
    const qsizetype at = module.lastIndexOf(QLatin1String("module."));
    return at <= 0 ? QString() : module.left(at - 1);
}

/// How people call a region ("Tokyo"); the code itself for regions not listed.
QString regionDisplayName(const QString &code)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("us-east-1"), QStringLiteral("N. Virginia")},     {QStringLiteral("us-east-2"), QStringLiteral("Ohio")},
        {QStringLiteral("us-west-1"), QStringLiteral("N. California")},   {QStringLiteral("us-west-2"), QStringLiteral("Oregon")},
        {QStringLiteral("ca-central-1"), QStringLiteral("Canada Central")}, {QStringLiteral("sa-east-1"), QStringLiteral("São Paulo")},
        {QStringLiteral("eu-west-1"), QStringLiteral("Ireland")},         {QStringLiteral("eu-west-2"), QStringLiteral("London")},
        {QStringLiteral("eu-west-3"), QStringLiteral("Paris")},           {QStringLiteral("eu-central-1"), QStringLiteral("Frankfurt")},
        {QStringLiteral("eu-central-2"), QStringLiteral("Zurich")},       {QStringLiteral("eu-north-1"), QStringLiteral("Stockholm")},
        {QStringLiteral("eu-south-1"), QStringLiteral("Milan")},          {QStringLiteral("eu-south-2"), QStringLiteral("Spain")},
        {QStringLiteral("ap-northeast-1"), QStringLiteral("Tokyo")},      {QStringLiteral("ap-northeast-2"), QStringLiteral("Seoul")},
        {QStringLiteral("ap-northeast-3"), QStringLiteral("Osaka")},      {QStringLiteral("ap-southeast-1"), QStringLiteral("Singapore")},
        {QStringLiteral("ap-southeast-2"), QStringLiteral("Sydney")},     {QStringLiteral("ap-southeast-3"), QStringLiteral("Jakarta")},
        {QStringLiteral("ap-south-1"), QStringLiteral("Mumbai")},         {QStringLiteral("ap-east-1"), QStringLiteral("Hong Kong")},
        {QStringLiteral("me-south-1"), QStringLiteral("Bahrain")},        {QStringLiteral("me-central-1"), QStringLiteral("UAE")},
        {QStringLiteral("af-south-1"), QStringLiteral("Cape Town")},      {QStringLiteral("il-central-1"), QStringLiteral("Tel Aviv")},
    };
    return names.value(code, code);
}

} // namespace

ImportContext::ImportContext(std::vector<TfInput> &inputs, ImportReport &report)
    : m_inputs(inputs)
    , m_report(report)
{
    for (TfInput &input : m_inputs) {
        for (TfResource &r : input.resources) {
            r.serial = int(m_resources.size());
            m_resources.push_back(&r);
        }
    }
    m_componentOfResource.resize(m_resources.size());
    m_outcome.assign(m_resources.size(), -1);
    m_detail.resize(m_resources.size());
    m_byValue.reserve(qsizetype(m_resources.size() * 2));
    std::map<QString, int> regionVotes;
    QHash<QString, std::map<QString, int>> providerVotes;
    for (const TfResource *r : m_resources) {
        for (const char *key : {"id", "arn"}) {
            const QString v = stringAt(r->attributes, key);
            if (!v.isEmpty())
                m_byValue[v].append(r->serial);
        }
        m_byConfigAddress[QString::number(r->input) + QLatin1Char('|') + r->configAddress()].append(r->serial);
        const QString evidence = regionEvidence(*r);
        if (!evidence.isEmpty()) {
            ++regionVotes[evidence];
            ++providerVotes[r->providerKey][evidence];
        }
    }
    for (auto it = providerVotes.begin(); it != providerVotes.end(); ++it) {
        int best = 0;
        for (const auto &[region, votes] : it.value()) {
            if (votes > best) {
                best = votes;
                m_providerRegion.insert(it.key(), region);
            }
        }
    }
    int best = 0;
    for (const auto &[region, votes] : regionVotes) {
        if (votes > best) {
            best = votes;
            m_defaultRegion = region;
        }
    }
}

// --- components -------------------------------------------------------------------------------

Component &ImportContext::createFor(const TfResource &r, const QString &kind, const QString &id)
{
    Component c;
    c.id = id;
    c.kind = kind;
    m_componentIndex.insert(id, qsizetype(m_components.size()));
    m_components.push_back(std::move(c));
    m_componentOfResource[size_t(r.serial)] = id;
    setOutcome(r, Outcome::Mapped, id);
    return m_components.back();
}

Component &ImportContext::createExtra(const QString &kind, const QString &idBase, const QString &name)
{
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9_.-]+"));
    QString stem = QString(idBase).replace(invalid, QStringLiteral("-")).left(56);
    if (stem.isEmpty())
        stem = kind;
    QString id = stem;
    for (int n = 2; m_componentIndex.contains(id); ++n)
        id = stem + QLatin1Char('-') + QString::number(n);
    Component c;
    c.id = id;
    c.kind = kind;
    c.name = name;
    m_componentIndex.insert(id, qsizetype(m_components.size()));
    m_components.push_back(std::move(c));
    return m_components.back();
}

Component *ImportContext::component(const QString &id)
{
    const auto it = m_componentIndex.constFind(id);
    return it == m_componentIndex.constEnd() ? nullptr : &m_components[size_t(*it)];
}

const Component *ImportContext::component(const QString &id) const
{
    const auto it = m_componentIndex.constFind(id);
    return it == m_componentIndex.constEnd() ? nullptr : &m_components[size_t(*it)];
}

Component *ImportContext::componentOf(const TfResource &r)
{
    if (m_outcome[size_t(r.serial)] != int(Outcome::Mapped))
        return nullptr;
    return component(m_componentOfResource[size_t(r.serial)]);
}

void ImportContext::standFor(const TfResource &r, const QString &componentId)
{
    m_componentOfResource[size_t(r.serial)] = componentId;
}

// --- values and references --------------------------------------------------------------------

void ImportContext::indexValue(const TfResource &r, const QString &value)
{
    if (value.isEmpty())
        return;
    QList<int> &list = m_byValue[value];
    if (!list.contains(r.serial))
        list.append(r.serial);
}

std::vector<const TfResource *> ImportContext::lookup(const QString &value, const QStringList &types) const
{
    std::vector<const TfResource *> out;
    const auto it = m_byValue.constFind(value);
    if (it == m_byValue.constEnd())
        return out;
    for (int serial : *it) {
        const TfResource *r = m_resources[size_t(serial)];
        if (types.isEmpty() || types.contains(r->type))
            out.push_back(r);
    }
    return out;
}

const nlohmann::json *ImportContext::moduleConfig(int input, const QStringList &calls) const
{
    const json *module = m_inputs.at(size_t(input)).configuration;
    for (const QString &call : calls) {
        if (!module)
            return nullptr;
        const auto mc = module->find("module_calls");
        if (mc == module->end() || !mc->is_object())
            return nullptr;
        const auto c = mc->find(call.toStdString());
        if (c == mc->end() || !c->is_object() || !c->contains("module"))
            return nullptr;
        module = &(*c)["module"];
    }
    return module;
}

std::vector<const TfResource *> ImportContext::resolveReference(const QString &reference, const TfResource &from, const QString &module,
                                                                const QStringList &calls, int depth) const
{
    std::vector<const TfResource *> out;
    if (depth > 8)
        return out;
    const QStringList parts = splitReference(reference);
    if (parts.size() < 2)
        return out;
    const QString head = parts.at(0);
    auto referencesIn = [](const json *expression) {
        QStringList refs;
        if (expression && expression->is_object() && expression->contains("references") && (*expression)["references"].is_array()) {
            for (const json &r : (*expression)["references"]) {
                if (r.is_string())
                    refs << QString::fromStdString(r.get<std::string>());
            }
        }
        return refs;
    };
    auto addAll = [&out](const std::vector<const TfResource *> &more) {
        for (const TfResource *r : more) {
            if (std::find(out.begin(), out.end(), r) == out.end())
                out.push_back(r);
        }
    };
    if (head == QLatin1String("var")) {
        if (calls.isEmpty())
            return out; // a root variable names no resource
        const json *parent = moduleConfig(from.input, calls.mid(0, calls.size() - 1));
        const auto mc = parent ? parent->find("module_calls") : json::const_iterator();
        if (!parent || mc == parent->end() || !mc->is_object())
            return out;
        const auto call = mc->find(calls.last().toStdString());
        if (call == mc->end() || !call->is_object() || !call->contains("expressions") || !(*call)["expressions"].is_object())
            return out;
        const json &exprs = (*call)["expressions"];
        const auto e = exprs.find(parts.at(1).toStdString());
        if (e == exprs.end())
            return out;
        for (const QString &r : referencesIn(&*e))
            addAll(resolveReference(r, from, parentModule(module), calls.mid(0, calls.size() - 1), depth + 1));
        return out;
    }
    if (head == QLatin1String("module")) {
        if (parts.size() < 3)
            return out;
        const QString callName = splitKey(parts.at(1)).first;
        QStringList childCalls = calls;
        childCalls << callName;
        const json *child = moduleConfig(from.input, childCalls);
        if (!child || !child->contains("outputs") || !(*child)["outputs"].is_object())
            return out;
        const json &outputs = (*child)["outputs"];
        const auto o = outputs.find(parts.at(2).toStdString());
        if (o == outputs.end() || !o->is_object() || !o->contains("expression"))
            return out;
        const QString childModule = (module.isEmpty() ? QString() : module + QLatin1Char('.')) + QStringLiteral("module.") + parts.at(1);
        for (const QString &r : referencesIn(&(*o)["expression"]))
            addAll(resolveReference(r, from, childModule, childCalls, depth + 1));
        return out;
    }
    static const QStringList noResource = {QStringLiteral("local"), QStringLiteral("each"), QStringLiteral("count"),
                                           QStringLiteral("path"), QStringLiteral("self"), QStringLiteral("terraform")};
    if (noResource.contains(head))
        return out;
    QString type = head;
    QString nameToken = parts.at(1);
    if (head == QLatin1String("data")) {
        if (parts.size() < 3)
            return out;
        type = QStringLiteral("data.") + parts.at(1);
        nameToken = parts.at(2);
    }
    const auto [name, key] = splitKey(nameToken);
    const QString strippedModule = TerraformInput::stripInstanceKeys(module);
    const QString address = (strippedModule.isEmpty() ? QString() : strippedModule + QLatin1Char('.')) + type + QLatin1Char('.') + name;
    const auto it = m_byConfigAddress.constFind(QString::number(from.input) + QLatin1Char('|') + address);
    if (it == m_byConfigAddress.constEnd())
        return out;
    std::vector<const TfResource *> sameModule;
    std::vector<const TfResource *> others;
    for (int serial : *it) {
        const TfResource *r = m_resources[size_t(serial)];
        if (!key.isEmpty() && TerraformInput::keySuffix(r->indexKey) != key)
            continue;
        (TerraformInput::stripInstanceKeys(r->module) == strippedModule && r->module == module ? sameModule : others).push_back(r);
    }
    std::vector<const TfResource *> &chosen = sameModule.empty() ? others : sameModule;
    // count.index / each.key: the instance with the referring resource's key goes first
    std::stable_sort(chosen.begin(), chosen.end(), [&from](const TfResource *a, const TfResource *b) {
        return (a->indexKey == from.indexKey && !from.indexKey.is_null()) > (b->indexKey == from.indexKey && !from.indexKey.is_null());
    });
    return chosen;
}

std::vector<const TfResource *> ImportContext::referenced(const TfResource &from, const QString &path, const QStringList &types) const
{
    std::vector<const TfResource *> out;
    const QStringList segments = path.split(QLatin1Char('.'));
    const json *value = valueAt(from.attributes, segments);
    auto add = [&](const TfResource *r) {
        if ((types.isEmpty() || types.contains(r->type)) && std::find(out.begin(), out.end(), r) == out.end())
            out.push_back(r);
    };
    if (value && !value->is_null()) {
        auto addValue = [&](const json &v) {
            if (!v.is_string())
                return;
            for (const TfResource *r : lookup(QString::fromStdString(v.get<std::string>()), types))
                add(r);
        };
        if (value->is_array()) {
            for (const json &v : *value)
                addValue(v);
        } else {
            addValue(*value);
        }
        return out;
    }
    // unknown until applied: follow the configuration's references
    if (!from.expressions)
        return out;
    const json *expression = valueAt(*from.expressions, segments);
    if (!expression || !expression->is_object() || !expression->contains("references"))
        return out;
    const json &refs = (*expression)["references"];
    if (!refs.is_array())
        return out;
    for (const json &r : refs) {
        if (!r.is_string())
            continue;
        for (const TfResource *res : resolveReference(QString::fromStdString(r.get<std::string>()), from, from.module, from.moduleCalls, 0))
            add(res);
    }
    return out;
}

QString ImportContext::componentIdFor(const TfResource &r, const QStringList &kinds) const
{
    const QString id = m_componentOfResource[size_t(r.serial)];
    if (id.isEmpty())
        return {};
    const Component *c = component(id);
    if (!c || (!kinds.isEmpty() && !kinds.contains(c->kind)))
        return {};
    return id;
}

QStringList ImportContext::refs(const TfResource &from, const QString &path, const QStringList &kinds) const
{
    QStringList out;
    for (const TfResource *r : referenced(from, path)) {
        const QString id = componentIdFor(*r, kinds);
        if (!id.isEmpty() && !out.contains(id))
            out << id;
    }
    return out;
}

QString ImportContext::ref(const TfResource &from, const QString &path, const QStringList &kinds) const
{
    const QStringList all = refs(from, path, kinds);
    return all.isEmpty() ? QString() : all.first();
}

QString ImportContext::componentForValue(const QString &value, const QStringList &kinds) const
{
    for (const TfResource *r : lookup(value)) {
        const QString id = componentIdFor(*r, kinds);
        if (!id.isEmpty())
            return id;
    }
    return {};
}

// --- placement --------------------------------------------------------------------------------

QString ImportContext::regionEvidence(const TfResource &r) const
{
    QString region = stringAt(r.attributes, "region");
    if (region.isEmpty())
        region = r.regionHint;
    if (region.isEmpty())
        region = arnRegion(stringAt(r.attributes, "arn"));
    if (region.isEmpty())
        region = zoneRegion(stringAt(r.attributes, "availability_zone"));
    return region;
}

QString ImportContext::regionOf(const TfResource &r)
{
    const auto cached = m_regionCache.constFind(r.serial);
    if (cached != m_regionCache.constEnd())
        return *cached;
    QString region = regionEvidence(r);
    if (region.isEmpty())
        region = m_providerRegion.value(r.providerKey);
    if (region.isEmpty()) {
        region = m_defaultRegion.isEmpty() ? QStringLiteral("us-east-1") : m_defaultRegion;
        assume(tfimport::tr("region %1 assumed for resources whose provider configuration, ARN and zone name say nothing about it").arg(region));
    }
    m_regionCache.insert(r.serial, region);
    return region;
}

QString ImportContext::regionComponent(const QString &code)
{
    const auto it = m_regions.constFind(code);
    if (it != m_regions.constEnd())
        return *it;
    Component &c = createExtra(QStringLiteral("region"), code, regionDisplayName(code));
    c.props["region"] = code.toStdString();
    m_regions.insert(code, c.id);
    return c.id;
}

QString ImportContext::zoneComponent(const QString &vpcId, const QString &zone)
{
    const QString key = vpcId + QLatin1Char('|') + zone;
    const auto it = m_zones.constFind(key);
    if (it != m_zones.constEnd())
        return *it;
    Component &c = createExtra(QStringLiteral("availability_zone"), vpcId + QLatin1Char('.') + zone, zone);
    c.props["zone"] = zone.toStdString();
    c.parent = vpcId;
    m_zones.insert(key, c.id);
    return c.id;
}

void ImportContext::placeInRegion(Component &c, const TfResource &r)
{
    c.parent = regionComponent(regionOf(r));
}

// --- outcomes ---------------------------------------------------------------------------------

void ImportContext::setOutcome(const TfResource &r, Outcome outcome, const QString &detail)
{
    m_outcome[size_t(r.serial)] = int(outcome);
    m_detail[size_t(r.serial)] = detail;
}

void ImportContext::fold(const TfResource &r, const QString &intoComponentId)
{
    setOutcome(r, Outcome::Folded, intoComponentId);
}

void ImportContext::skip(const TfResource &r, const QString &reason)
{
    setOutcome(r, Outcome::Skipped, reason);
}

void ImportContext::assume(const QString &text)
{
    if (m_assumptions.contains(text))
        return;
    m_assumptions.insert(text);
    m_report.assumptions << text;
}

void ImportContext::secretNotCopied(const TfResource &r, const QString &attribute)
{
    m_report.secrets.push_back({m_inputs.at(size_t(r.input)).source, r.address, attribute});
}

} // namespace kumo::tfimport
