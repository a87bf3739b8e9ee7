#include "rule.h"

#include <QCoreApplication>

namespace kumo {

QString Rule::translatedTitle() const
{
    return QCoreApplication::translate("kumo::rules", title);
}

QString Rule::translatedExplanation() const
{
    return QCoreApplication::translate("kumo::rules", explanation);
}

} // namespace kumo
