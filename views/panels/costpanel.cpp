#include "costpanel.h"

#include "costestimator.h"
#include "costreport.h"
#include "document.h"
#include "setusagecommand.h"
#include "usagequantities.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QShowEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kumo {

CostPanel::CostPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_total(new QLabel(this))
    , m_note(new QLabel(this))
    , m_selection(new QLabel(this))
    , m_currency(new QComboBox(this))
    , m_rateLabel(new QLabel(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_tax(new QCheckBox(this))
    , m_workshop(new QCheckBox(this))
    , m_tree(new QTreeWidget(this))
{
    QFont big = m_total->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_total->setFont(big);
    m_total->setObjectName(QStringLiteral("costTotal"));
    m_selection->setObjectName(QStringLiteral("costSelection"));
    m_note->setWordWrap(true);
    m_currency->addItem(QStringLiteral("USD"), QStringLiteral("USD"));
    m_currency->addItem(QStringLiteral("JPY"), QStringLiteral("JPY"));
    // the snapshot has no dated rate: the user's own, prefilled with the usual scenario figure
    m_rate->setRange(CostPresentation::minimumRate, CostPresentation::maximumRate);
    m_rate->setDecimals(2);
    m_rate->setValue(150);
    m_tree->setColumnCount(4);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *options = new QHBoxLayout;
    options->addWidget(m_currency);
    options->addWidget(m_rateLabel);
    options->addWidget(m_rate);
    options->addWidget(m_tax);
    options->addWidget(m_workshop);
    options->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_total);
    layout->addWidget(m_selection);
    layout->addLayout(options);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_note);

    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &CostPanel::refresh);
    connect(m_document, &Document::changed, m_timer, qOverload<>(&QTimer::start));
    connect(m_currency, &QComboBox::currentIndexChanged, this, &CostPanel::fill);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &CostPanel::fill);
    connect(m_tax, &QCheckBox::toggled, this, &CostPanel::fill);
    connect(m_workshop, &QCheckBox::toggled, this, &CostPanel::refresh);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString quantity = item->data(0, UsageQuantityRole).toString();
        if (quantity.isEmpty())
            return;
        bool ok = false;
        const QString component = item->data(0, Qt::UserRole).toString();
        const double value = QInputDialog::getDouble(this, tr("Usage quantity"), UsageQuantities::quantityDescription(quantity),
                                                     usageValue(component, quantity), 0, UsageQuantities::maximumValue, 3, &ok);
        if (ok)
            setUsage(component, quantity, value);
    });
    retranslate();
    refresh();
}

CostPresentation CostPanel::presentation() const
{
    CostPresentation p;
    p.currency = m_currency->currentData().toString();
    if (p.currency == QLatin1String("JPY")) {
        p.rate = m_rate->value();
        p.rateSource = tr("the rate entered in the Cost panel");
    }
    p.taxRate = m_tax->isChecked() ? 0.10 : 0;
    return p;
}

void CostPanel::refresh()
{
    m_timer->stop();
    const Design &design = m_document->design();
    QString error;
    std::optional<UsageQuantities> usage = UsageQuantities::fromDesign(design, &error);
    if (!usage)
        usage = UsageQuantities(); // the problem is shown below; the always-on items still count
    if (m_workshop->isChecked())
        usage->fillWorkshopDefaults(design);
    m_estimate = CostEstimator::estimate(design, *usage);
    if (!error.isEmpty())
        m_estimate.unpriced.push_back({QString(), tr("The design's usage quantities were ignored: %1").arg(error)});
    fill();
}

void CostPanel::fill()
{
    const CostPresentation p = presentation();
    m_rateLabel->setVisible(p.currency == QLatin1String("JPY"));
    m_rate->setVisible(p.currency == QLatin1String("JPY"));
    m_total->setText(totalText());
    m_note->setText(CostReport::notes(m_estimate, p).join(QLatin1Char(' ')));
    // the lines are built when they can be seen: a hidden panel keeps only its total current
    m_treeStale = !isVisible();
    if (m_treeStale) {
        updateSelectionLabel();
        return;
    }
    m_tree->clear();
    const Design &design = m_document->design();
    for (const ComponentCost &group : CostReport::byComponent(m_estimate)) {
        const Component *c = design.component(group.component);
        auto *top = new QTreeWidgetItem(m_tree, {c ? c->displayName() : group.component, QString(), QString(),
                                                 CostReport::money(group.monthlyUsd, p)});
        top->setData(0, Qt::UserRole, group.component);
        top->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        for (const CostLine *line : group.lines) {
            const QString quantity = QStringLiteral("%1 %2").arg(QString::number(line->quantity, 'g', 10), PriceUnits::name(line->unit));
            auto *item = new QTreeWidgetItem(top, {line->description, quantity,
                                                   tr("%1 per %2").arg(CostReport::unitPrice(line->unitPriceUsd, p), PriceUnits::name(line->unit)),
                                                   CostReport::money(line->monthlyUsd(), p)});
            const QString tip = line->explanation + QStringLiteral("\n\n") + tr("Source: %1").arg(line->source)
                                + (line->kind == CostKind::Usage
                                       ? QStringLiteral("\n") + tr("Usage quantity \"%1\": %2").arg(line->usageQuantity, UsageQuantities::quantityDescription(line->usageQuantity))
                                             + QStringLiteral("\n") + tr("Double-click to enter the quantity.")
                                       : QString());
            for (int column = 0; column < 4; ++column)
                item->setToolTip(column, tip);
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
            if (line->kind == CostKind::Usage) {
                item->setForeground(0, palette().placeholderText());
                item->setData(0, Qt::UserRole, line->component);
                item->setData(0, UsageQuantityRole, line->usageQuantity);
            }
        }
    }
    if (!m_estimate.unpriced.empty()) {
        auto *none = new QTreeWidgetItem(m_tree, {tr("No price (not in the total)")});
        for (const UnpricedItem &u : m_estimate.unpriced) {
            const Component *c = design.component(u.component);
            auto *item = new QTreeWidgetItem(none, {(c ? c->displayName() + QStringLiteral(": ") : QString()) + u.reason});
            item->setToolTip(0, u.reason);
        }
    }
    updateSelectionLabel();
}

void CostPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_treeStale)
        fill();
}

double CostPanel::usageValue(const QString &component, const QString &quantity) const
{
    const auto usage = m_document->design().extra.find("usage");
    if (usage == m_document->design().extra.end() || !usage->is_object())
        return 0;
    const auto c = usage->find(component.toStdString());
    if (c == usage->end() || !c->is_object())
        return 0;
    const auto q = c->find(quantity.toStdString());
    return q != c->end() && q->is_number() ? q->get<double>() : 0;
}

void CostPanel::setUsage(const QString &component, const QString &quantity, double value)
{
    m_document->undoStack()->push(new SetUsageCommand(m_document, component, quantity, value));
}

QString CostPanel::totalText() const
{
    const CostPresentation p = presentation();
    return tr("Total per month: %1").arg(CostReport::money(m_estimate.totalUsd() * (1 + p.taxRate), p));
}

QString CostPanel::selectionText() const
{
    return m_selection->text();
}

void CostPanel::showSelection(const QStringList &ids)
{
    m_selected = ids.size() == 1 ? ids.first() : QString();
    updateSelectionLabel();
}

void CostPanel::updateSelectionLabel()
{
    const Component *c = m_selected.isEmpty() ? nullptr : m_document->design().component(m_selected);
    m_selection->setVisible(c != nullptr);
    if (!c)
        return;
    bool unpriced = false;
    for (const UnpricedItem &u : m_estimate.unpriced)
        unpriced = unpriced || u.component == m_selected;
    const QString amount = CostReport::money(m_estimate.componentTotalUsd(m_selected), presentation());
    m_selection->setText(unpriced ? tr("%1: %2 per month, and parts without a price").arg(c->displayName(), amount)
                                  : tr("%1: %2 per month").arg(c->displayName(), amount));
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == m_selected) {
            m_tree->setCurrentItem(item);
            m_tree->scrollToItem(item);
        }
    }
}

void CostPanel::retranslate()
{
    m_tree->setHeaderLabels({tr("Component / item"), tr("Quantity"), tr("Unit price"), tr("Monthly")});
    m_rateLabel->setText(tr("Yen per USD:"));
    m_rate->setToolTip(tr("The price snapshot has no dated exchange rate: enter the rate to use."));
    m_tax->setText(tr("+10% consumption tax"));
    m_workshop->setText(tr("Workshop defaults"));
    m_workshop->setToolTip(tr("Fill usage quantities not given in the design with small typical values, marked as assumed."));
}

void CostPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh(); // line texts are written in the language of the moment
    }
    QWidget::changeEvent(event);
}

} // namespace kumo
