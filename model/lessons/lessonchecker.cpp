#include "lessonchecker.h"

#include "catalog.h"
#include "cidr.h"
#include "lessonjson.h"
#include "lessonpath.h"
#include "propertylabels.h"
#include "references.h"
#include "validator.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <climits>
#include <cmath>

namespace kumo {


namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kumo::LessonChecker", text, disambiguation, n);
}

/// The label a learner reads for a property path of a lesson check ("Zone name" for `zone`,
/// "Default target group" for `listeners[*].default_target_group`), in the interface language.
QString pathLabel(const QString &kind, const QString &path)
{
    QString plain = path;
    plain.remove(QRegularExpression(QStringLiteral("\\[[^\\]]*\\]")));
    return propertyLabel(kind, plain);
}

/// The kind a selector names (its first one when it names several), for the labels of its properties.
QString selectorKind(const nlohmann::json &selector)
{
    const nlohmann::json &kind = selector.is_object() && selector.contains("kind") ? selector["kind"] : nlohmann::json();
    if (kind.is_string())
        return QString::fromStdString(kind.get<std::string>());
    if (kind.is_array() && !kind.empty() && kind.front().is_string())
        return QString::fromStdString(kind.front().get<std::string>());
    return {};
}

bool valuesEqual(const nlohmann::json &a, const nlohmann::json &b)
{
    if (a.is_number() && b.is_number())
        return a.get<double>() == b.get<double>();
    if (a.is_string() && b.is_string()) {
        if (a == b)
            return true;
        // two spellings of one CIDR block are the same value
        const auto ca = Ipv4Cidr::parse(toQString(a));
        const auto cb = ca ? Ipv4Cidr::parse(toQString(b)) : std::nullopt;
        return ca && cb && *ca == *cb;
    }
    return a == b;
}

bool isEmptyValue(const nlohmann::json &v)
{
    return v.is_null() || (v.is_string() && v.get<std::string>().empty()) || (v.is_array() && v.empty())
           || (v.is_object() && v.empty());
}

QString shortValue(const nlohmann::json &v)
{
    if (v.is_string())
        return toQString(v);
    if (v.is_null())
        return QCoreApplication::translate("kumo::LessonChecker", "not set");
    QString text = QString::fromStdString(v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return text;
}

const nlohmann::json &field(const nlohmann::json &object, const char *key)
{
    static const nlohmann::json null;
    if (!object.is_object())
        return null;
    const auto it = object.find(key);
    return it == object.end() ? null : *it;
}

} // namespace

LessonChecker::LessonChecker(const Design &design, const std::vector<Finding> *findings, QString language)
    : m_design(design), m_givenFindings(findings), m_language(std::move(language))
{
    m_all = design.components();
    for (const Component *c : m_all)
        m_byKind[c->kind].push_back(c);
}

const std::vector<Finding> &LessonChecker::findings() const
{
    if (m_givenFindings)
        return *m_givenFindings;
    if (!m_ownFindings)
        m_ownFindings = Validator::validate(m_design);
    return *m_ownFindings;
}

const LessonPath *LessonChecker::path(const std::string &text) const
{
    auto it = m_paths.find(text);
    if (it == m_paths.end())
        it = m_paths.emplace(text, LessonPath::parse(QString::fromStdString(text))).first;
    return it->second ? &*it->second : nullptr;
}

const LessonPath *LessonChecker::path(const nlohmann::json &text) const
{
    return text.is_string() ? path(text.get<std::string>()) : nullptr;
}

QString LessonChecker::lessonText(const nlohmann::json &text) const
{
    const nlohmann::json &wanted = field(text, m_language == QLatin1String("ja") ? "ja" : "en");
    return wanted.is_string() ? toQString(wanted) : toQString(field(text, "en"));
}

bool LessonChecker::holds(const nlohmann::json &check, QString *why) const
{
    Outcome outcome;
    try {
        outcome = evaluate(check, 0);
    } catch (const nlohmann::json::exception &e) {
        outcome = {false, tr("the check cannot be evaluated: %1").arg(QString::fromStdString(e.what()))};
    }
    if (why)
        *why = outcome.ok ? QString() : outcome.why;
    return outcome.ok;
}

std::vector<StepResult> LessonChecker::evaluate(const Lesson &lesson) const
{
    std::vector<StepResult> results;
    results.reserve(lesson.steps.size());
    for (const LessonStep &step : lesson.steps) {
        StepResult r;
        r.id = step.id;
        r.done = holds(step.check, &r.why);
        results.push_back(r);
    }
    return results;
}

LessonChecker::Outcome LessonChecker::evaluate(const nlohmann::json &check, int depth) const
{
    if (!check.is_object() || depth > LessonJson::maxDepth)
        return {false, tr("the check is malformed")};
    Outcome outcome;
    if (check.contains("exists")) {
        outcome = exists(check["exists"], depth + 1);
    } else if (check.contains("distinct")) {
        outcome = distinct(check["distinct"], depth + 1);
    } else if (check.contains("ref")) {
        outcome = ref(check["ref"], depth + 1);
    } else if (check.contains("rule")) {
        const nlohmann::json &fires = field(check, "fires");
        outcome = rule(toQString(check["rule"]), fires.is_boolean() && fires.get<bool>());
    } else if (check.contains("no_errors")) {
        outcome = check["no_errors"] == nlohmann::json(true) ? noErrors() : Outcome{true, {}};
    } else if (check.contains("all")) {
        outcome.ok = true;
        for (const nlohmann::json &part : field(check, "all")) {
            const Outcome o = evaluate(part, depth + 1);
            if (!o.ok) {
                outcome = o;
                break;
            }
        }
    } else if (check.contains("any")) {
        QString firstWhy;
        for (const nlohmann::json &part : field(check, "any")) {
            const Outcome o = evaluate(part, depth + 1);
            if (o.ok) {
                outcome = o;
                break;
            }
            if (firstWhy.isEmpty())
                firstWhy = o.why;
        }
        if (!outcome.ok)
            outcome.why = firstWhy;
    } else if (check.contains("not")) {
        const Outcome o = evaluate(check["not"], depth + 1);
        outcome.ok = !o.ok;
        if (!outcome.ok)
            outcome.why = tr("The design still has something this step asks you to avoid.");
    } else {
        return {false, tr("the check is malformed")};
    }
    if (!outcome.ok && check.contains("why")) {
        const QString own = lessonText(check["why"]);
        if (!own.isEmpty())
            outcome.why = outcome.why.isEmpty() || outcome.why == own ? own : own + QStringLiteral(" (") + outcome.why + QLatin1Char(')');
    }
    return outcome;
}

std::vector<const Component *> LessonChecker::candidates(const nlohmann::json &selector) const
{
    const nlohmann::json &kind = field(selector, "kind");
    if (kind.is_string())
        return m_byKind.value(toQString(kind));
    if (kind.is_array()) {
        std::vector<const Component *> out;
        for (const nlohmann::json &k : kind) {
            const auto it = m_byKind.constFind(toQString(k));
            if (it != m_byKind.constEnd())
                out.insert(out.end(), it->begin(), it->end());
        }
        return out;
    }
    return m_all;
}

bool LessonChecker::matches(const Component &c, const nlohmann::json &selector, int depth) const
{
    if (depth > LessonJson::maxDepth || !selector.is_object())
        return false;
    const nlohmann::json &kind = field(selector, "kind");
    if (kind.is_string() && toQString(kind) != c.kind)
        return false;
    if (kind.is_array()) {
        bool any = false;
        for (const nlohmann::json &k : kind)
            any = any || toQString(k) == c.kind;
        if (!any)
            return false;
    }
    const nlohmann::json &props = field(selector, "props");
    if (props.is_object()) {
        const KindSpec *spec = c.kindSpec();
        for (auto it = props.begin(); it != props.end(); ++it) {
            const LessonPath *path = this->path(it.key());
            if (!path)
                return false;
            std::vector<nlohmann::json> values = path->values(c);
            if (values.empty())
                values.push_back(nlohmann::json());
            const PropertySpec *propSpec = spec ? path->specIn(*spec) : nullptr;
            bool any = false;
            for (const nlohmann::json &v : values) {
                if (valueMatches(v, it.value(), propSpec, depth + 1)) {
                    any = true;
                    break;
                }
            }
            if (!any)
                return false;
        }
    }
    const nlohmann::json &in = field(selector, "in");
    if (!in.is_null()) {
        bool inside = false;
        for (const Component *p = m_design.component(c.parent); p && !inside; p = m_design.component(p->parent))
            inside = matches(*p, in, depth + 1);
        if (!inside)
            return false;
    }
    const nlohmann::json &referencedBy = field(selector, "referenced_by");
    if (!referencedBy.is_null()) {
        const LessonPath *path = this->path(field(referencedBy, "prop"));
        if (!path)
            return false;
        const nlohmann::json &from = field(referencedBy, "from");
        const std::string key = std::to_string(depth) + ' ' + referencedBy.dump();
        auto it = m_referenced.find(key);
        if (it == m_referenced.end()) {
            QSet<QString> ids;
            for (const Component *source : candidates(from)) {
                if (!matches(*source, from, depth + 1))
                    continue;
                for (const nlohmann::json &v : path->values(*source)) {
                    for (const QString &id : referencedIds(v))
                        ids.insert(id);
                }
            }
            it = m_referenced.emplace(key, std::move(ids)).first;
        }
        if (!it->second.contains(c.id))
            return false;
    }
    return true;
}

QStringList LessonChecker::referencedIds(const nlohmann::json &value) const
{
    QStringList ids;
    const auto add = [&](const nlohmann::json &v) {
        if (!v.is_string())
            return;
        const QString text = toQString(v);
        if (m_design.contains(text))
            ids << text;
        else if (const QString repo = imageRepositoryId(text); !repo.isEmpty() && m_design.contains(repo))
            ids << repo;
    };
    if (value.is_array()) {
        for (const nlohmann::json &v : value)
            add(v);
    } else {
        add(value);
    }
    return ids;
}

bool LessonChecker::entryMatches(const nlohmann::json &entry, const nlohmann::json &fields, const PropertySpec *spec, int depth) const
{
    if (!entry.is_object() || !fields.is_object())
        return false;
    for (auto f = fields.begin(); f != fields.end(); ++f) {
        const QString name = QString::fromStdString(f.key());
        const PropertySpec *fieldSpec = spec ? spec->field(name) : nullptr;
        if (name == QLatin1String("port") && !fieldSpec) {
            // a port the rule admits: inside from_port..to_port, or any port for protocol -1
            const nlohmann::json &protocol = field(entry, "protocol");
            const nlohmann::json &from = field(entry, "from_port");
            const nlohmann::json &to = field(entry, "to_port");
            const bool all = protocol.is_string() && protocol.get<std::string>() == "-1";
            const nlohmann::json &portMatch = f.value();
            bool admitted = all;
            if (!all && from.is_number_integer() && portMatch.is_number_integer()) {
                const qint64 lo = from.get<qint64>();
                const qint64 hi = to.is_number_integer() ? to.get<qint64>() : lo;
                const qint64 port = portMatch.get<qint64>();
                admitted = lo <= port && port <= hi;
            }
            if (!admitted)
                return false;
            continue;
        }
        const auto it = entry.find(f.key());
        const nlohmann::json &v = it != entry.end() && !it->is_null() ? *it : (fieldSpec ? fieldSpec->defaultValue : nlohmann::json());
        if (!valueMatches(v, f.value(), fieldSpec, depth + 1))
            return false;
    }
    return true;
}

bool LessonChecker::valueMatches(const nlohmann::json &value, const nlohmann::json &match, const PropertySpec *spec, int depth) const
{
    if (depth > LessonJson::maxDepth)
        return false;
    if (!match.is_object())
        return valuesEqual(value, match);
    bool ok = true;
    for (auto it = match.begin(); it != match.end() && ok; ++it) {
        const std::string &k = it.key();
        const nlohmann::json &arg = it.value();
        if (k == "cidr_within") {
            const auto outer = Ipv4Cidr::parse(toQString(arg));
            const auto inner = value.is_string() ? Ipv4Cidr::parse(toQString(value)) : std::nullopt;
            ok = outer && inner && outer->contains(*inner);
        } else if (k == "prefix_between") {
            const auto block = value.is_string() ? Ipv4Cidr::parse(toQString(value)) : std::nullopt;
            ok = block && arg.is_array() && arg.size() == 2 && arg[0].is_number() && arg[1].is_number()
                 && block->prefix() >= arg[0].get<double>() && block->prefix() <= arg[1].get<double>();
        } else if (k == "not") {
            ok = !valueMatches(value, arg, spec, depth + 1);
        } else if (k == "present") {
            ok = arg.is_boolean() && arg.get<bool>() == !isEmptyValue(value);
        } else if (k == "contains") {
            ok = false;
            if (value.is_array()) {
                for (const nlohmann::json &item : value)
                    ok = ok || valueMatches(item, arg, nullptr, depth + 1);
            }
        } else if (k == "min") {
            ok = value.is_number() && arg.is_number() && value.get<double>() >= arg.get<double>();
        } else if (k == "max") {
            ok = value.is_number() && arg.is_number() && value.get<double>() <= arg.get<double>();
        } else if (k == "one_of") {
            ok = false;
            if (arg.is_array()) {
                for (const nlohmann::json &candidate : arg)
                    ok = ok || valuesEqual(value, candidate);
            }
        } else if (k == "rule_where") {
            ok = false;
            if (value.is_array()) {
                for (const nlohmann::json &entry : value)
                    ok = ok || entryMatches(entry, arg, spec, depth + 1);
            }
        } else if (k == "refers_to" || k == "only_refers_to") {
            const QStringList ids = referencedIds(value);
            const bool every = k == "only_refers_to";
            ok = !ids.isEmpty() && every;
            if (!every) {
                for (const QString &id : ids)
                    ok = ok || matches(*m_design.component(id), arg, depth + 1);
            } else {
                for (const QString &id : ids)
                    ok = ok && matches(*m_design.component(id), arg, depth + 1);
            }
        } else {
            ok = false;
        }
    }
    return ok;
}

LessonChecker::Outcome LessonChecker::exists(const nlohmann::json &selector, int depth) const
{
    const std::vector<const Component *> pool = candidates(selector);
    qint64 found = 0;
    for (const Component *c : pool) {
        if (matches(*c, selector, depth))
            ++found;
    }
    const nlohmann::json &count = field(selector, "count");
    const nlohmann::json &minJson = field(count, "min");
    const nlohmann::json &maxJson = field(count, "max");
    const double min = minJson.is_number() ? minJson.get<double>() : 1;
    const double max = maxJson.is_number() ? maxJson.get<double>() : INFINITY;
    if (found >= min && found <= max)
        return {true, {}};
    if (found > max)
        return {false, tr("%1: %2 in the design, at most %3 expected.").arg(describe(selector)).arg(found).arg(qint64(max))};
    if (found > 0)
        return {false, tr("%1: %2 so far, the step needs %3.").arg(describe(selector)).arg(found).arg(qint64(min))};
    // nothing matches: name the closest candidate (the fewest failing properties) and what it lacks
    const Component *closest = nullptr;
    int fewest = INT_MAX;
    const nlohmann::json &props = field(selector, "props");
    for (const Component *c : pool) {
        int failing = 0;
        for (auto it = props.begin(); props.is_object() && it != props.end(); ++it) {
            if (!matches(*c, nlohmann::json{{"props", nlohmann::json{{it.key(), it.value()}}}}, depth))
                ++failing;
        }
        if (failing < fewest) {
            fewest = failing;
            closest = c;
        }
    }
    if (closest) {
        const QString reason = mismatch(*closest, selector);
        if (!reason.isEmpty())
            return {false, reason};
    }
    return {false, tr("The design has no %1 yet.").arg(describe(selector))};
}

QString LessonChecker::mismatch(const Component &c, const nlohmann::json &selector) const
{
    const QString who = QStringLiteral("%1 '%2'").arg(Catalog::instance().displayName(c.kind), c.displayName());
    const nlohmann::json &props = field(selector, "props");
    if (props.is_object()) {
        const KindSpec *spec = c.kindSpec();
        for (auto it = props.begin(); it != props.end(); ++it) {
            const LessonPath *path = this->path(it.key());
            if (!path)
                continue;
            std::vector<nlohmann::json> values = path->values(c);
            if (values.empty())
                values.push_back(nlohmann::json());
            const PropertySpec *propSpec = spec ? path->specIn(*spec) : nullptr;
            bool any = false;
            for (const nlohmann::json &v : values)
                any = any || valueMatches(v, it.value(), propSpec, 1);
            if (!any) {
                const nlohmann::json shown = values.size() == 1 ? values.front() : nlohmann::json(values);
                return tr("%1: %2 is %3, but the step needs %4.")
                    .arg(who, pathLabel(c.kind, path->text()), shortValue(shown), describeMatch(it.value()));
            }
        }
    }
    const nlohmann::json &in = field(selector, "in");
    if (!in.is_null() && !matches(c, nlohmann::json{{"in", in}}, 1))
        return tr("%1 is not inside %2.").arg(who, describe(in));
    const nlohmann::json &referencedBy = field(selector, "referenced_by");
    if (!referencedBy.is_null())
        return tr("%1 is not used by %2 (through %3).")
            .arg(who, describe(field(referencedBy, "from")),
                 pathLabel(selectorKind(field(referencedBy, "from")), toQString(field(referencedBy, "prop"))));
    return {};
}

QString LessonChecker::describe(const nlohmann::json &selector) const
{
    const nlohmann::json &kind = field(selector, "kind");
    QStringList names;
    if (kind.is_string())
        names << Catalog::instance().displayName(toQString(kind));
    for (const nlohmann::json &k : kind.is_array() ? kind : nlohmann::json::array())
        names << Catalog::instance().displayName(toQString(k));
    QString text = names.isEmpty() ? tr("component") : names.join(tr(" or "));
    const nlohmann::json &props = field(selector, "props");
    if (props.is_object() && !props.empty()) {
        QStringList parts;
        for (auto it = props.begin(); it != props.end(); ++it)
            parts << QStringLiteral("%1: %2").arg(QString::fromStdString(it.key()), describeMatch(it.value()));
        text += QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    const nlohmann::json &in = field(selector, "in");
    if (!in.is_null())
        text = tr("%1 inside %2").arg(text, describe(in));
    return text;
}

QString LessonChecker::describeMatch(const nlohmann::json &match) const
{
    if (!match.is_object())
        return shortValue(match);
    QStringList parts;
    for (auto it = match.begin(); it != match.end(); ++it) {
        const std::string &k = it.key();
        const nlohmann::json &arg = it.value();
        if (k == "cidr_within")
            parts << tr("a range inside %1").arg(toQString(arg));
        else if (k == "prefix_between" && arg.is_array() && arg.size() == 2)
            parts << tr("a prefix from /%1 to /%2").arg(shortValue(arg[0]), shortValue(arg[1]));
        else if (k == "not")
            parts << tr("anything but %1").arg(describeMatch(arg));
        else if (k == "present")
            parts << (arg == nlohmann::json(true) ? tr("a value") : tr("no value"));
        else if (k == "contains")
            parts << tr("a list holding %1").arg(describeMatch(arg));
        else if (k == "min")
            parts << tr("at least %1").arg(shortValue(arg));
        else if (k == "max")
            parts << tr("at most %1").arg(shortValue(arg));
        else if (k == "one_of") {
            QStringList values;
            for (const nlohmann::json &v : arg.is_array() ? arg : nlohmann::json::array())
                values << shortValue(v);
            parts << tr("one of %1").arg(values.join(QStringLiteral(", ")));
        } else if (k == "rule_where") {
            QStringList fields;
            for (auto f = arg.begin(); arg.is_object() && f != arg.end(); ++f)
                fields << QStringLiteral("%1 %2").arg(QString::fromStdString(f.key()), describeMatch(f.value()));
            parts << tr("a rule with %1").arg(fields.join(QStringLiteral(", ")));
        } else if (k == "refers_to" || k == "only_refers_to")
            parts << tr("a reference to %1").arg(describe(arg));
    }
    return parts.join(tr(" and "));
}

LessonChecker::Outcome LessonChecker::distinct(const nlohmann::json &body, int depth) const
{
    const nlohmann::json &of = field(body, "of");
    const QString by = toQString(field(body, "by"));
    const nlohmann::json &minJson = field(body, "min");
    const double min = minJson.is_number() ? minJson.get<double>() : 1;
    QSet<QString> values;
    const bool byParent = by.startsWith(QLatin1String("parent-kind:"));
    const QString parentKind = by.mid(12);
    const LessonPath *path = byParent ? nullptr : this->path(by.toStdString());
    for (const Component *c : candidates(of)) {
        if (!matches(*c, of, depth))
            continue;
        if (byParent) {
            if (const Component *p = m_design.ancestorOfKind(c->id, parentKind))
                values.insert(p->id);
        } else if (path) {
            for (const nlohmann::json &v : path->values(*c)) {
                if (!isEmptyValue(v))
                    values.insert(QString::fromStdString(v.dump()));
            }
        }
    }
    if (values.size() >= min)
        return {true, {}};
    if (!byParent) // told with the property's label, as the Properties panel shows it
        return {false, tr("%1: %2 different values of '%3' so far; the step needs %4.")
                           .arg(describe(of))
                           .arg(values.size())
                           .arg(pathLabel(selectorKind(of), by))
                           .arg(qint64(min))};
    return {false, tr("%1 spread over %2 different %3 so far; the step needs %4.")
                       .arg(describe(of))
                       .arg(values.size())
                       .arg(Catalog::instance().displayName(parentKind))
                       .arg(qint64(min))};
}

LessonChecker::Outcome LessonChecker::ref(const nlohmann::json &body, int depth) const
{
    const nlohmann::json &from = field(body, "from");
    const nlohmann::json &to = field(body, "to");
    const LessonPath *path = this->path(field(body, "prop"));
    if (!path)
        return {false, tr("the check is malformed")};
    bool anySource = false;
    for (const Component *c : candidates(from)) {
        if (!matches(*c, from, depth))
            continue;
        anySource = true;
        for (const nlohmann::json &v : path->values(*c)) {
            for (const QString &id : referencedIds(v)) {
                const Component *target = m_design.component(id);
                if (target && (to.is_null() || matches(*target, to, depth)))
                    return {true, {}};
            }
        }
    }
    if (!anySource)
        return exists(from, depth);
    return {false, tr("No %1 refers to %2 through '%3' yet.")
                       .arg(describe(from), to.is_null() ? tr("another component") : describe(to), pathLabel(selectorKind(from), path->text()))};
}

LessonChecker::Outcome LessonChecker::rule(const QString &ruleId, bool fires) const
{
    QStringList messages;
    for (const Finding &f : findings()) {
        if (f.rule == ruleId)
            messages << f.message;
    }
    if (fires != messages.isEmpty())
        return {true, {}};
    if (fires)
        return {false, tr("The check %1 finds nothing in the design.").arg(ruleId)};
    QString why = messages.first();
    if (messages.size() > 1)
        why += tr(" (and %n more)", nullptr, int(messages.size() - 1));
    return {false, why};
}

LessonChecker::Outcome LessonChecker::noErrors() const
{
    QStringList messages;
    for (const Finding &f : findings()) {
        if (f.severity == Severity::Error)
            messages << f.message;
    }
    if (messages.isEmpty())
        return {true, {}};
    return {false, tr("The design has %n error(s); first: %1", nullptr, int(messages.size())).arg(messages.first())};
}

} // namespace kumo
