#include "terraformimporter.h"

#include "catalog.h"
#include "importers.h"
#include "terraforminput.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace kumo::tfimport {

namespace {

using json = nlohmann::json;

/// A readable id from the address: module.net["a"].aws_subnet.public[0] -> net-a.public-0
QString baseId(const TfResource &r)
{
    QString module = r.module;
    module.replace(QLatin1String("module."), QString());
    const QString raw = (module.isEmpty() ? QString() : module + QLatin1Char('.')) + r.name + TerraformInput::keySuffix(r.indexKey);
    // instance keys open with '-' and lose their closing '"]'; other runs of characters outside
    // [A-Za-z0-9_.-] become one '-'
    QString id;
    id.reserve(raw.size());
    bool inRun = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == QLatin1Char(']') || (c == QLatin1Char('"') && i + 1 < raw.size() && raw.at(i + 1) == QLatin1Char(']')))
            continue;
        const bool valid = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                           || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('.')
                           || c == QLatin1Char('-');
        if (valid)
            id += c;
        else if (!inRun)
            id += QLatin1Char('-');
        inRun = !valid;
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.left(56);
}

QString typeShort(const QString &type)
{
    return type.startsWith(QLatin1String("aws_")) ? type.mid(4) : type;
}

/// Attribute names that hold secrets: never copied, listed in the report.
bool isSecretAttribute(const std::string &key)
{
    for (const char *suffix : {"_id", "_arn", "_name"}) { // names of secrets, not secrets
        const std::string s(suffix);
        if (key.size() > s.size() && key.compare(key.size() - s.size(), s.size(), s) == 0)
            return false;
    }
    for (const char *word : {"password", "secret", "private_key", "token"}) {
        if (key.find(word) != std::string::npos)
            return true;
    }
    return false;
}

/// Removes references to components that are not in the design.
void scrubReferences(Component &c, const QSet<QString> &alive)
{
    const KindSpec *kind = Catalog::instance().kind(c.kind);
    if (!kind)
        return;
    auto clean = [&alive](json &holder, const PropertySpec &spec) {
        const std::string key = spec.name.toStdString();
        if (!holder.is_object() || !holder.contains(key))
            return;
        json &v = holder[key];
        if (spec.type == PropertyType::Reference) {
            if (v.is_string() && !alive.contains(QString::fromStdString(v.get<std::string>())))
                holder.erase(key);
        } else if (spec.type == PropertyType::ReferenceList && v.is_array()) {
            json kept = json::array();
            for (const json &id : v) {
                if (id.is_string() && alive.contains(QString::fromStdString(id.get<std::string>())))
                    kept.push_back(id);
            }
            if (kept.empty())
                holder.erase(key);
            else
                v = std::move(kept);
        }
    };
    for (const PropertySpec &p : kind->properties) {
        if (p.isReference()) {
            clean(c.props, p);
        } else if (p.type == PropertyType::ObjectList && c.props.contains(p.name.toStdString())) {
            json &list = c.props[p.name.toStdString()];
            if (!list.is_array())
                continue;
            for (json &entry : list) {
                for (const PropertySpec &f : p.fields) {
                    if (f.isReference())
                        clean(entry, f);
                    else if (f.type == PropertyType::ObjectList && entry.is_object() && entry.contains(f.name.toStdString())) {
                        for (json &inner : entry[f.name.toStdString()]) {
                            for (const PropertySpec &g : f.fields) {
                                if (g.isReference())
                                    clean(inner, g);
                            }
                        }
                    }
                }
            }
        }
    }
}

class Importer
{
public:
    Importer(std::vector<TfInput> &inputs, ImportReport &report)
        : m_ctx(inputs, report)
        , m_report(report)
    {
    }

    Design run(const QString &designName)
    {
        indexNames();
        classify();
        createComponents();
        applyMaps();
        applyFolds();
        for (const Finisher &finish : importFinishers())
            finish(m_ctx);
        checkPlacement();
        return build(designName);
    }

private:
    const ImportRule *ruleOf(const TfResource &r) const { return m_rules[size_t(r.serial)]; }

    void indexNames()
    {
        m_rules.reserve(m_ctx.resources().size());
        for (const TfResource *r : m_ctx.resources())
            m_rules.push_back(importRule(r->type));
        for (const TfResource *r : m_ctx.resources()) {
            const ImportRule *rule = ruleOf(*r);
            if (!rule)
                continue;
            for (const QString &key : rule->nameKeys)
                m_ctx.indexValue(*r, attr::str(r->attributes, key.toLatin1().constData()));
        }
    }

    void classify()
    {
        QHash<QString, const TfResource *> seen; // type|id -> first resource, to merge overlapping inputs
        for (const TfResource *r : m_ctx.resources()) {
            if (!r->isManaged()) {
                m_ctx.skip(*r, tfimport::tr("a data source: read by Terraform, not managed by it"));
                continue;
            }
            for (auto it = r->attributes.begin(); it != r->attributes.end(); ++it) {
                if (isSecretAttribute(it.key()) && it->is_string() && !it->get<std::string>().empty())
                    m_ctx.secretNotCopied(*r, QString::fromStdString(it.key()));
            }
            if (r->provider != QLatin1String("aws")) {
                m_ctx.skip(*r, tfimport::tr("provider %1 is not AWS").arg(r->provider));
                continue;
            }
            const QString id = attr::str(r->attributes, "id");
            if (!id.isEmpty()) {
                const QString key = r->type + QLatin1Char('|') + id;
                if (const TfResource *first = seen.value(key)) {
                    m_ctx.skip(*r, tfimport::tr("the same resource as %1 in %2").arg(first->address, m_ctx.input(first->input).source));
                    continue;
                }
                seen.insert(key, r);
            }
            const ImportRule *rule = ruleOf(*r);
            if (!rule) {
                m_withoutKind.insert(r->serial);
                m_ctx.skip(*r, tfimport::tr("Kumo has no kind for %1 yet").arg(r->type));
                continue;
            }
            if (rule->role == Role::Skips) {
                m_ctx.skip(*r, rule->note);
                continue;
            }
            if (rule->role == Role::Folds) {
                m_folds.push_back(r);
                continue;
            }
            if (rule->triage) {
                if (const auto decision = rule->triage(m_ctx, *r)) {
                    if (decision->first == Outcome::Skipped)
                        m_ctx.skip(*r, decision->second);
                    else
                        m_lateFolds.push_back(r);
                    continue;
                }
            }
            m_maps.push_back(r);
        }
        // phase, then table order: what others need comes first
        const ImportRule *first = importTable().data();
        const auto order = [this, first](const TfResource *r) {
            const ImportRule *rule = ruleOf(*r);
            return std::pair<int, qsizetype>(rule->phase, rule - first);
        };
        for (std::vector<const TfResource *> *list : {&m_maps, &m_folds}) {
            std::vector<std::pair<std::pair<int, qsizetype>, const TfResource *>> keyed;
            keyed.reserve(list->size());
            for (const TfResource *r : *list)
                keyed.push_back({order(r), r});
            std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            for (size_t i = 0; i < keyed.size(); ++i)
                (*list)[i] = keyed[i].second;
        }
    }

    void createComponents()
    {
        QHash<QString, int> counts;
        std::vector<QString> bases;
        bases.reserve(m_maps.size());
        for (const TfResource *r : m_maps) {
            bases.push_back(baseId(*r));
            ++counts[bases.back()];
        }
        for (size_t i = 0; i < m_maps.size(); ++i) {
            const TfResource &r = *m_maps[i];
            QString stem = bases[i];
            if (counts.value(stem) > 1)
                stem = QString(typeShort(r.type) + QLatin1Char('.') + stem).left(56);
            if (stem.isEmpty())
                stem = typeShort(r.type);
            QString id = stem;
            for (int n = 2; m_ctx.isTaken(id); ++n)
                id = stem + QLatin1Char('-') + QString::number(n);
            Component &c = m_ctx.createFor(r, ruleOf(r)->kind, id);
            c.name = attr::nameTag(r.attributes);
            m_resourceOf.insert(id, r.serial);
        }
        for (const TfResource *r : m_folds) {
            const ImportRule *rule = ruleOf(*r);
            if (rule->standsFor.isEmpty())
                continue;
            const QString target = m_ctx.ref(*r, rule->standsFor, {rule->kind});
            if (!target.isEmpty())
                m_ctx.standFor(*r, target);
        }
    }

    void applyMaps()
    {
        for (const TfResource *r : m_maps)
            ruleOf(*r)->apply(m_ctx, *r, m_ctx.componentOf(*r));
    }

    void applyFolds()
    {
        for (const TfResource *r : m_folds)
            ruleOf(*r)->apply(m_ctx, *r, nullptr);
        for (const TfResource *r : m_lateFolds)
            ruleOf(*r)->apply(m_ctx, *r, nullptr);
    }

    /// Every component must sit where the catalog allows; what cannot be placed is skipped.
    void checkPlacement()
    {
        const Catalog &catalog = Catalog::instance();
        for (const Component &c : m_ctx.components())
            m_alive.insert(c.id);
        bool changed = true;
        while (changed) {
            changed = false;
            for (Component &c : m_ctx.components()) {
                if (!m_alive.contains(c.id))
                    continue;
                const Component *parent = c.parent.isEmpty() ? nullptr : m_ctx.component(c.parent);
                const bool ok = c.parent.isEmpty() ? catalog.canContain(QString(), c.kind)
                                                   : parent && m_alive.contains(parent->id) && catalog.canContain(parent->kind, c.kind);
                if (ok)
                    continue;
                m_alive.remove(c.id);
                changed = true;
                const auto serial = m_resourceOf.constFind(c.id);
                if (serial == m_resourceOf.constEnd())
                    continue;
                QString reason = m_ctx.unplacedReason(c.id);
                if (reason.isEmpty())
                    reason = parent ? tfimport::tr("what holds it (%1) is not in the design").arg(parent->id) : tfimport::tr("it has no place in the design");
                m_ctx.skip(*m_ctx.resources()[size_t(*serial)], tfimport::tr("cannot be placed: %1").arg(reason));
            }
        }
    }

    Design build(const QString &designName)
    {
        Design design;
        design.name = designName;
        for (Component &c : m_ctx.components()) {
            if (!m_alive.contains(c.id))
                continue;
            scrubReferences(c, m_alive);
            design.insert(std::move(c));
        }
        // every resource instance is accounted for
        for (const TfResource *r : m_ctx.resources()) {
            if (!m_ctx.hasOutcome(*r))
                m_ctx.skip(*r, tfimport::tr("nothing imported uses it"));
            // folds into a component that was not placed count as skipped
            if (m_ctx.outcome(*r) == Outcome::Folded && !m_alive.contains(m_ctx.outcomeDetail(*r)))
                m_ctx.skip(*r, tfimport::tr("it configures %1, which is not in the design").arg(m_ctx.outcomeDetail(*r)));
            m_report.entries.push_back({m_ctx.input(r->input).source, r->address, r->type, m_ctx.outcome(*r), m_ctx.outcomeDetail(*r),
                                        m_withoutKind.contains(r->serial)});
        }
        m_report.components = int(design.componentCount());
        return design;
    }

    ImportContext m_ctx;
    ImportReport &m_report;
    std::vector<const TfResource *> m_maps;
    std::vector<const TfResource *> m_folds;
    std::vector<const TfResource *> m_lateFolds;
    std::vector<const ImportRule *> m_rules; ///< by serial
    QSet<int> m_withoutKind;
    QHash<QString, int> m_resourceOf;
    QSet<QString> m_alive;
};

} // namespace

QString ImportResult::errorText() const
{
    return errorPlace.isEmpty() ? QStringLiteral("%1: %2").arg(errorSource, errorMessage)
                                : QStringLiteral("%1: %2: %3").arg(errorSource, errorPlace, errorMessage);
}

ImportResult TerraformImporter::import(const std::vector<ImportSource> &sources, const QString &designName, const ConfigurationValues &values)
{
    ImportResult result;
    std::vector<TfInput> inputs;
    inputs.reserve(sources.size());
    for (const ImportSource &source : sources) {
        if (source.directory) {
            QString why;
            std::optional<TfInput> input = ConfigurationInput::read(source.name, int(inputs.size()), values, result.report, &why);
            if (!input) {
                const ImportReport partial = result.report;
                result.errorSource = source.name;
                result.errorMessage = why;
                result.report = partial;
                return result;
            }
            result.report.inputs << source.name;
            inputs.push_back(std::move(*input));
            continue;
        }
        InputError error;
        std::optional<TfInput> input = TerraformInput::read(source.bytes, source.name, int(inputs.size()), &error);
        if (!input) {
            result.errorSource = source.name;
            result.errorPlace = error.place;
            result.errorMessage = error.message;
            return result;
        }
        result.report.inputs << source.name;
        inputs.push_back(std::move(*input));
    }
    try {
        Importer importer(inputs, result.report);
        result.design = importer.run(designName);
    } catch (const nlohmann::json::exception &e) {
        // a value of a shape no importer expected: refuse rather than crash
        const ImportReport partial = result.report;
        result = ImportResult();
        result.report.parseErrors = partial.parseErrors;
        result.errorSource = sources.empty() ? QString() : sources.front().name;
        result.errorMessage = tfimport::tr("unexpected value (%1)").arg(QString::fromUtf8(e.what()));
    }
    return result;
}

} // namespace kumo::tfimport
