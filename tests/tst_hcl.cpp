// The HCL reader and the evaluation of Terraform configurations without state: every syntax element
// and error on hand-written inputs, expressions and functions with hand-computed results, variables,
// count/for_each, modules (local and registry), secrets, and the import of a folder into a design.
#include "support/testregistry.h"
#include "designjson.h"
#include "hcleval.h"
#include "hclparser.h"
#include "inputfile.h"
#include "terraformimporter.h"
#include "tfconfiguration.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <set>

using namespace kumo;
using namespace kumo::hclread;
using json = nlohmann::json;

namespace {

/// A scope of plain values for expression tests: var.NAME from a map, local.NAME too.
class ValueScope : public Scope
{
public:
    json vars = json::object();
    json locals = json::object();
    std::string dir = ".";
    json resolve(const std::vector<std::string> &names, size_t *used, Place place) override
    {
        *used = std::min<size_t>(2, names.size());
        const json &from = names[0] == "var" ? vars : locals;
        if ((names[0] == "var" || names[0] == "local") && names.size() > 1 && from.contains(names[1]))
            return from[names[1]];
        throw EvalError{place, "unknown " + names[0]};
    }
    std::string moduleDirectory() const override { return dir; }
};

json eval(const std::string &text, ValueScope *scope = nullptr, std::vector<EvalIssue> *issues = nullptr)
{
    ExprPtr e;
    ParseError err;
    if (!Parser::parseExpression(text, &e, &err)) {
        qWarning("parse error %d:%d %s", err.place.line, err.place.column, err.message.c_str());
        return json("<parse error>");
    }
    ValueScope fallback;
    Evaluator ev(scope ? *scope : fallback);
    const json v = ev.evaluate(e);
    if (issues)
        *issues = ev.issues();
    return v;
}

Body parse(const std::string &text)
{
    Body body;
    ParseError err;
    if (!Parser::parseFile(text, &body, &err))
        qWarning("parse error %d:%d %s", err.place.line, err.place.column, err.message.c_str());
    return body;
}

json attr(const Body &body, const std::string &name)
{
    const Attribute *a = body.attribute(name);
    if (!a)
        return json("<missing>");
    ValueScope scope;
    Evaluator ev(scope);
    return ev.evaluate(a->expr);
}

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

std::vector<const ConfigResource *> ofType(const ConfigResult &r, const std::string &type)
{
    std::vector<const ConfigResource *> out;
    for (const ConfigResource &c : r.resources)
        if (c.type == type)
            out.push_back(&c);
    return out;
}

const ConfigResource *find(const ConfigResult &r, const std::string &module, const std::string &type, const std::string &name, const json &key = json())
{
    for (const ConfigResource &c : r.resources)
        if (c.module == module && c.type == type && c.name == name && c.indexKey == key)
            return &c;
    return nullptr;
}

/// What a person reading the files counts for one subnet: its name, zone, CIDR, whether it is
/// public (a route to an internet gateway), and the CIDR of the VPC and the region it belongs to.
struct SubnetSeen
{
    const char *name, *zone, *cidr;
    bool isPublic;
    const char *vpcCidr, *region;
};

tfimport::ImportResult importFolder(const QString &folder)
{
    return tfimport::TerraformImporter::import({tfimport::ImportSource{folder, {}, true}}, QStringLiteral("stack"));
}

std::map<QString, int> kindCounts(const Design &design)
{
    std::map<QString, int> counts;
    for (const Component *c : design.components())
        ++counts[c->kind];
    return counts;
}

QString prop(const Component *c, const char *name)
{
    return c && c->props.contains(name) && c->props[name].is_string() ? QString::fromStdString(c->props[name].get<std::string>()) : QString();
}

/// Each subnet expected, by name, sits in the zone inside its VPC inside its region, with its CIDR.
void checkSubnets(const Design &design, const std::vector<SubnetSeen> &expected)
{
    int subnets = 0;
    for (const Component *c : design.components())
        subnets += c->kind == QLatin1String("subnet");
    QCOMPARE(subnets, int(expected.size()));
    for (const SubnetSeen &e : expected) {
        const Component *subnet = nullptr;
        for (const Component *c : design.components())
            if (c->kind == QLatin1String("subnet") && c->name == QLatin1String(e.name))
                subnet = c;
        QVERIFY2(subnet, e.name);
        QCOMPARE(prop(subnet, "cidr"), QString::fromLatin1(e.cidr));
        QVERIFY2(subnet->props.value("public", false) == e.isPublic, e.name);
        const Component *zone = design.component(subnet->parent);
        QVERIFY2(zone && zone->kind == QLatin1String("availability_zone"), e.name);
        QCOMPARE(prop(zone, "zone"), QString::fromLatin1(e.zone));
        const Component *vpc = design.component(zone->parent);
        QVERIFY2(vpc && vpc->kind == QLatin1String("vpc"), e.name);
        QCOMPARE(prop(vpc, "cidr"), QString::fromLatin1(e.vpcCidr));
        const Component *region = design.component(vpc->parent);
        QVERIFY2(region && region->kind == QLatin1String("region"), e.name);
        QCOMPARE(prop(region, "region"), QString::fromLatin1(e.region));
    }
}

} // namespace

class TestHcl : public QObject
{
    Q_OBJECT

private slots:
    // ------------------------------------------------------------------ syntax
    void bodiesAttributesAndBlocks()
    {
        const Body b = parse("a = 1\n"
                             "resource \"aws_vpc\" \"main\" {\n"
                             "  cidr_block = \"10.0.0.0/16\"\n"
                             "  tags = {\n    Name = \"main\"\n  }\n"
                             "  nested bare_label {\n    x = true\n  }\n"
                             "}\n"
                             "one { b = 2 }\n"
                             "empty {}\n");
        QCOMPARE(b.attributes.size(), size_t(1));
        QCOMPARE(b.blocks.size(), size_t(3));
        const Block &r = b.blocks[0];
        QCOMPARE(r.type, std::string("resource"));
        QCOMPARE(r.labels, (std::vector<std::string>{"aws_vpc", "main"}));
        QCOMPARE(r.place.line, 2);
        QCOMPARE(attr(r.body, "cidr_block"), json("10.0.0.0/16"));
        QCOMPARE(attr(r.body, "tags"), json({{"Name", "main"}}));
        QCOMPARE(r.body.blocks[0].type, std::string("nested"));
        QCOMPARE(r.body.blocks[0].labels[0], std::string("bare_label"));
        QCOMPARE(attr(r.body.blocks[0].body, "x"), json(true));
        QCOMPARE(attr(b.blocks[1].body, "b"), json(2));
        QVERIFY(b.blocks[2].body.attributes.empty());
    }

    void comments()
    {
        const Body b = parse("# hash comment\n"
                             "a = 1 // line comment\n"
                             "/* block\n comment */ b = 2\n"
                             "c = /* inline */ 3 # end\n");
        QCOMPARE(attr(b, "a"), json(1));
        QCOMPARE(attr(b, "b"), json(2));
        QCOMPARE(attr(b, "c"), json(3));
    }

    void literalsAndStrings()
    {
        QCOMPARE(eval("42"), json(42));
        QCOMPARE(eval("1.5"), json(1.5));
        QCOMPARE(eval("1e3"), json(1000));
        QCOMPARE(eval("true"), json(true));
        QCOMPARE(eval("null"), json());
        QCOMPARE(eval("\"a\\tb\\n\\\"q\\\" \\\\ \\u00e9\""), json("a\tb\n\"q\" \\ \xc3\xa9"));
        QCOMPARE(eval("\"$${literal} %%{x}\""), json("${literal} %{x}"));
    }

    void operatorsAndPrecedence()
    {
        QCOMPARE(eval("1 + 2 * 3"), json(7));
        QCOMPARE(eval("(1 + 2) * 3"), json(9));
        QCOMPARE(eval("10 - 4 - 3"), json(3));
        QCOMPARE(eval("7 / 2"), json(3.5));
        QCOMPARE(eval("7 % 3"), json(1));
        QCOMPARE(eval("-3 + 1"), json(-2));
        QCOMPARE(eval("1 < 2 && 2 <= 2 && 3 > 2 && 3 >= 4 == false"), json(true));
        QCOMPARE(eval("!true || false"), json(false));
        QCOMPARE(eval("1 == 1.0"), json(true));
        QCOMPARE(eval("\"a\" != \"b\""), json(true));
        QCOMPARE(eval("true ? \"yes\" : \"no\""), json("yes"));
        QCOMPARE(eval("1 > 2 ? 1 : 2 > 1 ? 3 : 4"), json(3));
    }

    void collections()
    {
        QCOMPARE(eval("[1, \"two\", [3],]"), json::parse(R"([1, "two", [3]])"));
        QCOMPARE(eval("[\n 1,\n 2\n]"), json::parse("[1,2]"));
        QCOMPARE(eval("{ a = 1, \"b\" = 2, c: 3\n d = 4 }"), json::parse(R"({"a":1,"b":2,"c":3,"d":4})"));
        QCOMPARE(eval("{ (\"k\" ) = 1 }"), json::parse(R"({"k":1})"));
        QCOMPARE(eval("[10, 20, 30][1]"), json(20));
        QCOMPARE(eval("{a = {b = 5}}.a.b"), json(5));
        QCOMPARE(eval("{a = {b = 5}}[\"a\"][\"b\"]"), json(5));
        QCOMPARE(eval("[[7, 8]].0.1"), json(8)); // legacy index
    }

    void forExpressions()
    {
        QCOMPARE(eval("[for x in [1, 2, 3] : x * 2]"), json::parse("[2,4,6]"));
        QCOMPARE(eval("[for i, x in [\"a\", \"b\"] : \"${i}${x}\"]"), json::parse(R"(["0a","1b"])"));
        QCOMPARE(eval("[for x in [1, 2, 3, 4] : x if x % 2 == 0]"), json::parse("[2,4]"));
        QCOMPARE(eval("{for k, v in {a = 1, b = 2} : v => k}"), json::parse(R"({"1":"a","2":"b"})"));
        QCOMPARE(eval("{for s in [\"ab\", \"ac\", \"bd\"] : substr(s, 0, 1) => s...}"), json::parse(R"({"a":["ab","ac"],"b":["bd"]})"));
        QCOMPARE(eval("[\n for x in [1]\n : x\n]"), json::parse("[1]"));
    }

    void splats()
    {
        QCOMPARE(eval("[{id = 1}, {id = 2}][*].id"), json::parse("[1,2]"));
        QCOMPARE(eval("[{id = 1}, {id = 2}].*.id"), json::parse("[1,2]"));
        QCOMPARE(eval("[{a = [5, 6]}][*].a[1]"), json::parse("[6]"));
        QCOMPARE(eval("{id = 3}[*].id"), json::parse("[3]"));
        QCOMPARE(eval("null[*]"), json::array());
    }

    void functionCallsAndExpansion()
    {
        QCOMPARE(eval("max(1, 7, 3)"), json(7));
        QCOMPARE(eval("max([4, 9, 2]...)"), json(9));
        QCOMPARE(eval("concat(\n  [1],\n  [2],\n)"), json::parse("[1,2]"));
    }

    void templates()
    {
        ValueScope s;
        s.vars = {{"name", "web"}, {"n", 3}, {"on", true}, {"list", {"a", "b"}}};
        QCOMPARE(eval("\"${var.name}-${var.n}\"", &s), json("web-3"));
        QCOMPARE(eval("\"${var.n}\"", &s), json(3)); // a lone interpolation keeps its type
        QCOMPARE(eval("\"x%{if var.on}on%{else}off%{endif}y\"", &s), json("xony"));
        QCOMPARE(eval("\"%{ if !var.on }on%{ endif }\"", &s), json(""));
        QCOMPARE(eval("\"%{for i, v in var.list}${i}=${v};%{endfor}\"", &s), json("0=a;1=b;"));
        QCOMPARE(eval("\"a   ${~ var.name ~}   b\"", &s), json("awebb"));
        QCOMPARE(eval("\"${ {a = \"}\"}.a }\"", &s), json("}"));
        QCOMPARE(eval("\"${\"nested ${var.name}\"}\"", &s), json("nested web"));
    }

    void heredocs()
    {
        const Body b = parse("a = <<EOF\nline ${1 + 1}\n  kept\nEOF\n"
                             "b = <<-EOT\n    indented\n      more\n    EOT\n"
                             "c = 5\n");
        QCOMPARE(attr(b, "a"), json("line 2\n  kept\n"));
        QCOMPARE(attr(b, "b"), json("indented\n  more\n"));
        QCOMPARE(attr(b, "c"), json(5));
        const Body d = parse("p = <<POLICY\n{\"Version\": \"2012-10-17\", \"x\": \"%{if true}y%{endif}\"}\nPOLICY\n");
        QCOMPARE(attr(d, "p"), json("{\"Version\": \"2012-10-17\", \"x\": \"y\"}\n"));
    }

    void errorsNameTheirPlace_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("words");
        QTest::newRow("unclosed string") << "a = \"abc\nb = 1\n" << 1 << 9 << "cannot span lines";
        QTest::newRow("string at the end") << "a = \"abc" << 1 << 5 << "not closed";
        QTest::newRow("missing equals") << "a 1\n" << 1 << 3 << "expected '=' or a block";
        QTest::newRow("bad character") << "a = 1\nb = @\n" << 2 << 5 << "unexpected character '@'";
        QTest::newRow("unclosed block") << "x {\n  a = 1\n" << 3 << 1 << "expected '}'";
        QTest::newRow("stray brace") << "}\n" << 1 << 1 << "no block is open";
        QTest::newRow("unclosed heredoc") << "a = <<EOF\ntext\n" << 1 << 5 << "heredoc is not closed";
        QTest::newRow("bad escape") << "a = \"\\q\"\n" << 1 << 6 << "unknown escape";
        QTest::newRow("endif without if") << "a = \"%{endif}\"\n" << 1 << 6 << "without an opening";
        QTest::newRow("unclosed if") << "a = \"%{if true}x\"\n" << 1 << 6 << "not closed";
        QTest::newRow("duplicate attribute") << "a = 1\na = 2\n" << 2 << 1 << "set twice";
        QTest::newRow("unclosed comment") << "a = 1 /* no end\n" << 1 << 7 << "not closed";
        QTest::newRow("two on a line") << "a = 1 b = 2\n" << 1 << 7 << "end of the line";
        QTest::newRow("unclosed list") << "a = [1, 2\n" << 2 << 1 << "expected ',' or ']' in the list, found end of file";
        QTest::newRow("missing colon") << "a = true ? 1\n" << 1 << 13 << "expected ':'";
        QTest::newRow("for without in") << "a = [for x of y : x]\n" << 1 << 12 << "expected 'in'";
        QTest::newRow("label interpolation") << "x \"${a}\" {}\n" << 1 << 3 << "cannot contain interpolations";
        QTest::newRow("unclosed interpolation") << "a = \"${b\"\n" << 1 << 9 << "expected '}'";
        QTest::newRow("unknown directive") << "a = \"%{while x}\"\n" << 1 << 8 << "unknown template directive";
        QTest::newRow("dot without name") << "a = b.[\n" << 1 << 7 << "expected an attribute name";
    }

    void errorsNameTheirPlace()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, words);
        Body body;
        ParseError err;
        QVERIFY(!Parser::parseFile(text.toStdString(), &body, &err));
        QVERIFY2(QString::fromStdString(err.message).contains(words), err.message.c_str());
        QCOMPARE(err.place.line, line);
        QCOMPARE(err.place.column, column);
    }

    void deepNestingIsRefused()
    {
        Body body;
        ParseError err;
        const std::string deep = "a = " + std::string(5000, '[') + std::string(5000, ']') + "\n";
        QVERIFY(!Parser::parseFile(deep, &body, &err));
        QVERIFY(QString::fromStdString(err.message).contains(QStringLiteral("deeply")));
    }

    // ------------------------------------------------------------------ functions (results worked out by hand)
    void networkFunctions()
    {
        // 10.0.0.0/16 + 8 bits, network 2: 10.0.(2).0/24
        QCOMPARE(eval("cidrsubnet(\"10.0.0.0/16\", 8, 2)"), json("10.0.2.0/24"));
        // 10.1.0.0/16 + 4 bits, network 15: the third octet is 15 << 4 = 240
        QCOMPARE(eval("cidrsubnet(\"10.1.0.0/16\", 4, 15)"), json("10.1.240.0/20"));
        // 172.16.0.0/12 + 4 bits, network 2: 172.16 + (2 << 0) in the second octet = 172.18.0.0/16
        QCOMPARE(eval("cidrsubnet(\"172.16.0.0/12\", 4, 2)"), json("172.18.0.0/16"));
        // the host bits of the prefix are ignored
        QCOMPARE(eval("cidrsubnet(\"10.0.5.7/16\", 8, 1)"), json("10.0.1.0/24"));
        QCOMPARE(eval("cidrhost(\"10.0.1.0/24\", 5)"), json("10.0.1.5"));
        QCOMPARE(eval("cidrhost(\"10.0.1.0/24\", -1)"), json("10.0.1.255"));
        QCOMPARE(eval("cidrhost(\"10.0.0.0/16\", 300)"), json("10.0.1.44")); // 300 = 1*256 + 44
        // consecutive blocks, each aligned to its size: /20 at 0, /20 at 16, /24 at 32, /20 aligned up to 48
        QCOMPARE(eval("cidrsubnets(\"10.1.0.0/16\", 4, 4, 8, 4)"), json::parse(R"(["10.1.0.0/20","10.1.16.0/20","10.1.32.0/24","10.1.48.0/20"])"));
        QCOMPARE(eval("cidrnetmask(\"10.0.0.0/20\")"), json("255.255.240.0"));
        std::vector<EvalIssue> issues;
        QVERIFY(value::isUnknown(eval("cidrsubnet(\"10.0.0.0/16\", 8, 256)", nullptr, &issues)));
        QCOMPARE(issues.size(), size_t(1));
        QVERIFY(QString::fromStdString(issues[0].message).contains(QStringLiteral("does not fit in 8 bits")));
        QVERIFY(value::isUnknown(eval("cidrsubnet(\"10.0.0/16\", 8, 1)", nullptr, &issues)));
        QVERIFY(value::isUnknown(eval("cidrsubnets(\"10.0.0.0/24\", 1, 1, 1)", nullptr, &issues))); // a third /25 does not fit
    }

    void collectionFunctions()
    {
        QCOMPARE(eval("slice([\"a\", \"b\", \"c\", \"d\"], 1, 3)"), json::parse(R"(["b","c"])"));
        QCOMPARE(eval("element([\"a\", \"b\", \"c\"], 4)"), json("b")); // wraps: 4 mod 3 = 1
        QCOMPARE(eval("length([1, 2, 3])"), json(3));
        QCOMPARE(eval("length({a = 1})"), json(1));
        QCOMPARE(eval("length(\"h\u00e9llo\")"), json(5));
        QCOMPARE(eval("concat([1], [2, 3], [])"), json::parse("[1,2,3]"));
        QCOMPARE(eval("merge({a = 1, b = 2}, {b = 3}, {c = 4})"), json::parse(R"({"a":1,"b":3,"c":4})"));
        QCOMPARE(eval("lookup({a = 1}, \"a\", 0)"), json(1));
        QCOMPARE(eval("lookup({a = 1}, \"z\", 0)"), json(0));
        QCOMPARE(eval("tolist(toset([\"b\", \"a\", \"b\"]))"), json::parse(R"(["a","b"])"));
        QCOMPARE(eval("tomap({a = \"x\"})"), json::parse(R"({"a":"x"})"));
        QCOMPARE(eval("zipmap([\"a\", \"b\"], [1, 2])"), json::parse(R"({"a":1,"b":2})"));
        QCOMPARE(eval("range(3)"), json::parse("[0,1,2]"));
        QCOMPARE(eval("range(1, 7, 2)"), json::parse("[1,3,5]"));
        QCOMPARE(eval("range(5, 0, -2)"), json::parse("[5,3,1]"));
        QCOMPARE(eval("range(0, 1, 0.25)"), json::parse("[0,0.25,0.5,0.75]"));
        // a step below the precision of the start: 512 elements, not an endless loop
        QCOMPARE(eval("length(range(100000000000000000, 100000000000000512, 1))"), json(512));
        QCOMPARE(eval("keys({b = 1, a = 2})"), json::parse(R"(["a","b"])"));
        QCOMPARE(eval("values({b = 1, a = 2})"), json::parse("[2,1]"));
        QCOMPARE(eval("coalesce(\"\", null, \"x\", \"y\")"), json("x"));
        QCOMPARE(eval("flatten([[1, [2]], 3])"), json::parse("[1,2,3]"));
        QCOMPARE(eval("distinct([1, 2, 1])"), json::parse("[1,2]"));
        QCOMPARE(eval("contains([\"a\"], \"a\")"), json(true));
    }

    void stringFunctions()
    {
        QCOMPARE(eval("format(\"%s-%03d\", \"web\", 7)"), json("web-007"));
        QCOMPARE(eval("format(\"%d%%\", 50)"), json("50%"));
        QCOMPARE(eval("join(\",\", [\"a\", \"b\"], [\"c\"])"), json("a,b,c"));
        QCOMPARE(eval("split(\",\", \"a,,b\")"), json::parse(R"(["a","","b"])"));
        QCOMPARE(eval("jsonencode({a = 1, b = [true, null]})"), json(R"({"a":1,"b":[true,null]})"));
        QCOMPARE(eval("replace(\"a-b-c\", \"-\", \"_\")"), json("a_b_c"));
        QCOMPARE(eval("upper(\"ab\")"), json("AB"));
        QCOMPARE(eval("formatlist(\"%s.example\", [\"a\", \"b\"])"), json::parse(R"(["a.example","b.example"])"));
    }

    void tryAndCan()
    {
        QCOMPARE(eval("try({a = 1}.b, \"fallback\")"), json("fallback"));
        QCOMPARE(eval("try({a = 1}.a, \"fallback\")"), json(1));
        QCOMPARE(eval("can([1][5])"), json(false));
        QCOMPARE(eval("can([1][0])"), json(true));
    }

    void unknownsFlowOn()
    {
        ValueScope s;
        s.vars = {{"u", value::unknown()}, {"list", {1, value::unknown()}}};
        QVERIFY(value::isUnknown(eval("var.u + 1", &s)));
        QVERIFY(value::isUnknown(eval("\"prefix-${var.u}\"", &s)));
        QVERIFY(value::isUnknown(eval("var.u ? 1 : 2", &s)));
        QVERIFY(value::isUnknown(eval("cidrsubnet(var.u, 8, 1)", &s)));
        QVERIFY(value::isUnknown(eval("var.u.anything[3]", &s)));
        QCOMPARE(eval("length(var.list)", &s), json(2)); // the list is known, one element is not
        QVERIFY(value::isUnknown(eval("join(\",\", var.list)", &s)));
        QCOMPARE(eval("false && var.u", &s), json(false));
        QCOMPARE(eval("coalesce(\"a\", var.u)", &s), json("a"));
    }

    void unsupportedFunctionIsNamed()
    {
        std::vector<EvalIssue> issues;
        QVERIFY(value::isUnknown(eval("\n  nosuchfn(1)", nullptr, &issues)));
        QCOMPARE(issues.size(), size_t(1));
        QVERIFY(QString::fromStdString(issues[0].message).contains(QStringLiteral("nosuchfn")));
        QCOMPARE(issues[0].place.line, 2);
        QCOMPARE(issues[0].place.column, 3);
    }

    void fileAndTemplatefile()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("user-data.sh")), "#!/bin/sh\necho hi\n");
        write(dir.filePath(QStringLiteral("t.tftpl")), "port=${port}\n%{ for n in names ~}\n- ${n}\n%{ endfor ~}\n");
        ValueScope s;
        s.dir = dir.path().toStdString();
        QCOMPARE(eval("file(\"user-data.sh\")", &s), json("#!/bin/sh\necho hi\n"));
        QCOMPARE(eval("templatefile(\"t.tftpl\", {port = 80, names = [\"a\", \"b\"]})", &s), json("port=80\n- a\n- b\n"));
        std::vector<EvalIssue> issues;
        QVERIFY(value::isUnknown(eval("file(\"missing.txt\")", &s, &issues)));
        QVERIFY(QString::fromStdString(issues.at(0).message).contains(QStringLiteral("missing.txt")));
    }

    // ------------------------------------------------------------------ configurations
    void variablePrecedence()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("main.tf")), "variable \"a\" { default = \"default\" }\n"
                                       "variable \"b\" { default = \"default\" }\n"
                                       "variable \"c\" { default = \"default\" }\n"
                                       "variable \"d\" { default = \"default\" }\n"
                                       "variable \"e\" { default = \"default\" }\n"
                                       "variable \"f\" { default = \"default\" }\n"
                                       "variable \"n\" {\n  type = number\n}\n"
                                       "variable \"unset\" {}\n"
                                       "resource \"aws_s3_bucket\" \"b\" {\n"
                                       "  tags = { a = var.a, b = var.b, c = var.c, d = var.d, e = var.e, f = var.f, n = var.n + 1 }\n"
                                       "  bucket = var.unset\n"
                                       "}\n");
        write(dir.filePath(QStringLiteral("terraform.tfvars")), "b = \"tfvars\"\nc = \"tfvars\"\nd = \"tfvars\"\ne = \"tfvars\"\nf = \"tfvars\"\n");
        write(dir.filePath(QStringLiteral("a.auto.tfvars")), "c = \"auto-a\"\nd = \"auto-a\"\ne = \"auto-a\"\nf = \"auto-a\"\n");
        write(dir.filePath(QStringLiteral("b.auto.tfvars.json")), R"({"d": "auto-b", "e": "auto-b", "f": "auto-b"})");
        write(dir.filePath(QStringLiteral("extra.tfvars")), "e = \"file\"\nf = \"file\"\n");
        ConfigOptions options;
        options.varFiles = {dir.filePath(QStringLiteral("extra.tfvars")).toStdString()};
        options.vars = {{"f", "cli"}, {"n", "41"}};
        const ConfigResult r = Configuration::read(dir.path().toStdString(), options);
        QVERIFY(r.parseErrors.empty());
        const ConfigResource *b = find(r, "", "aws_s3_bucket", "b");
        QVERIFY(b);
        QCOMPARE(b->attributes["tags"], json::parse(R"({"a":"default","b":"tfvars","c":"auto-a","d":"auto-b","e":"file","f":"cli","n":42})"));
        QVERIFY(!b->attributes.contains("bucket")); // unknown: not copied
        QCOMPARE(r.unsetVariables, std::vector<std::string>{"var.unset"});
    }

    void countForEachAndReferences()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("main.tf")), R"(
provider "aws" { region = "eu-west-1" }
locals {
  subnets = { a = "10.0.1.0/24", b = "10.0.2.0/24" }
  names   = toset(["web", "api"])
}
resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_subnet" "each" {
  for_each          = local.subnets
  vpc_id            = aws_vpc.main.id
  cidr_block        = each.value
  availability_zone = "eu-west-1${each.key}"
}
resource "aws_subnet" "counted" {
  count      = 3
  vpc_id     = aws_vpc.main.id
  cidr_block = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index + 10)
}
resource "aws_security_group" "sg" {
  for_each = local.names
  name     = "${each.key}-sg"
  vpc_id   = aws_vpc.main.id
  dynamic "ingress" {
    for_each = [80, 443]
    content {
      from_port = ingress.value
      to_port   = ingress.value
      protocol  = "tcp"
    }
  }
}
resource "aws_instance" "web" {
  subnet_id = values(aws_subnet.each)[0].id
  vpc_security_group_ids = [for k, sg in aws_security_group.sg : sg.id]
  tags = { ips = (aws_subnet.counted[*].cidr_block)[1] }
}
)");
        const ConfigResult r = Configuration::read(dir.path().toStdString(), {});
        QVERIFY(r.parseErrors.empty());
        const ConfigResource *vpc = find(r, "", "aws_vpc", "main");
        QVERIFY(vpc);
        QCOMPARE(vpc->region, std::string("eu-west-1"));
        const std::string vpcId = vpc->attributes["id"];
        const ConfigResource *a = find(r, "", "aws_subnet", "each", "a");
        QVERIFY(a);
        QCOMPARE(a->attributes["cidr_block"], json("10.0.1.0/24"));
        QCOMPARE(a->attributes["availability_zone"], json("eu-west-1a"));
        QCOMPARE(a->attributes["vpc_id"], json(vpcId));
        QVERIFY(find(r, "", "aws_subnet", "each", "b"));
        QCOMPARE(ofType(r, "aws_subnet").size(), size_t(5));
        QCOMPARE(find(r, "", "aws_subnet", "counted", 2)->attributes["cidr_block"], json("10.0.12.0/24"));
        const ConfigResource *api = find(r, "", "aws_security_group", "sg", "api");
        QVERIFY(api);
        QCOMPARE(api->attributes["name"], json("api-sg"));
        QCOMPARE(api->attributes["ingress"].size(), size_t(2));
        QCOMPARE(api->attributes["ingress"][1]["from_port"], json(443));
        const ConfigResource *web = find(r, "", "aws_instance", "web");
        QCOMPARE(web->attributes["subnet_id"], a->attributes["id"]);
        QCOMPARE(web->attributes["vpc_security_group_ids"], json({api->attributes["id"], find(r, "", "aws_security_group", "sg", "web")->attributes["id"]}));
        QCOMPARE(web->attributes["tags"]["ips"], json("10.0.11.0/24"));
    }

    void parseErrorKeepsTheOtherFiles()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("good.tf")), "resource \"aws_vpc\" \"ok\" { cidr_block = \"10.0.0.0/16\" }\n");
        write(dir.filePath(QStringLiteral("bad.tf")), "resource \"aws_vpc\" \"broken\" {\n  cidr_block = \n}\n");
        write(dir.filePath(QStringLiteral("bad.tf.json")), "{\"resource\": [\n");
        const ConfigResult r = Configuration::read(dir.path().toStdString(), {});
        QCOMPARE(r.parseErrors.size(), size_t(2));
        QVERIFY2(QString::fromStdString(r.parseErrors[0]).endsWith(QStringLiteral("bad.tf:2:16: expected an expression, found end of line")), r.parseErrors[0].c_str());
        QVERIFY2(QString::fromStdString(r.parseErrors[1]).contains(QStringLiteral("bad.tf.json:")), r.parseErrors[1].c_str());
        QVERIFY(find(r, "", "aws_vpc", "ok"));
        QCOMPARE(r.resources.size(), size_t(1));
    }

    void jsonConfiguration()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("main.tf.json")), R"({
  "variable": {"cidr": {"default": "10.9.0.0/16"}},
  "resource": {
    "aws_vpc": {"main": {"cidr_block": "${var.cidr}"}},
    "aws_subnet": {"s": {"count": 2, "vpc_id": "${aws_vpc.main.id}", "cidr_block": "${cidrsubnet(var.cidr, 8, count.index)}"}}
  }
})");
        const ConfigResult r = Configuration::read(dir.path().toStdString(), {});
        QVERIFY(r.parseErrors.empty());
        QCOMPARE(find(r, "", "aws_vpc", "main")->attributes["cidr_block"], json("10.9.0.0/16"));
        QCOMPARE(find(r, "", "aws_subnet", "s", 1)->attributes["cidr_block"], json("10.9.1.0/24"));
        QCOMPARE(find(r, "", "aws_subnet", "s", 1)->attributes["vpc_id"], find(r, "", "aws_vpc", "main")->attributes["id"]);
    }

    void localModules()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("root/main.tf")), R"(
module "net" {
  source = "./modules/net"
  cidr   = "10.20.0.0/16"
  zones  = ["us-west-2a", "us-west-2b"]
}
module "app" {
  source    = "../shared/app"
  for_each  = { blue = 1, green = 2 }
  subnet_id = module.net.subnet_ids[each.value - 1]
}
module "extra" {
  source = "./modules/net"
  count  = 2
  cidr   = "10.${30 + count.index}.0.0/16"
  zones  = ["us-west-2c"]
}
module "gone" {
  source = "./modules/missing"
}
resource "aws_s3_bucket" "b" { bucket = module.gone.name }
)");
        write(dir.filePath(QStringLiteral("root/modules/net/main.tf")), R"(
variable "cidr" {}
variable "zones" { type = list(string) }
resource "aws_vpc" "this" { cidr_block = var.cidr }
resource "aws_subnet" "s" {
  count             = length(var.zones)
  vpc_id            = aws_vpc.this.id
  cidr_block        = cidrsubnet(var.cidr, 4, count.index)
  availability_zone = var.zones[count.index]
}
module "flow" {
  source = "./flow"
  vpc_id = aws_vpc.this.id
}
output "subnet_ids" { value = aws_subnet.s[*].id }
)");
        write(dir.filePath(QStringLiteral("root/modules/net/flow/main.tf")), "variable \"vpc_id\" {}\nresource \"aws_flow_log\" \"f\" { vpc_id = var.vpc_id }\n");
        write(dir.filePath(QStringLiteral("shared/app/main.tf")), "variable \"subnet_id\" {}\nresource \"aws_instance\" \"i\" { subnet_id = var.subnet_id }\n");
        const ConfigResult r = Configuration::read(dir.filePath(QStringLiteral("root")).toStdString(), {});
        QVERIFY(r.parseErrors.empty());
        const ConfigResource *s1 = find(r, "module.net", "aws_subnet", "s", 1);
        QVERIFY(s1);
        QCOMPARE(s1->attributes["cidr_block"], json("10.20.16.0/20"));
        const ConfigResource *green = find(r, "module.app[\"green\"]", "aws_instance", "i");
        QVERIFY(green);
        QCOMPARE(green->attributes["subnet_id"], s1->attributes["id"]);
        QVERIFY(find(r, "module.app[\"blue\"]", "aws_instance", "i"));
        const ConfigResource *flow = find(r, "module.net.module.flow", "aws_flow_log", "f");
        QVERIFY(flow);
        QCOMPARE(flow->attributes["vpc_id"], find(r, "module.net", "aws_vpc", "this")->attributes["id"]);
        QCOMPARE(find(r, "module.extra[1]", "aws_vpc", "this")->attributes["cidr_block"], json("10.31.0.0/16"));
        QVERIFY(find(r, "module.extra[0].module.flow", "aws_flow_log", "f"));
        QCOMPARE(r.modulesUnread.size(), size_t(1));
        QCOMPARE(r.modulesUnread[0].first, std::string("./modules/missing"));
        QVERIFY(!find(r, "", "aws_s3_bucket", "b")->attributes.contains("bucket")); // the unread module's output is unknown
    }

    // ------------------------------------------------------------------ limits
    void devicesAndHugeFilesAreRefusedByName()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("main.tf")), "resource \"aws_vpc\" \"ok\" { cidr_block = \"10.0.0.0/16\" }\n");
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("zero.tf"))));
        {
            QFile big(dir.filePath(QStringLiteral("big.tf.json")));
            QVERIFY(big.open(QIODevice::WriteOnly));
            QVERIFY(big.resize(InputLimits::terraformConfigurationFileBytes + 1)); // sparse: nothing written
        }
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("terraform.tfvars"))));
        QElapsedTimer timer;
        timer.start();
        const ConfigResult r = Configuration::read(dir.path().toStdString(), {});
        QVERIFY(timer.elapsed() < 20000); // never an endless read
        QStringList errors;
        for (const std::string &e : r.parseErrors)
            errors << QString::fromStdString(e);
        QCOMPARE(errors.size(), 3);
        const QString limit = QString::number(InputLimits::terraformConfigurationFileBytes);
        QVERIFY2(errors.filter(QStringLiteral("big.tf.json:1:1: is too large: %1 bytes, the limit is %2 bytes")
                                   .arg(InputLimits::terraformConfigurationFileBytes + 1)
                                   .arg(limit))
                         .size()
                     == 1,
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY2(errors.filter(QStringLiteral("zero.tf:1:1: is not a regular file")).size() == 1, qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY2(errors.filter(QStringLiteral("terraform.tfvars:1:1: is not a regular file")).size() == 1, qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(find(r, "", "aws_vpc", "ok")); // the readable file still counts
    }

    void fileFunctionReadsWithinTheLimit()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("main.tf")), R"(
resource "aws_instance" "zero" { user_data = file("/dev/zero") }
resource "aws_instance" "ok" { user_data = file("${path.module}/boot.sh") }
)");
        write(dir.filePath(QStringLiteral("boot.sh")), "#!/bin/sh\n");
        const ConfigResult r = Configuration::read(dir.path().toStdString(), {});
        QCOMPARE(find(r, "", "aws_instance", "ok")->attributes["user_data"], json("#!/bin/sh\n"));
        QVERIFY(!find(r, "", "aws_instance", "zero")->attributes.contains("user_data"));
        bool named = false;
        for (const std::string &i : r.issues)
            named = named || (i.find("main.tf:2:") != std::string::npos && i.find("/dev/zero: is not a regular file") != std::string::npos);
        QVERIFY(named);
    }

    void moduleCyclesAreReadOnce()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("root/main.tf")), R"(
resource "aws_vpc" "root" { cidr_block = "10.0.0.0/16" }
module "a" { source = "../a" }
module "me" { source = "./" }
)");
        write(dir.filePath(QStringLiteral("a/main.tf")), "module \"b\" { source = \"../b\" }\nresource \"aws_vpc\" \"a\" { cidr_block = \"10.1.0.0/16\" }\n");
        write(dir.filePath(QStringLiteral("b/main.tf")), "module \"a\" { source = \"../a\" }\nresource \"aws_vpc\" \"b\" { cidr_block = \"10.2.0.0/16\" }\n");
        const ConfigResult r = Configuration::read(dir.filePath(QStringLiteral("root")).toStdString(), {});
        QCOMPARE(ofType(r, "aws_vpc").size(), size_t(3)); // root, module.a, module.a.module.b: each once
        QVERIFY(find(r, "module.a.module.b", "aws_vpc", "b"));
        QCOMPARE(r.modulesUnread.size(), size_t(2));
        std::set<std::string> unread;
        for (const auto &[source, why] : r.modulesUnread)
            unread.insert(source + " | " + why.substr(0, why.find(':')));
        QVERIFY(unread.count("./ | module.me"));
        QVERIFY(unread.count("../a | module.a.module.b.module.a"));
        for (const auto &[source, why] : r.modulesUnread)
            QVERIFY2(why.find("includes itself") != std::string::npos, why.c_str());
    }

    void moduleNestingIsBounded()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("root/main.tf")), "module \"m\" { source = \"../m0\" }\n");
        for (int i = 0; i < 20; ++i)
            write(dir.filePath(QStringLiteral("m%1/main.tf").arg(i)),
                  QStringLiteral("module \"m\" { source = \"../m%1\" }\nresource \"aws_sqs_queue\" \"q\" {}\n").arg(i + 1).toUtf8());
        const ConfigResult r = Configuration::read(dir.filePath(QStringLiteral("root")).toStdString(), {});
        QCOMPARE(ofType(r, "aws_sqs_queue").size(), size_t(16)); // m0 .. m15, sixteen levels below the root
        QCOMPARE(r.modulesUnread.size(), size_t(1));
        QVERIFY2(r.modulesUnread[0].second.find("nested more than 16 deep") != std::string::npos, r.modulesUnread[0].second.c_str());
    }

    void moduleInstancesAreBounded()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("root/main.tf")), "module \"a\" {\n  source = \"../a\"\n  count  = 200\n}\n");
        write(dir.filePath(QStringLiteral("a/main.tf")), "module \"b\" {\n  source = \"../b\"\n  count  = 100\n}\n");
        write(dir.filePath(QStringLiteral("b/main.tf")), "resource \"aws_sqs_queue\" \"q\" {}\n");
        const ConfigResult r = Configuration::read(dir.filePath(QStringLiteral("root")).toStdString(), {});
        // 200 + 200 × 100 instances asked for; ten thousand made, the first 200 of them the a's
        QCOMPARE(ofType(r, "aws_sqs_queue").size(), size_t(10000 - 200));
        bool noted = false;
        for (const std::string &i : r.issues)
            noted = noted || i.find("more than 10000 module instances") != std::string::npos;
        QVERIFY(noted);
    }

    void availabilityZonesAssumed()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("main.tf")), R"(
provider "aws" { region = "ap-northeast-1" }
data "aws_availability_zones" "available" { state = "available" }
data "aws_region" "current" {}
resource "aws_subnet" "s" {
  count             = 2
  vpc_id            = "vpc-123"
  availability_zone = data.aws_availability_zones.available.names[count.index + 1]
  tags              = { region = data.aws_region.current.name }
}
)");
        const ConfigResult r = Configuration::read(dir.path().toStdString(), {});
        QCOMPARE(find(r, "", "aws_subnet", "s", 0)->attributes["availability_zone"], json("ap-northeast-1c"));
        QCOMPARE(find(r, "", "aws_subnet", "s", 1)->attributes["availability_zone"], json("ap-northeast-1d"));
        QCOMPARE(find(r, "", "aws_subnet", "s", 1)->attributes["tags"]["region"], json("ap-northeast-1"));
        QCOMPARE(r.assumptions.size(), size_t(2));
        QVERIFY(QString::fromStdString(r.assumptions[0]).contains(QStringLiteral("ap-northeast-1a, ap-northeast-1c, ap-northeast-1d")));
    }

    void secretsNeverCopied()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("main.tf")), R"(
variable "db_password" {
  type      = string
  sensitive = true
  default   = "hunter2-default"
}
resource "aws_db_instance" "db" {
  identifier = "main"
  password   = var.db_password
  tags       = { note = "pw ${var.db_password}" }
}
)");
        write(dir.filePath(QStringLiteral("terraform.tfvars")), "db_password = \"hunter2-tfvars\"\n");
        const ConfigResult r = Configuration::read(dir.path().toStdString(), {});
        const ConfigResource *db = find(r, "", "aws_db_instance", "db");
        QVERIFY(db);
        QVERIFY(!db->attributes.contains("password"));
        QVERIFY(!QString::fromStdString(db->attributes.dump()).contains(QStringLiteral("hunter2")));
        bool named = false;
        for (const auto &[address, attribute] : r.secrets)
            named = named || (address == "aws_db_instance.db" && attribute == "password");
        QVERIFY(named);
    }

    void registryVpcModule_data()
    {
        QTest::addColumn<QString>("natSettings");
        QTest::addColumn<int>("natGateways");
        QTest::addColumn<int>("privateTables");
        QTest::newRow("no NAT") << "enable_nat_gateway = false" << 0 << 3;
        QTest::newRow("single NAT") << "enable_nat_gateway = true\n single_nat_gateway = true" << 1 << 1;
        QTest::newRow("NAT per zone") << "enable_nat_gateway = true\n one_nat_gateway_per_az = true" << 2 << 2;
        QTest::newRow("NAT per subnet") << "enable_nat_gateway = true" << 3 << 3;
    }

    void registryVpcModule()
    {
        QFETCH(QString, natSettings);
        QFETCH(int, natGateways);
        QFETCH(int, privateTables);
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("main.tf")), QStringLiteral(R"(
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"
  name    = "demo"
  cidr    = "10.0.0.0/16"
  azs     = ["eu-west-1a", "eu-west-1b"]
  public_subnets   = ["10.0.101.0/24", "10.0.102.0/24"]
  private_subnets  = ["10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24"]
  database_subnets = ["10.0.21.0/24", "10.0.22.0/24"]
  %1
}
resource "aws_instance" "app" { subnet_id = module.vpc.private_subnets[2] }
)").arg(natSettings).toUtf8());
        const ConfigResult r = Configuration::read(dir.path().toStdString(), {});
        QCOMPARE(r.modulesUnderstood.size(), size_t(1));
        QCOMPARE(r.modulesUnderstood[0].second, std::string("5.8.1"));
        QCOMPARE(ofType(r, "aws_vpc").size(), size_t(1));
        QCOMPARE(ofType(r, "aws_subnet").size(), size_t(7));
        QCOMPARE(ofType(r, "aws_internet_gateway").size(), size_t(1));
        QCOMPARE(int(ofType(r, "aws_nat_gateway").size()), natGateways);
        QCOMPARE(int(ofType(r, "aws_eip").size()), natGateways);
        int priv = 0;
        for (const ConfigResource *t : ofType(r, "aws_route_table"))
            priv += t->name == "private";
        QCOMPARE(priv, privateTables);
        QCOMPARE(ofType(r, "aws_db_subnet_group").size(), size_t(1));
        const ConfigResource *p2 = find(r, "module.vpc", "aws_subnet", "private", 2);
        QVERIFY(p2);
        QCOMPARE(p2->attributes["availability_zone"], json("eu-west-1a")); // element() wraps: 2 mod 2 = 0
        QCOMPARE(p2->attributes["vpc_id"], find(r, "module.vpc", "aws_vpc", "this", 0)->attributes["id"]);
        QCOMPARE(find(r, "", "aws_instance", "app")->attributes["subnet_id"], p2->attributes["id"]);
    }

    void registryOtherModules()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("main.tf")), QByteArray(R"(
module "sg" {
  source              = "terraform-aws-modules/security-group/aws"
  name                = "web"
  vpc_id              = "vpc-1"
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["http-80-tcp", "https-443-tcp"]
  ingress_with_cidr_blocks = [{ from_port = 8080, to_port = 8090, protocol = "tcp", cidr_blocks = "10.0.0.0/8,192.168.0.0/16" }]
}
module "alb" {
  source  = "terraform-aws-modules/alb/aws"
  name    = "web"
  vpc_id  = "vpc-1"
  subnets = ["subnet-1", "subnet-2"]
  listeners = { http = { port = 80, protocol = "HTTP", forward = { target_group_key = "app" } } }
  target_groups = { app = { name_prefix = "app", protocol = "HTTP", port = 80, target_type = "ip" } }
}
module "db" {
  source         = "terraform-aws-modules/rds/aws"
  identifier     = "main"
  engine         = "postgres"
  instance_class = "db.t3.micro"
  password       = "not-copied"
  create_db_subnet_group = true
  subnet_ids     = ["subnet-1", "subnet-2"]
}
module "ecs" {
  source       = "terraform-aws-modules/ecs/aws"
  cluster_name = "apps"
  services = {
    web = {
      cpu = 512
      memory = 1024
      subnet_ids = ["subnet-1"]
      container_definitions = { app = { image = "nginx", port_mappings = [{ containerPort = 80 }] } }
      load_balancer = { service = { target_group_arn = module.alb.target_groups["app"].arn, container_name = "app", container_port = 80 } }
    }
  }
}
module "svc" {
  source      = "terraform-aws-modules/ecs/aws@@modules/service"
  name        = "worker"
  cluster_arn = module.ecs.cluster_arn
}
module "private" { source = "app.terraform.io/acme/network/aws" }
)").replace("@@", "/" "/"));
        const ConfigResult r = Configuration::read(dir.path().toStdString(), {});
        QCOMPARE(r.modulesUnderstood.size(), size_t(5));
        QCOMPARE(r.modulesUnread.size(), size_t(1));
        QCOMPARE(r.modulesUnread[0].first, std::string("app.terraform.io/acme/network/aws"));
        QCOMPARE(ofType(r, "aws_security_group_rule").size(), size_t(3)); // 2 named ingress rules + 1 with CIDR blocks; no egress rules asked for
        const ConfigResource *cidrRule = find(r, "module.sg", "aws_security_group_rule", "ingress_with_cidr_blocks", 0);
        QVERIFY(cidrRule);
        QCOMPARE(cidrRule->attributes["cidr_blocks"], json::parse(R"(["10.0.0.0/8","192.168.0.0/16"])"));
        const ConfigResource *listener = find(r, "module.alb", "aws_lb_listener", "this", "http");
        QVERIFY(listener);
        const ConfigResource *tg = find(r, "module.alb", "aws_lb_target_group", "this", "app");
        QCOMPARE(listener->attributes["default_action"][0]["target_group_arn"], tg->attributes["arn"]);
        const ConfigResource *db = find(r, "module.db.module.db_instance", "aws_db_instance", "this", 0);
        QVERIFY(db);
        QVERIFY(!db->attributes.contains("password"));
        QVERIFY(find(r, "module.db.module.db_subnet_group", "aws_db_subnet_group", "this", 0));
        const ConfigResource *service = find(r, "module.ecs.module.service[\"web\"]", "aws_ecs_service", "this", 0);
        QVERIFY(service);
        QCOMPARE(service->attributes["load_balancer"][0]["target_group_arn"], tg->attributes["arn"]);
        QCOMPARE(service->attributes["cluster"], find(r, "module.ecs.module.cluster", "aws_ecs_cluster", "this", 0)->attributes["arn"]);
        QCOMPARE(find(r, "module.svc", "aws_ecs_service", "this", 0)->attributes["cluster"], service->attributes["cluster"]);
    }

    // ------------------------------------------------------------------ the import of a folder
    void importsAFolderIntoADesign()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("main.tf")), R"(
provider "aws" { region = "eu-central-1" }
resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_internet_gateway" "igw" { vpc_id = aws_vpc.main.id }
resource "aws_subnet" "public" {
  for_each          = { a = 1, b = 2 }
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, each.value)
  availability_zone = "eu-central-1${each.key}"
}
resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.igw.id
  }
}
resource "aws_route_table_association" "public" {
  for_each       = aws_subnet.public
  subnet_id      = each.value.id
  route_table_id = aws_route_table.public.id
}
)");
        write(dir.filePath(QStringLiteral("broken.tf")), "resource \"aws_vpc\" \"x\" {\n");
        tfimport::ImportSource source{dir.path(), {}, true};
        const tfimport::ImportResult result = tfimport::TerraformImporter::import({source}, QStringLiteral("cfg"));
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        QCOMPARE(result.report.parseErrors.size(), 1);
        QVERIFY(result.report.parseErrors[0].endsWith(QStringLiteral("broken.tf:2:1: expected '}' to close the block, found end of file")));
        int vpcs = 0, subnets = 0, zones = 0, publicSubnets = 0;
        QString region;
        for (const Component *cp : result.design->components()) {
            const Component &c = *cp;
            vpcs += c.kind == QLatin1String("vpc");
            zones += c.kind == QLatin1String("availability_zone");
            if (c.kind == QLatin1String("subnet")) {
                ++subnets;
                publicSubnets += c.props.value("public", false) ? 1 : 0;
                const Component *zone = result.design->component(c.parent);
                QVERIFY(zone && zone->kind == QLatin1String("availability_zone"));
                const Component *vpc = result.design->component(zone->parent);
                QVERIFY(vpc && vpc->kind == QLatin1String("vpc"));
            }
            if (c.kind == QLatin1String("region"))
                region = QString::fromStdString(c.props.value("region", std::string()));
        }
        QCOMPARE(vpcs, 1);
        QCOMPARE(subnets, 2);
        QCOMPARE(zones, 2);
        QCOMPARE(publicSubnets, 2);
        QCOMPARE(region, QStringLiteral("eu-central-1"));
        const nlohmann::ordered_json report = result.report.toJson();
        QVERIFY(report.contains("modules_understood"));
        QCOMPARE(report["parse_errors"].size(), size_t(1));
    }

    // ------------------------------------------------------------------ realistic configurations (tests/data/hcl)
    void threeTierInTwoRegions()
    {
        // for_each subnets built by a for expression over tiers and zones, a second region through an
        // aliased provider, terraform.tfvars, conditional route tables, a sensitive password
        const tfimport::ImportResult r = importFolder(QStringLiteral(KUMO_TEST_DATA "/hcl/three-tier-two-regions"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(r.report.parseErrors.isEmpty());
        const auto kinds = kindCounts(*r.design);
        QCOMPARE(kinds.at(QStringLiteral("region")), 2);
        QCOMPARE(kinds.at(QStringLiteral("vpc")), 2);
        QCOMPARE(kinds.at(QStringLiteral("availability_zone")), 4);
        QCOMPARE(kinds.at(QStringLiteral("internet_gateway")), 2);
        QCOMPARE(kinds.at(QStringLiteral("nat_gateway")), 1);
        QCOMPARE(kinds.at(QStringLiteral("load_balancer")), 1);
        QCOMPARE(kinds.at(QStringLiteral("target_group")), 1);
        QCOMPARE(kinds.at(QStringLiteral("ec2_instance")), 4);
        QCOMPARE(kinds.at(QStringLiteral("rds_instance")), 1);
        QCOMPARE(kinds.at(QStringLiteral("security_group")), 4);
        const char *east = "10.10.0.0/16", *west = "10.20.0.0/16";
        checkSubnets(*r.design, {
                                    {"orders-prod-web-0", "us-east-1a", "10.10.0.0/24", true, east, "us-east-1"},
                                    {"orders-prod-web-1", "us-east-1b", "10.10.1.0/24", true, east, "us-east-1"},
                                    {"orders-prod-app-0", "us-east-1a", "10.10.10.0/24", false, east, "us-east-1"},
                                    {"orders-prod-app-1", "us-east-1b", "10.10.11.0/24", false, east, "us-east-1"},
                                    {"orders-prod-data-0", "us-east-1a", "10.10.20.0/24", false, east, "us-east-1"},
                                    {"orders-prod-data-1", "us-east-1b", "10.10.21.0/24", false, east, "us-east-1"},
                                    {"orders-prod-standby-web-0", "us-west-2a", "10.20.0.0/24", true, west, "us-west-2"},
                                    {"orders-prod-standby-web-1", "us-west-2c", "10.20.1.0/24", true, west, "us-west-2"},
                                    {"orders-prod-standby-app-0", "us-west-2a", "10.20.10.0/24", false, west, "us-west-2"},
                                    {"orders-prod-standby-app-1", "us-west-2c", "10.20.11.0/24", false, west, "us-west-2"},
                                    {"orders-prod-standby-data-0", "us-west-2a", "10.20.20.0/24", false, west, "us-west-2"},
                                    {"orders-prod-standby-data-1", "us-west-2c", "10.20.21.0/24", false, west, "us-west-2"},
                                });
        // target_type left out: the provider's default, instance (the group lists the two app servers)
        for (const Component *c : r.design->components())
            if (c->kind == QLatin1String("target_group"))
                QCOMPARE(prop(c, "target_type"), QStringLiteral("instance"));
        // the password from terraform.tfvars is named in the report, never copied
        const QByteArray saved = DesignJson::write(*r.design);
        QVERIFY(!saved.contains("do-not-copy-me-0451"));
        QVERIFY(!QByteArray::fromStdString(r.report.toJson().dump()).contains("do-not-copy-me-0451"));
        bool named = false;
        for (const auto &secret : r.report.secrets)
            named = named || (secret.address == QLatin1String("aws_db_instance.orders") && secret.attribute == QLatin1String("password"));
        QVERIFY(named);
    }

    void modulesOutsideTheFolder()
    {
        // the root lives in live/prod and calls ../../modules/network once and ../../modules/ecs-service per service
        const tfimport::ImportResult r = importFolder(QStringLiteral(KUMO_TEST_DATA "/hcl/modules-outside/live/prod"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(r.report.parseErrors.isEmpty());
        QVERIFY(r.report.modulesUnread.empty());
        const auto kinds = kindCounts(*r.design);
        QCOMPARE(kinds.at(QStringLiteral("vpc")), 1);
        QCOMPARE(kinds.at(QStringLiteral("availability_zone")), 3);
        QCOMPARE(kinds.at(QStringLiteral("nat_gateway")), 3);
        QCOMPARE(kinds.at(QStringLiteral("load_balancer")), 2);
        QCOMPARE(kinds.at(QStringLiteral("target_group")), 2);
        QCOMPARE(kinds.at(QStringLiteral("ecs_cluster")), 1);
        QCOMPARE(kinds.at(QStringLiteral("ecs_service")), 2);
        QCOMPARE(kinds.at(QStringLiteral("ecs_task_definition")), 2);
        QCOMPARE(kinds.at(QStringLiteral("security_group")), 4);
        QCOMPARE(kinds.at(QStringLiteral("s3_bucket")), 1);
        const char *vpc = "172.16.0.0/16", *region = "eu-central-1";
        // cidrsubnet(172.16.0.0/16, 4, i): public i = 0..2, private i = 8..10
        checkSubnets(*r.design, {
                                    {"shop-prod-public-eu-central-1a", "eu-central-1a", "172.16.0.0/20", true, vpc, region},
                                    {"shop-prod-public-eu-central-1b", "eu-central-1b", "172.16.16.0/20", true, vpc, region},
                                    {"shop-prod-public-eu-central-1c", "eu-central-1c", "172.16.32.0/20", true, vpc, region},
                                    {"shop-prod-private-eu-central-1a", "eu-central-1a", "172.16.128.0/20", false, vpc, region},
                                    {"shop-prod-private-eu-central-1b", "eu-central-1b", "172.16.144.0/20", false, vpc, region},
                                    {"shop-prod-private-eu-central-1c", "eu-central-1c", "172.16.160.0/20", false, vpc, region},
                                });
        // each service's task definition carries its own image and port
        QStringList images;
        for (const Component *c : r.design->components())
            if (c->kind == QLatin1String("ecs_task_definition"))
                images << QString::fromStdString(c->props.dump());
        QCOMPARE(images.size(), 2);
        QVERIFY(images.join(QLatin1Char(' ')).contains(QStringLiteral("public.ecr.aws/acme/api:1.4.2")));
        QVERIFY(images.join(QLatin1Char(' ')).contains(QStringLiteral("public.ecr.aws/acme/admin:0.9.0")));
    }

    void registryModulesStack()
    {
        // vpc, security-group (twice), alb and rds from terraform-aws-modules, zones from a data source
        const tfimport::ImportResult r = importFolder(QStringLiteral(KUMO_TEST_DATA "/hcl/registry-modules-stack"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        std::set<QString> understood;
        for (const auto &m : r.report.modulesUnderstood)
            understood.insert(m.source);
        QCOMPARE(understood, (std::set<QString>{QStringLiteral("terraform-aws-modules/vpc/aws"), QStringLiteral("terraform-aws-modules/security-group/aws"),
                                                QStringLiteral("terraform-aws-modules/alb/aws"), QStringLiteral("terraform-aws-modules/rds/aws")}));
        QVERIFY(r.report.modulesUnread.empty());
        QVERIFY(r.report.assumptions.join(QLatin1Char('\n')).contains(QStringLiteral("ap-northeast-1a, ap-northeast-1c, ap-northeast-1d")));
        const auto kinds = kindCounts(*r.design);
        QCOMPARE(kinds.at(QStringLiteral("vpc")), 1);
        QCOMPARE(kinds.at(QStringLiteral("availability_zone")), 3);
        QCOMPARE(kinds.at(QStringLiteral("nat_gateway")), 1); // single_nat_gateway
        QCOMPARE(kinds.at(QStringLiteral("internet_gateway")), 1);
        QCOMPARE(kinds.at(QStringLiteral("load_balancer")), 1);
        QCOMPARE(kinds.at(QStringLiteral("target_group")), 1);
        QCOMPARE(kinds.at(QStringLiteral("rds_instance")), 1);
        QCOMPARE(kinds.at(QStringLiteral("security_group")), 2);
        const char *vpc = "10.50.0.0/16", *region = "ap-northeast-1";
        checkSubnets(*r.design, {
                                    {"ledger-public-ap-northeast-1a", "ap-northeast-1a", "10.50.0.0/24", true, vpc, region},
                                    {"ledger-public-ap-northeast-1c", "ap-northeast-1c", "10.50.1.0/24", true, vpc, region},
                                    {"ledger-public-ap-northeast-1d", "ap-northeast-1d", "10.50.2.0/24", true, vpc, region},
                                    {"ledger-private-ap-northeast-1a", "ap-northeast-1a", "10.50.10.0/24", false, vpc, region},
                                    {"ledger-private-ap-northeast-1c", "ap-northeast-1c", "10.50.11.0/24", false, vpc, region},
                                    {"ledger-private-ap-northeast-1d", "ap-northeast-1d", "10.50.12.0/24", false, vpc, region},
                                    {"ledger-db-ap-northeast-1a", "ap-northeast-1a", "10.50.20.0/24", false, vpc, region},
                                    {"ledger-db-ap-northeast-1c", "ap-northeast-1c", "10.50.21.0/24", false, vpc, region},
                                    {"ledger-db-ap-northeast-1d", "ap-northeast-1d", "10.50.22.0/24", false, vpc, region},
                                });
        // the database sits in a database subnet
        for (const Component *c : r.design->components())
            if (c->kind == QLatin1String("rds_instance"))
                QVERIFY2(r.design->component(c->parent) && r.design->component(c->parent)->name.startsWith(QStringLiteral("ledger-db-")), qPrintable(c->parent));
    }

    void emptyFolderIsRefused()
    {
        QTemporaryDir dir;
        tfimport::ImportSource source{dir.path(), {}, true};
        const tfimport::ImportResult result = tfimport::TerraformImporter::import({source}, QStringLiteral("cfg"));
        QVERIFY(!result.ok());
        QVERIFY(result.errorText().contains(QStringLiteral("no Terraform configuration")));
    }
};

KUMO_TEST_GUILESS_MAIN(TestHcl)
#include "tst_hcl.moc"
