#include "hcleval.h"

#include <cmath>

namespace kumo::hclread {

namespace {

using json = nlohmann::json;
using value::isUnknown;

[[noreturn]] void error(Place place, const std::string &message)
{
    throw EvalError{place, message};
}

std::string typeName(const json &v)
{
    switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "a bool";
    case json::value_t::string: return "a string";
    case json::value_t::array: return "a list";
    case json::value_t::object: return "an object";
    default: return "a number";
    }
}

/// The names of a chain of attribute accesses from a variable: var.a.b -> {var, a, b}; stops at
/// the first index or other step. @p rest receives the steps not in the chain (outermost first).
const Expr *chainRoot(const Expr &e, std::vector<std::string> &names, std::vector<const Expr *> &rest)
{
    std::vector<const Expr *> steps;
    const Expr *cur = &e;
    while (cur->kind == Expr::Kind::GetAttr || cur->kind == Expr::Kind::Index) {
        steps.push_back(cur);
        cur = cur->a.get();
    }
    if (cur->kind != Expr::Kind::Variable)
        return nullptr;
    names.push_back(cur->name);
    // steps are outermost first; walk from the innermost
    size_t i = steps.size();
    while (i > 0 && steps[i - 1]->kind == Expr::Kind::GetAttr) {
        names.push_back(steps[i - 1]->name);
        --i;
    }
    // an index with a literal key also names (aws_subnet.a["x"].id)
    for (; i > 0; --i)
        rest.push_back(steps[i - 1]);
    return cur;
}

json getAttr(const json &object, const std::string &name, Place place)
{
    if (isUnknown(object))
        return object;
    if (object.is_object()) {
        const auto it = object.find(name);
        if (it != object.end())
            return *it;
        if (value::isOpen(object))
            return value::unknown();
        error(place, "no attribute '" + name + "' here");
    }
    if (object.is_null())
        error(place, "attribute '" + name + "' of a null value");
    if (object.is_array())
        error(place, "attribute '" + name + "' of a list (use [*]." + name + " or an index)");
    error(place, "attribute '" + name + "' of " + typeName(object));
}

json index(const json &collection, const json &key, Place place)
{
    if (isUnknown(collection) || isUnknown(key))
        return value::unknown();
    if (collection.is_array()) {
        double d = 0;
        if (!value::toNumber(key, &d) || d != std::floor(d))
            error(place, "a list index must be a whole number");
        if (d < 0 || d >= double(collection.size()))
            error(place, "index " + std::to_string((long long)d) + " is out of range (the list has " + std::to_string(collection.size()) + " elements)");
        return collection[size_t(d)];
    }
    if (collection.is_object()) {
        std::string k;
        if (!value::toText(key, &k))
            error(place, "a map key must be a string");
        const auto it = collection.find(k);
        if (it != collection.end())
            return *it;
        if (value::isOpen(collection))
            return value::unknown();
        error(place, "no element with the key \"" + k + "\"");
    }
    error(place, "cannot index " + typeName(collection));
}

bool truth(const json &v, Place place)
{
    if (v.is_boolean())
        return v.get<bool>();
    if (v.is_string()) {
        if (v == "true")
            return true;
        if (v == "false")
            return false;
    }
    error(place, "expected a bool, found " + typeName(v));
}

} // namespace

const json *Evaluator::local(const std::string &name) const
{
    for (auto it = m_locals.rbegin(); it != m_locals.rend(); ++it)
        if (it->first == name)
            return &it->second;
    return nullptr;
}

json Evaluator::evaluate(const ExprPtr &expr)
{
    if (!expr)
        return json();
    try {
        return eval(*expr);
    } catch (const EvalError &e) {
        m_issues.push_back({e.place, e.message});
        return value::unknown();
    } catch (const json::exception &e) {
        m_issues.push_back({expr->place, e.what()});
        return value::unknown();
    }
}

json Evaluator::evaluateStrict(const ExprPtr &expr)
{
    if (!expr)
        return json();
    try {
        return eval(*expr);
    } catch (const json::exception &e) {
        throw EvalError{expr->place, e.what()};
    }
}

json Evaluator::eval(const Expr &e)
{
    if (++depth > 400) {
        --depth;
        error(e.place, "the expression is nested too deeply");
    }
    struct Leave
    {
        int &d;
        ~Leave() { --d; }
    } leave{depth};
    switch (e.kind) {
    case Expr::Kind::Literal: return e.value;
    case Expr::Kind::Template:
    case Expr::Kind::TemplateIf:
    case Expr::Kind::TemplateFor: return evalTemplate(e);
    case Expr::Kind::Variable:
    case Expr::Kind::GetAttr:
    case Expr::Kind::Index: return evalTraversal(e);
    case Expr::Kind::SplatItem:
        if (m_splatItems.empty())
            error(e.place, "a splat item outside a splat");
        return m_splatItems.back();
    case Expr::Kind::Splat: {
        const json source = eval(*e.a);
        if (isUnknown(source))
            return source;
        json items = json::array();
        if (source.is_null())
            return items;
        json list = source.is_array() ? source : json::array({source});
        for (const json &item : list) {
            m_splatItems.push_back(item);
            try {
                items.push_back(eval(*e.b));
            } catch (...) {
                m_splatItems.pop_back();
                throw;
            }
            m_splatItems.pop_back();
        }
        return items;
    }
    case Expr::Kind::Call: return evalCall(e);
    case Expr::Kind::Tuple: {
        json list = json::array();
        for (const ExprPtr &item : e.items)
            list.push_back(eval(*item));
        return list;
    }
    case Expr::Kind::Object: {
        json object = json::object();
        for (size_t i = 0; i < e.keys.size(); ++i) {
            json key = eval(*e.keys[i]);
            // a bare traversal as a key is its name (tags = { Name = ... } parses as a literal)
            if (isUnknown(key))
                return value::unknown();
            std::string k;
            if (!value::toText(key, &k))
                error(e.keys[i]->place, "an object key must be a string, found " + typeName(key));
            object[k] = eval(*e.items[i]);
        }
        return object;
    }
    case Expr::Kind::Conditional: {
        const json cond = eval(*e.a);
        if (isUnknown(cond))
            return value::unknown();
        return truth(cond, e.a->place) ? eval(*e.b) : eval(*e.c);
    }
    case Expr::Kind::Binary: return evalBinary(e);
    case Expr::Kind::Unary: {
        const json v = eval(*e.a);
        if (isUnknown(v))
            return v;
        if (e.name == "!")
            return !truth(v, e.a->place);
        double d = 0;
        if (!value::toNumber(v, &d))
            error(e.place, "'-' needs a number, found " + typeName(v));
        return value::normaliseNumber(-d);
    }
    case Expr::Kind::For: return evalFor(e);
    }
    error(e.place, "unsupported expression");
}

json Evaluator::evalTemplate(const Expr &e)
{
    if (e.kind == Expr::Kind::Template && e.items.size() == 1 && e.items[0]->kind != Expr::Kind::Literal
        && e.items[0]->kind != Expr::Kind::TemplateIf && e.items[0]->kind != Expr::Kind::TemplateFor)
        return eval(*e.items[0]); // "${x}" keeps the type of x
    auto text = [this](const Expr &part, std::string &out) -> bool {
        const json v = eval(part);
        if (isUnknown(v))
            return false;
        std::string s;
        if (v.is_null())
            error(part.place, "a null value in a template");
        if (!value::toText(v, &s))
            error(part.place, "a template cannot include " + typeName(v) + " (use jsonencode or join)");
        out += s;
        return true;
    };
    std::string out;
    if (e.kind == Expr::Kind::TemplateIf) {
        const json cond = eval(*e.a);
        if (isUnknown(cond))
            return value::unknown();
        const ExprPtr &branch = truth(cond, e.a->place) ? e.b : e.c;
        if (!branch)
            return std::string();
        return text(*branch, out) ? json(out) : value::unknown();
    }
    if (e.kind == Expr::Kind::TemplateFor) {
        const json collection = eval(*e.a);
        if (isUnknown(collection))
            return value::unknown();
        if (!collection.is_array() && !collection.is_object())
            error(e.a->place, "%{for} needs a list or a map, found " + typeName(collection));
        size_t i = 0;
        for (auto it = collection.begin(); it != collection.end(); ++it, ++i) {
            size_t bound = 1;
            bind(e.valueName, *it);
            if (!e.keyName.empty()) {
                bind(e.keyName, collection.is_array() ? json(i) : json(it.key()));
                ++bound;
            }
            bool ok = false;
            try {
                ok = text(*e.b, out);
            } catch (...) {
                unbind(bound);
                throw;
            }
            unbind(bound);
            if (!ok)
                return value::unknown();
        }
        return out;
    }
    for (const ExprPtr &part : e.items) {
        if (!text(*part, out))
            return value::unknown();
    }
    return out;
}

json Evaluator::evalTraversal(const Expr &e)
{
    std::vector<std::string> names;
    std::vector<const Expr *> rest;
    const Expr *root = chainRoot(e, names, rest);
    if (!root) {
        // a traversal of a computed value: (expr).a, f(x)[0]
        if (e.kind == Expr::Kind::GetAttr)
            return getAttr(eval(*e.a), e.name, e.place);
        const json collection = eval(*e.a);
        return index(collection, eval(*e.b), e.place);
    }
    json current;
    size_t used = 1;
    if (const json *bound = local(names[0])) {
        current = *bound;
    } else {
        // an index right after the names may belong to the reference: aws_subnet.a["x"]
        current = m_scope.resolve(names, &used, root->place);
        if (used < 1)
            used = 1;
    }
    for (size_t i = used; i < names.size(); ++i)
        current = getAttr(current, names[i], root->place);
    for (const Expr *step : rest) {
        if (step->kind == Expr::Kind::GetAttr)
            current = getAttr(current, step->name, step->place);
        else
            current = index(current, eval(*step->b), step->place);
    }
    return current;
}

json Evaluator::evalBinary(const Expr &e)
{
    const std::string &op = e.name;
    if (op == "&&" || op == "||") {
        const json l = eval(*e.a);
        if (!isUnknown(l)) {
            const bool lv = truth(l, e.a->place);
            if (op == "&&" && !lv)
                return false;
            if (op == "||" && lv)
                return true;
        }
        const json r = eval(*e.b);
        if (isUnknown(l) || isUnknown(r))
            return value::unknown();
        return truth(r, e.b->place);
    }
    const json l = eval(*e.a);
    const json r = eval(*e.b);
    if (isUnknown(l) || isUnknown(r))
        return value::unknown();
    if (op == "==" || op == "!=") {
        bool equal = l == r;
        double a = 0, b = 0;
        if (!equal && l.is_number() && r.is_number() && value::toNumber(l, &a) && value::toNumber(r, &b))
            equal = a == b;
        return op == "==" ? equal : !equal;
    }
    double a = 0, b = 0;
    if (!value::toNumber(l, &a))
        error(e.a->place, "'" + op + "' needs a number, found " + typeName(l));
    if (!value::toNumber(r, &b))
        error(e.b->place, "'" + op + "' needs a number, found " + typeName(r));
    if (op == "<")
        return a < b;
    if (op == ">")
        return a > b;
    if (op == "<=")
        return a <= b;
    if (op == ">=")
        return a >= b;
    if (op == "+")
        return value::normaliseNumber(a + b);
    if (op == "-")
        return value::normaliseNumber(a - b);
    if (op == "*")
        return value::normaliseNumber(a * b);
    if (op == "/") {
        if (b == 0)
            error(e.place, "division by zero");
        return value::normaliseNumber(a / b);
    }
    if (op == "%") {
        if (b == 0)
            error(e.place, "modulo by zero");
        return value::normaliseNumber(std::fmod(a, b));
    }
    error(e.place, "unknown operator " + op);
}

json Evaluator::evalFor(const Expr &e)
{
    const json collection = eval(*e.a);
    if (isUnknown(collection))
        return value::unknown();
    if (!collection.is_array() && !collection.is_object())
        error(e.a->place, "'for' needs a list, a set or a map, found " + typeName(collection));
    json out = e.objectFor ? json::object() : json::array();
    size_t i = 0;
    for (auto it = collection.begin(); it != collection.end(); ++it, ++i) {
        if (collection.is_object() && it.key() == value::openKey())
            continue;
        size_t bound = 1;
        bind(e.valueName, *it);
        if (!e.keyName.empty()) {
            bind(e.keyName, collection.is_array() ? json(i) : json(it.key()));
            ++bound;
        }
        try {
            bool keep = true;
            if (e.c) {
                const json cond = eval(*e.c);
                if (isUnknown(cond)) {
                    unbind(bound);
                    return value::unknown();
                }
                keep = truth(cond, e.c->place);
            }
            if (keep) {
                if (e.objectFor) {
                    const json key = eval(*e.keyExpr);
                    if (isUnknown(key)) {
                        unbind(bound);
                        return value::unknown();
                    }
                    std::string k;
                    if (!value::toText(key, &k))
                        error(e.keyExpr->place, "a 'for' key must be a string, found " + typeName(key));
                    json v = eval(*e.b);
                    if (e.grouping) {
                        out[k].push_back(std::move(v));
                    } else {
                        if (out.contains(k))
                            error(e.keyExpr->place, "the key \"" + k + "\" appears twice (use ... to group)");
                        out[k] = std::move(v);
                    }
                } else {
                    out.push_back(eval(*e.b));
                }
            }
        } catch (...) {
            unbind(bound);
            throw;
        }
        unbind(bound);
    }
    return out;
}

json Evaluator::evalCall(const Expr &e)
{
    if (e.name == "try") {
        for (const ExprPtr &arg : e.items) {
            try {
                return eval(*arg);
            } catch (const EvalError &) {
            } catch (const json::exception &) {
            }
        }
        error(e.place, "no argument of try() could be evaluated");
    }
    if (e.name == "can") {
        if (e.items.size() != 1)
            error(e.place, "can() takes one argument");
        try {
            const json v = eval(*e.items[0]);
            if (isUnknown(v))
                return v;
            return true;
        } catch (const EvalError &) {
            return false;
        } catch (const json::exception &) {
            return false;
        }
    }
    std::string name = e.name;
    if (name.rfind("provider::", 0) == 0)
        return value::unknown();
    if (!Functions::exists(name))
        error(e.place, "the function " + name + "() is not supported by Kumo's import");
    std::vector<json> args;
    args.reserve(e.items.size());
    for (const ExprPtr &arg : e.items)
        args.push_back(eval(*arg));
    if (e.expandFinal && !args.empty()) {
        json last = args.back();
        args.pop_back();
        if (isUnknown(last))
            return value::unknown();
        if (!last.is_array())
            error(e.items.back()->place, "'...' needs a list, found " + typeName(last));
        for (const json &item : last)
            args.push_back(item);
    }
    return Functions::call(*this, name, args, e.place);
}

} // namespace kumo::hclread
