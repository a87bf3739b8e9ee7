// Reading and writing .kumo files: round trips, canonical output, refusals with their place.
#include "support/testregistry.h"
#include "designfile.h"
#include "designjson.h"
#include "templates.h"

#include <QtTest>

using namespace kumo;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(KUMO_TEST_DATA "/") + relative;
}
} // namespace

class TestDesignJson : public QObject
{
    Q_OBJECT

private slots:
    void templatesRoundTrip_data();
    void templatesRoundTrip();
    void badCorpus_data();
    void badCorpus();
    void everyBadFileIsCovered();
    void unknownContentSurvives();
    void canonicalOrder();
    void defaultsAndNulls();
    void missingParentLoads();
    void japaneseText();
    void geometryWithoutNoise();
    void atomicSave();
};

void TestDesignJson::templatesRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(KUMO_TEMPLATES));
    for (const QString &file : dir.entryList({QStringLiteral("*.kumo")}))
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
    QVERIFY(dir.entryList({QStringLiteral("*.kumo")}).size() >= 2);
}

void TestDesignJson::templatesRoundTrip()
{
    QFETCH(QString, path);
    const DesignReadResult first = DesignJson::read(readFile(path));
    QVERIFY2(first.ok(), qPrintable(first.error.toString(path)));
    const QByteArray written = DesignJson::write(*first.design);
    const DesignReadResult second = DesignJson::read(written);
    QVERIFY(second.ok());
    QVERIFY(*first.design == *second.design);
    QCOMPARE(DesignJson::write(*second.design), written); // byte-identical on every save
    QCOMPARE(first.design->componentCount(), qsizetype(nlohmann::json::parse(readFile(path).toStdString())["components"].size()));
}

void TestDesignJson::badCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fragment"); // part of the message
    QTest::addColumn<int>("line");         // 0: not checked
    QTest::addColumn<int>("column");       // 0: not checked
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("property");
    // "t" could start "true"; the parser stops at the "h" in column 2
    QTest::newRow("not JSON") << "not-json.kumo" << "not valid JSON" << 1 << 2 << "" << "";
    // the object on line 5 ends after the comma: the parser reaches the end of input on line 6
    QTest::newRow("truncated") << "truncated.kumo" << "not valid JSON" << 6 << 1 << "" << "";
    // "{ "id": "a" "kind"...": the second string starts at column 17 of line 5 and ends at 22
    QTest::newRow("missing comma") << "missing-comma.kumo" << "not valid JSON" << 5 << 22 << "" << "";
    QTest::newRow("empty file") << "empty.kumo" << "not valid JSON" << 1 << 1 << "" << "";
    QTest::newRow("invalid UTF-8") << "invalid-utf8.kumo" << "not valid JSON" << 1 << 0 << "" << "";
    QTest::newRow("wrong format") << "wrong-format.kumo" << "not a Kumo design" << 0 << 0 << "" << "format";
    QTest::newRow("missing format") << "missing-format.kumo" << "not a Kumo design" << 0 << 0 << "" << "format";
    QTest::newRow("newer version") << "newer-version.kumo" << "newer" << 0 << 0 << "" << "version";
    QTest::newRow("version as string") << "version-not-integer.kumo" << "integer" << 0 << 0 << "" << "version";
    QTest::newRow("root is a list") << "root-is-list.kumo" << "must be a JSON object" << 0 << 0 << "" << "";
    QTest::newRow("components not a list") << "components-not-list.kumo" << "must be a list" << 0 << 0 << "" << "components";
    QTest::newRow("unknown kind") << "unknown-kind.kumo" << "unknown kind 'lambda_function'" << 4 << 7 << "fn" << "kind";
    QTest::newRow("duplicate id") << "duplicate-id.kumo" << "duplicate id 'tokyo'" << 3 << 7 << "tokyo" << "";
    QTest::newRow("id shared with a connection") << "duplicate-id-connection.kumo" << "duplicate id 'tokyo'" << 0 << 0 << "tokyo" << "";
    QTest::newRow("parent cycle") << "parent-cycle.kumo" << "parent cycle" << 3 << 7 << "a" << "parent";
    QTest::newRow("own parent") << "parent-self.kumo" << "parent cycle" << 3 << 7 << "loop" << "parent";
    QTest::newRow("cidr as number") << "wrong-type-cidr.kumo" << "expected a string, found an integer" << 3 << 7 << "vpc" << "cidr";
    QTest::newRow("boolean as string") << "wrong-type-boolean.kumo" << "expected true or false, found a string" << 3 << 7 << "pub" << "public";
    QTest::newRow("integer as string") << "wrong-type-integer.kumo" << "expected an integer, found a string" << 3 << 7 << "task" << "cpu";
    QTest::newRow("nested field") << "wrong-type-nested.kumo" << "expected an integer, found a string" << 3 << 7 << "alb"
                                  << "listeners[0].port";
    QTest::newRow("reference list as string") << "wrong-type-reference-list.kumo" << "expected a list of component ids" << 3 << 7
                                              << "svc" << "subnets";
    QTest::newRow("deep list item") << "wrong-type-deep-list.kumo" << "expected a string, found an integer" << 3 << 7 << "pol"
                                    << "statements[0].actions[1]";
    QTest::newRow("props not an object") << "props-not-object.kumo" << "must be an object" << 3 << 7 << "vpc" << "props";
    QTest::newRow("name as number") << "name-not-string.kumo" << "'name' must be a string" << 3 << 7 << "vpc" << "";
    QTest::newRow("invalid id") << "invalid-id.kumo" << "not a valid id" << 3 << 7 << "my vpc" << "";
    QTest::newRow("missing id") << "missing-id.kumo" << "has no 'id'" << 0 << 0 << "" << "";
    QTest::newRow("geometry with a string") << "geometry-wrong-type.kumo" << "must be a number" << 3 << 7 << "vpc" << "geometry";
    QTest::newRow("connection without end") << "connection-without-end.kumo" << "'from' and 'to'" << 0 << 0 << "c1" << "";
}

void TestDesignJson::badCorpus()
{
    QFETCH(QString, file);
    QFETCH(QString, fragment);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, component);
    QFETCH(QString, property);
    const DesignReadResult result = DesignFile::load(dataPath(QStringLiteral("bad/") + file));
    QVERIFY(!result.ok());
    const LoadError &e = result.error;
    QVERIFY2(e.message.contains(fragment), qPrintable(e.message));
    if (line > 0)
        QCOMPARE(e.line, line);
    if (column > 0)
        QCOMPARE(e.column, column);
    QCOMPARE(e.componentId, component);
    QCOMPARE(e.property, property);
    const QString text = e.toString(file);
    QVERIFY(text.startsWith(file));
    if (!component.isEmpty())
        QVERIFY2(text.contains(QStringLiteral("'%1'").arg(component)), qPrintable(text));
}

void TestDesignJson::everyBadFileIsCovered()
{
    // each file in the corpus has a row above, so no refusal goes untested
    const QStringList files = QDir(dataPath(QStringLiteral("bad"))).entryList({QStringLiteral("*.kumo")});
    QCOMPARE(files.size(), 28);
}

void TestDesignJson::unknownContentSurvives()
{
    const QByteArray text = R"({
  "format": "kumo-design", "version": 1, "name": "future", "theme": {"dark": true},
  "components": [
    { "id": "vpc", "kind": "vpc", "parent": "r", "colour": "teal",
      "props": { "cidr": "10.0.0.0/16", "ipv6": {"enabled": true, "pools": [1, 2]} } },
    { "id": "r", "kind": "region", "props": { "region": "ap-northeast-1" } }
  ],
  "connections": [ { "id": "c", "from": "r", "to": "vpc", "style": "dashed" } ]
})";
    const DesignReadResult result = DesignJson::read(text);
    QVERIFY(result.ok());
    const QByteArray saved = DesignJson::write(*result.design);
    const nlohmann::json json = nlohmann::json::parse(saved.toStdString());
    QCOMPARE(json["theme"]["dark"], true);
    QCOMPARE(json["components"][1]["colour"], "teal");
    QCOMPARE(json["components"][1]["props"]["ipv6"]["pools"][1], 2);
    QCOMPARE(json["connections"][0]["style"], "dashed");
    QVERIFY(*DesignJson::read(saved).design == *result.design);
}

void TestDesignJson::canonicalOrder()
{
    const QByteArray text = R"({"version": 1, "format": "kumo-design", "components": [
      {"props": {"cidr": "10.0.2.0/24"}, "kind": "subnet", "parent": "az", "id": "b-sub", "geometry": {"h": 40, "w": 100.5, "y": 2, "x": 1}},
      {"id": "zone", "kind": "route53_zone", "props": {"domain": "example.com"}},
      {"id": "a-sub", "kind": "subnet", "parent": "az", "props": {"cidr": "10.0.1.0/24"}},
      {"id": "az", "kind": "availability_zone", "parent": "vpc", "props": {"zone": "ap-northeast-1a"}},
      {"id": "vpc", "kind": "vpc", "parent": "r", "name": "main", "props": {"cidr": "10.0.0.0/16"}},
      {"id": "r", "kind": "region", "props": {"region": "ap-northeast-1"}}]})";
    const DesignReadResult result = DesignJson::read(text);
    QVERIFY(result.ok());
    const nlohmann::ordered_json json = nlohmann::ordered_json::parse(DesignJson::write(*result.design).toStdString());
    // top-level keys in a fixed order
    std::vector<std::string> keys;
    for (auto it = json.begin(); it != json.end(); ++it)
        keys.push_back(it.key());
    QCOMPARE(keys, (std::vector<std::string>{"format", "version", "components", "connections"}));
    // depth first, siblings by id: roots r, zone; r > vpc > az > a-sub, b-sub
    std::vector<std::string> ids;
    for (const auto &c : json["components"])
        ids.push_back(c["id"]);
    QCOMPARE(ids, (std::vector<std::string>{"r", "vpc", "az", "a-sub", "b-sub", "zone"}));
    // component keys in a fixed order; whole numbers stay whole
    std::vector<std::string> componentKeys;
    for (auto it = json["components"][4].begin(); it != json["components"][4].end(); ++it)
        componentKeys.push_back(it.key());
    QCOMPARE(componentKeys, (std::vector<std::string>{"id", "kind", "parent", "props", "geometry"}));
    QCOMPARE(json["components"][4]["geometry"].dump(), std::string(R"({"x":1,"y":2,"w":100.5,"h":40})"));
    QVERIFY(DesignJson::write(*result.design).endsWith("\n"));
}

void TestDesignJson::defaultsAndNulls()
{
    const QByteArray text = R"({"format": "kumo-design", "version": 1, "components": [
      {"id": "t", "kind": "ecs_task_definition", "name": "web", "props": {"task_role": null, "cpu": 1024}}]})";
    const DesignReadResult result = DesignJson::read(text);
    QVERIFY(result.ok());
    const Component *t = result.design->component(QStringLiteral("t"));
    QCOMPARE(t->intProp("cpu"), 1024);
    QCOMPARE(t->intProp("memory"), 512);                       // default
    QCOMPARE(t->stringProp("family"), QStringLiteral("web"));  // defaults to the name
    QCOMPARE(t->stringProp("launch_type"), QStringLiteral("FARGATE"));
    QVERIFY(t->refsProp("task_role").isEmpty());
}

void TestDesignJson::missingParentLoads()
{
    // a dangling parent is a problem of meaning (the validator reports it), not a load error
    const QByteArray text = R"({"format": "kumo-design", "version": 1, "components": [
      {"id": "s", "kind": "subnet", "parent": "gone", "props": {"cidr": "10.0.1.0/24"}}]})";
    const DesignReadResult result = DesignJson::read(text);
    QVERIFY(result.ok());
    QCOMPARE(result.design->components().size(), size_t(1));
    QCOMPARE(DesignJson::write(*DesignJson::read(DesignJson::write(*result.design)).design), DesignJson::write(*result.design));
}

void TestDesignJson::geometryWithoutNoise()
{
    // floating-point noise from dragging and zooming never reaches the file: two decimals at most
    Design d;
    Component c;
    c.id = QStringLiteral("vpc");
    c.kind = QStringLiteral("vpc");
    c.geometry = QRectF(10.000000000001, 20.5, 526.0400000000001, 1.0 / 3.0);
    d.insert(c);
    const QByteArray written = DesignJson::write(d);
    QVERIFY2(written.contains("\"x\": 10,"), written.constData());
    QVERIFY(written.contains("\"y\": 20.5,"));
    QVERIFY(written.contains("\"w\": 526.04,"));
    QVERIFY(written.contains("\"h\": 0.33"));
    // and a second save is byte-identical
    const DesignReadResult again = DesignJson::read(written);
    QVERIFY(again.ok());
    QCOMPARE(DesignJson::write(*again.design), written);
}

void TestDesignJson::japaneseText()
{
    Design design;
    design.name = QStringLiteral("三層ウェブアプリ");
    Component c;
    c.id = QStringLiteral("r");
    c.kind = QStringLiteral("region");
    c.name = QStringLiteral("東京リージョン");
    c.props = {{"region", "ap-northeast-1"}};
    design.insert(c);
    const QByteArray bytes = DesignJson::write(design);
    QVERIFY(bytes.contains(QStringLiteral("東京リージョン").toUtf8())); // written as UTF-8, not escaped
    const DesignReadResult back = DesignJson::read(bytes);
    QVERIFY(back.ok());
    QCOMPARE(back.design->name, design.name);
    QCOMPARE(back.design->component(QStringLiteral("r"))->name, c.name);
}

void TestDesignJson::atomicSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.kumo"));
    const DesignReadResult bundled = Templates::load(QStringLiteral("web-server"));
    QVERIFY(bundled.ok());
    const Design design = *bundled.design;
    QString error;
    QVERIFY(DesignFile::save(design, path, &error));
    const QByteArray first = readFile(path);
    QVERIFY(DesignFile::save(design, path, &error));
    QCOMPARE(readFile(path), first);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left behind
    // a failed save names the place and leaves nothing half-written
    const QString impossible = dir.filePath(QStringLiteral("missing-folder/design.kumo"));
    QVERIFY(!DesignFile::save(design, impossible, &error));
    QVERIFY(error.contains(impossible));
    QVERIFY(!QFileInfo::exists(impossible));
    const DesignReadResult loaded = DesignFile::load(path);
    QVERIFY(loaded.ok());
    QVERIFY(*loaded.design == design);
    const DesignReadResult missing = DesignFile::load(dir.filePath(QStringLiteral("nothing.kumo")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error.message.contains(QStringLiteral("cannot open")));
}

KUMO_TEST_GUILESS_MAIN(TestDesignJson)
#include "tst_designjson.moc"
