// The catalog against the kinds table of design-format.md (transcribed here by hand).
#include "support/testregistry.h"
#include "catalog.h"
#include "catalogjson.h"
#include "concepts.h"
#include "kindphrases.h"
#include "propertylabels.h"
#include "ruleregistry.h"

#include <QtTest>

#include <functional>

using namespace kumo;

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void kindsFromSpec_data();
    void kindsFromSpec();
    void noExtraKinds();
    void propertyDetails();
    void containment();
    void everyReferenceTargetsAKnownKind();
    void jsonListsEverything();
    void everyKindIsTaught();
    void everyPropertyHasALabel();
    void kindsInSentences();
};

void TestCatalog::kindsFromSpec_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("parents"); // "-" = top level, "*" = any
    QTest::addColumn<QStringList>("props");
    const auto L = [](std::initializer_list<const char *> l) {
        QStringList out;
        for (const char *s : l) out << QString::fromLatin1(s);
        return out;
    };
    QTest::newRow("region") << "region" << L({"-"}) << L({"region"});
    QTest::newRow("vpc") << "vpc" << L({"region"}) << L({"cidr", "enable_dns_hostnames"});
    QTest::newRow("availability_zone") << "availability_zone" << L({"vpc"}) << L({"zone"});
    QTest::newRow("subnet") << "subnet" << L({"availability_zone"}) << L({"cidr", "public"});
    QTest::newRow("internet_gateway") << "internet_gateway" << L({"vpc"}) << L({});
    QTest::newRow("nat_gateway") << "nat_gateway" << L({"subnet", "vpc"}) << L({});
    QTest::newRow("security_group") << "security_group" << L({"vpc"}) << L({"description", "ingress", "egress"});
    QTest::newRow("elastic_ip") << "elastic_ip" << L({"subnet", "region"}) << L({"instance"});
    QTest::newRow("ec2_instance") << "ec2_instance" << L({"subnet"})
                                  << L({"ami", "instance_type", "key_name", "root_volume_gb", "volume_type", "security_groups", "public_ip", "iam_role", "user_data"});
    QTest::newRow("ecr_repository") << "ecr_repository" << L({"region"}) << L({"image_tag_mutability", "scan_on_push"});
    QTest::newRow("ecs_cluster") << "ecs_cluster" << L({"region", "vpc"}) << L({"container_insights"});
    QTest::newRow("ecs_task_definition") << "ecs_task_definition" << L({"region", "ecs_cluster"})
                                         << L({"family", "cpu", "memory", "launch_type", "network_mode", "execution_role", "task_role", "containers"});
    QTest::newRow("ecs_service") << "ecs_service" << L({"ecs_cluster"})
                                 << L({"task_definition", "desired_count", "launch_type", "subnets", "security_groups", "assign_public_ip",
                                       "target_group", "container_name", "container_port"});
    QTest::newRow("load_balancer") << "load_balancer" << L({"vpc"}) << L({"scheme", "subnets", "security_groups", "listeners"});
    QTest::newRow("target_group") << "target_group" << L({"vpc"})
                                  << L({"port", "protocol", "target_type", "health_check_path", "health_check_interval", "healthy_threshold", "targets"});
    QTest::newRow("rds_instance") << "rds_instance" << L({"subnet"})
                                  << L({"engine", "engine_version", "instance_class", "allocated_storage", "multi_az", "subnets", "security_groups",
                                        "publicly_accessible", "username", "replicate_source"});
    QTest::newRow("s3_bucket") << "s3_bucket" << L({"region"}) << L({"bucket", "versioning", "block_public_access", "website"});
    QTest::newRow("cloudfront_distribution") << "cloudfront_distribution" << L({"-"})
                                             << L({"origin", "origin_domain", "aliases", "certificate", "price_class", "default_ttl", "viewer_protocol_policy"});
    QTest::newRow("acm_certificate") << "acm_certificate" << L({"region"}) << L({"domain", "subject_alternative_names", "validation"});
    QTest::newRow("route53_zone") << "route53_zone" << L({"-"}) << L({"domain", "private", "vpc", "create"});
    QTest::newRow("route53_record") << "route53_record" << L({"route53_zone"})
                                    << L({"name", "type", "alias_target", "records", "ttl", "routing_policy", "weight", "set_identifier", "health_check_path"});
    QTest::newRow("iam_policy") << "iam_policy" << L({"-"}) << L({"description", "statements"});
    QTest::newRow("iam_user") << "iam_user" << L({"-"}) << L({"groups", "policies"});
    QTest::newRow("iam_group") << "iam_group" << L({"-"}) << L({"policies"});
    QTest::newRow("iam_role") << "iam_role" << L({"-"}) << L({"trusted_service", "policies", "managed_policies"});
    QTest::newRow("codecommit_repository") << "codecommit_repository" << L({"region"}) << L({"default_branch"});
    QTest::newRow("codebuild_project") << "codebuild_project" << L({"region"})
                                       << L({"buildspec", "image", "compute_type", "privileged_mode", "service_role"});
    QTest::newRow("codedeploy_application") << "codedeploy_application" << L({"region"})
                                            << L({"compute_platform", "appspec", "ecs_service", "service_role"});
    QTest::newRow("codepipeline") << "codepipeline" << L({"region"}) << L({"artifact_bucket", "role", "stages"});
    QTest::newRow("internet") << "internet" << L({"-"}) << L({});
    QTest::newRow("note") << "note" << L({"*"}) << L({"text"});
}

void TestCatalog::kindsFromSpec()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, parents);
    QFETCH(QStringList, props);
    const KindSpec *spec = Catalog::instance().kind(kind);
    QVERIFY2(spec, qPrintable(kind));
    QStringList actualParents = spec->parents;
    if (spec->anyParent)
        actualParents = {QStringLiteral("*")};
    else if (spec->topLevel)
        actualParents.prepend(QStringLiteral("-"));
    QCOMPARE(actualParents, parents);
    QStringList actualProps;
    for (const PropertySpec &p : spec->properties)
        actualProps << p.name;
    QCOMPARE(actualProps, props);
    QVERIFY(!spec->displayName().isEmpty());
    QVERIFY(!spec->translatedSummary().isEmpty());
}

void TestCatalog::noExtraKinds()
{
    QCOMPARE(int(Catalog::instance().kinds().size()), 31);
}

void TestCatalog::propertyDetails()
{
    const Catalog &c = Catalog::instance();
    // defaults written in design-format.md
    QCOMPARE(c.kind(QStringLiteral("vpc"))->property(QStringLiteral("enable_dns_hostnames"))->defaultValue, nlohmann::json(true));
    QCOMPARE(c.kind(QStringLiteral("subnet"))->property(QStringLiteral("public"))->defaultValue, nlohmann::json(false));
    QCOMPARE(c.kind(QStringLiteral("ec2_instance"))->property(QStringLiteral("instance_type"))->defaultValue, nlohmann::json("t3.micro"));
    QCOMPARE(c.kind(QStringLiteral("ec2_instance"))->property(QStringLiteral("root_volume_gb"))->defaultValue, nlohmann::json(8));
    QCOMPARE(c.kind(QStringLiteral("ecs_task_definition"))->property(QStringLiteral("cpu"))->defaultValue, nlohmann::json(256));
    QCOMPARE(c.kind(QStringLiteral("ecs_task_definition"))->property(QStringLiteral("memory"))->defaultValue, nlohmann::json(512));
    QVERIFY(c.kind(QStringLiteral("ecs_task_definition"))->property(QStringLiteral("family"))->defaultsToName);
    QCOMPARE(c.kind(QStringLiteral("target_group"))->property(QStringLiteral("port"))->defaultValue, nlohmann::json(80));
    QCOMPARE(c.kind(QStringLiteral("target_group"))->property(QStringLiteral("health_check_interval"))->defaultValue, nlohmann::json(30));
    QCOMPARE(c.kind(QStringLiteral("rds_instance"))->property(QStringLiteral("username"))->defaultValue, nlohmann::json("admin"));
    QCOMPARE(c.kind(QStringLiteral("route53_record"))->property(QStringLiteral("ttl"))->defaultValue, nlohmann::json(300));
    QCOMPARE(c.kind(QStringLiteral("cloudfront_distribution"))->property(QStringLiteral("price_class"))->defaultValue,
             nlohmann::json("PriceClass_100"));
    QCOMPARE(c.kind(QStringLiteral("codebuild_project"))->property(QStringLiteral("image"))->defaultValue,
             nlohmann::json("aws/codebuild/standard:7.0"));
    // security groups: inbound empty, outbound open by default
    const nlohmann::json egress = c.kind(QStringLiteral("security_group"))->property(QStringLiteral("egress"))->defaultValue;
    QCOMPARE(egress.size(), size_t(1));
    QCOMPARE(egress[0]["cidr"], nlohmann::json("0.0.0.0/0"));
    QCOMPARE(egress[0]["protocol"], nlohmann::json("-1"));
    QVERIFY(c.kind(QStringLiteral("security_group"))->property(QStringLiteral("ingress"))->defaultValue.empty());
    // choices and types
    QCOMPARE(c.kind(QStringLiteral("rds_instance"))->property(QStringLiteral("engine"))->choices,
             QStringList({QStringLiteral("mysql"), QStringLiteral("postgres"), QStringLiteral("mariadb")}));
    QCOMPARE(c.kind(QStringLiteral("route53_record"))->property(QStringLiteral("routing_policy"))->choices.size(), 4);
    QCOMPARE(c.kind(QStringLiteral("vpc"))->property(QStringLiteral("cidr"))->type, PropertyType::Cidr);
    QVERIFY(c.kind(QStringLiteral("vpc"))->property(QStringLiteral("cidr"))->required);
    QCOMPARE(c.kind(QStringLiteral("cloudfront_distribution"))->property(QStringLiteral("origin"))->targetKinds,
             QStringList({QStringLiteral("s3_bucket"), QStringLiteral("load_balancer")}));
    const PropertySpec *listeners = c.kind(QStringLiteral("load_balancer"))->property(QStringLiteral("listeners"));
    QCOMPARE(listeners->type, PropertyType::ObjectList);
    QCOMPARE(listeners->field(QStringLiteral("rules"))->field(QStringLiteral("target_group"))->targetKinds,
             QStringList{QStringLiteral("target_group")});
    const PropertySpec *stages = c.kind(QStringLiteral("codepipeline"))->property(QStringLiteral("stages"));
    QCOMPARE(stages->field(QStringLiteral("actions"))->field(QStringLiteral("category"))->choices.size(), 6);
    QCOMPARE(stages->field(QStringLiteral("actions"))->field(QStringLiteral("provider"))->choices.size(), 13);
}

void TestCatalog::containment()
{
    const Catalog &c = Catalog::instance();
    QVERIFY(c.canContain(QStringLiteral("region"), QStringLiteral("vpc")));
    QVERIFY(c.canContain(QStringLiteral("availability_zone"), QStringLiteral("subnet")));
    QVERIFY(!c.canContain(QStringLiteral("vpc"), QStringLiteral("subnet")));
    QVERIFY(!c.canContain(QStringLiteral("region"), QStringLiteral("ec2_instance")));
    QVERIFY(c.canContain({}, QStringLiteral("region")));
    QVERIFY(!c.canContain({}, QStringLiteral("vpc")));
    QVERIFY(c.canContain({}, QStringLiteral("iam_role")));
    QVERIFY(!c.canContain(QStringLiteral("region"), QStringLiteral("iam_role")));
    QVERIFY(c.canContain(QStringLiteral("subnet"), QStringLiteral("note")));
    QVERIFY(c.canContain({}, QStringLiteral("note")));
    QVERIFY(c.canContain(QStringLiteral("region"), QStringLiteral("elastic_ip")));
    QVERIFY(!c.canContain(QStringLiteral("region"), QStringLiteral("unknown_kind")));
    QVERIFY(c.isContainer(QStringLiteral("subnet")));
    QVERIFY(c.isContainer(QStringLiteral("ecs_cluster")));
    QVERIFY(!c.isContainer(QStringLiteral("ec2_instance")));
}

void TestCatalog::everyReferenceTargetsAKnownKind()
{
    std::function<void(const PropertySpec &)> check = [&](const PropertySpec &p) {
        for (const QString &target : p.targetKinds)
            QVERIFY2(Catalog::instance().hasKind(target), qPrintable(p.name + QStringLiteral(" -> ") + target));
        if (p.isReference())
            QVERIFY2(!p.targetKinds.isEmpty(), qPrintable(p.name));
        for (const PropertySpec &f : p.fields)
            check(f);
    };
    for (const KindSpec &k : Catalog::instance().kinds()) {
        for (const QString &parent : k.parents)
            QVERIFY(Catalog::instance().hasKind(parent));
        for (const PropertySpec &p : k.properties)
            check(p);
    }
}

void TestCatalog::jsonListsEverything()
{
    const nlohmann::ordered_json json = catalogToJson(Catalog::instance());
    QCOMPARE(json["kinds"].size(), Catalog::instance().kinds().size());
    const auto &subnet = json["kinds"][3];
    QCOMPARE(subnet["kind"], "subnet");
    QCOMPARE(subnet["parents"][0], "availability_zone");
    QCOMPARE(subnet["properties"][0]["name"], "cidr");
    QCOMPARE(subnet["properties"][0]["type"], "cidr");
    QCOMPARE(subnet["properties"][0]["required"], true);
    QCOMPARE(subnet["properties"][1]["default"], false);
}

void TestCatalog::everyKindIsTaught()
{
    // every kind has its teaching text, naming only rules that exist...
    QSet<QString> taught;
    for (const KindSpec &k : Catalog::instance().kinds()) {
        const Concepts::Concept *c = Concepts::forKind(k.id);
        QVERIFY2(c, qPrintable(k.id));
        QVERIFY2(QString::fromUtf8(c->text).size() > 80, qPrintable(k.id));
        for (const QString &rule : c->rules) {
            QVERIFY2(RuleRegistry::instance().rule(rule), qPrintable(k.id + QStringLiteral(": ") + rule));
            taught.insert(rule);
        }
    }
    QCOMPARE(Concepts::all().size(), Catalog::instance().kinds().size());
    // ...and every rule about particular kinds is met on at least one of them (the three that
    // apply to any component are explained with their findings)
    const QSet<QString> general = {QStringLiteral("ref.dangling"), QStringLiteral("structure.parent"), QStringLiteral("name.duplicate")};
    for (const Rule &rule : RuleRegistry::instance().rules())
        QVERIFY2(taught.contains(rule.id) || general.contains(rule.id), qPrintable(rule.id));
}

void TestCatalog::everyPropertyHasALabel()
{
    // every property and every field of a structured list is labelled for people, not by its
    // file name; labels are not snake_case
    std::function<void(const QString &, const QString &, const PropertySpec &)> check = [&](const QString &kind, const QString &path,
                                                                                           const PropertySpec &p) {
        const auto label = knownPropertyLabel(kind, path);
        QVERIFY2(label.has_value(), qPrintable(kind + QStringLiteral(": ") + path));
        QVERIFY2(!label->contains(QLatin1Char('_')), qPrintable(*label));
        for (const PropertySpec &field : p.fields)
            check(QString(), p.name + QLatin1Char('.') + field.name, field);
    };
    for (const KindSpec &k : Catalog::instance().kinds()) {
        for (const PropertySpec &p : k.properties)
            check(k.id, p.name, p);
    }
    QCOMPARE(propertyLabel(QStringLiteral("security_group"), QStringLiteral("ingress")), QStringLiteral("Inbound rules"));
    QCOMPARE(propertyLabel(QString(), QStringLiteral("ingress.from_port")), QStringLiteral("From port"));
    QCOMPARE(propertyLabel(QStringLiteral("route53_record"), QStringLiteral("name")), QStringLiteral("Record name"));
    QCOMPARE(propertyLabel(QString(), QStringLiteral("containers.name")), QStringLiteral("Container name"));
    QCOMPARE(propertyLabel(QString(), QStringLiteral("stages.actions.name")), QStringLiteral("Action name"));
    QCOMPARE(propertyLabel(QStringLiteral("codebuild_project"), QStringLiteral("image")), QStringLiteral("Build image"));
    QCOMPARE(valueLabel(QStringLiteral("protocol"), QStringLiteral("-1")), QStringLiteral("All traffic"));
    QCOMPARE(valueLabel(QStringLiteral("scheme"), QStringLiteral("internal")), QStringLiteral("internal"));
    // a property from a newer file is still readable
    QCOMPARE(propertyLabel(QStringLiteral("vpc"), QStringLiteral("x_future_flag")), QStringLiteral("X future flag"));
}

void TestCatalog::kindsInSentences()
{
    // English articles follow the sound of the name, not a pattern pasted around it
    QCOMPARE(kindInSentence(QStringLiteral("availability_zone")), QStringLiteral("an availability zone"));
    QCOMPARE(kindInSentence(QStringLiteral("ec2_instance")), QStringLiteral("an EC2 instance"));
    QCOMPARE(kindInSentence(QStringLiteral("vpc")), QStringLiteral("a VPC"));
    QCOMPARE(capitalised(kindInSentence(QStringLiteral("s3_bucket"))), QStringLiteral("An S3 bucket"));
    for (const KindSpec &k : Catalog::instance().kinds()) {
        const QString phrase = kindInSentence(k.id);
        QVERIFY2(phrase.startsWith(QLatin1String("a ")) || phrase.startsWith(QLatin1String("an ")) || phrase.startsWith(QLatin1String("the ")),
                 qPrintable(k.id));
    }
}

KUMO_TEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
