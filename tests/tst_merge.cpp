// Three-way merge: clean merges of independent edits, every kind of conflict of the issue
// (same property two ways, removed against changed, moves on both sides, references and moves
// into removed components, list entries with and without an identity), resolving a recorded
// conflict, the command line and a real git repository with the driver set up as the README says.
#include "designfile.h"
#include "diff/designmerge.h"
#include "references.h"
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

QTEST_MAIN(TestMerge)
#include "tst_merge.moc"
