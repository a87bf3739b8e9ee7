// Incremental validation always agrees with a full pass, and runs less after a property change.
#include "support/testregistry.h"
#include "addcomponentscommand.h"
#include "catalog.h"
#include "changepropertycommand.h"
#include "componentfactory.h"
#include "connectioncommands.h"
#include "document.h"
#include "incrementalvalidator.h"
#include "propertyreads.h"
#include "removecomponentscommand.h"
#include "reparentcomponentcommand.h"
#include "ruleregistry.h"
#include "support/designgenerator.h"
#include "templates.h"
#include "validator.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace kumo;

class TestIncremental : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithFullPass_data();
    void agreesWithFullPass();
    void propertyChangeRunsFewRules();
    void everyPropertyOfEveryKind();
    void everyKindOfEdit();
    void exposureKeptUnlessItsInputsChange();
    void readsAreRecorded();
};

namespace {
QString describe(const std::vector<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << f.rule + QLatin1Char(' ') + f.components.join(QLatin1Char(',')) + QLatin1Char(' ') + f.message;
    return lines.join(QLatin1Char('\n'));
}

/// Fails with both lists when the incremental findings differ from a full pass.
bool agrees(const IncrementalValidator &validator, const Design &design, const QString &after)
{
    const std::vector<Finding> full = Validator::validate(design);
    if (validator.findings() == full)
        return true;
    qWarning("after %s\nincremental:\n%s\nfull:\n%s", qPrintable(after), qPrintable(describe(validator.findings())),
             qPrintable(describe(full)));
    return false;
}
} // namespace

void TestIncremental::agreesWithFullPass_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("three-tier") << "three-tier" << 3u;
    QTest::newRow("generated 400") << "generated" << 11u;
    QTest::newRow("generated 400, other seed") << "generated" << 12u;
}

void TestIncremental::agreesWithFullPass()
{
    QFETCH(QString, source);
    QFETCH(quint32, seed);
    Document doc;
    doc.reset(source == QLatin1String("generated") ? testing::generateDesign(400, seed) : *Templates::load(source).design);
    IncrementalValidator validator;
    validator.validateAll(doc.design());
    connect(&doc, &Document::changed, this, [&](const ChangeEvent &e) { validator.update(doc.design(), e); });

    // values that break and mend rules: CIDRs, ports, names of buckets, references, booleans
    const nlohmann::json values[] = {nullptr, "10.0.1.0/24", "10.0.1.5/24", "10.200.0.0/16", 22, 8080, 0, true, false,
                                     "nope", "vpc", nlohmann::json::array(), "bad..bucket", "us-east-1"};
    QRandomGenerator rng(seed);
    for (int step = 0; step < 300; ++step) {
        const auto all = doc.design().components();
        const Component *c = all[rng.bounded(int(all.size()))];
        const KindSpec *spec = c->kindSpec();
        if (step % 25 == 24) { // now and then a structural change
            doc.undoStack()->push(new RemoveComponentsCommand(&doc, {c->id}));
        } else if (spec && !spec->properties.empty()) {
            const PropertySpec &p = spec->properties[size_t(rng.bounded(int(spec->properties.size())))];
            doc.undoStack()->push(new ChangePropertyCommand(&doc, c->id, p.name, values[rng.bounded(int(std::size(values)))]));
        }
        const std::vector<Finding> full = Validator::validate(doc.design());
        if (validator.findings() != full) {
            QStringList a, b;
            for (const Finding &f : validator.findings()) a << f.rule + QLatin1Char(' ') + f.message;
            for (const Finding &f : full) b << f.rule + QLatin1Char(' ') + f.message;
            QFAIL(qPrintable(QStringLiteral("step %1 differs\nincremental:\n%2\nfull:\n%3").arg(step).arg(a.join(QLatin1Char('\n')), b.join(QLatin1Char('\n')))));
        }
    }
    // and back through undo
    while (doc.undoStack()->canUndo()) {
        doc.undoStack()->undo();
        QVERIFY(validator.findings() == Validator::validate(doc.design()));
    }
}

void TestIncremental::propertyChangeRunsFewRules()
{
    Document doc;
    doc.reset(testing::generateDesign(2000, 5));
    IncrementalValidator validator;
    validator.validateAll(doc.design());
    const int all = int(RuleRegistry::instance().rules().size());
    QCOMPARE(validator.rulesRunLastTime(), all);
    const QString bucket = doc.design().componentsOfKind(QStringLiteral("s3_bucket")).front()->id;
    doc.setProperty(bucket, QStringLiteral("bucket"), "Invalid_Name");
    validator.update(doc.design(), ChangeEvent{ChangeEvent::Type::PropertyChanged, {bucket}, QStringLiteral("bucket")});
    // only the rules that read a bucket's name run: s3.bucket-name, s3.bucket-duplicate and the
    // reference check (which looks at every property of the kind); s3.public reads other keys
    QCOMPARE(validator.rulesRunLastTime(), 3);
    QVERIFY(std::any_of(validator.findings().begin(), validator.findings().end(),
                        [](const Finding &f) { return f.rule == QLatin1String("s3.bucket-name"); }));
    QVERIFY(validator.findings() == Validator::validate(doc.design()));
}

void TestIncremental::everyPropertyOfEveryKind()
{
    // every property of every kind of a generated design and a template, set to values that
    // break and mend rules: a property a rule reads but its recorded reads missed would show here
    for (const QString &source : {QStringLiteral("generated"), QStringLiteral("three-tier")}) {
        Document doc;
        doc.reset(source == QLatin1String("generated") ? testing::generateDesign(300, 4) : *Templates::load(source).design);
        IncrementalValidator validator;
        validator.validateAll(doc.design());
        connect(&doc, &Document::changed, this, [&](const ChangeEvent &e) { validator.update(doc.design(), e); });
        const nlohmann::json values[] = {"10.0.1.0/24", 22, nullptr, "nope", true, 0, false, "10.9.0.0/16", 8080, nlohmann::json::array()};
        int step = 0;
        QSet<QString> kindsSeen;
        for (const Component *c : doc.design().components()) {
            if (kindsSeen.contains(c->kind) || !c->kindSpec())
                continue;
            kindsSeen.insert(c->kind);
            const QString id = c->id;
            const std::vector<PropertySpec> properties = c->kindSpec()->properties;
            for (const PropertySpec &p : properties) {
                const nlohmann::json before = doc.design().component(id)->prop(p.name);
                for (int v = 0; v < 3; ++v) {
                    doc.setProperty(id, p.name, values[size_t(step++) % std::size(values)]);
                    QVERIFY2(agrees(validator, doc.design(), id + QLatin1Char('.') + p.name), qPrintable(source));
                }
                doc.setProperty(id, p.name, before);
                QVERIFY2(agrees(validator, doc.design(), id + QLatin1Char('.') + p.name + QStringLiteral(" restored")), qPrintable(source));
            }
        }
        QVERIFY(kindsSeen.size() > 8);
    }
}

void TestIncremental::everyKindOfEdit()
{
    Document doc;
    doc.reset(testing::generateDesign(400, 8));
    IncrementalValidator validator;
    validator.validateAll(doc.design());
    connect(&doc, &Document::changed, this, [&](const ChangeEvent &e) { validator.update(doc.design(), e); });
    const Design &d = doc.design();
    const Component *vpc = d.componentsOfKind(QStringLiteral("vpc")).front();
    const Component *subnet = d.componentsOfKind(QStringLiteral("subnet")).front();
    const Component *otherSubnet = d.componentsOfKind(QStringLiteral("subnet")).back();
    const Component *instance = d.componentsOfKind(QStringLiteral("ec2_instance")).front();
    const Component *group = d.componentsOfKind(QStringLiteral("security_group")).front();
    const QString instanceId = instance->id, groupId = group->id, subnetId = subnet->id;

    // a property edit, a rename to a duplicate name, a move into another subnet
    doc.undoStack()->push(new ChangePropertyCommand(&doc, groupId, QStringLiteral("ingress"),
                                                    nlohmann::json::array({{{"protocol", "tcp"}, {"from_port", 22}, {"to_port", 22}, {"cidr", "0.0.0.0/0"}}})));
    QVERIFY(agrees(validator, d, QStringLiteral("opening ssh")));
    doc.setName(instanceId, d.componentsOfKind(QStringLiteral("ec2_instance")).back()->displayName());
    QVERIFY(agrees(validator, d, QStringLiteral("a duplicate name")));
    doc.undoStack()->push(new ReparentComponentCommand(&doc, instanceId, otherSubnet->id, std::nullopt));
    QVERIFY(agrees(validator, d, QStringLiteral("a move to another subnet")));
    // new components: a subnet overlapping the first one, and an instance in it
    Component added = ComponentFactory::create(d, QStringLiteral("subnet"), subnet->parent);
    added.props["cidr"] = subnet->stringProp("cidr").toStdString();
    const QString addedId = added.id;
    doc.undoStack()->push(new AddComponentsCommand(&doc, {added}));
    QVERIFY(agrees(validator, d, QStringLiteral("an overlapping subnet added")));
    doc.undoStack()->push(new AddComponentsCommand(&doc, {ComponentFactory::create(d, QStringLiteral("ec2_instance"), addedId)}));
    QVERIFY(agrees(validator, d, QStringLiteral("an instance added")));
    // an arrow, relabelled and removed
    Connection arrow{QStringLiteral("arrow-1"), instanceId, vpc->id, QStringLiteral("calls"), nlohmann::json::object()};
    doc.undoStack()->push(new ConnectCommand(&doc, arrow));
    QVERIFY(agrees(validator, d, QStringLiteral("an arrow")));
    doc.undoStack()->push(new RelabelConnectionCommand(&doc, arrow.id, QStringLiteral("reads")));
    QVERIFY(agrees(validator, d, QStringLiteral("a relabelled arrow")));
    doc.undoStack()->push(new DisconnectCommand(&doc, arrow.id));
    QVERIFY(agrees(validator, d, QStringLiteral("an arrow removed")));
    // a removal, then everything undone and redone
    doc.undoStack()->push(new RemoveComponentsCommand(&doc, {subnetId}));
    QVERIFY(agrees(validator, d, QStringLiteral("a subnet removed")));
    while (doc.undoStack()->canUndo()) {
        doc.undoStack()->undo();
        QVERIFY(agrees(validator, d, QStringLiteral("undo")));
    }
    while (doc.undoStack()->canRedo()) {
        doc.undoStack()->redo();
        QVERIFY(agrees(validator, d, QStringLiteral("redo")));
    }
}

void TestIncremental::exposureKeptUnlessItsInputsChange()
{
    Document doc;
    doc.reset(testing::generateDesign(2000, 5));
    IncrementalValidator validator;
    validator.validateAll(doc.design());
    const auto ranExposure = [&] {
        return validator.rulesRunLastTime();
    };
    // the instance type is read by no rule and not by the exposure analysis: nothing runs
    const QString instance = doc.design().componentsOfKind(QStringLiteral("ec2_instance")).front()->id;
    doc.setProperty(instance, QStringLiteral("instance_type"), "m5.large");
    validator.update(doc.design(), ChangeEvent{ChangeEvent::Type::PropertyChanged, {instance}, QStringLiteral("instance_type")});
    const int afterType = ranExposure();
    QVERIFY2(afterType <= 3, qPrintable(QString::number(afterType)));
    QVERIFY(validator.findings() == Validator::validate(doc.design()));
    // its public address is read by the analysis: the six exposure rules run again
    doc.setProperty(instance, QStringLiteral("public_ip"), true);
    validator.update(doc.design(), ChangeEvent{ChangeEvent::Type::PropertyChanged, {instance}, QStringLiteral("public_ip")});
    QVERIFY2(ranExposure() >= 6, qPrintable(QString::number(ranExposure())));
    QVERIFY(validator.findings() == Validator::validate(doc.design()));
}

void TestIncremental::readsAreRecorded()
{
    Design design = testing::generateDesign(200, 2);
    const Component *subnet = design.componentsOfKind(QStringLiteral("subnet")).front();
    PropertyReads reads;
    {
        const PropertyReads::Recording outer(reads);
        PropertyReads inner;
        {
            const PropertyReads::Recording recording(inner);
            (void)subnet->stringProp("cidr");
        }
        QVERIFY(inner.contains(QStringLiteral("subnet"), QStringLiteral("cidr")));
        (void)subnet->boolProp("public");
    }
    (void)subnet->intProp("unrecorded"); // no recording alive
    QVERIFY(reads.contains(QStringLiteral("subnet"), QStringLiteral("cidr"))); // the inner recording counts for the outer one
    QVERIFY(reads.contains(QStringLiteral("subnet"), QStringLiteral("public")));
    QVERIFY(!reads.contains(QStringLiteral("vpc"), QStringLiteral("cidr")));
    QVERIFY(!reads.contains(QStringLiteral("subnet"), QStringLiteral("unrecorded")));
}

KUMO_TEST_GUILESS_MAIN(TestIncremental)
#include "tst_incremental.moc"
