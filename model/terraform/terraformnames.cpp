#include "terraformnames.h"

#include <QSet>

#include <algorithm>

namespace kumo {

QString TerraformNames::snakeCase(const QString &text)
{
    QString out;
    bool underscore = false;
    for (QChar c : text) {
        const bool alnum = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                           || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (alnum) {
            if (underscore && !out.isEmpty())
                out += QLatin1Char('_');
            out += c.toLower();
            underscore = false;
        } else {
            underscore = true;
        }
    }
    if (!out.isEmpty() && out.at(0).isDigit())
        out.prepend(QStringLiteral("r_"));
    return out.left(64);
}

QString TerraformNames::snakeCaseWords(const QString &text)
{
    QString split;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar previous = i > 0 ? text.at(i - 1) : QChar();
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        const bool wordStart = c.isUpper() && (previous.isLower() || previous.isDigit() || (previous.isUpper() && next.isLower()));
        if (wordStart)
            split += QLatin1Char('_');
        split += c;
    }
    return snakeCase(split);
}

const QStringList &TerraformNames::reservedSuffixes()
{
    static const QStringList suffixes = {QStringLiteral("_validation"), QStringLiteral("_green"), QStringLiteral("_public"),
                                         QStringLiteral("_private"), QStringLiteral("_cloudfront"), QStringLiteral("_ipv6"),
                                         QStringLiteral("_events"), QStringLiteral("_ssm"), QStringLiteral("_credentials")};
    return suffixes;
}

namespace {
/// Kinds whose resources share Terraform types share one namespace of names.
QString namespaceOf(const QString &kind)
{
    if (kind == QLatin1String("nat_gateway") || kind == QLatin1String("elastic_ip"))
        return QStringLiteral("aws_eip");
    return kind;
}
} // namespace

TerraformNames::TerraformNames(const Design &design)
{
    QHash<QString, QSet<QString>> taken;
    // per namespace and base name, the number the last numbered name took: names are only ever
    // added, so the next free number is never below it (a thousand "web" stay linear)
    QHash<QString, QHash<QString, int>> lastNumber;
    for (const Component *c : design.components()) {
        QString base = snakeCase(c->name);
        if (base.isEmpty())
            base = snakeCase(c->id);
        if (base.isEmpty())
            base = QStringLiteral("component");
        for (const QString &suffix : reservedSuffixes()) {
            if (base.endsWith(suffix))
                base += QStringLiteral("_") + c->kind.section(QLatin1Char('_'), -1);
        }
        QSet<QString> &names = taken[namespaceOf(c->kind)];
        QString name = base;
        if (names.contains(name)) {
            int &n = lastNumber[namespaceOf(c->kind)][base];
            n = std::max(n, 1);
            do
                name = base + QLatin1Char('_') + QString::number(++n);
            while (names.contains(name));
        }
        names.insert(name);
        m_names.insert(c->id, name);
    }
}

} // namespace kumo
