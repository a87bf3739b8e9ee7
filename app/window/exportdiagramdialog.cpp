#include "exportdiagramdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kumo {


ExportDiagramDialog::ExportDiagramDialog(const QString &suggestedPath, const QStringList &selectedIds, QWidget *parent)
    : QDialog(parent)
    , m_selectedIds(selectedIds)
{
    setWindowTitle(tr("Export Diagram"));
    auto *form = new QFormLayout;

    m_path = new QLineEdit(suggestedPath);
    auto *browse = new QPushButton(tr("Browse..."));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(tr("&File:"));
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_format = new QComboBox;
    for (const DiagramRenderer::FormatInfo &f : DiagramRenderer::formats())
        m_format->addItem(f.translatedLabel(), int(f.format));
    form->addRow(tr("F&ormat:"), m_format);

    m_whole = new QRadioButton(tr("&Whole design"));
    m_selection = new QRadioButton(selectedIds.isEmpty() ? tr("&Selection (nothing selected)")
                                                         : tr("&Selection (%n component(s) and their contents)", nullptr, int(selectedIds.size())));
    m_selection->setEnabled(!selectedIds.isEmpty());
    (selectedIds.isEmpty() ? m_whole : m_selection)->setChecked(true);
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_whole);
    scope->addWidget(m_selection);
    form->addRow(tr("Export:"), scope);
    m_view = new QComboBox;
    m_view->setObjectName(QStringLiteral("view"));
    m_view->addItem(tr("Deployment view (with ECS tasks and standbys in their subnets)"), int(DiagramView::Deployment));
    m_view->addItem(tr("Logical view (each component once)"), int(DiagramView::Logical));
    form->addRow(tr("&View:"), m_view);

    m_scale = new QDoubleSpinBox;
    m_scale->setRange(1, 4);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(2);
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_scale->setToolTip(tr("Pixels per canvas point: 2 × suits slides and high-density screens"));
    form->addRow(tr("S&cale:"), m_scale);
    m_transparent = new QCheckBox(tr("&Transparent background"));
    form->addRow(QString(), m_transparent);
    m_page = new QComboBox;
    m_page->setObjectName(QStringLiteral("paper"));
    m_page->addItem(tr("Size of the diagram (one page)"), int(DiagramRenderer::PageSize::Auto));
    m_page->addItem(tr("A4 (fitted, or several pages to assemble)"), int(DiagramRenderer::PageSize::A4));
    m_page->addItem(tr("US Letter (fitted, or several pages to assemble)"), int(DiagramRenderer::PageSize::Letter));
    m_page->setToolTip(tr("A diagram that would print too small is split into overlapping pages with crop marks"));
    form->addRow(tr("&Paper:"), m_page);
    m_pixels = new QLabel;
    m_pixels->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_pixels);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDiagramDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDiagramDialog::formatChosen);
    connect(m_path, &QLineEdit::textEdited, this, &ExportDiagramDialog::pathEdited);
    connect(m_path, &QLineEdit::textChanged, this, [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_format->setCurrentIndex(m_format->findData(int(DiagramRenderer::formatForPath(suggestedPath))));
    formatChosen();
}

QString ExportDiagramDialog::path() const
{
    return m_path->text().trimmed();
}

DiagramRenderer::Format ExportDiagramDialog::format() const
{
    return DiagramRenderer::Format(m_format->currentData().toInt());
}

DiagramRenderer::Options ExportDiagramDialog::options() const
{
    DiagramRenderer::Options options;
    options.scale = m_scale->value();
    options.transparent = m_transparent->isChecked();
    options.page = DiagramRenderer::PageSize(m_page->currentData().toInt());
    options.view = DiagramView(m_view->currentData().toInt());
    if (m_selection->isChecked())
        options.only = m_selectedIds;
    return options;
}

void ExportDiagramDialog::setView(DiagramView view)
{
    m_view->setCurrentIndex(m_view->findData(int(view)));
}

void ExportDiagramDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Diagram"), path(), DiagramRenderer::info(format()).translatedFilter());
    if (!chosen.isEmpty()) {
        m_path->setText(chosen);
        pathEdited();
    }
}

void ExportDiagramDialog::enableFormatOptions()
{
    const DiagramRenderer::Format chosen = format();
    const bool png = !DiagramRenderer::info(chosen).vector;
    m_scale->setEnabled(png);
    m_transparent->setEnabled(png);
    m_page->setEnabled(chosen == DiagramRenderer::Format::Pdf);
    m_pixels->setText(png ? tr("Scale and transparency apply to PNG; SVG and PDF are vector.")
                      : chosen == DiagramRenderer::Format::Drawio ? tr("Opens in draw.io (diagrams.net) with AWS shapes, ready to edit.")
                                                                  : tr("Vector output: sharp at any size."));
}

void ExportDiagramDialog::formatChosen()
{
    enableFormatOptions();
    // keep the file name's extension in step with the format
    const QString current = path();
    if (!current.isEmpty()) {
        const QFileInfo info(current);
        const QString wanted = QString::fromLatin1(DiagramRenderer::info(format()).id);
        if (info.suffix().toLower() != wanted) {
            const QString base = info.suffix().isEmpty() ? current : current.left(current.size() - info.suffix().size() - 1);
            m_path->setText(base + QLatin1Char('.') + wanted);
        }
    }
}

void ExportDiagramDialog::pathEdited()
{
    const QSignalBlocker block(m_format);
    m_format->setCurrentIndex(m_format->findData(int(DiagramRenderer::formatForPath(path()))));
    enableFormatOptions();
}

} // namespace kumo
