// Incremental validation always agrees with a full pass, and runs less after a property change.
#include "addcomponentscommand.h"
#include "catalog.h"
#include "changepropertycommand.h"
#include "document.h"
#include "incrementalvalidator.h"
#include "removecomponentscommand.h"
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
};

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
    // the s3 rules and the reference check read buckets; nothing else needs to run
    QCOMPARE(validator.rulesRunLastTime(), 6);
    QVERIFY(std::any_of(validator.findings().begin(), validator.findings().end(),
                        [](const Finding &f) { return f.rule == QLatin1String("s3.bucket-name"); }));
    QVERIFY(validator.findings() == Validator::validate(doc.design()));
}

QTEST_GUILESS_MAIN(TestIncremental)
#include "tst_incremental.moc"
