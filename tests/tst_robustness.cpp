// Bad input never crashes Kumo: thousands of damaged variants of real designs (values of the
// wrong type, missing or extra keys, broken references, cut-off files) either load with a clear
// message or load and then go through validation, layout, Terraform export and copy/paste.
#include "clipboard.h"
#include "designjson.h"
#include "layout/autolayout.h"
#include "templates.h"
#include "terraformexporter.h"
#include "validator.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace kumo;
using nlohmann::json;

namespace {

/// Values of every JSON type, including awkward ones.
json randomValue(QRandomGenerator &rng)
{
    switch (rng.bounded(12)) {
    case 0: return nullptr;
    case 1: return true;
    case 2: return -1;
    case 3: return 4294967296LL * 1024;
    case 4: return 3.75;
    case 5: return "";
    case 6: return "10.0.0.0/33";
    case 7: return "名前<&>\"'\\${x}";
    case 8: return json::array();
    case 9: return json::array({1, "a", nullptr, json::object()});
    case 10: return json::object({{"port", "x"}});
    default: return "vpc"; // an id that exists in the templates
    }
}

/// Every value position in a JSON tree, as JSON pointers.
void collectPointers(const json &value, const json::json_pointer &at, std::vector<json::json_pointer> &out)
{
    out.push_back(at);
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            collectPointers(it.value(), at / it.key(), out);
    } else if (value.is_array()) {
        for (size_t i = 0; i < value.size(); ++i)
            collectPointers(value[i], at / i, out);
    }
}

/// One random change somewhere in the document.
void mutate(json &doc, QRandomGenerator &rng)
{
    std::vector<json::json_pointer> pointers;
    collectPointers(doc, json::json_pointer(), pointers);
    const json::json_pointer target = pointers[size_t(rng.bounded(int(pointers.size())))];
    if (target.empty())
        return;
    json &parent = doc[target.parent_pointer()];
    switch (rng.bounded(4)) {
    case 0: // replace with a value of another type
        doc[target] = randomValue(rng);
        break;
    case 1: // remove the key or element
        if (parent.is_object())
            parent.erase(target.back());
        else if (parent.is_array() && !parent.empty())
            parent.erase(parent.begin() + std::min<long>(std::stol(target.back()), long(parent.size()) - 1));
        break;
    case 2: // add a stray key or element
        if (parent.is_object())
            parent["extra_" + std::to_string(rng.bounded(100))] = randomValue(rng);
        else if (parent.is_array())
            parent.push_back(randomValue(rng));
        break;
    default: // copy a value from elsewhere (ids into references, objects into strings...)
        doc[target] = doc[pointers[size_t(rng.bounded(int(pointers.size())))]];
        break;
    }
}

} // namespace

class TestRobustness : public QObject
{
    Q_OBJECT

private slots:
    void damagedDesigns_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("three-tier") << QStringLiteral("three-tier");
        QTest::newRow("web-server") << QStringLiteral("web-server");
    }

    void damagedDesigns()
    {
        QFETCH(QString, source);
        QFile file(QStringLiteral(KUMO_TEMPLATES "/%1.kumo").arg(source));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        const json pristine = json::parse(original.constData());
        QRandomGenerator rng(2026);
        int loaded = 0;
        int refused = 0;
        for (int round = 0; round < 400; ++round) {
            json doc = pristine;
            const int changes = 1 + rng.bounded(4);
            for (int i = 0; i < changes; ++i)
                mutate(doc, rng);
            const DesignReadResult result = DesignJson::read(QByteArray::fromStdString(doc.dump()));
            if (!result.ok()) {
                // refused with a message that says where
                QVERIFY2(!result.error.message.isEmpty(), qPrintable(QString::fromStdString(doc.dump()).left(200)));
                ++refused;
                continue;
            }
            ++loaded;
            const Design &design = *result.design;
            (void)Validator::validate(design);
            (void)AutoLayout::compute(design);
            (void)TerraformExporter::generate(design);
            QStringList ids;
            for (const Component *c : design.components())
                ids << c->id;
            (void)Clipboard::paste(design, Clipboard::copy(design, ids.mid(0, 5)), QPointF(10, 10));
            // what loads saves and loads again to the same design
            const DesignReadResult again = DesignJson::read(DesignJson::write(design));
            QVERIFY(again.ok());
            QCOMPARE(DesignJson::write(*again.design), DesignJson::write(design));
        }
        qInfo("%d damaged designs loaded and went through every stage, %d refused with a message", loaded, refused);
        QVERIFY(loaded > 50);
        QVERIFY(refused > 50);
    }

    void cutOffFiles()
    {
        QFile file(QStringLiteral(KUMO_TEMPLATES "/three-tier.kumo"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (qsizetype length = 0; length < bytes.size(); length += 97) {
            const DesignReadResult result = DesignJson::read(bytes.left(length));
            QVERIFY(!result.ok());
            QVERIFY(result.error.line >= 1 || length == 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
