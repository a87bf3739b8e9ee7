// Prints how long the editor takes to open and edit generated designs. Not a test: the figures
// depend on the machine. Run: QT_QPA_PLATFORM=offscreen ./build/tests/kumo_bench_editor
#include "addcomponentscommand.h"
#include "changepropertycommand.h"
#include "document.h"
#include "geometrycommand.h"
#include "mainwindow.h"
#include "removecomponentscommand.h"
#include "support/benchtiming.h"
#include "support/designgenerator.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace kumo;

using testing::medianMs;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    std::printf("%-12s %10s %10s %12s %10s %10s %10s\n", "components", "open ms", "reopen ms", "property ms", "move ms", "add ms",
                "delete ms");
    for (int n : {1000, 5000, 10000}) {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        const Design generated = testing::generateDesign(n, 1);
        // the first opening lays the design out (it has no geometry); the second reads geometry
        const double open = medianMs(1, [&] {
            window.setDesign(generated, QString());
            QApplication::processEvents();
        });
        const Design laidOut = window.document()->design();
        const double reopen = medianMs(3, [&] {
            window.setDesign(laidOut, QString());
            QApplication::processEvents();
        });
        Document *doc = window.document();
        std::vector<const Component *> instances;
        for (const Component *c : doc->design().components()) {
            if (c->kind == QLatin1String("ec2_instance"))
                instances.push_back(c);
        }
        int step = 0;
        const double property = medianMs(21, [&] {
            const int at = step++;
            doc->undoStack()->push(new ChangePropertyCommand(doc, instances[size_t(at) % instances.size()]->id,
                                                             QStringLiteral("instance_type"), at % 2 ? "t3.large" : "t3.small"));
            QApplication::processEvents();
        });
        const double move = medianMs(21, [&] {
            doc->undoStack()->push(GeometryCommand::move(doc, {instances[size_t(step++) % instances.size()]->id}, QPointF(10, 0)));
            QApplication::processEvents();
        });
        const Component model = *instances.front();
        const double add = medianMs(11, [&] {
            Component copy = model;
            copy.id = QStringLiteral("bench-%1").arg(step++);
            doc->undoStack()->push(new AddComponentsCommand(doc, {copy}));
            QApplication::processEvents();
        });
        const double remove = medianMs(11, [&] {
            doc->undoStack()->push(new RemoveComponentsCommand(doc, {QStringLiteral("bench-%1").arg(--step)}));
            QApplication::processEvents();
        });
        std::printf("%-12lld %10.1f %10.1f %12.2f %10.2f %10.2f %10.2f\n", static_cast<long long>(generated.componentCount()), open,
                    reopen, property, move, add, remove);
        std::fflush(stdout);
        doc->undoStack()->setClean();
    }
    std::printf("\n(add and delete include the findings pass they schedule only when events are processed: the\n"
                " validation timer fires 60 ms later and is not counted)\n");
    return 0;
}
