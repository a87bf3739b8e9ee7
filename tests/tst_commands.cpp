// Undo commands: each restores the design exactly, alone and in random sequences.
#include "support/testregistry.h"
#include "addcomponentscommand.h"
#include "catalog.h"
#include "changepropertycommand.h"
#include "connectioncommands.h"
#include "designjson.h"
#include "document.h"
#include "geometrycommand.h"
#include "removecomponentscommand.h"
#include "reparentcomponentcommand.h"
#include "rulepresets.h"
#include "templates.h"
#include "validator.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using namespace kumo;

namespace {
Design threeTier()
{
    DesignReadResult r = Templates::load(QStringLiteral("three-tier"));
    if (!r.ok())
        qFatal("three-tier template missing");
    return std::move(*r.design);
}

Component makeComponent(const QString &id, const QString &kind, const QString &parent)
{
    Component c;
    c.id = id;
    c.kind = kind;
    c.parent = parent;
    return c;
}

/// Applies one random edit through the undo stack. Returns false when nothing applied.
void randomEdit(Document &doc, QRandomGenerator &rng, int step)
{
    const Design &d = doc.design();
    const auto all = d.components();
    auto pick = [&]() -> const Component * { return all.empty() ? nullptr : all[rng.bounded(int(all.size()))]; };
    QUndoStack *stack = doc.undoStack();
    switch (rng.bounded(10)) {
    case 0: { // add a random kind where it may go
        const auto &kinds = Catalog::instance().kinds();
        const KindSpec &kind = kinds[size_t(rng.bounded(int(kinds.size())))];
        const Component *parent = pick();
        const QString parentId = parent && Catalog::instance().canContain(parent->kind, kind.id) ? parent->id : QString();
        Component c = makeComponent(d.uniqueId(kind.id), kind.id, parentId);
        c.name = QStringLiteral("added %1").arg(step);
        c.geometry = QRectF(rng.bounded(500), rng.bounded(500), 120, 60);
        stack->push(new AddComponentsCommand(&doc, {c}));
        break;
    }
    case 1:
        if (const Component *c = pick())
            stack->push(new RemoveComponentsCommand(&doc, {c->id}));
        break;
    case 2:
        if (const Component *c = pick())
            stack->push(GeometryCommand::move(&doc, {c->id}, QPointF(rng.bounded(50) - 25, rng.bounded(50) - 25)));
        break;
    case 3:
        if (const Component *c = pick())
            stack->push(GeometryCommand::resize(&doc, c->id, QRectF(10, 20, 100 + rng.bounded(300), 50 + rng.bounded(300))));
        break;
    case 4: { // reparent somewhere allowed
        const Component *c = pick();
        const Component *target = pick();
        if (c && target && target != c && Catalog::instance().canContain(target->kind, c->kind))
            stack->push(new ReparentComponentCommand(&doc, c->id, target->id, QRectF(5, 5, 80, 40)));
        break;
    }
    case 5: { // change a property to a value of a random type, or clear it
        const Component *c = pick();
        if (!c || !c->kindSpec() || c->kindSpec()->properties.empty())
            break;
        const auto &props = c->kindSpec()->properties;
        const PropertySpec &p = props[size_t(rng.bounded(int(props.size())))];
        const nlohmann::json values[] = {nullptr, "text", 42, true, nlohmann::json::array({"a", "b"}), nlohmann::json::object()};
        stack->push(new ChangePropertyCommand(&doc, c->id, p.name, values[rng.bounded(6)]));
        break;
    }
    case 6:
        if (const Component *c = pick())
            stack->push(new RenameComponentCommand(&doc, c->id, QStringLiteral("renamed %1").arg(step)));
        break;
    case 7: {
        const Component *a = pick();
        const Component *b = pick();
        if (a && b)
            stack->push(new ConnectCommand(&doc, Connection{{}, a->id, b->id, QStringLiteral("link %1").arg(step), {}}));
        break;
    }
    case 8:
        if (!d.connections().empty()) {
            auto it = d.connections().begin();
            std::advance(it, rng.bounded(int(d.connections().size())));
            stack->push(new DisconnectCommand(&doc, it->first));
        }
        break;
    case 9:
        if (!d.connections().empty()) {
            auto it = d.connections().begin();
            std::advance(it, rng.bounded(int(d.connections().size())));
            stack->push(new RelabelConnectionCommand(&doc, it->first, QStringLiteral("label %1").arg(step)));
        }
        break;
    }
}
} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void randomSequencesUndoExactly_data();
    void randomSequencesUndoExactly();
    void removeTakesChildrenAndConnections();
    void propertyChangesMerge();
    void propertyNullRestoresDefault();
    void fieldEditsAreStepsOfTheirOwn();
    void rulePresetsStartValid();
    void reparentRefusesCycles();
    void moveIsOneStep();
    void changedIsEmitted();
};

void TestCommands::randomSequencesUndoExactly_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("steps");
    for (quint32 seed : {1u, 7u, 42u, 1234u, 99991u})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed << 200;
}

void TestCommands::randomSequencesUndoExactly()
{
    QFETCH(quint32, seed);
    QFETCH(int, steps);
    Document doc;
    doc.reset(threeTier());
    const QByteArray original = DesignJson::write(doc.design());
    QRandomGenerator rng(seed);
    for (int i = 0; i < steps; ++i)
        randomEdit(doc, rng, i);
    QVERIFY(doc.undoStack()->count() > steps / 3);
    const QByteArray edited = DesignJson::write(doc.design());
    QVERIFY(edited != original);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(DesignJson::write(doc.design()), original);
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    QCOMPARE(DesignJson::write(doc.design()), edited);
}

void TestCommands::removeTakesChildrenAndConnections()
{
    Document doc;
    doc.reset(threeTier());
    const Design before = doc.design();
    doc.undoStack()->push(new RemoveComponentsCommand(&doc, {QStringLiteral("vpc")}));
    const Design &d = doc.design();
    QVERIFY(!d.contains(QStringLiteral("vpc")));
    QVERIFY(!d.contains(QStringLiteral("public-a")));   // grandchild
    QVERIFY(!d.contains(QStringLiteral("nat-a")));      // great-grandchild
    QVERIFY(!d.contains(QStringLiteral("alb")));
    QVERIFY(!d.connection(QStringLiteral("users-alb")));  // touched the load balancer
    QVERIFY(d.connection(QStringLiteral("users-cdn")));   // did not
    QVERIFY(d.contains(QStringLiteral("tokyo")));
    doc.undoStack()->undo();
    QVERIFY(doc.design() == before);
}

void TestCommands::propertyChangesMerge()
{
    Document doc;
    doc.reset(threeTier());
    const QString before = doc.design().component(QStringLiteral("vpc"))->stringProp("cidr");
    // typing "10.1.0.0/16" character by character is one undo step
    for (const char *text : {"1", "10", "10.1.0.0/16"})
        doc.undoStack()->push(new ChangePropertyCommand(&doc, QStringLiteral("vpc"), QStringLiteral("cidr"), text));
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->push(new ChangePropertyCommand(&doc, QStringLiteral("vpc"), QStringLiteral("enable_dns_hostnames"), false));
    QCOMPARE(doc.undoStack()->count(), 2); // another property: its own step
    doc.undoStack()->push(new ChangePropertyCommand(&doc, QStringLiteral("igw"), QStringLiteral("x"), 1));
    QCOMPARE(doc.undoStack()->count(), 3); // another component: its own step
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.design().component(QStringLiteral("vpc"))->stringProp("cidr"), QStringLiteral("10.1.0.0/16"));
    doc.undoStack()->undo();
    QCOMPARE(doc.design().component(QStringLiteral("vpc"))->stringProp("cidr"), before);
    // a change that ends where it started leaves no step
    doc.undoStack()->clear();
    doc.undoStack()->push(new ChangePropertyCommand(&doc, QStringLiteral("vpc"), QStringLiteral("cidr"), "10.9.0.0/16"));
    doc.undoStack()->push(new ChangePropertyCommand(&doc, QStringLiteral("vpc"), QStringLiteral("cidr"), before.toStdString()));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestCommands::propertyNullRestoresDefault()
{
    Document doc;
    doc.reset(threeTier());
    QCOMPARE(doc.design().component(QStringLiteral("web-task"))->intProp("cpu"), 512);
    doc.undoStack()->push(new ChangePropertyCommand(&doc, QStringLiteral("web-task"), QStringLiteral("cpu"), nullptr));
    QVERIFY(!doc.design().component(QStringLiteral("web-task"))->hasProp("cpu"));
    QCOMPARE(doc.design().component(QStringLiteral("web-task"))->intProp("cpu"), 256);
    doc.undoStack()->undo();
    QCOMPARE(doc.design().component(QStringLiteral("web-task"))->intProp("cpu"), 512);
}

void TestCommands::reparentRefusesCycles()
{
    Document doc;
    doc.reset(threeTier());
    const QByteArray before = DesignJson::write(doc.design());
    doc.undoStack()->push(new ReparentComponentCommand(&doc, QStringLiteral("vpc"), QStringLiteral("public-a"), std::nullopt));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(DesignJson::write(doc.design()), before);
    doc.undoStack()->push(new ReparentComponentCommand(&doc, QStringLiteral("nat-a"), QStringLiteral("public-c"), QRectF(1, 2, 3, 4)));
    QCOMPARE(doc.design().component(QStringLiteral("nat-a"))->parent, QStringLiteral("public-c"));
    QVERIFY(doc.design().children(QStringLiteral("public-c")).contains(QStringLiteral("nat-a")));
    QVERIFY(!doc.design().children(QStringLiteral("public-a")).contains(QStringLiteral("nat-a")));
    doc.undoStack()->undo();
    QCOMPARE(DesignJson::write(doc.design()), before);
}

void TestCommands::moveIsOneStep()
{
    Document doc;
    doc.reset(threeTier());
    doc.undoStack()->push(GeometryCommand::resize(&doc, QStringLiteral("vpc"), QRectF(40, 60, 900, 600)));
    doc.undoStack()->push(GeometryCommand::move(&doc, {QStringLiteral("vpc"), QStringLiteral("users")}, QPointF(10, -5)));
    QCOMPARE(*doc.design().component(QStringLiteral("vpc"))->geometry, QRectF(50, 55, 900, 600));
    QCOMPARE(*doc.design().component(QStringLiteral("users"))->geometry, QRectF(10, -5, 0, 0));
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QCOMPARE(*doc.design().component(QStringLiteral("vpc"))->geometry, QRectF(40, 60, 900, 600));
    QVERIFY(!doc.design().component(QStringLiteral("users"))->geometry);
}

void TestCommands::changedIsEmitted()
{
    Document doc;
    doc.reset(threeTier());
    QSignalSpy spy(&doc, &Document::changed);
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    doc.undoStack()->push(new AddComponentsCommand(&doc, {makeComponent(QStringLiteral("n1"), QStringLiteral("note"), {})}));
    QCOMPARE(spy.count(), 1);
    auto event = spy.takeFirst().at(0).value<ChangeEvent>();
    QCOMPARE(event.type, ChangeEvent::Type::ComponentsAdded);
    QCOMPARE(event.ids, QStringList{QStringLiteral("n1")});
    QVERIFY(doc.isModified());
    QCOMPARE(modified.count(), 1);
    doc.undoStack()->push(new ChangePropertyCommand(&doc, QStringLiteral("n1"), QStringLiteral("text"), "hello"));
    event = spy.takeFirst().at(0).value<ChangeEvent>();
    QCOMPARE(event.type, ChangeEvent::Type::PropertyChanged);
    QCOMPARE(event.property, QStringLiteral("text"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
}

void TestCommands::fieldEditsAreStepsOfTheirOwn()
{
    // adding an inbound rule, then editing its port fields: the add and each field are undo
    // steps of their own; typing twice in one field merges
    Document doc;
    doc.reset(threeTier());
    const QString sg = QStringLiteral("app-sg");
    const nlohmann::json before = doc.design().component(sg)->prop(QStringLiteral("ingress"));
    nlohmann::json rules = before;
    rules.push_back({{"protocol", "tcp"}, {"from_port", 8080}, {"to_port", 8080}, {"cidr", "10.0.0.0/16"}});
    const int start = doc.undoStack()->count();
    auto push = [&](const QString &scope) {
        auto *c = new ChangePropertyCommand(&doc, sg, QStringLiteral("ingress"), rules);
        c->setEditScope(scope);
        doc.undoStack()->push(c);
    };
    push(QString()); // the added entry
    const size_t last = rules.size() - 1;
    const QString entry = QString::number(last);
    rules[last]["from_port"] = 9000;
    push(entry + QStringLiteral("/from_port"));
    rules[last]["from_port"] = 9001;
    push(entry + QStringLiteral("/from_port")); // typing on in the same field
    rules[last]["to_port"] = 9001;
    push(entry + QStringLiteral("/to_port"));
    QCOMPARE(doc.undoStack()->count() - start, 3);
    doc.undoStack()->undo(); // the to_port edit only
    QCOMPARE(doc.design().component(sg)->prop(QStringLiteral("ingress"))[last]["to_port"], 8080);
    QCOMPARE(doc.design().component(sg)->prop(QStringLiteral("ingress"))[last]["from_port"], 9001);
    doc.undoStack()->undo(); // both from_port edits
    QCOMPARE(doc.design().component(sg)->prop(QStringLiteral("ingress"))[last]["from_port"], 8080);
    doc.undoStack()->undo(); // the rule itself
    QCOMPARE(doc.design().component(sg)->prop(QStringLiteral("ingress")), before);
}

void TestCommands::rulePresetsStartValid()
{
    // every ready-made rule, added to a group of the template, brings no new finding
    for (bool inbound : {true, false}) {
        Document doc;
        doc.reset(threeTier());
        const QString sg = QStringLiteral("db-sg");
        const std::vector<RulePreset> presets = securityGroupRulePresets(doc.design(), sg, inbound);
        QVERIFY(presets.size() >= (inbound ? 6u : 2u));
        auto firewallFindings = [](const Design &d) {
            QStringList rules;
            for (const Finding &f : Validator::validate(d)) {
                if (f.rule.startsWith(QLatin1String("sg.")) || f.severity == Severity::Error)
                    rules << f.rule;
            }
            return rules;
        };
        const QStringList before = firewallFindings(doc.design());
        const QString key = inbound ? QStringLiteral("ingress") : QStringLiteral("egress");
        for (const RulePreset &preset : presets) {
            QVERIFY(!preset.label.isEmpty());
            nlohmann::json rules = doc.design().component(sg)->prop(key);
            if (!rules.is_array())
                rules = nlohmann::json::array();
            rules.push_back(preset.rule);
            Design copy = doc.design();
            copy.mutableComponent(sg)->props[key.toStdString()] = rules;
            const QStringList after = firewallFindings(copy);
            QVERIFY2(after == before, qPrintable(preset.label + QStringLiteral(": ") + after.join(QLatin1Char(' '))));
        }
    }
    // the database presets admit another group of the VPC, never an address range
    Document doc;
    doc.reset(threeTier());
    bool database = false;
    for (const RulePreset &p : securityGroupRulePresets(doc.design(), QStringLiteral("db-sg"), true)) {
        if (p.rule["from_port"] == 3306) {
            database = true;
            QVERIFY(p.rule.contains("source") && !p.rule.contains("cidr"));
        }
    }
    QVERIFY(database);
}

KUMO_TEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
