<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>kumo::CanvasStyle</name>
    <message numerus="yes">
        <location filename="../views/canvas/canvasstyle.cpp" line="+230"/>
        <source>%n inbound rule(s)</source>
        <translation>
            <numerusform>%n inbound rule</numerusform>
            <numerusform>%n inbound rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::ClassProgressDialog</name>
    <message numerus="yes">
        <location filename="../app/window/classprogressdialog.cpp" line="+207"/>
        <source>%n design(s) in the folder; %1 finished the lesson. Double-click a learner to open the design.</source>
        <translation>
            <numerusform>%n design in the folder; %1 finished the lesson. Double-click a learner to open the design.</numerusform>
            <numerusform>%n designs in the folder; %1 finished the lesson. Double-click a learner to open the design.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::Commands</name>
    <message numerus="yes">
        <location filename="../model/commands/addcomponentscommand.cpp" line="+20"/>
        <source>Add %n component(s)</source>
        <translation>
            <numerusform>Add %n component</numerusform>
            <numerusform>Add %n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/geometrycommand.cpp" line="+34"/>
        <source>Move %n component(s)</source>
        <translation>
            <numerusform>Move %n component</numerusform>
            <numerusform>Move %n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/removecomponentscommand.cpp" line="+28"/>
        <source>Delete %n component(s)</source>
        <translation>
            <numerusform>Delete %n component</numerusform>
            <numerusform>Delete %n components</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::ConflictsPanel</name>
    <message numerus="yes">
        <location filename="../views/panels/conflictspanel.cpp" line="+74"/>
        <source>%n merge conflict(s) to resolve. The design holds our side of each; choose a row, then keep ours or take theirs. Once all are resolved the file saves without its conflict record.</source>
        <translation>
            <numerusform>%n merge conflict to resolve. The design holds our side of it; choose the row, then keep ours or take theirs. Once it is resolved the file saves without its conflict record.</numerusform>
            <numerusform>%n merge conflicts to resolve. The design holds our side of each; choose a row, then keep ours or take theirs. Once all are resolved the file saves without its conflict record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::DesignScene</name>
    <message numerus="yes">
        <location filename="../views/canvas/designscene.cpp" line="+643"/>
        <location line="+1"/>
        <location line="+249"/>
        <location line="+13"/>
        <source>Move %n component(s)</source>
        <translation>
            <numerusform>Move %n component</numerusform>
            <numerusform>Move %n components</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::ExportDiagramDialog</name>
    <message numerus="yes">
        <location filename="../app/window/exportdiagramdialog.cpp" line="+43"/>
        <source>&amp;Selection (%n component(s) and their contents)</source>
        <translation>
            <numerusform>&amp;Selection (%n component and its contents)</numerusform>
            <numerusform>&amp;Selection (%n components and their contents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::ExposurePanel</name>
    <message numerus="yes">
        <location filename="../views/panels/exposurepanel.cpp" line="+115"/>
        <source>%n path(s) from the internet, drawn on the canvas. Select an instance, service, load balancer, database, distribution or bucket to see who can reach it and how.</source>
        <translation>
            <numerusform>%n path from the internet, drawn on the canvas. Select an instance, service, load balancer, database, distribution or bucket to see who can reach it and how.</numerusform>
            <numerusform>%n paths from the internet, drawn on the canvas. Select an instance, service, load balancer, database, distribution or bucket to see who can reach it and how.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 is reachable from the internet on %n port(s).</source>
        <translation>
            <numerusform>%1 is reachable from the internet on %n port.</numerusform>
            <numerusform>%1 is reachable from the internet on %n ports.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::FindingsModel</name>
    <message numerus="yes">
        <location filename="../views/panels/findingsmodel.cpp" line="+110"/>
        <source>Errors — AWS would reject (%n)</source>
        <translation>
            <numerusform>Errors — AWS would reject (%n)</numerusform>
            <numerusform>Errors — AWS would reject (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Warnings — insecure or fragile (%n)</source>
        <translation>
            <numerusform>Warnings — insecure or fragile (%n)</numerusform>
            <numerusform>Warnings — insecure or fragile (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Hints — worth knowing (%n)</source>
        <translation>
            <numerusform>Hints — worth knowing (%n)</numerusform>
            <numerusform>Hints — worth knowing (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::FindingsReport</name>
    <message numerus="yes">
        <location filename="../model/validation/findingsreport.cpp" line="+163"/>
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n error</numerusform>
            <numerusform>%1: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n hint(s)</source>
        <translation>
            <numerusform>, %n hint</numerusform>
            <numerusform>, %n hints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::LessonChecker</name>
    <message numerus="yes">
        <location filename="../model/lessons/lessonchecker.cpp" line="+624"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The design has %n error(s); first: %1</source>
        <translation>
            <numerusform>The design has %n error; first: %1</numerusform>
            <numerusform>The design has %n errors; first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/window/mainwindow.cpp" line="+126"/>
        <source>%n component(s) found</source>
        <translation>
            <numerusform>%n component found</numerusform>
            <numerusform>%n components found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+349"/>
        <source>This design has %n merge conflict(s) to resolve: see Merge Conflicts</source>
        <translation>
            <numerusform>This design has %n merge conflict to resolve: see Merge Conflicts</numerusform>
            <numerusform>This design has %n merge conflicts to resolve: see Merge Conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+328"/>
        <location line="+3"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <location line="+3"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <location line="+3"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n hint</numerusform>
            <numerusform>%n hints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n component</numerusform>
            <numerusform>%n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+254"/>
        <source>The design has %n error(s). Terraform would reject the configuration or it would not work. Export anyway?</source>
        <translation>
            <numerusform>The design has %n error. Terraform would reject the configuration or it would not work. Export anyway?</numerusform>
            <numerusform>The design has %n errors. Terraform would reject the configuration or it would not work. Export anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Wrote %n Terraform file(s) to %1</source>
        <translation>
            <numerusform>Wrote %n Terraform file to %1</numerusform>
            <numerusform>Wrote %n Terraform files to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::PropertyPanel</name>
    <message numerus="yes">
        <location filename="../views/panels/propertypanel.cpp" line="+126"/>
        <source>&lt;i&gt;%n components selected. Select one to edit its properties.&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;i&gt;%n component selected.&lt;/i&gt;</numerusform>
            <numerusform>&lt;i&gt;%n components selected. Select one to edit its properties.&lt;/i&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::cli</name>
    <message numerus="yes">
        <location filename="../app/cli/clisupport.cpp" line="+108"/>
        <source>&apos;%1&apos; expects %n argument(s)</source>
        <translation>
            <numerusform>&apos;%1&apos; expects %n argument</numerusform>
            <numerusform>&apos;%1&apos; expects %n arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="+211"/>
        <source>%1: not exported: the design has %n error(s); fix them, or use --force to export anyway</source>
        <translation>
            <numerusform>%1: not exported: the design has %n error; fix it, or use --force to export anyway</numerusform>
            <numerusform>%1: not exported: the design has %n errors; fix them, or use --force to export anyway</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>wrote %n file(s) to %1
</source>
        <translation>
            <numerusform>wrote %n file to %1
</numerusform>
            <numerusform>wrote %n files to %1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliexposure.cpp" line="+90"/>
        <source>%1 [%2] on %3 from %4, %n hop(s)</source>
        <translation>
            <numerusform>%1 [%2] on %3 from %4, %n hop</numerusform>
            <numerusform>%1 [%2] on %3 from %4, %n hops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <source>%1: %n reachable from the internet:
</source>
        <translation>
            <numerusform>%1: %n reachable from the internet:
</numerusform>
            <numerusform>%1: %n reachable from the internet:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clidiff.cpp" line="+203"/>
        <source>%1: %n conflict(s) recorded; open it in Kumo to resolve them</source>
        <translation>
            <numerusform>%1: %n conflict recorded; open it in Kumo to resolve it</numerusform>
            <numerusform>%1: %n conflicts recorded; open it in Kumo to resolve them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::rules</name>
    <message numerus="yes">
        <location filename="../model/validation/rules/datarules.cpp" line="+29"/>
        <source>the DB subnet group of %1 spans %n availability zone(s); it needs two at least</source>
        <translation>
            <numerusform>the DB subnet group of %1 spans %n availability zone; it needs two at least</numerusform>
            <numerusform>the DB subnet group of %1 spans %n availability zones; it needs two at least</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/validation/rules/loadbalancingrules.cpp" line="+37"/>
        <source>load balancer %1 has subnets in %n availability zone(s); it needs two at least</source>
        <translation>
            <numerusform>load balancer %1 has subnets in %n availability zone; it needs two at least</numerusform>
            <numerusform>load balancer %1 has subnets in %n availability zones; it needs two at least</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/validation/rules/pipelinerules.cpp" line="+40"/>
        <source>pipeline %1 has %n stage(s); a pipeline needs two at least</source>
        <translation>
            <numerusform>pipeline %1 has %n stage; a pipeline needs two at least</numerusform>
            <numerusform>pipeline %1 has %n stages; a pipeline needs two at least</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/validation/rules/structurerules.cpp" line="+101"/>
        <source>%n %1 components are named &apos;%2&apos; (%3)</source>
        <translation>
            <numerusform>%n %1 component is named &apos;%2&apos; (%3)</numerusform>
            <numerusform>%n %1 components are named &apos;%2&apos; (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/validation/rules/exposurerules.cpp" line="+162"/>
        <source>database %1 is reached from the whole internet through %n application hop(s): %2</source>
        <translation>
            <numerusform>database %1 is reached from the whole internet through %n application hop: %2</numerusform>
            <numerusform>database %1 is reached from the whole internet through %n application hops: %2</numerusform>
        </translation>
    </message>
</context>
</TS>
