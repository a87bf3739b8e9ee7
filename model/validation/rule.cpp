#include "rule.h"

#include <QCoreApplication>

namespace kumo {

QString Rule::translatedTitle() const
{
    return QCoreApplication::translate("kumo::Rules", title);
}

QString Rule::translatedExplanation() const
{
    return QCoreApplication::translate("kumo::Rules", explanation);
}

} // namespace kumo
