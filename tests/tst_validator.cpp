// Validation rules: every case in data/rules/cases.json patches a base design and names the
// rule ids that must fire and those that must stay silent.
#include "support/testregistry.h"
#include "designfile.h"
#include "designjson.h"
#include "ruleregistry.h"
#include "validator.h"

#include <QtTest>

#include <set>

using namespace kumo;
using nlohmann::json;

namespace {

json readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return json::parse(f.readAll().toStdString());
}

QString basePath(const QString &base)
{
    const QString templ = QStringLiteral(KUMO_TEMPLATES "/%1.kumo").arg(base);
    return QFileInfo::exists(templ) ? templ : QStringLiteral(KUMO_TEST_DATA "/rules/%1.kumo").arg(base);
}

/// Applies a case's patch to the JSON of its base design.
void applyPatch(json &design, const json &patch)
{
    json &components = design["components"];
    auto find = [&](const std::string &id) -> json & {
        for (json &c : components) {
            if (c["id"] == id)
                return c;
        }
        qFatal("patch names unknown component %s", id.c_str());
    };
    if (patch.contains("remove")) {
        std::set<std::string> doomed = patch["remove"].get<std::set<std::string>>();
        bool grew = true;
        while (grew) { // take children along
            grew = false;
            for (const json &c : components) {
                if (c.contains("parent") && doomed.count(c["parent"]) && !doomed.count(c["id"]))
                    grew = doomed.insert(c["id"].get<std::string>()).second;
            }
        }
        json kept = json::array();
        for (const json &c : components) {
            if (!doomed.count(c["id"]))
                kept.push_back(c);
        }
        components = kept;
    }
    if (patch.contains("set")) {
        for (auto &[id, props] : patch["set"].items()) {
            json &c = find(id);
            for (auto &[key, value] : props.items()) {
                if (value.is_null())
                    c["props"].erase(key);
                else
                    c["props"][key] = value;
            }
        }
    }
    if (patch.contains("fields")) { // top-level component fields: name, parent, kind
        for (auto &[id, fields] : patch["fields"].items()) {
            json &c = find(id);
            for (auto &[key, value] : fields.items())
                c[key] = value;
        }
    }
    if (patch.contains("add")) {
        for (const json &c : patch["add"])
            components.push_back(c);
    }
}

QStringList toList(const json &array)
{
    QStringList out;
    for (const json &s : array)
        out << QString::fromStdString(s.get<std::string>());
    return out;
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void cases_data();
    void cases();
    void templatesHaveNoErrorsOrWarnings_data();
    void templatesHaveNoErrorsOrWarnings();
    void everyRuleIsCoveredBothWays();
    void rulesHaveTexts();
    void findingsNameComponentsAndValues();

private:
    std::set<QString> m_fired;  // rule ids some case required to fire
    std::set<QString> m_silent; // rule ids some case required to stay silent
};

void TestValidator::cases_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QStringList>("fires");
    QTest::addColumn<QStringList>("silent");
    const json cases = readJson(QStringLiteral(KUMO_TEST_DATA "/rules/cases.json"));
    for (const json &c : cases) {
        QTest::newRow(c["name"].get<std::string>().c_str())
            << QString::fromStdString(c["base"].get<std::string>()) << QString::fromStdString(c.value("patch", json::object()).dump())
            << toList(c.value("fires", json::array())) << toList(c.value("silent", json::array()));
    }
}

void TestValidator::cases()
{
    QFETCH(QString, base);
    QFETCH(QString, patch);
    QFETCH(QStringList, fires);
    QFETCH(QStringList, silent);
    json design = readJson(basePath(base));
    applyPatch(design, json::parse(patch.toStdString()));
    const DesignReadResult loaded = DesignJson::read(QByteArray::fromStdString(design.dump()));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString(base)));
    const std::vector<Finding> findings = Validator::validate(*loaded.design);
    QStringList got;
    for (const Finding &f : findings)
        got << f.rule;
    for (const QString &rule : fires) {
        QVERIFY2(RuleRegistry::instance().rule(rule), qPrintable(QStringLiteral("no such rule ") + rule));
        QVERIFY2(got.contains(rule), qPrintable(QStringLiteral("%1 did not fire; got: %2").arg(rule, got.join(QStringLiteral(", ")))));
        m_fired.insert(rule);
    }
    for (const QString &rule : silent) {
        QVERIFY2(RuleRegistry::instance().rule(rule), qPrintable(QStringLiteral("no such rule ") + rule));
        QVERIFY2(!got.contains(rule), qPrintable(QStringLiteral("%1 fired: %2").arg(rule, [&] {
                                                     for (const Finding &f : findings)
                                                         if (f.rule == rule)
                                                             return f.message;
                                                     return QString();
                                                 }())));
        m_silent.insert(rule);
    }
}

void TestValidator::templatesHaveNoErrorsOrWarnings_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(KUMO_TEMPLATES));
    for (const QString &file : dir.entryList({QStringLiteral("*.kumo")}))
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestValidator::templatesHaveNoErrorsOrWarnings()
{
    QFETCH(QString, path);
    const DesignReadResult loaded = DesignFile::load(path);
    QVERIFY(loaded.ok());
    QStringList problems;
    for (const Finding &f : Validator::validate(*loaded.design)) {
        if (f.severity != Severity::Info)
            problems << f.rule + QStringLiteral(": ") + f.message;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestValidator::everyRuleIsCoveredBothWays()
{
    // runs after cases(): every registered rule was required to fire somewhere and to stay silent somewhere
    QStringList missing;
    for (const Rule &r : RuleRegistry::instance().rules()) {
        if (!m_fired.count(r.id))
            missing << r.id + QStringLiteral(" (never fires)");
        if (!m_silent.count(r.id))
            missing << r.id + QStringLiteral(" (never checked silent)");
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestValidator::rulesHaveTexts()
{
    std::set<QString> ids;
    for (const Rule &r : RuleRegistry::instance().rules()) {
        QVERIFY2(ids.insert(r.id).second, qPrintable(r.id));
        QVERIFY(!r.translatedTitle().isEmpty());
        QVERIFY2(r.translatedExplanation().size() > 120, qPrintable(r.id)); // a few sentences, not a label
        QVERIFY(r.check);
    }
}

void TestValidator::findingsNameComponentsAndValues()
{
    json design = readJson(basePath(QStringLiteral("three-tier")));
    applyPatch(design, json::parse(R"({"add": [{"id": "app-c2", "kind": "subnet", "parent": "az-c", "name": "app-c2",
                                                 "props": {"cidr": "10.0.12.128/25"}}]})"));
    const DesignReadResult loaded = DesignJson::read(QByteArray::fromStdString(design.dump()));
    QVERIFY(loaded.ok());
    bool found = false;
    for (const Finding &f : Validator::validate(*loaded.design)) {
        if (f.rule != QLatin1String("subnet.overlap"))
            continue;
        found = true;
        QCOMPARE(f.severity, Severity::Error);
        QCOMPARE(f.components, QStringList({QStringLiteral("app-c2"), QStringLiteral("app-c")}));
        QCOMPARE(f.message, QStringLiteral("subnet app-c2 10.0.12.128/25 overlaps app-c 10.0.12.0/24 in VPC main"));
    }
    QVERIFY(found);
}

KUMO_TEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
