#include "tfconfiguration.h"

#include "configfile.h"
#include "hcleval.h"
#include "hclparser.h"
#include "registrymodules.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

namespace kumo::hclread {

namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

/// Bounds on what a configuration can make Kumo build (README, "Configurations"): modules nested
/// deeper than real ones are (a handful of levels), module and resource instances by the ten thousand.
constexpr int kMaxModuleDepth = 16;
constexpr long long kMaxModuleInstances = 10000;
constexpr long long kMaxResourceInstances = 100000;

std::string placeText(const Place &p)
{
    return (p.file ? *p.file : std::string("?")) + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

// ------------------------------------------------------------------ .tf.json as bodies
ExprPtr literal(json v)
{
    auto e = std::make_shared<Expr>();
    e->kind = Expr::Kind::Literal;
    e->value = std::move(v);
    return e;
}

ExprPtr jsonExpression(const json &v, const std::string *file)
{
    if (v.is_string()) {
        ExprPtr t;
        ParseError err;
        if (Parser::parseTemplate(v.get<std::string>(), &t, &err, file))
            return t;
        throw err;
    }
    if (v.is_array()) {
        auto e = std::make_shared<Expr>();
        e->kind = Expr::Kind::Tuple;
        for (const json &item : v)
            e->items.push_back(jsonExpression(item, file));
        return e;
    }
    if (v.is_object()) {
        auto e = std::make_shared<Expr>();
        e->kind = Expr::Kind::Object;
        for (auto it = v.begin(); it != v.end(); ++it) {
            e->keys.push_back(literal(it.key()));
            e->items.push_back(jsonExpression(*it, file));
        }
        return e;
    }
    return literal(v);
}

Body jsonBody(const json &object, const std::string *file)
{
    Body body;
    if (!object.is_object())
        return body;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == "//")
            continue;
        if (it.key() == "lifecycle" || it.key() == "provisioner" || it.key() == "connection")
            continue;
        Attribute a;
        a.name = it.key();
        a.place.file = file;
        // provider = "aws.west" in JSON is a reference written as a string
        if ((it.key() == "provider") && it->is_string()) {
            ParseError err;
            ExprPtr e;
            if (Parser::parseExpression(it->get<std::string>(), &e, &err, file)) {
                a.expr = e;
                body.attributes.push_back(a);
                continue;
            }
        }
        a.expr = (it.key() == "default" && !it->is_string()) ? literal(*it) : jsonExpression(*it, file);
        body.attributes.push_back(std::move(a));
    }
    return body;
}

void jsonBlocks(const json &value, const std::string &type, int labels, std::vector<std::string> prefix, Body &into, const std::string *file)
{
    if (value.is_array()) {
        for (const json &item : value)
            jsonBlocks(item, type, labels, prefix, into, file);
        return;
    }
    if (!value.is_object())
        return;
    if (int(prefix.size()) == labels) {
        Block b;
        b.type = type;
        b.labels = prefix;
        b.place.file = file;
        b.body = jsonBody(value, file);
        into.blocks.push_back(std::move(b));
        return;
    }
    for (auto it = value.begin(); it != value.end(); ++it) {
        std::vector<std::string> next = prefix;
        next.push_back(it.key());
        jsonBlocks(*it, type, labels, next, into, file);
    }
}

Body jsonFile(const json &doc, const std::string *file)
{
    Body body;
    if (!doc.is_object())
        throw ParseError{{1, 1, file}, "a .tf.json file holds an object"};
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        const std::string &type = it.key();
        if (type == "resource" || type == "data")
            jsonBlocks(*it, type, 2, {}, body, file);
        else if (type == "variable" || type == "output" || type == "module" || type == "provider")
            jsonBlocks(*it, type, 1, {}, body, file);
        else if (type == "locals") {
            Body locals;
            jsonBlocks(*it, type, 0, {}, body, file);
        }
    }
    return body;
}

// ------------------------------------------------------------------ module sources
struct ModuleSource
{
    std::string dir;
    std::deque<std::string> fileNames;
    std::vector<Body> bodies;
    std::vector<const Block *> variables, outputs, moduleCalls, resources, dataSources, providers;
    std::map<std::string, const Attribute *> locals;

    const Block *find(const std::vector<const Block *> &blocks, const std::string &a, const std::string &b = {}) const
    {
        for (const Block *blk : blocks) {
            if (!blk->labels.empty() && blk->labels[0] == a && (b.empty() || (blk->labels.size() > 1 && blk->labels[1] == b)))
                return blk;
        }
        return nullptr;
    }
};

std::string varName(const ExprPtr &e)
{
    if (e && e->kind == Expr::Kind::Variable)
        return e->name;
    return {};
}

/// aws.west -> "aws.west"; aws -> "aws"
std::string traversalText(const ExprPtr &e)
{
    if (!e)
        return {};
    if (e->kind == Expr::Kind::Variable)
        return e->name;
    if (e->kind == Expr::Kind::GetAttr)
        return traversalText(e->a) + "." + e->name;
    if (e->kind == Expr::Kind::Literal && e->value.is_string())
        return e->value.get<std::string>();
    if (e->kind == Expr::Kind::Template && e->items.size() == 1)
        return traversalText(e->items[0]);
    return {};
}

struct ProviderInfo
{
    std::string key;
    std::string region;
};

struct ResourceState
{
    int state = 0; ///< 0 not yet, 1 evaluating, 2 done
    json value;
    std::vector<std::pair<json, json>> instances; ///< key, attributes (with markers)
    std::string provider, providerKey, region;
};

class Loader;
struct Instance;

struct ModuleCallState
{
    int state = 0;
    json value;
    std::vector<std::pair<json, std::unique_ptr<Instance>>> children;
    std::vector<ConfigResource> registryResources;
};

struct Instance
{
    const ModuleSource *src = nullptr;
    const Instance *parent = nullptr; ///< the instance whose module block made this one (null at the root)
    std::string address; ///< module.a["x"].module.b
    std::map<std::string, json> vars;
    std::map<std::string, int> localState;
    std::map<std::string, json> localValues;
    std::map<std::string, ResourceState> resources; ///< "type.name" / "data.type.name"
    std::map<std::string, ModuleCallState> calls;
    std::map<std::string, ProviderInfo> providers;
    int outputState = 0;
    json outputs;
};

std::string addressJoin(const std::string &module, const std::string &local)
{
    return module.empty() ? local : module + "." + local;
}

std::string keySuffix(const json &key)
{
    if (key.is_number_integer())
        return "[" + std::to_string(key.get<long long>()) + "]";
    if (key.is_string())
        return "[" + json(key).dump() + "]";
    return {};
}

std::vector<std::string> assumedZones(const std::string &region)
{
    static const std::map<std::string, std::string> letters = {
        {"us-east-1", "abcdef"}, {"us-west-1", "ac"}, {"ap-northeast-1", "acd"}, {"ap-northeast-2", "abcd"}, {"sa-east-1", "abc"},
        {"ca-central-1", "abd"}, {"eu-west-1", "abc"},
    };
    const auto it = letters.find(region);
    const std::string l = it == letters.end() ? "abc" : it->second;
    std::vector<std::string> zones;
    for (char c : l)
        zones.push_back(region + c);
    return zones;
}

class Loader
{
public:
    Loader(ConfigResult &result, const ConfigOptions &options)
        : m_result(result)
        , m_options(options)
    {
    }

    void run(const std::string &directory)
    {
        const ModuleSource *root = load(directory, true);
        if (!root)
            return;
        m_rootDir = root->dir;
        m_root = std::make_unique<Instance>();
        m_root->src = root;
        rootVariables(*m_root);
        rootProviders(*m_root);
        evaluateAll(*m_root, 0);
        emitResources(*m_root);
    }

    // --------------------------------------------------------------- reading folders
    const ModuleSource *load(const std::string &directory, bool root)
    {
        std::error_code ec;
        const fs::path dir = fs::weakly_canonical(fs::path(directory), ec);
        const std::string key = dir.string();
        if (auto it = m_sources.find(key); it != m_sources.end())
            return it->second.get();
        if (!fs::is_directory(dir, ec))
            return nullptr;
        auto src = std::make_unique<ModuleSource>();
        src->dir = key;
        std::vector<fs::path> files;
        for (const fs::directory_entry &entry : fs::directory_iterator(dir, ec)) {
            const std::string name = entry.path().filename().string();
            // anything but a folder: a device or a pipe named main.tf is refused by name, not skipped
            if (entry.is_directory(ec) || name.empty() || name[0] == '.')
                continue;
            const bool tf = name.size() > 3 && name.compare(name.size() - 3, 3, ".tf") == 0;
            const bool tfjson = name.size() > 8 && name.compare(name.size() - 8, 8, ".tf.json") == 0;
            if (tf || tfjson)
                files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());
        for (const fs::path &path : files) {
            const std::string shown = (fs::path(directory) / path.filename()).lexically_normal().string();
            src->fileNames.push_back(shown);
            const std::string *name = &src->fileNames.back();
            const std::optional<std::string> read = readInput(path.string(), shown);
            if (!read)
                continue;
            const std::string &text = *read;
            Body body;
            const bool isJson = path.string().size() > 8 && path.string().compare(path.string().size() - 8, 8, ".tf.json") == 0;
            if (isJson) {
                try {
                    body = jsonFile(json::parse(text), name);
                } catch (const json::parse_error &e) {
                    int line = 1, column = 1;
                    for (size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
                        if (text[i] == '\n') {
                            ++line;
                            column = 1;
                        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
                            ++column;
                        }
                    }
                    m_result.parseErrors.push_back(shown + ":" + std::to_string(line) + ":" + std::to_string(column) + ": not JSON");
                    continue;
                } catch (const ParseError &err) {
                    m_result.parseErrors.push_back(placeText(err.place) + ": " + err.message);
                    continue;
                }
            } else {
                ParseError err;
                if (!Parser::parseFile(text, &body, &err, name)) {
                    m_result.parseErrors.push_back(shown + ":" + std::to_string(err.place.line) + ":" + std::to_string(err.place.column) + ": "
                                                   + err.message);
                    continue;
                }
            }
            if (root)
                ++m_result.filesRead;
            src->bodies.push_back(std::move(body));
        }
        if (root && files.empty())
            return nullptr;
        for (const Body &body : src->bodies) {
            for (const Block &b : body.blocks) {
                if (b.type == "variable" && b.labels.size() == 1)
                    src->variables.push_back(&b);
                else if (b.type == "output" && b.labels.size() == 1)
                    src->outputs.push_back(&b);
                else if (b.type == "module" && b.labels.size() == 1)
                    src->moduleCalls.push_back(&b);
                else if (b.type == "resource" && b.labels.size() == 2)
                    src->resources.push_back(&b);
                else if (b.type == "data" && b.labels.size() == 2)
                    src->dataSources.push_back(&b);
                else if (b.type == "provider" && b.labels.size() == 1)
                    src->providers.push_back(&b);
                else if (b.type == "locals")
                    for (const Attribute &a : b.body.attributes)
                        src->locals[a.name] = &a;
            }
        }
        const ModuleSource *out = src.get();
        m_sources[key] = std::move(src);
        return out;
    }

    // --------------------------------------------------------------- variables and providers
    static bool stringTyped(const Block &variable)
    {
        const Attribute *type = variable.body.attribute("type");
        return !type || varName(type->expr) == "string";
    }

    json constantValue(const ExprPtr &e);

    void rootVariables(Instance &inst)
    {
        std::map<std::string, json> given;
        auto readVarFile = [&](const fs::path &path) {
            const std::optional<std::string> read = readInput(path.string(), path.string());
            if (!read)
                return;
            const std::string &text = *read;
            const std::string name = path.string();
            if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0) {
                try {
                    const json doc = json::parse(text);
                    if (doc.is_object())
                        for (auto it = doc.begin(); it != doc.end(); ++it)
                            given[it.key()] = *it;
                } catch (const json::parse_error &) {
                    m_result.parseErrors.push_back(name + ":1:1: not JSON");
                }
                return;
            }
            m_varFileNames.push_back(name);
            Body body;
            ParseError err;
            if (!Parser::parseFile(text, &body, &err, &m_varFileNames.back())) {
                m_result.parseErrors.push_back(name + ":" + std::to_string(err.place.line) + ":" + std::to_string(err.place.column) + ": " + err.message);
                return;
            }
            for (const Attribute &a : body.attributes)
                given[a.name] = constantValue(a.expr);
        };
        const fs::path dir(inst.src->dir);
        std::error_code ec;
        if (fs::exists(dir / "terraform.tfvars", ec))
            readVarFile(dir / "terraform.tfvars");
        if (fs::exists(dir / "terraform.tfvars.json", ec))
            readVarFile(dir / "terraform.tfvars.json");
        std::vector<fs::path> autos;
        for (const fs::directory_entry &entry : fs::directory_iterator(dir, ec)) {
            const std::string n = entry.path().filename().string();
            if ((n.size() > 12 && n.compare(n.size() - 12, 12, ".auto.tfvars") == 0) || (n.size() > 17 && n.compare(n.size() - 17, 17, ".auto.tfvars.json") == 0))
                autos.push_back(entry.path());
        }
        std::sort(autos.begin(), autos.end());
        for (const fs::path &p : autos)
            readVarFile(p);
        for (const std::string &f : m_options.varFiles)
            readVarFile(fs::path(f));
        for (const auto &[name, text] : m_options.vars) {
            const Block *decl = inst.src->find(inst.src->variables, name);
            if (!decl || stringTyped(*decl)) {
                given[name] = text;
                continue;
            }
            ExprPtr e;
            ParseError err;
            if (Parser::parseExpression(text, &e, &err))
                given[name] = constantValue(e);
            else
                m_result.parseErrors.push_back("--var " + name + ":" + std::to_string(err.place.line) + ":" + std::to_string(err.place.column) + ": " + err.message);
        }
        setVariables(inst, given, true);
    }

    void setVariables(Instance &inst, const std::map<std::string, json> &given, bool root)
    {
        for (const Block *v : inst.src->variables) {
            const std::string &name = v->labels[0];
            const Attribute *sensitive = v->body.attribute("sensitive");
            const bool isSensitive = sensitive && constantValue(sensitive->expr) == json(true);
            json value;
            bool has = false;
            if (auto it = given.find(name); it != given.end()) {
                value = it->second;
                has = true;
            } else if (const Attribute *def = v->body.attribute("default")) {
                value = constantValue(def->expr);
                has = true;
            }
            if (isSensitive) {
                m_result.secrets.push_back({addressJoin(inst.address, "var." + name), "value"});
                value = value::unknown(true);
            } else if (!has) {
                m_result.unsetVariables.push_back(addressJoin(inst.address, "var." + name) + (root ? "" : " (no argument in the module block)"));
                value = value::unknown();
            }
            inst.vars[name] = value;
        }
    }

    void rootProviders(Instance &inst) { providerBlocks(inst); }

    void providerBlocks(Instance &inst);

    // --------------------------------------------------------------- evaluation
    json local(Instance &inst, const std::string &name, Place place);
    json resource(Instance &inst, const std::string &key, Place place);
    json moduleCall(Instance &inst, const std::string &name, Place place);
    json moduleOutputs(Instance &inst);
    void evaluateAll(Instance &inst, int depth);
    void emitResources(Instance &inst);

    void issues(const Evaluator &ev)
    {
        for (const EvalIssue &i : ev.issues()) {
            const std::string text = placeText(i.place) + ": " + i.message;
            if (m_issueSet.insert(text).second)
                m_result.issues.push_back(text);
        }
    }
    void assume(const std::string &text)
    {
        if (m_assumptionSet.insert(text).second)
            m_result.assumptions.push_back(text);
    }
    /// One file of the configuration within the limits (ConfigFile, ReadBudget); one that cannot be
    /// read is named, as FILE:1:1: why, with the parse errors.
    std::optional<std::string> readInput(const std::string &path, const std::string &shown)
    {
        std::string why;
        std::optional<std::string> text = m_budget.read(path, &why);
        if (!text)
            m_result.parseErrors.push_back(shown + ":1:1: " + why);
        return text;
    }
    /// What file() and templatefile() read, counted against the same total.
    std::string readForFunction(const std::string &path, const std::string &shown, Place place)
    {
        std::string why;
        std::optional<std::string> text = m_budget.read(path, &why);
        if (!text)
            throw EvalError{place, shown + ": " + why};
        return std::move(*text);
    }
    /// A stand-in for the id the provider would give: unique per configuration and address.
    std::string idFor(const std::string &address) const { return "cfg:" + m_rootDir + ":" + address; }

        /// The instance chain's length up to the root (the root is 0).
    static int depthOf(const Instance &inst)
    {
        int depth = 0;
        for (const Instance *i = inst.parent; i; i = i->parent)
            ++depth;
        return depth;
    }
    /// The ancestor (or @p inst itself) made from @p source: a module that includes itself.
    static const Instance *cycleThrough(const Instance &inst, const ModuleSource *source)
    {
        for (const Instance *i = &inst; i; i = i->parent)
            if (i->src == source)
                return i;
        return nullptr;
    }
    /// Counts @p n more resource instances; false (noted once) past kMaxResourceInstances.
    bool allowResourceInstances(size_t n, const std::string &address)
    {
        if (m_resourceInstances + (long long)n <= kMaxResourceInstances) {
            m_resourceInstances += (long long)n;
            return true;
        }
        noteLimit(address + ": more than " + std::to_string(kMaxResourceInstances) + " resource instances in the configuration; the rest are not made");
        return false;
    }
    void noteLimit(const std::string &text)
    {
        if (!m_instanceLimitNoted)
            m_result.issues.push_back(text);
        m_instanceLimitNoted = true;
    }

    ConfigResult &m_result;
    const ConfigOptions &m_options;
    std::map<std::string, std::unique_ptr<ModuleSource>> m_sources;
    std::unique_ptr<Instance> m_root;
    std::string m_rootDir;
    std::deque<std::string> m_varFileNames;
    std::set<std::string> m_issueSet, m_assumptionSet;
    ReadBudget m_budget;
    long long m_moduleInstances = 0;   ///< module instances made, against kMaxModuleInstances
    long long m_resourceInstances = 0; ///< resource instances made, against kMaxResourceInstances
    bool m_instanceLimitNoted = false;
};

/// The scope of one module instance, with count.index or each.key/value when evaluating an instance.
class InstanceScope : public Scope
{
public:
    InstanceScope(Loader &loader, Instance &inst, const std::string &rootDir)
        : m_loader(loader)
        , m_inst(inst)
        , m_rootDir(rootDir)
    {
    }
    json count, each;
    bool hasCount = false, hasEach = false;

    json resolve(const std::vector<std::string> &names, size_t *used, Place place) override
    {
        const std::string &root = names[0];
        *used = std::min<size_t>(2, names.size());
        const std::string second = names.size() > 1 ? names[1] : std::string();
        if (root == "var") {
            auto it = m_inst.vars.find(second);
            if (it == m_inst.vars.end())
                throw EvalError{place, "no variable \"" + second + "\" is declared in this module"};
            return it->second;
        }
        if (root == "local")
            return m_loader.local(m_inst, second, place);
        if (root == "count") {
            if (!hasCount)
                throw EvalError{place, "count.index outside a resource with count"};
            return second == "index" ? count : value::unknown();
        }
        if (root == "each") {
            if (!hasEach)
                throw EvalError{place, "each outside a resource with for_each"};
            return second == "key" ? each["key"] : second == "value" ? each["value"] : value::unknown();
        }
        if (root == "path") {
            if (second == "module")
                return m_inst.src->dir;
            return m_rootDir;
        }
        if (root == "terraform")
            return second == "workspace" ? json("default") : value::unknown();
        if (root == "module")
            return m_loader.moduleCall(m_inst, second, place);
        if (root == "data") {
            if (names.size() < 3)
                return value::unknown();
            *used = 3;
            return m_loader.resource(m_inst, "data." + names[1] + "." + names[2], place);
        }
        if (root == "self")
            return value::unknown();
        if (names.size() >= 2 && m_inst.src->find(m_inst.src->resources, root, second))
            return m_loader.resource(m_inst, root + "." + second, place);
        if (names.size() >= 2 && root.find('_') != std::string::npos)
            throw EvalError{place, "no resource " + root + "." + second + " is declared in this module"};
        *used = 1;
        throw EvalError{place, "unknown name '" + root + "'"};
    }
    std::string moduleDirectory() const override { return m_inst.src->dir; }
    std::string readFile(const std::string &path, Place place) override
    {
        return m_loader.readForFunction(!path.empty() && path[0] == '/' ? path : moduleDirectory() + "/" + path, path, place);
    }

private:
    Loader &m_loader;
    Instance &m_inst;
    std::string m_rootDir;
};

/// A scope of literals only (variable files, defaults): every reference is an error.
class EmptyScope : public Scope
{
public:
    json resolve(const std::vector<std::string> &, size_t *used, Place place) override
    {
        *used = 1;
        throw EvalError{place, "a variable value cannot refer to other values"};
    }
    std::string moduleDirectory() const override { return "."; }
};

json Loader::constantValue(const ExprPtr &e)
{
    EmptyScope scope;
    Evaluator ev(scope);
    const json v = ev.evaluate(e);
    issues(ev);
    return v;
}

void Loader::providerBlocks(Instance &inst)
{
    InstanceScope scope(*this, inst, m_rootDir);
    for (const Block *p : inst.src->providers) {
        const std::string &name = p->labels[0];
        std::string key = name;
        if (const Attribute *alias = p->body.attribute("alias")) {
            Evaluator ev(scope);
            const json a = ev.evaluate(alias->expr);
            if (a.is_string())
                key += "." + a.get<std::string>();
        }
        ProviderInfo info;
        info.key = addressJoin(inst.address.empty() ? std::string() : inst.address, key);
        if (!inst.address.empty())
            info.key = inst.address + ":" + key;
        if (const Attribute *region = p->body.attribute("region")) {
            Evaluator ev(scope);
            const json r = ev.evaluate(region->expr);
            issues(ev);
            if (r.is_string())
                info.region = r.get<std::string>();
        }
        inst.providers[key] = info;
    }
}

json Loader::local(Instance &inst, const std::string &name, Place place)
{
    const auto decl = inst.src->locals.find(name);
    if (decl == inst.src->locals.end())
        throw EvalError{place, "no local value \"" + name + "\" is declared in this module"};
    int &state = inst.localState[name];
    if (state == 2)
        return inst.localValues[name];
    if (state == 1)
        throw EvalError{place, "local." + name + " refers to itself"};
    state = 1;
    InstanceScope scope(*this, inst, m_rootDir);
    Evaluator ev(scope);
    json v = ev.evaluate(decl->second->expr);
    issues(ev);
    inst.localValues[name] = v;
    state = 2;
    return v;
}

/// The instances a block makes: count -> 0..n-1, for_each -> its keys, else one without a key.
struct Expansion
{
    bool unknown = false;
    bool isCount = false, isEach = false;
    std::vector<std::pair<json, json>> keys; ///< key, each.value
};

Expansion expansion(const Body &body, Evaluator &ev, Place place)
{
    Expansion x;
    if (const Attribute *count = body.attribute("count")) {
        x.isCount = true;
        const json n = ev.evaluate(count->expr);
        double d = 0;
        if (value::isUnknown(n) || !value::toNumber(n, &d)) {
            x.unknown = true;
            return x;
        }
        const long long k = std::clamp<long long>((long long)d, 0, 10000);
        for (long long i = 0; i < k; ++i)
            x.keys.push_back({json(i), json()});
        return x;
    }
    if (const Attribute *each = body.attribute("for_each")) {
        x.isEach = true;
        const json v = ev.evaluate(each->expr);
        if (value::isUnknown(v) || (v.is_array() && value::containsUnknown(v)) || (!v.is_array() && !v.is_object())) {
            x.unknown = true;
            return x;
        }
        if (v.is_object()) {
            for (auto it = v.begin(); it != v.end(); ++it)
                if (it.key() != value::openKey())
                    x.keys.push_back({json(it.key()), *it});
        } else {
            std::set<std::string> seen;
            for (const json &item : v) {
                std::string s;
                if (!value::toText(item, &s) || !seen.insert(s).second)
                    continue;
                x.keys.push_back({json(s), item});
            }
            std::sort(x.keys.begin(), x.keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        }
        (void)place;
        return x;
    }
    x.keys.push_back({json(), json()});
    return x;
}

json evalBody(const Body &body, Evaluator &ev, bool top)
{
    static const std::set<std::string> meta = {"count", "for_each", "provider", "depends_on", "lifecycle", "providers", "source", "version"};
    json obj = json::object();
    for (const Attribute &a : body.attributes) {
        if (top && meta.count(a.name))
            continue;
        obj[a.name] = ev.evaluate(a.expr);
    }
    for (const Block &b : body.blocks) {
        if (b.type == "lifecycle" || b.type == "provisioner" || b.type == "connection" || b.type == "precondition" || b.type == "postcondition")
            continue;
        if (b.type == "dynamic" && !b.labels.empty()) {
            const std::string &label = b.labels[0];
            std::string iterator = label;
            if (const Attribute *it = b.body.attribute("iterator"))
                if (!varName(it->expr).empty())
                    iterator = varName(it->expr);
            const Attribute *each = b.body.attribute("for_each");
            const Block *content = nullptr;
            for (const Block &inner : b.body.blocks)
                if (inner.type == "content")
                    content = &inner;
            if (!each || !content)
                continue;
            const json collection = ev.evaluate(each->expr);
            if (value::isUnknown(collection) || (!collection.is_array() && !collection.is_object()))
                continue;
            json &list = obj[label];
            if (!list.is_array())
                list = json::array();
            size_t i = 0;
            for (auto it = collection.begin(); it != collection.end(); ++it, ++i) {
                ev.bind(iterator, json{{"key", collection.is_array() ? json(i) : json(it.key())}, {"value", *it}});
                list.push_back(evalBody(content->body, ev, false));
                ev.unbind(1);
            }
            continue;
        }
        json &list = obj[b.type];
        if (!list.is_array())
            list = json::array();
        list.push_back(evalBody(b.body, ev, false));
    }
    return obj;
}

std::string serviceOf(const std::string &type)
{
    const std::string t = type.rfind("aws_", 0) == 0 ? type.substr(4) : type;
    const size_t u = t.find('_');
    return u == std::string::npos ? t : t.substr(0, u);
}

json Loader::resource(Instance &inst, const std::string &key, Place place)
{
    ResourceState &rs = inst.resources[key];
    if (rs.state == 2)
        return rs.value;
    if (rs.state == 1)
        return value::unknown(); // a cycle through this resource (self references): unknown
    const bool isData = key.rfind("data.", 0) == 0;
    const std::string local = isData ? key.substr(5) : key;
    const size_t dot = local.find('.');
    const std::string type = local.substr(0, dot), name = local.substr(dot + 1);
    const Block *block = inst.src->find(isData ? inst.src->dataSources : inst.src->resources, type, name);
    if (!block)
        throw EvalError{place, "no " + std::string(isData ? "data source " : "resource ") + local + " is declared in this module"};
    rs.state = 1;
    // provider
    std::string providerName = type.substr(0, type.find('_'));
    std::string providerKey = providerName;
    if (const Attribute *p = block->body.attribute("provider"))
        providerKey = traversalText(p->expr);
    rs.provider = providerName;
    const auto provider = inst.providers.find(providerKey);
    if (provider != inst.providers.end()) {
        rs.providerKey = provider->second.key;
        rs.region = provider->second.region;
    } else {
        rs.providerKey = providerKey;
    }
    InstanceScope scope(*this, inst, m_rootDir);
    Evaluator ev(scope);
    const Expansion x = expansion(block->body, ev, block->place);
    issues(ev);
    const std::string baseAddress = addressJoin(inst.address, key);
    std::vector<std::pair<json, json>> keys = x.keys;
    if (x.unknown) {
        if (x.isCount) {
            assume(baseAddress + ": its count is not known offline; one instance assumed");
            keys = {{json(0), json()}};
        } else {
            m_result.issues.push_back(placeText(block->place) + ": " + baseAddress + ": its for_each is not known offline; no instance made");
        }
    }
    if (!allowResourceInstances(keys.size(), baseAddress))
        keys.clear();
    json value = x.isCount ? json::array() : x.isEach ? json::object() : json();
    for (const auto &[k, v] : keys) {
        InstanceScope s(*this, inst, m_rootDir);
        if (x.isCount) {
            s.hasCount = true;
            s.count = k;
        } else if (x.isEach) {
            s.hasEach = true;
            s.each = json{{"key", k}, {"value", v}};
        }
        Evaluator e(s);
        json attrs = evalBody(block->body, e, true);
        issues(e);
        const std::string address = baseAddress + keySuffix(k);
        const std::string region = rs.region.empty() ? std::string("us-east-1") : rs.region;
        if (isData) {
            if (type == "aws_availability_zones") {
                json names = json::array();
                for (const std::string &z : assumedZones(region))
                    names.push_back(z);
                attrs["names"] = names;
                assume(address + ".names: the zones of " + region + " assumed to be " + [&] {
                    std::string s;
                    for (const json &n : names)
                        s += (s.empty() ? "" : ", ") + n.get<std::string>();
                    return s;
                }() + (rs.region.empty() ? " (region us-east-1 assumed: the provider names none)" : ""));
                attrs["id"] = region;
            } else if (type == "aws_region") {
                attrs["name"] = region;
                attrs["id"] = region;
                assume(address + ".name: the provider's region " + region + (rs.region.empty() ? " (assumed: the provider names none)" : ""));
            } else if (type == "aws_partition") {
                attrs["partition"] = "aws";
            }
        }
        if (!attrs.contains("id"))
            attrs["id"] = idFor(address);
        if (!attrs.contains("arn") && !isData)
            attrs["arn"] = "arn:aws:" + serviceOf(type) + ":" + rs.region + ":000000000000:" + idFor(address);
        attrs[value::openKey()] = true;
        rs.instances.push_back({k, attrs});
        if (x.isCount)
            value.push_back(attrs);
        else if (x.isEach)
            value[k.get<std::string>()] = attrs;
        else
            value = attrs;
    }
    if (x.unknown && !x.isCount)
        value = value::unknown();
    rs.value = value;
    rs.state = 2;
    return rs.value;
}

json Loader::moduleOutputs(Instance &inst)
{
    if (inst.outputState == 2)
        return inst.outputs;
    if (inst.outputState == 1)
        return value::unknown();
    inst.outputState = 1;
    json out = json::object();
    InstanceScope scope(*this, inst, m_rootDir);
    for (const Block *o : inst.src->outputs) {
        Evaluator ev(scope);
        const Attribute *v = o->body.attribute("value");
        out[o->labels[0]] = v ? ev.evaluate(v->expr) : json();
        issues(ev);
    }
    out[value::openKey()] = true;
    inst.outputs = out;
    inst.outputState = 2;
    return out;
}

json Loader::moduleCall(Instance &inst, const std::string &name, Place place)
{
    ModuleCallState &cs = inst.calls[name];
    if (cs.state == 2)
        return cs.value;
    if (cs.state == 1)
        return value::unknown();
    const Block *block = inst.src->find(inst.src->moduleCalls, name);
    if (!block)
        throw EvalError{place, "no module \"" + name + "\" is declared in this module"};
    cs.state = 1;
    InstanceScope scope(*this, inst, m_rootDir);
    Evaluator ev(scope);
    std::string source;
    if (const Attribute *s = block->body.attribute("source")) {
        const json v = ev.evaluate(s->expr);
        if (v.is_string())
            source = v.get<std::string>();
    }
    std::string version;
    if (const Attribute *s = block->body.attribute("version")) {
        const json v = ev.evaluate(s->expr);
        if (v.is_string())
            version = v.get<std::string>();
    }
    const Expansion x = expansion(block->body, ev, block->place);
    issues(ev);
    const std::string callAddress = addressJoin(inst.address, "module." + name);
    json value = x.isCount ? json::array() : x.isEach ? json::object() : json();
    const bool local = source.rfind("./", 0) == 0 || source.rfind("../", 0) == 0 || source == "." || source == "..";
    const ModuleSource *child = nullptr;
    std::string registry;
    if (local) {
        const std::string folder = (fs::path(inst.src->dir) / source).lexically_normal().string();
        if (depthOf(inst) >= kMaxModuleDepth) {
            m_result.modulesUnread.push_back({source, callAddress + ": modules nested more than " + std::to_string(kMaxModuleDepth) + " deep; not read"});
        } else if (!(child = load(folder, false))) {
            m_result.modulesUnread.push_back({source, callAddress + ": the folder " + folder + " cannot be read"});
        } else if (const Instance *again = cycleThrough(inst, child)) {
            m_result.modulesUnread.push_back({source, callAddress + ": the folder " + folder + " is a module that includes itself (through "
                                                          + (again->address.empty() ? std::string("the root module") : again->address) + "); not read again"});
            child = nullptr;
        }
    } else {
        registry = RegistryModules::recognise(source);
        if (registry.empty())
            m_result.modulesUnread.push_back({source, callAddress + ": a module Kumo cannot read offline; what refers to its outputs stays unknown"});
    }
    if (x.unknown)
        m_result.issues.push_back(placeText(block->place) + ": " + callAddress + ": its count or for_each is not known offline; no instance made");
    bool understoodOnce = false;
    for (const auto &[k, v] : x.unknown ? std::vector<std::pair<json, json>>{} : x.keys) {
        InstanceScope s(*this, inst, m_rootDir);
        if (x.isCount) {
            s.hasCount = true;
            s.count = k;
        } else if (x.isEach) {
            s.hasEach = true;
            s.each = json{{"key", k}, {"value", v}};
        }
        Evaluator e(s);
        const json inputs = evalBody(block->body, e, true);
        issues(e);
        const std::string address = callAddress + keySuffix(k);
        json outputs = value::unknown();
        if (child && ++m_moduleInstances > kMaxModuleInstances) {
            noteLimit(address + ": more than " + std::to_string(kMaxModuleInstances) + " module instances in the configuration; the rest are not made");
        } else if (child) {
            auto ci = std::make_unique<Instance>();
            ci->src = child;
            ci->parent = &inst;
            ci->address = address;
            std::map<std::string, json> given;
            for (auto it = inputs.begin(); it != inputs.end(); ++it)
                given[it.key()] = *it;
            setVariables(*ci, given, false);
            ci->providers = inst.providers;
            if (const Attribute *p = block->body.attribute("providers"); p && p->expr->kind == Expr::Kind::Object) {
                for (size_t i = 0; i < p->expr->keys.size(); ++i) {
                    const std::string to = traversalText(p->expr->keys[i]);
                    const std::string from = traversalText(p->expr->items[i]);
                    if (auto it = inst.providers.find(from); it != inst.providers.end())
                        ci->providers[to] = it->second;
                }
            }
            providerBlocks(*ci);
            outputs = moduleOutputs(*ci);
            cs.children.push_back({k, std::move(ci)});
        } else if (!registry.empty()) {
            const auto provider = inst.providers.find("aws");
            RegistryContext context;
            context.region = provider == inst.providers.end() ? std::string() : provider->second.region;
            context.idFor = [this, address](const std::string &inner) { return idFor(address + "." + inner); };
            if (auto expansion = RegistryModules::expand(source, version, inputs, context)) {
                if (!understoodOnce)
                    m_result.modulesUnderstood.push_back({source, expansion->version});
                understoodOnce = true;
                for (ConfigResource &r : expansion->resources) {
                    r.module = r.module.empty() ? address : address + "." + r.module;
                    r.provider = "aws";
                    r.providerKey = provider == inst.providers.end() ? "aws" : provider->second.key;
                    r.region = context.region;
                    cs.registryResources.push_back(std::move(r));
                }
                outputs = expansion->outputs;
                outputs[value::openKey()] = true;
            }
        }
        if (x.isCount)
            value.push_back(outputs);
        else if (x.isEach)
            value[k.get<std::string>()] = outputs;
        else
            value = outputs;
    }
    if (x.unknown)
        value = value::unknown();
    cs.value = value;
    cs.state = 2;
    return cs.value;
}

void Loader::evaluateAll(Instance &inst, int depth)
{
    if (depth > 32)
        return;
    const Place none;
    auto guarded = [this](auto &&f) {
        try {
            f();
        } catch (const EvalError &e) {
            const std::string text = placeText(e.place) + ": " + e.message;
            if (m_issueSet.insert(text).second)
                m_result.issues.push_back(text);
        }
    };
    for (const Block *b : inst.src->resources)
        guarded([&] { resource(inst, b->labels[0] + "." + b->labels[1], b->place); });
    for (const Block *b : inst.src->dataSources)
        guarded([&] { resource(inst, "data." + b->labels[0] + "." + b->labels[1], b->place); });
    for (const Block *b : inst.src->moduleCalls)
        guarded([&] { moduleCall(inst, b->labels[0], b->place); });
    for (const Block *b : inst.src->moduleCalls) {
        ModuleCallState &cs = inst.calls[b->labels[0]];
        for (auto &[k, child] : cs.children) {
            moduleOutputs(*child);
            evaluateAll(*child, depth + 1);
        }
    }
    (void)none;
}

void Loader::emitResources(Instance &inst)
{
    auto emitState = [&](const std::string &key, const ResourceState &rs) {
        const bool isData = key.rfind("data.", 0) == 0;
        const std::string local = isData ? key.substr(5) : key;
        const size_t dot = local.find('.');
        for (const auto &[k, attrs] : rs.instances) {
            ConfigResource r;
            r.module = inst.address;
            r.mode = isData ? "data" : "managed";
            r.type = local.substr(0, dot);
            r.name = local.substr(dot + 1);
            r.indexKey = k;
            r.provider = rs.provider;
            r.providerKey = rs.providerKey;
            r.region = rs.region;
            const std::string address = addressJoin(inst.address, key) + keySuffix(k);
            for (auto it = attrs.begin(); it != attrs.end(); ++it) {
                if (value::containsSensitive(*it))
                    m_result.secrets.push_back({address, it.key()});
            }
            r.attributes = value::known(attrs);
            m_result.resources.push_back(std::move(r));
        }
    };
    for (const Block *b : inst.src->resources) {
        const std::string key = b->labels[0] + "." + b->labels[1];
        if (auto it = inst.resources.find(key); it != inst.resources.end())
            emitState(key, it->second);
    }
    for (const Block *b : inst.src->dataSources) {
        const std::string key = "data." + b->labels[0] + "." + b->labels[1];
        if (auto it = inst.resources.find(key); it != inst.resources.end())
            emitState(key, it->second);
    }
    for (const Block *b : inst.src->moduleCalls) {
        ModuleCallState &cs = inst.calls[b->labels[0]];
        for (ConfigResource &r : cs.registryResources)
            m_result.resources.push_back(r);
        for (auto &[k, child] : cs.children)
            emitResources(*child);
    }
}

} // namespace

bool Configuration::isConfigurationDirectory(const std::string &path)
{
    std::error_code ec;
    if (!fs::is_directory(path, ec))
        return false;
    for (const fs::directory_entry &entry : fs::directory_iterator(path, ec)) {
        const std::string n = entry.path().filename().string();
        if ((n.size() > 3 && n.compare(n.size() - 3, 3, ".tf") == 0) || (n.size() > 8 && n.compare(n.size() - 8, 8, ".tf.json") == 0))
            return true;
    }
    return false;
}

ConfigResult Configuration::read(const std::string &directory, const ConfigOptions &options)
{
    ConfigResult result;
    result.directory = directory;
    Loader loader(result, options);
    try {
        loader.run(directory);
    } catch (const json::exception &e) {
        // a value of a shape the evaluation did not expect: what was read so far stays
        result.issues.push_back(directory + ": " + e.what());
    } catch (const EvalError &e) {
        result.issues.push_back(placeText(e.place) + ": " + e.message);
    }
    return result;
}

} // namespace kumo::hclread
