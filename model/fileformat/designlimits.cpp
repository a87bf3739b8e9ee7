#include "designlimits.h"

#include <QCoreApplication>

#include <algorithm>

namespace kumo {
namespace DesignLimits {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::DesignLimits", text);
}
} // namespace

std::optional<Violation> scan(const QByteArray &utf8)
{
    const char *const text = utf8.constData();
    const qsizetype size = utf8.size();
    int depth = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text[i];
        if (c == '"') {
            const qsizetype start = i;
            for (++i; i < size && text[i] != '"'; ++i) {
                if (text[i] == '\\')
                    ++i; // the escaped character cannot end the string
            }
            if (i - start - 1 > maximumStringBytes)
                return Violation{start, tr("a text is longer than %1 bytes").arg(maximumStringBytes)};
        } else if (c == '[' || c == '{') {
            if (++depth > maximumDepth)
                return Violation{i, tr("lists and objects are nested deeper than %1 levels").arg(maximumDepth)};
        } else if (c == ']' || c == '}') {
            depth = std::max(0, depth - 1);
        }
    }
    return std::nullopt;
}

} // namespace DesignLimits
} // namespace kumo
