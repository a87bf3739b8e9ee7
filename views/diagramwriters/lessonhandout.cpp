#include "lessonhandout.h"
#include "lessons/lessonmarkup.h"

#include "designscene.h"
#include "document.h"
#include "diagram/diagramlayout.h"
#include "layout/autolayout.h"
#include "lessons/lesson.h"
#include "lessons/lessonsolution.h"
#include "outputfile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QBuffer>
#include <QTextDocument>

namespace kumo {
namespace LessonHandout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::LessonHandout", text);
}

/// Draws @p html across @p width at @p top; returns the height used.
qreal drawText(QPainter &painter, const QString &html, qreal top, qreal width)
{
    QTextDocument doc;
    doc.setDefaultStyleSheet(QStringLiteral("code { font-family: monospace; } h1 { font-size: 18pt; } h2 { font-size: 14pt; }"));
    QFont font = doc.defaultFont();
    font.setPointSizeF(10.5);
    doc.setDefaultFont(font);
    doc.setTextWidth(width);
    doc.setHtml(html);
    painter.save();
    painter.translate(0, top);
    doc.drawContents(&painter);
    painter.restore();
    return doc.documentLayout()->documentSize().height();
}

/// The same ids keep the same geometry on every page: positions come from the whole solution.
void copyGeometry(Design &design, const Design &laidOut)
{
    for (const Component *c : design.components()) {
        if (const Component *placed = laidOut.component(c->id))
            design.mutableComponent(c->id)->geometry = placed->geometry;
    }
}

void drawDiagram(QPainter &painter, const Design &design, const QRectF &target)
{
    Document document;
    document.reset(design);
    DesignScene scene(&document);
    scene.clearSelection();
    scene.setBackgroundBrush(Qt::NoBrush);
    const QRectF area = scene.itemsBoundingRect().adjusted(-12, -12, 12, 12);
    if (area.isEmpty() || target.height() < 40)
        return;
    // fit, but never enlarge beyond the canvas size
    const qreal scale = std::min({1.0, target.width() / area.width(), target.height() / area.height()});
    const QRectF drawn(target.topLeft(), area.size() * scale);
    scene.render(&painter, drawn, area);
}

} // namespace

bool write(const Lesson &lesson, const QString &language, const QString &path, QString *error)
{
    QString failure;
    const auto finalDesign = LessonSolution::designAfter(lesson, -1, &failure);
    if (!finalDesign) {
        if (error)
            *error = failure;
        return false;
    }
    Design laidOut = *finalDesign;
    if (AutoLayout::needsLayout(laidOut))
        Diagram::applyPlacement(laidOut);

    QBuffer file; // drawn in memory, then written in one checked write
    file.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(lesson.title.in(language));
        pdf.setCreator(QStringLiteral("Kumo"));
        pdf.setResolution(72);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(40, 40, 40, 40), QPageLayout::Point));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            if (error)
                *error = tr("cannot draw the PDF");
            return false;
        }
        const QRectF page = pdf.pageLayout().paintRect(QPageLayout::Point);
        const qreal width = page.width();
        const bool ja = language == QLatin1String("ja");
        const QString stepWord = ja ? QStringLiteral("ステップ") : QStringLiteral("Step");
        const QString hintWord = ja ? QStringLiteral("ヒント") : QStringLiteral("Hint");

        // cover: title, summary, the steps
        QString cover = QStringLiteral("<h1>%1</h1><p>%2</p><ol>").arg(lesson.title.in(language).toHtmlEscaped(), lessonTextToHtml(lesson.summary.in(language)));
        for (const LessonStep &step : lesson.steps)
            cover += QStringLiteral("<li>%1</li>").arg(step.title.in(language).toHtmlEscaped());
        cover += QStringLiteral("</ol>");
        qreal top = drawText(painter, cover, 0, width) + 12;
        if (auto start = LessonSolution::designAfter(lesson, 0); start && start->componentCount() > 0) {
            copyGeometry(*start, laidOut);
            drawDiagram(painter, *start, QRectF(0, top, width, page.height() - top));
        }

        for (size_t i = 0; i < lesson.steps.size(); ++i) {
            const LessonStep &step = lesson.steps[i];
            pdf.newPage();
            QString html = QStringLiteral("<h2>%1 %2 / %3: %4</h2><p>%5</p>")
                               .arg(stepWord)
                               .arg(i + 1)
                               .arg(lesson.steps.size())
                               .arg(step.title.in(language).toHtmlEscaped(), lessonTextToHtml(step.instructions.in(language)));
            if (!step.hint.en.isEmpty())
                html += QStringLiteral("<p><i>%1: %2</i></p>").arg(hintWord, lessonTextToHtml(step.hint.in(language)));
            top = drawText(painter, html, 0, width) + 12;
            if (auto design = LessonSolution::designAfter(lesson, int(i) + 1)) {
                copyGeometry(*design, laidOut);
                drawDiagram(painter, *design, QRectF(0, top, width, page.height() - top));
            }
        }
        painter.end();
    }
    return OutputFile::write(path, file.data(), error);
}

} // namespace LessonHandout
} // namespace kumo
