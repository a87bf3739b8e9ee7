// Three-way merge: clean merges of independent edits, every kind of conflict of the issue
// (same property two ways, removed against changed, moves on both sides, references and moves
// into removed components, list entries with and without an identity), resolving a recorded
// conflict, the command line and a real git repository with the driver set up as the README says.
#include "support/testregistry.h"
#include "designfile.h"
#include "diff/designmerge.h"
#include "designjson.h"
#include "references.h"
#include "templates.h"
#include "support/diffdesigns.h"
#include "validator.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kumo;
using namespace kumo::diff;
using kumo::testing::componentIn;
using kumo::testing::editedDesign;
using nlohmann::json;

/// QCOMPARE for JSON values (QTest cannot print them).
#define JSON_COMPARE(actual, expected)                                                                                 \
    QVERIFY2(json(actual) == json(expected), (json(actual).dump() + " != " + json(expected).dump()).c_str())

namespace {

/// Every reference and parent of @p design names a component of it.
QStringList dangling(const Design &design)
{
    QStringList problems;
    for (const Component *c : design.components()) {
        if (!c->parent.isEmpty() && !design.contains(c->parent))
            problems << c->id + QStringLiteral(" in ") + c->parent;
        forEachReference(*c, [&](const Reference &r) {
            if (!design.contains(r.target))
                problems << c->id + QStringLiteral(" -> ") + r.target;
        });
    }
    return problems;
}

void removeComponent(json &d, const char *id)
{
    auto &list = d["components"];
    list.erase(std::remove_if(list.begin(), list.end(), [&](const json &c) { return c["id"] == id || c.value("parent", "") == id; }), list.end());
}

json rule(int port, const char *cidr)
{
    return {{"protocol", "tcp"}, {"from_port", port}, {"to_port", port}, {"cidr", cidr}};
}

bool runIn(const QString &dir, const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(program, arguments);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// The three-tier template (load balancer listeners, task containers) after @p edit changed its JSON.
Design threeTier(const std::function<void(json &)> &edit = {})
{
    json j = json::parse(DesignJson::write(*Templates::load(QStringLiteral("three-tier")).design).toStdString());
    if (edit)
        edit(j);
    DesignReadResult r = DesignJson::read(QByteArray::fromStdString(j.dump()));
    if (!r.ok())
        qFatal("edited template does not load: %s", qPrintable(r.error.toString(QStringLiteral("three-tier"))));
    return std::move(*r.design);
}

json bucket(const char *id, const char *name)
{
    return {{"id", id}, {"kind", "s3_bucket"}, {"parent", "tokyo"}, {"props", {{"bucket", name}}},
            {"geometry", {{"x", 500}, {"y", 0}, {"w", 160}, {"h", 40}}}};
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private slots:
    void differentComponentsMergeCleanly();
    void differentPropertiesOfOneComponentMergeCleanly();
    void sameChangeOnBothSidesIsClean();
    void samePropertyTwoWaysConflicts();
    void removedAndChangedConflicts();
    void removedAndUntouchedIsRemoved();
    void moveOnBothSidesConflicts();
    void referenceIntoRemovedComponentConflicts();
    void moveIntoRemovedContainerConflicts();
    void ruleListsMergeEntryByEntry();
    void sameRuleEditedTwoWaysConflicts();
    void listWithoutIdentityConflicts();
    void referenceListsMergeAsSets();
    void movesThatWouldLoopConflict();
    void conflictsAreRecordedAndResolvable();
    void addedOnBothSides();
    void listenersAndContainersMergeByIdentity();
    void arrowEditedTwoWaysConflicts();
    void designRenamedTwoWaysConflicts();
    void geometryOnBothSidesKeepsOurs();
    void addedIntoRemovedContainerConflicts();
    void conflictsComeInAStableOrder();
    void everyConflictResolvesToALoadableDesign();
    void cliExitCodes();
    void gitMergeWithTheDriver();
};

void TestMerge::differentComponentsMergeCleanly()
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) { componentIn(d, "web")["props"]["instance_type"] = "t3.large"; });
    const Design theirs = editedDesign([](json &d) { componentIn(d, "assets")["props"]["versioning"] = true; });
    const MergeResult r = merge(base, ours, theirs);
    QVERIFY(r.clean());
    QCOMPARE(r.merged.component(QStringLiteral("web"))->stringProp("instance_type"), QStringLiteral("t3.large"));
    QVERIFY(r.merged.component(QStringLiteral("assets"))->boolProp("versioning"));
    QVERIFY(!r.merged.extra.contains(conflictsKey));
}

void TestMerge::differentPropertiesOfOneComponentMergeCleanly()
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) { componentIn(d, "web")["props"]["instance_type"] = "t3.large"; });
    const Design theirs = editedDesign([](json &d) {
        componentIn(d, "web")["props"]["root_volume_gb"] = 30;
        componentIn(d, "web")["name"] = "frontend";
    });
    const MergeResult r = merge(base, ours, theirs);
    QVERIFY(r.clean());
    const Component *web = r.merged.component(QStringLiteral("web"));
    QCOMPARE(web->stringProp("instance_type"), QStringLiteral("t3.large"));
    QCOMPARE(web->intProp("root_volume_gb"), 30);
    QCOMPARE(web->name, QStringLiteral("frontend"));
}

void TestMerge::sameChangeOnBothSidesIsClean()
{
    const Design base = editedDesign();
    const Design both = editedDesign([](json &d) { componentIn(d, "web")["props"]["instance_type"] = "t3.large"; });
    const MergeResult r = merge(base, both, both);
    QVERIFY(r.clean());
    QVERIFY(r.merged == both);
}

void TestMerge::samePropertyTwoWaysConflicts()
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) { componentIn(d, "web")["props"]["instance_type"] = "t3.large"; });
    const Design theirs = editedDesign([](json &d) {
        componentIn(d, "web")["props"]["instance_type"] = "m5.large";
        componentIn(d, "assets")["props"]["versioning"] = true;
    });
    const MergeResult r = merge(base, ours, theirs);
    QCOMPARE(int(r.conflicts.size()), 1);
    const MergeConflict &c = r.conflicts[0];
    QCOMPARE(c.component, QStringLiteral("web"));
    QCOMPARE(c.path, QStringLiteral("props.instance_type"));
    JSON_COMPARE(c.base, json("t3.micro"));
    JSON_COMPARE(c.ours, json("t3.large"));
    JSON_COMPARE(c.theirs, json("m5.large"));
    QCOMPARE(r.merged.component(QStringLiteral("web"))->stringProp("instance_type"), QStringLiteral("t3.large")); // ours kept
    QVERIFY(r.merged.component(QStringLiteral("assets"))->boolProp("versioning")); // the rest merged
}

void TestMerge::removedAndChangedConflicts()
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) { removeComponent(d, "assets"); });
    const Design theirs = editedDesign([](json &d) { componentIn(d, "assets")["props"]["versioning"] = true; });
    const MergeResult r = merge(base, ours, theirs);
    QCOMPARE(int(r.conflicts.size()), 1);
    QCOMPARE(r.conflicts[0].component, QStringLiteral("assets"));
    QCOMPARE(r.conflicts[0].path, QString());
    QVERIFY(r.conflicts[0].ours.is_null());
    JSON_COMPARE(r.conflicts[0].theirs["props"]["versioning"], json(true));
    QVERIFY(!r.merged.contains(QStringLiteral("assets"))); // our side: removed
    // the other way round: we changed it, they removed it -> ours (changed) kept
    const MergeResult back = merge(base, theirs, ours);
    QCOMPARE(int(back.conflicts.size()), 1);
    QVERIFY(back.merged.component(QStringLiteral("assets"))->boolProp("versioning"));
}

void TestMerge::removedAndUntouchedIsRemoved()
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) { removeComponent(d, "assets"); });
    const MergeResult r = merge(base, ours, base);
    QVERIFY(r.clean());
    QVERIFY(!r.merged.contains(QStringLiteral("assets")));
}

void TestMerge::moveOnBothSidesConflicts()
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) { componentIn(d, "assets")["parent"] = nullptr; });
    const Design theirs = editedDesign([](json &d) { componentIn(d, "web")["parent"] = "app-a"; componentIn(d, "assets")["parent"] = "vpc"; });
    const MergeResult r = merge(base, ours, theirs);
    QCOMPARE(int(r.conflicts.size()), 1);
    QCOMPARE(r.conflicts[0].component, QStringLiteral("assets"));
    QCOMPARE(r.conflicts[0].path, QStringLiteral("parent"));
    JSON_COMPARE(r.conflicts[0].base, json("tokyo"));
    JSON_COMPARE(r.conflicts[0].ours, json(""));
    JSON_COMPARE(r.conflicts[0].theirs, json("vpc"));
    QCOMPARE(r.merged.component(QStringLiteral("assets"))->parent, QString());
    QCOMPARE(r.merged.component(QStringLiteral("web"))->parent, QStringLiteral("app-a")); // their one-sided move merged
}

void TestMerge::referenceIntoRemovedComponentConflicts()
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) { removeComponent(d, "db-sg"); });
    const Design theirs = editedDesign([](json &d) { componentIn(d, "web")["props"]["security_groups"].push_back("db-sg"); });
    const MergeResult r = merge(base, ours, theirs);
    QVERIFY(dangling(r.merged).isEmpty());
    QCOMPARE(int(r.conflicts.size()), 1);
    QCOMPARE(r.conflicts[0].component, QStringLiteral("db-sg"));
    QVERIFY(r.conflicts[0].ours.is_null());
    QVERIFY(r.merged.contains(QStringLiteral("db-sg"))); // put back: a merge never dangles
    QVERIFY(r.merged.component(QStringLiteral("web"))->refsProp("security_groups").contains(QStringLiteral("db-sg")));
    for (const Finding &f : Validator::validate(r.merged))
        QVERIFY2(f.rule != QLatin1String("ref.dangling"), qPrintable(f.message));
}

void TestMerge::moveIntoRemovedContainerConflicts()
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) { removeComponent(d, "app-a"); });
    const Design theirs = editedDesign([](json &d) { componentIn(d, "web")["parent"] = "app-a"; });
    const MergeResult r = merge(base, ours, theirs);
    QVERIFY2(dangling(r.merged).isEmpty(), qPrintable(dangling(r.merged).join(QLatin1Char(' '))));
    QCOMPARE(int(r.conflicts.size()), 1);
    QCOMPARE(r.conflicts[0].component, QStringLiteral("app-a"));
    QCOMPARE(r.merged.component(QStringLiteral("web"))->parent, QStringLiteral("app-a"));
}

void TestMerge::ruleListsMergeEntryByEntry()
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) { componentIn(d, "web-sg")["props"]["ingress"].push_back(rule(443, "0.0.0.0/0")); });
    const Design theirs = editedDesign([](json &d) {
        auto &rules = componentIn(d, "web-sg")["props"]["ingress"];
        rules.erase(rules.begin()); // the SSH rule goes
        rules[0]["description"] = "web";
    });
    const MergeResult r = merge(base, ours, theirs);
    QVERIFY(r.clean());
    json expected = json::array({rule(80, "0.0.0.0/0"), rule(443, "0.0.0.0/0")});
    expected[0]["description"] = "web";
    JSON_COMPARE(r.merged.component(QStringLiteral("web-sg"))->props["ingress"], expected);
}

void TestMerge::sameRuleEditedTwoWaysConflicts()
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) { componentIn(d, "web-sg")["props"]["ingress"][1]["description"] = "http"; });
    const Design theirs = editedDesign([](json &d) { componentIn(d, "web-sg")["props"]["ingress"][1]["description"] = "web traffic"; });
    const MergeResult r = merge(base, ours, theirs);
    QCOMPARE(int(r.conflicts.size()), 1);
    QCOMPARE(r.conflicts[0].path, QStringLiteral("props.ingress"));
    JSON_COMPARE(r.merged.component(QStringLiteral("web-sg"))->props["ingress"][1]["description"], json("http"));
}

void TestMerge::listWithoutIdentityConflicts()
{
    const auto withPolicy = [](const char *action) {
        return editedDesign([=](json &d) {
            d["components"].push_back({{"id", "pol"}, {"kind", "iam_policy"},
                                       {"props", {{"statements", json::array({{{"effect", "Allow"}, {"actions", json::array({action})},
                                                                               {"resources", json::array({"*"})}}})}}}});
        });
    };
    const Design base = withPolicy("s3:GetObject");
    const Design ours = withPolicy("s3:PutObject");
    const Design theirs = withPolicy("s3:ListBucket");
    const MergeResult r = merge(base, ours, theirs);
    QCOMPARE(int(r.conflicts.size()), 1);
    QCOMPARE(r.conflicts[0].path, QStringLiteral("props.statements"));
}

void TestMerge::referenceListsMergeAsSets()
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) { componentIn(d, "web")["props"]["security_groups"].push_back("db-sg"); });
    const Design theirs = editedDesign([](json &d) { componentIn(d, "web")["props"]["security_groups"] = json::array(); });
    const MergeResult r = merge(base, ours, theirs);
    QVERIFY(r.clean());
    QCOMPARE(r.merged.component(QStringLiteral("web"))->refsProp("security_groups"), QStringList{QStringLiteral("db-sg")});
}

void TestMerge::movesThatWouldLoopConflict()
{
    const auto withNotes = [](const char *aParent, const char *bParent) {
        return editedDesign([=](json &d) {
            json a = {{"id", "note-a"}, {"kind", "note"}, {"props", {{"text", "a"}}}};
            json b = {{"id", "note-b"}, {"kind", "note"}, {"props", {{"text", "b"}}}};
            if (aParent)
                a["parent"] = aParent;
            if (bParent)
                b["parent"] = bParent;
            d["components"].push_back(a);
            d["components"].push_back(b);
        });
    };
    const MergeResult r = merge(withNotes(nullptr, nullptr), withNotes("note-b", nullptr), withNotes(nullptr, "note-a"));
    QCOMPARE(int(r.conflicts.size()), 1);
    QCOMPARE(r.conflicts[0].path, QStringLiteral("parent"));
    QVERIFY(!r.merged.isAncestor(QStringLiteral("note-a"), QStringLiteral("note-a")));
    QCOMPARE(int(r.merged.components().size()), int(r.merged.componentCount())); // every component reachable: no loop
}

void TestMerge::conflictsAreRecordedAndResolvable()
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) {
        componentIn(d, "web")["props"]["instance_type"] = "t3.large";
        removeComponent(d, "assets");
    });
    const Design theirs = editedDesign([](json &d) {
        componentIn(d, "web")["props"]["instance_type"] = "m5.large";
        componentIn(d, "assets")["props"]["versioning"] = true;
    });
    MergeResult r = merge(base, ours, theirs);
    QCOMPARE(int(r.conflicts.size()), 2);
    // written to the file and read back
    const DesignReadResult reread = DesignJson::read(DesignJson::write(r.merged));
    QVERIFY(reread.ok());
    QCOMPARE(recordedConflicts(*reread.design), r.conflicts);
    Design resolved = *reread.design;
    const auto byPath = [&](const QString &path) {
        for (const MergeConflict &c : r.conflicts) {
            if (c.path == path)
                return c;
        }
        return MergeConflict{};
    };
    QVERIFY(resolveConflict(resolved, byPath(QStringLiteral("props.instance_type")), Side::Theirs));
    QCOMPARE(resolved.component(QStringLiteral("web"))->stringProp("instance_type"), QStringLiteral("m5.large"));
    QCOMPARE(int(recordedConflicts(resolved).size()), 1);
    QVERIFY(resolveConflict(resolved, byPath(QString()), Side::Theirs)); // take their bucket back
    QVERIFY(resolved.component(QStringLiteral("assets"))->boolProp("versioning"));
    QCOMPARE(resolved.component(QStringLiteral("assets"))->parent, QStringLiteral("tokyo"));
    QVERIFY(!resolved.extra.contains(conflictsKey)); // all resolved: the key goes
}

void TestMerge::addedOnBothSides()
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) { d["components"].push_back(bucket("logs", "kumo-logs-ours")); });
    const Design theirs = editedDesign([](json &d) { d["components"].push_back(bucket("logs", "kumo-logs-theirs")); });
    const MergeResult r = merge(base, ours, theirs);
    QCOMPARE(int(r.conflicts.size()), 1);
    QCOMPARE(r.conflicts[0].component, QStringLiteral("logs"));
    QCOMPARE(r.conflicts[0].path, QString());
    QVERIFY(r.conflicts[0].base.is_null());
    JSON_COMPARE(r.conflicts[0].theirs["props"]["bucket"], json("kumo-logs-theirs"));
    QCOMPARE(r.merged.component(QStringLiteral("logs"))->stringProp("bucket"), QStringLiteral("kumo-logs-ours"));
    // the same component added on both sides, only placed differently: clean, our place
    const Design placed = editedDesign([](json &d) {
        json b = bucket("logs", "kumo-logs-ours");
        b["geometry"]["x"] = 300;
        d["components"].push_back(b);
    });
    const MergeResult same = merge(base, ours, placed);
    QVERIFY(same.clean());
    QCOMPARE(same.merged.component(QStringLiteral("logs"))->geometry->x(), 500.0);
}

void TestMerge::listenersAndContainersMergeByIdentity()
{
    const auto component = [](json &d, const char *id) -> json & { return componentIn(d, id); };
    const Design base = threeTier();
    const Design ours = threeTier([&](json &d) {
        component(d, "alb")["props"]["listeners"][1]["redirect_https"] = false; // the port 80 listener
        component(d, "web-task")["props"]["containers"][0]["image"] = "web-repo:1.1.0";
    });
    const Design theirs = threeTier([&](json &d) {
        component(d, "alb")["props"]["listeners"].push_back({{"port", 8080}, {"protocol", "HTTP"}, {"default_target_group", "web-tg"}});
        component(d, "web-task")["props"]["containers"].push_back({{"name", "sidecar"}, {"image", "web-repo:proxy"}, {"container_port", 9000}});
    });
    const MergeResult r = merge(base, ours, theirs);
    QVERIFY2(r.clean(), r.conflicts.empty() ? "" : qPrintable(r.conflicts[0].path));
    const json listeners = r.merged.component(QStringLiteral("alb"))->props["listeners"];
    QCOMPARE(listeners.size(), size_t(3));
    JSON_COMPARE(listeners[0]["port"], json(443));
    JSON_COMPARE(listeners[1]["redirect_https"], json(false));
    JSON_COMPARE(listeners[2]["port"], json(8080));
    const json containers = r.merged.component(QStringLiteral("web-task"))->props["containers"];
    QCOMPARE(containers.size(), size_t(2));
    JSON_COMPARE(containers[0]["image"], json("web-repo:1.1.0"));
    JSON_COMPARE(containers[1]["name"], json("sidecar"));
    // the same container changed two ways: a conflict on the whole list, ours kept
    const Design clash = threeTier([&](json &d) { component(d, "web-task")["props"]["containers"][0]["image"] = "web-repo:2.0.0"; });
    const MergeResult c = merge(base, ours, clash);
    QCOMPARE(int(c.conflicts.size()), 1);
    QCOMPARE(c.conflicts[0].component, QStringLiteral("web-task"));
    QCOMPARE(c.conflicts[0].path, QStringLiteral("props.containers"));
    JSON_COMPARE(c.merged.component(QStringLiteral("web-task"))->props["containers"][0]["image"], json("web-repo:1.1.0"));
}

void TestMerge::arrowEditedTwoWaysConflicts()
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) { d["connections"][0]["label"] = "HTTPS"; });
    const Design theirs = editedDesign([](json &d) { d["connections"][0]["label"] = "web traffic"; });
    MergeResult r = merge(base, ours, theirs);
    QCOMPARE(int(r.conflicts.size()), 1);
    QCOMPARE(r.conflicts[0].component, QStringLiteral("c1"));
    QCOMPARE(r.conflicts[0].path, QStringLiteral("connection"));
    QCOMPARE(r.merged.connection(QStringLiteral("c1"))->label, QStringLiteral("HTTPS"));
    QVERIFY(resolveConflict(r.merged, r.conflicts[0], Side::Theirs));
    QCOMPARE(r.merged.connection(QStringLiteral("c1"))->label, QStringLiteral("web traffic"));
    QVERIFY(!r.merged.extra.contains(conflictsKey));
    // removed by us, relabelled by them
    const Design removed = editedDesign([](json &d) { d["connections"] = json::array(); });
    const MergeResult gone = merge(base, removed, theirs);
    QCOMPARE(int(gone.conflicts.size()), 1);
    QVERIFY(gone.conflicts[0].ours.is_null());
    QVERIFY(!gone.merged.connection(QStringLiteral("c1")));
}

void TestMerge::designRenamedTwoWaysConflicts()
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) { d["name"] = "shop"; });
    const Design theirs = editedDesign([](json &d) { d["name"] = "store"; });
    MergeResult r = merge(base, ours, theirs);
    QCOMPARE(int(r.conflicts.size()), 1);
    QCOMPARE(r.conflicts[0].component, QString());
    QCOMPARE(r.conflicts[0].path, QStringLiteral("name"));
    QCOMPARE(r.merged.name, QStringLiteral("shop"));
    QVERIFY(resolveConflict(r.merged, r.conflicts[0], Side::Theirs));
    QCOMPARE(r.merged.name, QStringLiteral("store"));
    // renamed on one side only: clean
    QVERIFY(merge(base, ours, base).clean());
    QCOMPARE(merge(base, base, theirs).merged.name, QStringLiteral("store"));
}

void TestMerge::geometryOnBothSidesKeepsOurs()
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) { componentIn(d, "igw")["geometry"]["x"] = 60; });
    const Design theirs = editedDesign([](json &d) {
        componentIn(d, "igw")["geometry"]["x"] = 100;
        componentIn(d, "web")["geometry"]["y"] = 120;
    });
    const MergeResult r = merge(base, ours, theirs);
    QVERIFY(r.clean());
    QCOMPARE(r.merged.component(QStringLiteral("igw"))->geometry->x(), 60.0);
    QCOMPARE(r.merged.component(QStringLiteral("web"))->geometry->y(), 120.0); // moved by them only
}

void TestMerge::addedIntoRemovedContainerConflicts()
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) { removeComponent(d, "app-a"); });
    const Design theirs = editedDesign([](json &d) {
        d["components"].push_back({{"id", "api"}, {"kind", "ec2_instance"}, {"parent", "app-a"}, {"props", {{"ami", "ami-0123456789abcdef0"}}},
                                   {"geometry", {{"x", 20}, {"y", 40}, {"w", 180}, {"h", 70}}}});
    });
    const MergeResult r = merge(base, ours, theirs);
    QVERIFY2(dangling(r.merged).isEmpty(), qPrintable(dangling(r.merged).join(QLatin1Char(' '))));
    QCOMPARE(int(r.conflicts.size()), 1);
    QCOMPARE(r.conflicts[0].component, QStringLiteral("app-a"));
    QVERIFY(r.conflicts[0].ours.is_null());
    QCOMPARE(r.merged.component(QStringLiteral("api"))->parent, QStringLiteral("app-a"));
}

void TestMerge::conflictsComeInAStableOrder()
{
    // four conflicts on four components: the record lists them by component, whatever order a
    // hash of ids would give (each run of kumo hashes differently)
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) {
        componentIn(d, "web")["props"]["instance_type"] = "t3.large";
        componentIn(d, "vpc")["props"]["cidr"] = "10.1.0.0/16";
        componentIn(d, "db-sg")["name"] = "database";
        componentIn(d, "assets")["props"]["bucket"] = "kumo-ours";
    });
    const Design theirs = editedDesign([](json &d) {
        componentIn(d, "web")["props"]["instance_type"] = "m5.large";
        componentIn(d, "vpc")["props"]["cidr"] = "10.2.0.0/16";
        componentIn(d, "db-sg")["name"] = "db";
        componentIn(d, "assets")["props"]["bucket"] = "kumo-theirs";
    });
    const MergeResult r = merge(base, ours, theirs);
    QStringList order;
    for (const MergeConflict &c : r.conflicts)
        order << c.component;
    QCOMPARE(order, (QStringList{QStringLiteral("assets"), QStringLiteral("db-sg"), QStringLiteral("vpc"), QStringLiteral("web")}));
    QCOMPARE(recordedConflicts(r.merged), r.conflicts);

    QTemporaryDir dir;
    QVERIFY(DesignFile::save(base, dir.filePath(QStringLiteral("base.kumo"))));
    QVERIFY(DesignFile::save(ours, dir.filePath(QStringLiteral("ours.kumo"))));
    QVERIFY(DesignFile::save(theirs, dir.filePath(QStringLiteral("theirs.kumo"))));
    QByteArray first;
    for (int run = 0; run < 3; ++run) {
        int code = -1;
        runIn(dir.path(), QStringLiteral(KUMO_EXECUTABLE),
              {QStringLiteral("merge"), QStringLiteral("base.kumo"), QStringLiteral("ours.kumo"), QStringLiteral("theirs.kumo"),
               QStringLiteral("-o"), QStringLiteral("out.kumo")},
              &code);
        QCOMPARE(code, 1);
        QFile out(dir.filePath(QStringLiteral("out.kumo")));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray bytes = out.readAll();
        if (run == 0)
            first = bytes;
        QCOMPARE(bytes, first);
    }
}

void TestMerge::everyConflictResolvesToALoadableDesign()
{
    // one of each kind at once, every one resolved with their side, then with ours
    const Design base = editedDesign([](json &d) {
        d["components"].push_back({{"id", "note-a"}, {"kind", "note"}, {"props", {{"text", "a"}}}});
    });
    const Design ours = editedDesign([](json &d) {
        d["name"] = "shop";
        d["connections"][0]["label"] = "HTTPS";
        componentIn(d, "web")["props"]["instance_type"] = "t3.large";
        removeComponent(d, "db-sg");
        componentIn(d, "assets")["parent"] = nullptr;
        d["components"].push_back(bucket("logs", "kumo-logs-ours"));
        d["components"].push_back({{"id", "note-a"}, {"kind", "note"}, {"props", {{"text", "ours"}}}});
    });
    const Design theirs = editedDesign([](json &d) {
        d["name"] = "store";
        d["connections"][0]["label"] = "web";
        componentIn(d, "web")["props"]["instance_type"] = "m5.large";
        componentIn(d, "web")["props"]["security_groups"].push_back("db-sg");
        componentIn(d, "assets")["parent"] = "vpc";
        d["components"].push_back(bucket("logs", "kumo-logs-theirs"));
        d["components"].push_back({{"id", "note-a"}, {"kind", "note"}, {"props", {{"text", "theirs"}}}});
    });
    const MergeResult r = merge(base, ours, theirs);
    QSet<QString> kinds;
    for (const MergeConflict &c : r.conflicts)
        kinds.insert(c.path);
    QCOMPARE(kinds, (QSet<QString>{QString(), QStringLiteral("name"), QStringLiteral("connection"), QStringLiteral("props.instance_type"),
                                   QStringLiteral("parent"), QStringLiteral("props.text")}));
    for (const Side side : {Side::Theirs, Side::Ours}) {
        Design resolved = r.merged;
        for (const MergeConflict &c : r.conflicts) {
            QString error;
            QVERIFY2(resolveConflict(resolved, c, side, &error), qPrintable(c.component + QLatin1Char(' ') + c.path + QStringLiteral(": ") + error));
        }
        QVERIFY(recordedConflicts(resolved).empty());
        QVERIFY(!resolved.extra.contains(conflictsKey));
        const DesignReadResult reread = DesignJson::read(DesignJson::write(resolved));
        QVERIFY2(reread.ok(), qPrintable(reread.error.toString(QStringLiteral("resolved"))));
        if (side == Side::Theirs) {
            QCOMPARE(resolved.name, QStringLiteral("store"));
            QCOMPARE(resolved.component(QStringLiteral("web"))->stringProp("instance_type"), QStringLiteral("m5.large"));
            QCOMPARE(resolved.component(QStringLiteral("assets"))->parent, QStringLiteral("vpc"));
            QCOMPARE(resolved.component(QStringLiteral("logs"))->stringProp("bucket"), QStringLiteral("kumo-logs-theirs"));
            QVERIFY(resolved.contains(QStringLiteral("db-sg")));
            QVERIFY(dangling(resolved).isEmpty());
        } else {
            QCOMPARE(resolved.name, QStringLiteral("shop"));
            QCOMPARE(resolved.connection(QStringLiteral("c1"))->label, QStringLiteral("HTTPS"));
            QVERIFY(!resolved.contains(QStringLiteral("db-sg"))); // our removal, now that we chose it
        }
    }
}

void TestMerge::cliExitCodes()
{
    QTemporaryDir dir;
    const auto write = [&](const char *name, const Design &d) {
        QString error;
        QVERIFY2(DesignFile::save(d, dir.filePath(QString::fromLatin1(name)), &error), qPrintable(error));
    };
    write("base.kumo", editedDesign());
    write("ours.kumo", editedDesign([](json &d) { componentIn(d, "web")["props"]["instance_type"] = "t3.large"; }));
    write("theirs.kumo", editedDesign([](json &d) { componentIn(d, "assets")["props"]["versioning"] = true; }));
    write("clash.kumo", editedDesign([](json &d) { componentIn(d, "web")["props"]["instance_type"] = "m5.large"; }));
    const auto kumo = [&](const QStringList &args) {
        int code = -1;
        runIn(dir.path(), QStringLiteral(KUMO_EXECUTABLE), args, &code);
        return code;
    };
    QCOMPARE(kumo({QStringLiteral("merge"), QStringLiteral("base.kumo"), QStringLiteral("ours.kumo"), QStringLiteral("theirs.kumo"),
                   QStringLiteral("-o"), QStringLiteral("out.kumo")}),
             0);
    DesignReadResult out = DesignFile::load(dir.filePath(QStringLiteral("out.kumo")));
    QVERIFY(out.ok());
    QVERIFY(out.design->component(QStringLiteral("assets"))->boolProp("versioning"));
    QCOMPARE(kumo({QStringLiteral("merge"), QStringLiteral("base.kumo"), QStringLiteral("ours.kumo"), QStringLiteral("clash.kumo"),
                   QStringLiteral("-o"), QStringLiteral("out.kumo")}),
             1);
    out = DesignFile::load(dir.filePath(QStringLiteral("out.kumo")));
    QVERIFY(out.ok());
    QCOMPARE(int(recordedConflicts(*out.design).size()), 1);
    QCOMPARE(kumo({QStringLiteral("merge"), QStringLiteral("base.kumo"), QStringLiteral("missing.kumo"), QStringLiteral("clash.kumo"),
                   QStringLiteral("-o"), QStringLiteral("out.kumo")}),
             2);
    QCOMPARE(kumo({QStringLiteral("merge"), QStringLiteral("base.kumo"), QStringLiteral("ours.kumo"), QStringLiteral("clash.kumo")}), 2);
}

/// The README's "Designs in git" lines, taken from the README itself so that they stay right.
void TestMerge::gitMergeWithTheDriver()
{
    QFile readme(QStringLiteral(KUMO_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const QRegularExpressionMatch attributes = QRegularExpression(QStringLiteral("\\n(\\*\\.kumo [^\\n]*merge=kumo[^\\n]*)\\n")).match(text);
    QVERIFY2(attributes.hasMatch(), "README: no .gitattributes line for *.kumo");
    const QRegularExpressionMatch driver =
        QRegularExpression(QStringLiteral("git config merge\\.kumo\\.driver '([^']+)'")).match(text);
    QVERIFY2(driver.hasMatch(), "README: no git config merge.kumo.driver line");
    QString command = driver.captured(1);
    command.replace(QRegularExpression(QStringLiteral("^kumo ")), QStringLiteral(KUMO_EXECUTABLE " "));

    QTemporaryDir dir;
    const QString repo = dir.path();
    QVERIFY(runIn(repo, QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}));
    runIn(repo, QStringLiteral("git"), {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("t@example.com")});
    runIn(repo, QStringLiteral("git"), {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Test")});
    QVERIFY(runIn(repo, QStringLiteral("git"), {QStringLiteral("config"), QStringLiteral("merge.kumo.driver"), command}));
    QFile gitattributes(dir.filePath(QStringLiteral(".gitattributes")));
    QVERIFY(gitattributes.open(QIODevice::WriteOnly));
    gitattributes.write(attributes.captured(1).toUtf8() + '\n');
    gitattributes.close();
    const QString path = dir.filePath(QStringLiteral("infra.kumo"));
    const auto commit = [&](const Design &d, const char *message) {
        QVERIFY(DesignFile::save(d, path));
        QVERIFY(runIn(repo, QStringLiteral("git"), {QStringLiteral("add"), QStringLiteral(".")}));
        QVERIFY(runIn(repo, QStringLiteral("git"), {QStringLiteral("commit"), QStringLiteral("-qm"), QString::fromLatin1(message)}));
    };
    commit(editedDesign(), "base");
    QVERIFY(runIn(repo, QStringLiteral("git"), {QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("feature")}));
    // edits that a line merge of the JSON would get wrong or refuse: neighbouring lines of one component
    commit(editedDesign([](json &d) {
               componentIn(d, "web")["props"]["instance_type"] = "t3.large";
               componentIn(d, "web-sg")["props"]["ingress"].push_back(rule(443, "0.0.0.0/0"));
           }),
           "feature");
    QVERIFY(runIn(repo, QStringLiteral("git"), {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}));
    commit(editedDesign([](json &d) {
               componentIn(d, "web")["props"]["root_volume_gb"] = 30;
               componentIn(d, "web-sg")["props"]["ingress"].push_back(rule(8080, "10.0.0.0/8"));
           }),
           "main");
    QVERIFY2(runIn(repo, QStringLiteral("git"), {QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-edit"), QStringLiteral("feature")}),
             "git merge with the kumo driver failed");
    const DesignReadResult merged = DesignFile::load(path);
    QVERIFY2(merged.ok(), qPrintable(merged.error.toString(path)));
    const Component *web = merged.design->component(QStringLiteral("web"));
    QCOMPARE(web->stringProp("instance_type"), QStringLiteral("t3.large"));
    QCOMPARE(web->intProp("root_volume_gb"), 30);
    QCOMPARE(merged.design->component(QStringLiteral("web-sg"))->props["ingress"].size(), size_t(4));

    // a real conflict: git stops, the file holds our side and the recorded conflict, and loads
    QVERIFY(runIn(repo, QStringLiteral("git"), {QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("other")}));
    commit(editedDesign([](json &d) { componentIn(d, "web")["props"]["instance_type"] = "m5.large"; }), "other");
    QVERIFY(runIn(repo, QStringLiteral("git"), {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}));
    commit(editedDesign([](json &d) { componentIn(d, "web")["props"]["instance_type"] = "c5.large"; }), "main again");
    QVERIFY(!runIn(repo, QStringLiteral("git"), {QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-edit"), QStringLiteral("other")}));
    const DesignReadResult conflicted = DesignFile::load(path);
    QVERIFY2(conflicted.ok(), qPrintable(conflicted.error.toString(path)));
    const std::vector<MergeConflict> recorded = recordedConflicts(*conflicted.design);
    QCOMPARE(int(recorded.size()), 1);
    QCOMPARE(recorded[0].path, QStringLiteral("props.instance_type"));
    JSON_COMPARE(recorded[0].base, json("t3.large"));
    JSON_COMPARE(recorded[0].theirs, json("m5.large"));
    QCOMPARE(conflicted.design->component(QStringLiteral("web"))->stringProp("instance_type"), QStringLiteral("c5.large"));
}

KUMO_TEST_MAIN(TestMerge)
#include "tst_merge.moc"
