#include "explanationhtml.h"

#include "catalog.h"
#include "component.h"
#include "concepts.h"
#include "rule.h"
#include "ruleregistry.h"

#include <QCoreApplication>

#include <algorithm>

namespace kumo {
namespace ExplanationHtml {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::ExplanationHtml", text);
}

QString kindNames(const QStringList &kinds)
{
    QStringList names;
    for (const QString &kind : kinds)
        names << Catalog::instance().displayName(kind).toHtmlEscaped();
    return names.join(QStringLiteral(", "));
}
} // namespace

QString finding(const Rule &rule, const QString &message)
{
    return QStringLiteral("<h3 style='margin:0'>%1</h3><p><b>%2</b></p><p>%3</p><p style='color:#5f6b7a'><code>%4</code> · %5</p>")
        .arg(rule.translatedTitle().toHtmlEscaped(), message.toHtmlEscaped(), rule.translatedExplanation().toHtmlEscaped(), rule.id,
             severityDisplayName(rule.severity));
}

QString component(const Component &c, const std::vector<Finding> &findings)
{
    const KindSpec *spec = c.kindSpec();
    const QString kindName = Catalog::instance().displayName(c.kind);
    QString html = QStringLiteral("<h3 style='margin:0'>%1 <span style='color:#5f6b7a; font-weight:normal'>— %2</span></h3>")
                       .arg(kindName.toHtmlEscaped(), c.displayName().toHtmlEscaped());
    const Concepts::Concept *teaching = Concepts::forKind(c.kind);
    if (teaching)
        html += QStringLiteral("<p>%1</p>").arg(teaching->translatedText().toHtmlEscaped());
    else if (spec)
        html += QStringLiteral("<p>%1</p>").arg(spec->translatedSummary().toHtmlEscaped());

    // where it fits
    if (spec) {
        QStringList places;
        if (spec->anyParent)
            places << tr("anywhere");
        else {
            if (spec->topLevel)
                places << tr("the canvas itself");
            if (!spec->parents.isEmpty())
                places << kindNames(spec->parents);
        }
        QStringList holds;
        for (const KindSpec &k : Catalog::instance().kinds()) {
            if (k.parents.contains(c.kind))
                holds << k.id;
        }
        html += QStringLiteral("<p style='color:#3c4450'><b>%1</b> %2").arg(tr("Goes in:"), places.join(QStringLiteral(", ")));
        if (!holds.isEmpty())
            html += QStringLiteral("<br><b>%1</b> %2").arg(tr("Holds:"), kindNames(holds));
        html += QStringLiteral("</p>");
    }

    // what Kumo checks, and how this component fares
    if (teaching && !teaching->rules.isEmpty()) {
        html += QStringLiteral("<p style='margin-bottom:2px'><b>%1</b></p><table cellspacing='0' cellpadding='1'>").arg(tr("What Kumo checks here:"));
        for (const QString &id : teaching->rules) {
            const Rule *rule = RuleRegistry::instance().rule(id);
            if (!rule)
                continue;
            const bool failing = std::any_of(findings.begin(), findings.end(), [&](const Finding &f) {
                return f.rule == id && f.components.contains(c.id);
            });
            html += QStringLiteral("<tr><td style='color:%1; padding-right:6px'>%2</td><td>%3 <span style='color:#5f6b7a'><code>%4</code></span></td></tr>")
                        .arg(failing ? QStringLiteral("#d93025") : QStringLiteral("#1e8e3e"),
                             failing ? QStringLiteral("✗") : QStringLiteral("✓"), rule->translatedTitle().toHtmlEscaped(), id);
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace ExplanationHtml
} // namespace kumo
