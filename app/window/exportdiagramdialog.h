#pragma once

#include "diagramrenderer.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace kumo {

/// File › Export › Diagram: where to, which format, the whole design or the selection, for PNG
/// the scale and a transparent background, for PDF the paper; the deployment or logical view.
class ExportDiagramDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p selectedIds may be empty (then only the whole design can be exported).
    ExportDiagramDialog(const QString &suggestedPath, const QStringList &selectedIds, QWidget *parent = nullptr);

    QString path() const;
    DiagramRenderer::Format format() const;
    DiagramRenderer::Options options() const;
    /// The view drawn: the canvas's by default (deployment).
    void setView(DiagramView view);

private:
    void browse();
    void formatChosen();
    void pathEdited();
    void enableFormatOptions();

    QStringList m_selectedIds;
    QLineEdit *m_path;
    QComboBox *m_format;
    QRadioButton *m_whole;
    QRadioButton *m_selection;
    QDoubleSpinBox *m_scale;
    QCheckBox *m_transparent;
    QComboBox *m_page;
    QComboBox *m_view;
    QLabel *m_pixels;
};

} // namespace kumo
