#pragma once

#include "canvasstyle.h"
#include "finding.h"

#include <QFont>
#include <QGraphicsItem>

#include <optional>

namespace kumo {

struct Component;

/// One component on the canvas. Containers hold their children as child items, so moving a
/// container moves its content. Items mirror the model: the scene updates them, they never
/// write the model themselves.
class ComponentItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr double kHandle = 10;
    static constexpr double kTitleHeight = 34; ///< a container's title strip

    ComponentItem(const Component &component, bool container);

    /// How wide the name and subtitle of a service box of @p boxWidth may be.
    static double serviceTextWidth(double boxWidth);
    /// The fonts of a service box's name (bold) and subtitle, from the canvas font.
    static QFont serviceNameFont();
    static QFont serviceDetailFont();

    int type() const override { return Type; }
    QString id() const { return m_id; }
    QString kind() const { return m_kind; }
    bool isContainer() const { return m_container; }

    /// Copies what is shown from the component (name, key property, colours, size).
    void update(const Component &component);
    void setSize(QSizeF size);
    QSizeF size() const { return m_size; }
    /// The worst finding about this component, shown as a badge.
    void setWorstFinding(std::optional<Severity> severity, int count);
    /// Highlighted as the container a dragged component would go into.
    void setDropTarget(bool on);
    /// The resize handle, in item coordinates.
    QRectF handleRect() const;
    /// The handle to drag links from (right edge), in item coordinates.
    QRectF connectorRect() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    /// Drawn as a deployment card: a dashed border and @p detail as the subtitle; zoomed out,
    /// where subtitles are left out, @p shortMark follows the name ("×2").
    void showAsCard(const QString &detail, const QString &shortMark);

private:
    void paintContainer(QPainter *painter);
    /// The border and fill of this container (public and private subnets differ).
    CanvasStyle::ContainerLook containerLook() const;
    /// Boxes and colours only, for views zoomed far out.
    void paintSketch(QPainter *painter);
    void paintService(QPainter *painter);
    void paintBadge(QPainter *painter);

    QString m_id;
    QString m_kind;
    QString m_name;
    QString m_detail;
    bool m_container;
    bool m_public = false;
    QSizeF m_size;
    std::optional<Severity> m_worst;
    int m_findingCount = 0;
    bool m_dropTarget = false;
    bool m_card = false;
    QString m_cardMark;
    double m_overview = 1.0; ///< how much larger names are drawn at the current zoom
};

} // namespace kumo
