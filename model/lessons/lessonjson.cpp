#include "lessonjson.h"

#include "loaderror.h"

#include "catalog.h"
#include "cidr.h"
#include "design.h"
#include "lessonconcepts.h"
#include "lessonpath.h"
#include "lessonsolution.h"
#include "propertyvalue.h"
#include "ruleregistry.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace kumo {


QString LessonLoadError::toString(const QString &fileName) const
{
    const QString place = filePlace(fileName, line, column);
    QString subject;
    if (!stepId.isEmpty() && !field.isEmpty())
        subject = QCoreApplication::translate("kumo::LessonJson", "step '%1', '%2': ").arg(stepId, field);
    else if (!stepId.isEmpty())
        subject = QCoreApplication::translate("kumo::LessonJson", "step '%1': ").arg(stepId);
    else if (!field.isEmpty())
        subject = QCoreApplication::translate("kumo::LessonJson", "'%1': ").arg(field);
    if (place.isEmpty())
        return subject + message;
    return place + QStringLiteral(": ") + subject + message;
}

namespace LessonJson {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::LessonJson", text);
}

struct Refusal
{
    LessonLoadError error;
};

[[noreturn]] void refuse(QString message, QString field = {}, QString stepId = {})
{
    throw Refusal{LessonLoadError{std::move(message), 0, 0, std::move(stepId), std::move(field)}};
}

/// Points at the step's id (or, outside steps, at the first key of the field) in the text.
void locate(const QByteArray &text, LessonLoadError &error)
{
    if (error.line > 0)
        return;
    const QString whole = QString::fromUtf8(text);
    QRegularExpressionMatch m;
    if (!error.stepId.isEmpty()) {
        const qsizetype steps = whole.indexOf(QStringLiteral("\"steps\""));
        const QString pattern = QStringLiteral("\"id\"\\s*:\\s*\"%1\"").arg(QRegularExpression::escape(error.stepId));
        m = QRegularExpression(pattern).match(whole, std::max<qsizetype>(steps, 0));
    } else if (!error.field.isEmpty()) {
        const QString key = error.field.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
        m = QRegularExpression(QStringLiteral("\"%1\"\\s*:").arg(QRegularExpression::escape(key))).match(whole);
    }
    if (!m.hasMatch())
        return;
    lineColumnAt(text, whole.left(m.capturedStart()).toUtf8().size(), &error.line, &error.column);
}

// --- the check vocabulary ------------------------------------------------------------------------

/// Thrown by the check walker: the message and the place below the check's path.
struct CheckProblem
{
    QString where;
    QString message;
};

[[noreturn]] void problem(const QString &where, const QString &message)
{
    throw CheckProblem{where, message};
}

QString key(const QString &path, const char *name)
{
    return path + QLatin1Char('.') + QString::fromLatin1(name);
}

void expectObject(const nlohmann::json &value, const QString &where)
{
    if (!value.is_object())
        problem(where, tr("must be an object, found %1").arg(jsonTypeName(value)));
}

void onlyKeys(const nlohmann::json &object, const QString &where, std::initializer_list<const char *> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *k : allowed)
            known = known || it.key() == k;
        if (!known) {
            QStringList names;
            for (const char *k : allowed)
                names << QString::fromLatin1(k);
            problem(where, tr("unknown key '%1' (expected %2)").arg(QString::fromStdString(it.key()), names.join(QStringLiteral(", "))));
        }
    }
}

void checkText(const nlohmann::json &value, const QString &where)
{
    expectObject(value, where);
    onlyKeys(value, where, {"en", "ja"});
    for (const char *lang : {"en", "ja"}) {
        const auto it = value.find(lang);
        if (it == value.end())
            problem(where, tr("the text in '%1' is missing (both en and ja are required)").arg(QString::fromLatin1(lang)));
        if (!it->is_string())
            problem(key(where, lang), tr("must be a string, found %1").arg(jsonTypeName(*it)));
        if (QString::fromStdString(it->get<std::string>()).trimmed().isEmpty())
            problem(key(where, lang), tr("must not be empty"));
    }
}

bool isNonNegativeInteger(const nlohmann::json &value)
{
    return value.is_number_unsigned() || (value.is_number_integer() && value.get<qint64>() >= 0);
}

void checkDepth(int depth, const QString &where)
{
    if (depth > maxDepth)
        problem(where, tr("nested deeper than %1 levels").arg(maxDepth));
}

QStringList kindsOf(const nlohmann::json &selector)
{
    QStringList kinds;
    const auto it = selector.find("kind");
    if (it == selector.end())
        return kinds;
    if (it->is_string())
        kinds << toQString(*it);
    else if (it->is_array()) {
        for (const nlohmann::json &k : *it)
            kinds << toQString(k);
    }
    return kinds;
}

void checkSelector(const nlohmann::json &sel, const QString &where, int depth);
void checkRefPath(const nlohmann::json &ref, const QString &where);

void checkMatch(const nlohmann::json &match, const QString &where, int depth, const PropertySpec *spec)
{
    checkDepth(depth, where);
    if (!match.is_object())
        return; // a literal value
    if (match.empty())
        problem(where, tr("an empty match object; write a value or one of cidr_within, prefix_between, not, present, contains, min, max, rule_where, one_of, refers_to, only_refers_to"));
    onlyKeys(match, where, {"cidr_within", "prefix_between", "not", "present", "contains", "min", "max", "rule_where", "one_of",
                            "refers_to", "only_refers_to"});
    const bool range = match.contains("min") || match.contains("max");
    if (match.size() > 1 && !(range && match.size() == size_t(match.contains("min")) + size_t(match.contains("max"))))
        problem(where, tr("a match object holds one test (min and max may go together)"));
    for (auto it = match.begin(); it != match.end(); ++it) {
        const QString here = where + QLatin1Char('.') + QString::fromStdString(it.key());
        const nlohmann::json &v = it.value();
        const std::string &k = it.key();
        if (k == "cidr_within") {
            if (!v.is_string() || !Ipv4Cidr::parse(toQString(v)))
                problem(here, tr("must be a CIDR range such as 10.0.0.0/8"));
        } else if (k == "prefix_between") {
            if (!v.is_array() || v.size() != 2 || !v[0].is_number_integer() || !v[1].is_number_integer()
                || v[0].get<qint64>() < 0 || v[1].get<qint64>() > 32 || v[0].get<qint64>() > v[1].get<qint64>())
                problem(here, tr("must be two prefix lengths [low, high] between 0 and 32"));
        } else if (k == "not" || k == "contains") {
            checkMatch(v, here, depth + 1, nullptr);
        } else if (k == "present") {
            if (!v.is_boolean())
                problem(here, tr("must be true or false"));
        } else if (k == "min" || k == "max") {
            if (!v.is_number() || !std::isfinite(v.get<double>()))
                problem(here, tr("must be a number"));
        } else if (k == "one_of") {
            if (!v.is_array() || v.empty())
                problem(here, tr("must be a non-empty list of values"));
        } else if (k == "rule_where") {
            expectObject(v, here);
            if (v.empty())
                problem(here, tr("must name at least one field"));
            for (auto f = v.begin(); f != v.end(); ++f) {
                const QString field = QString::fromStdString(f.key());
                if (spec && spec->type == PropertyType::ObjectList && field != QLatin1String("port") && !spec->field(field))
                    problem(here + QLatin1Char('.') + field, tr("the entries of '%1' have no field '%2'").arg(spec->name, field));
                if (field == QLatin1String("port") && !f.value().is_number_integer())
                    problem(here + QLatin1Char('.') + field, tr("'port' (a port the rule admits) must be an integer"));
                checkMatch(f.value(), here + QLatin1Char('.') + field, depth + 1, spec ? spec->field(field) : nullptr);
            }
        } else if (k == "refers_to" || k == "only_refers_to") {
            checkSelector(v, here, depth + 1);
        }
    }
}

void checkSelector(const nlohmann::json &sel, const QString &where, int depth)
{
    checkDepth(depth, where);
    expectObject(sel, where);
    onlyKeys(sel, where, {"kind", "props", "in", "count", "referenced_by"});
    const Catalog &catalog = Catalog::instance();
    std::vector<const KindSpec *> kinds;
    if (const auto it = sel.find("kind"); it != sel.end()) {
        const QString here = key(where, "kind");
        if (!it->is_string() && !(it->is_array() && !it->empty()))
            problem(here, tr("must be a kind id or a list of kind ids"));
        const nlohmann::json list = it->is_array() ? *it : nlohmann::json::array({*it});
        for (const nlohmann::json &k : list) {
            if (!k.is_string())
                problem(here, tr("must be a kind id or a list of kind ids"));
            const KindSpec *spec = catalog.kind(toQString(k));
            if (!spec)
                problem(here, tr("unknown kind '%1' (run 'kumo kinds' for the list)").arg(toQString(k)));
            kinds.push_back(spec);
        }
    }
    if (const auto it = sel.find("props"); it != sel.end()) {
        const QString here = key(where, "props");
        expectObject(*it, here);
        for (auto p = it->begin(); p != it->end(); ++p) {
            const QString name = QString::fromStdString(p.key());
            const QString propWhere = here + QLatin1Char('.') + name;
            const auto path = LessonPath::parse(name);
            if (!path)
                problem(propWhere, tr("'%1' is not a property path (name, or list[*].field)").arg(name));
            const PropertySpec *spec = nullptr;
            for (const KindSpec *k : kinds) {
                spec = path->specIn(*k);
                if (!spec)
                    problem(propWhere, tr("kind '%1' has no property '%2'").arg(k->id, name));
            }
            checkMatch(p.value(), propWhere, depth + 1, spec);
        }
    }
    if (const auto it = sel.find("in"); it != sel.end())
        checkSelector(*it, key(where, "in"), depth + 1);
    if (const auto it = sel.find("referenced_by"); it != sel.end()) {
        const QString here = key(where, "referenced_by");
        expectObject(*it, here);
        onlyKeys(*it, here, {"from", "prop"});
        if (!it->contains("from"))
            problem(here, tr("'from' (a selector) is missing"));
        checkSelector((*it)["from"], key(here, "from"), depth + 1);
        checkRefPath(*it, here);
    }
    if (const auto it = sel.find("count"); it != sel.end()) {
        const QString here = key(where, "count");
        expectObject(*it, here);
        onlyKeys(*it, here, {"min", "max"});
        for (const char *bound : {"min", "max"}) {
            if (it->contains(bound) && !isNonNegativeInteger((*it)[bound]))
                problem(key(here, bound), tr("must be a whole number, 0 or more"));
        }
    }
}

void checkRefPath(const nlohmann::json &ref, const QString &where)
{
    const auto it = ref.find("prop");
    if (it == ref.end() || !it->is_string())
        problem(key(where, "prop"), tr("must be a property path such as target_group or listeners[*].default_target_group"));
    const auto path = LessonPath::parse(toQString(*it));
    if (!path)
        problem(key(where, "prop"), tr("'%1' is not a property path (name, or list[*].field)").arg(toQString(*it)));
    for (const QString &k : kindsOf(ref.value("from", nlohmann::json::object()))) {
        if (const KindSpec *spec = Catalog::instance().kind(k); spec && !path->specIn(*spec))
            problem(key(where, "prop"), tr("kind '%1' has no property '%2'").arg(k, path->text()));
    }
}

void checkCheck(const nlohmann::json &check, const QString &where, int depth)
{
    checkDepth(depth, where);
    expectObject(check, where);
    static const char *const kinds[] = {"exists", "distinct", "ref", "rule", "no_errors", "all", "any", "not"};
    QString found;
    for (const char *k : kinds) {
        if (check.contains(k)) {
            if (!found.isEmpty())
                problem(where, tr("a check holds one test, found '%1' and '%2'; combine them with all or any").arg(found, QString::fromLatin1(k)));
            found = QString::fromLatin1(k);
        }
    }
    if (found.isEmpty())
        problem(where, tr("a check needs one of exists, distinct, ref, rule, no_errors, all, any, not"));
    if (found == QLatin1String("rule"))
        onlyKeys(check, where, {"rule", "fires", "why"});
    else
        onlyKeys(check, where, {kinds[0], kinds[1], kinds[2], kinds[4], kinds[5], kinds[6], kinds[7], "why"});
    if (const auto it = check.find("why"); it != check.end())
        checkText(*it, key(where, "why"));
    const QString here = where + QLatin1Char('.') + found;
    const nlohmann::json &body = check[found.toStdString()];
    if (found == QLatin1String("exists")) {
        checkSelector(body, here, depth + 1);
    } else if (found == QLatin1String("distinct")) {
        expectObject(body, here);
        onlyKeys(body, here, {"of", "by", "min"});
        if (!body.contains("of"))
            problem(here, tr("'of' (a selector) is missing"));
        checkSelector(body["of"], key(here, "of"), depth + 1);
        const auto by = body.find("by");
        if (by == body.end() || !by->is_string())
            problem(key(here, "by"), tr("must be a property name or parent-kind:KIND"));
        const QString byText = toQString(*by);
        if (byText.startsWith(QLatin1String("parent-kind:"))) {
            if (!Catalog::instance().hasKind(byText.mid(12)))
                problem(key(here, "by"), tr("unknown kind '%1' (run 'kumo kinds' for the list)").arg(byText.mid(12)));
        } else {
            const auto path = LessonPath::parse(byText);
            if (!path)
                problem(key(here, "by"), tr("must be a property name or parent-kind:KIND"));
            for (const QString &k : kindsOf(body["of"])) {
                if (const KindSpec *spec = Catalog::instance().kind(k); spec && !path->specIn(*spec))
                    problem(key(here, "by"), tr("kind '%1' has no property '%2'").arg(k, byText));
            }
        }
        if (!body.contains("min") || !isNonNegativeInteger(body["min"]))
            problem(key(here, "min"), tr("must be a whole number, 0 or more"));
    } else if (found == QLatin1String("ref")) {
        expectObject(body, here);
        onlyKeys(body, here, {"from", "prop", "to"});
        if (!body.contains("from"))
            problem(here, tr("'from' (a selector) is missing"));
        checkSelector(body["from"], key(here, "from"), depth + 1);
        checkRefPath(body, here);
        if (body.contains("to"))
            checkSelector(body["to"], key(here, "to"), depth + 1);
    } else if (found == QLatin1String("rule")) {
        if (!body.is_string())
            problem(here, tr("must be a rule id such as sg.ssh-open-world"));
        if (!RuleRegistry::instance().rule(toQString(body)))
            problem(here, tr("unknown rule '%1'").arg(toQString(body)));
        if (const auto fires = check.find("fires"); fires != check.end() && !fires->is_boolean())
            problem(key(where, "fires"), tr("must be true or false"));
    } else if (found == QLatin1String("no_errors")) {
        if (!body.is_boolean())
            problem(here, tr("must be true or false"));
    } else if (found == QLatin1String("all") || found == QLatin1String("any")) {
        if (!body.is_array() || body.empty())
            problem(here, tr("must be a non-empty list of checks"));
        for (size_t i = 0; i < body.size(); ++i)
            checkCheck(body[i], here + QStringLiteral("[%1]").arg(i), depth + 1);
    } else if (found == QLatin1String("not")) {
        checkCheck(body, here, depth + 1);
    }
}

// --- the document --------------------------------------------------------------------------------

QString requiredId(const nlohmann::json &object, const char *what, const QString &field, const QString &stepId = {})
{
    const auto it = object.find("id");
    if (it == object.end())
        refuse(tr("%1 has no 'id'").arg(QString::fromLatin1(what)), field, stepId);
    if (!it->is_string())
        refuse(tr("'id' must be a string, found %1").arg(jsonTypeName(*it)), field, stepId);
    const QString id = toQString(*it);
    if (!Design::isValidId(id))
        refuse(tr("'%1' is not a valid id (1 to 64 letters, digits, '_', '.' or '-')").arg(id), field, stepId);
    return id;
}

LessonText readText(const nlohmann::json &object, const char *name, const QString &stepId, bool required)
{
    LessonText text;
    const auto it = object.find(name);
    if (it == object.end() || it->is_null()) {
        if (required)
            refuse(tr("'%1' is missing").arg(QString::fromLatin1(name)), QString::fromLatin1(name), stepId);
        return text;
    }
    try {
        checkText(*it, QString::fromLatin1(name));
    } catch (const CheckProblem &p) {
        refuse(p.message, p.where, stepId);
    }
    text.en = toQString((*it)["en"]);
    text.ja = toQString((*it)["ja"]);
    return text;
}

LessonStep readStep(const nlohmann::json &object, size_t index, QSet<QString> &ids)
{
    const QString where = QStringLiteral("steps[%1]").arg(index);
    if (!object.is_object())
        refuse(tr("must be an object, found %1").arg(jsonTypeName(object)), where);
    LessonStep step;
    step.id = requiredId(object, "a step", where);
    if (ids.contains(step.id))
        refuse(tr("duplicate step id '%1'").arg(step.id), QStringLiteral("id"), step.id);
    ids.insert(step.id);
    for (auto it = object.begin(); it != object.end(); ++it) {
        static const char *const known[] = {"id", "title", "instructions", "hint", "concepts", "check", "solution"};
        if (std::find_if(std::begin(known), std::end(known), [&](const char *k) { return it.key() == k; }) == std::end(known))
            refuse(tr("unknown key '%1'").arg(QString::fromStdString(it.key())), QString::fromStdString(it.key()), step.id);
    }
    step.title = readText(object, "title", step.id, true);
    step.instructions = readText(object, "instructions", step.id, true);
    step.hint = readText(object, "hint", step.id, false);
    if (const auto it = object.find("concepts"); it != object.end() && !it->is_null()) {
        if (!it->is_array())
            refuse(tr("must be a list of kind or glossary ids, found %1").arg(jsonTypeName(*it)), QStringLiteral("concepts"), step.id);
        for (size_t i = 0; i < it->size(); ++i) {
            const QString here = QStringLiteral("concepts[%1]").arg(i);
            if (!(*it)[i].is_string())
                refuse(tr("must be a string, found %1").arg(jsonTypeName((*it)[i])), here, step.id);
            const QString conceptId = toQString((*it)[i]);
            if (!LessonConcepts::isKnown(conceptId))
                refuse(tr("unknown concept '%1': use a kind id (kumo kinds) or a glossary id (%2)")
                           .arg(conceptId, LessonConcepts::glossaryIds().join(QStringLiteral(", "))),
                       here, step.id);
            step.concepts << conceptId;
        }
    }
    const auto check = object.find("check");
    if (check == object.end())
        refuse(tr("'check' is missing: every step needs a check"), QStringLiteral("check"), step.id);
    try {
        checkCheck(*check, QStringLiteral("check"), 0);
    } catch (const CheckProblem &p) {
        refuse(p.message, p.where, step.id);
    }
    step.check = *check;
    if (const auto it = object.find("solution"); it != object.end() && !it->is_null()) {
        if (!it->is_object())
            refuse(tr("must be an object with components and connections, found %1").arg(jsonTypeName(*it)), QStringLiteral("solution"), step.id);
        for (auto k = it->begin(); k != it->end(); ++k) {
            if (k.key() != "components" && k.key() != "connections")
                refuse(tr("unknown key '%1' (expected components, connections)").arg(QString::fromStdString(k.key())),
                       QStringLiteral("solution"), step.id);
        }
        step.solution = *it;
    }
    return step;
}

Lesson readDocument(const nlohmann::json &root)
{
    if (!root.is_object())
        refuse(tr("a lesson must be a JSON object, found %1").arg(jsonTypeName(root)));
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || format->get<std::string>() != formatTag)
        refuse(tr("not a Kumo lesson: \"format\" must be \"%1\"").arg(QString::fromLatin1(formatTag)), QStringLiteral("format"));
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer())
        refuse(tr("\"version\" must be an integer"), QStringLiteral("version"));
    const qint64 v = version->get<qint64>();
    if (v > currentVersion)
        refuse(tr("the lesson has format version %1, newer than this build of Kumo reads (%2); update Kumo to open it")
                   .arg(v).arg(currentVersion), QStringLiteral("version"));
    if (v < 1)
        refuse(tr("unsupported format version %1").arg(v), QStringLiteral("version"));
    for (auto it = root.begin(); it != root.end(); ++it) {
        static const char *const known[] = {"format", "version", "id", "title", "summary", "level", "order", "start", "steps"};
        if (std::find_if(std::begin(known), std::end(known), [&](const char *k) { return it.key() == k; }) == std::end(known))
            refuse(tr("unknown key '%1'").arg(QString::fromStdString(it.key())), QString::fromStdString(it.key()));
    }

    Lesson lesson;
    lesson.id = requiredId(root, "the lesson", QStringLiteral("id"));
    lesson.title = readText(root, "title", {}, true);
    lesson.summary = readText(root, "summary", {}, true);
    if (const auto it = root.find("level"); it != root.end()) {
        if (!it->is_number_integer() || it->get<qint64>() < 1 || it->get<qint64>() > 5)
            refuse(tr("must be a whole number from 1 to 5"), QStringLiteral("level"));
        lesson.level = int(it->get<qint64>());
    }
    if (const auto it = root.find("order"); it != root.end()) {
        if (!it->is_number_integer() || it->get<qint64>() < 1 || it->get<qint64>() > 1000000)
            refuse(tr("must be a whole number from 1 to 1000000"), QStringLiteral("order"));
        lesson.order = int(it->get<qint64>());
    }
    if (const auto it = root.find("start"); it != root.end() && !it->is_null()) {
        if (!it->is_object() || it->size() != 1 || !((it->contains("template") && (*it)["template"].is_string())
                                                     || (it->contains("design") && (*it)["design"].is_object())))
            refuse(tr("must be {\"template\": NAME} or {\"design\": {...}}"), QStringLiteral("start"));
        lesson.start = *it;
    }
    const auto steps = root.find("steps");
    if (steps == root.end() || !steps->is_array() || steps->empty())
        refuse(tr("\"steps\" must be a non-empty list"), QStringLiteral("steps"));
    QSet<QString> ids;
    for (size_t i = 0; i < steps->size(); ++i)
        lesson.steps.push_back(readStep((*steps)[i], i, ids));

    // every solution must build a loadable design, step after step
    QString error;
    int failedStep = -1;
    if (!LessonSolution::designAfter(lesson, -1, &error, &failedStep)) {
        if (failedStep < 0)
            refuse(error, QStringLiteral("start"));
        refuse(tr("the solution does not give a valid design: %1").arg(error), QStringLiteral("solution"),
               lesson.steps[size_t(failedStep)].id);
    }
    return lesson;
}

} // namespace

QString checkProblem(const nlohmann::json &check, const QString &path, QString *where)
{
    try {
        checkCheck(check, path, 0);
    } catch (const CheckProblem &p) {
        if (where)
            *where = p.where;
        return p.message;
    } catch (const nlohmann::json::exception &e) {
        if (where)
            *where = path;
        return QString::fromStdString(e.what());
    }
    return {};
}

LessonReadResult read(const QByteArray &utf8)
{
    LessonReadResult result;
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(utf8.constBegin(), utf8.constEnd());
    } catch (const nlohmann::json::parse_error &e) {
        LessonLoadError error;
        lineColumnAt(utf8, qsizetype(e.byte) - 1, &error.line, &error.column);
        QString what = QString::fromStdString(e.what());
        const qsizetype colon = what.indexOf(QStringLiteral(": "), what.indexOf(QStringLiteral("parse error")));
        if (colon > 0)
            what = what.mid(colon + 2);
        error.message = tr("not valid JSON: %1").arg(what);
        result.error = error;
        return result;
    } catch (const nlohmann::json::exception &e) {
        result.error.message = tr("not valid JSON: %1").arg(QString::fromStdString(e.what()));
        return result;
    }
    try {
        result.lesson = readDocument(root);
    } catch (const Refusal &r) {
        result.error = r.error;
        locate(utf8, result.error);
    } catch (const nlohmann::json::exception &e) {
        result.error.message = tr("unexpected content: %1").arg(QString::fromStdString(e.what()));
    }
    return result;
}

} // namespace LessonJson

int Lesson::stepIndex(const QString &stepId) const
{
    for (size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].id == stepId)
            return int(i);
    }
    return -1;
}

} // namespace kumo
