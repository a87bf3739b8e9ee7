#include "hclwriter.h"

#include <QRegularExpression>

namespace kumo::hcl {

namespace {
constexpr int kMaxInlineWidth = 100;

bool isIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    return identifier.match(name).hasMatch();
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + escapeTemplate(text) + QLatin1Char('"');
}
} // namespace

QString escapeTemplate(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '$':
        case '%':
            out += c;
            if (next == QLatin1Char('{'))
                out += c; // ${ -> $${, %{ -> %%{
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

Value Value::string(const QString &text)
{
    return expression(quoted(text));
}

Value Value::templateString(const QString &hclTemplate)
{
    return expression(QLatin1Char('"') + hclTemplate + QLatin1Char('"'));
}

Value Value::number(qint64 n)
{
    return expression(QString::number(n));
}

Value Value::boolean(bool b)
{
    return expression(b ? QStringLiteral("true") : QStringLiteral("false"));
}

Value Value::expression(const QString &hcl)
{
    Value v;
    v.m_kind = Kind::Literal;
    v.m_text = hcl;
    return v;
}

Value Value::list(std::vector<Value> items)
{
    Value v;
    v.m_kind = Kind::List;
    v.m_items = std::move(items);
    return v;
}

Value Value::stringList(const QStringList &items)
{
    std::vector<Value> values;
    for (const QString &s : items)
        values.push_back(string(s));
    return list(std::move(values));
}

Value Value::object(std::vector<std::pair<QString, Value>> entries)
{
    Value v;
    v.m_kind = Kind::Object;
    v.m_entries = std::move(entries);
    return v;
}

Value Value::call(const QString &name, Value argument)
{
    Value v;
    v.m_kind = Kind::Call;
    v.m_text = name;
    v.m_items.push_back(std::move(argument));
    return v;
}

Value Value::lines(const QStringList &lines)
{
    Value v;
    v.m_kind = Kind::Lines;
    v.m_lines = lines;
    return v;
}

Block::Block(QString type, QStringList labels)
    : m_type(std::move(type))
    , m_labels(std::move(labels))
{
}

Block &Block::attribute(const QString &name, Value value)
{
    m_items.push_back({Item::Kind::Attribute, name, std::move(value), nullptr});
    return *this;
}

Block &Block::block(const QString &type, QStringList labels)
{
    auto nested = std::make_shared<Block>(type, std::move(labels));
    m_items.push_back({Item::Kind::Block, {}, {}, nested});
    return *nested;
}

Block &Block::blank()
{
    if (!m_items.empty() && m_items.back().kind != Item::Kind::Blank)
        m_items.push_back({Item::Kind::Blank, {}, {}, nullptr});
    return *this;
}

Block &Block::comment(const QString &text)
{
    m_items.push_back({Item::Kind::Comment, text, {}, nullptr});
    return *this;
}

/// Turns values and blocks into text with terraform fmt's layout.
class Printer
{
public:
    /// The value on one line, or an empty string when it must span several lines.
    static QString inlineText(const Value &v)
    {
        switch (v.m_kind) {
        case Value::Kind::Literal:
            return v.m_text;
        case Value::Kind::List: {
            QStringList parts;
            for (const Value &item : v.m_items) {
                const QString text = inlineText(item);
                if (text.isEmpty() || item.m_kind == Value::Kind::Object)
                    return {};
                parts << text;
            }
            const QString joined = QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
            return joined.size() <= kMaxInlineWidth ? joined : QString();
        }
        case Value::Kind::Object:
            return v.m_entries.empty() ? QStringLiteral("{}") : QString();
        case Value::Kind::Call: {
            const QString argument = inlineText(v.m_items.front());
            return argument.isEmpty() ? QString() : v.m_text + QLatin1Char('(') + argument + QLatin1Char(')');
        }
        case Value::Kind::Lines:
            return v.m_lines.size() == 1 ? v.m_lines.front() : QString();
        }
        return {};
    }

    /// The value starting at the current position; continuation lines indented by @p indent.
    static QString valueText(const Value &v, int indent)
    {
        const QString single = inlineText(v);
        if (!single.isEmpty())
            return single;
        const QString pad(indent * 2, QLatin1Char(' '));
        const QString inner((indent + 1) * 2, QLatin1Char(' '));
        switch (v.m_kind) {
        case Value::Kind::List: {
            QString out = QStringLiteral("[\n");
            for (const Value &item : v.m_items)
                out += inner + valueText(item, indent + 1) + QStringLiteral(",\n");
            return out + pad + QLatin1Char(']');
        }
        case Value::Kind::Object: {
            std::vector<Line> lines;
            for (const auto &[key, value] : v.m_entries) {
                const QString name = isIdentifier(key) ? key : quoted(key);
                const QString text = valueText(value, indent + 1);
                lines.push_back({name, text, !text.contains(QLatin1Char('\n'))});
            }
            return QStringLiteral("{\n") + alignedLines(lines, indent + 1) + pad + QLatin1Char('}');
        }
        case Value::Kind::Call:
            return v.m_text + QLatin1Char('(') + valueText(v.m_items.front(), indent) + QLatin1Char(')');
        case Value::Kind::Lines: {
            QString out = v.m_lines.value(0);
            for (qsizetype i = 1; i < v.m_lines.size(); ++i)
                out += QLatin1Char('\n') + pad + v.m_lines.at(i);
            return out;
        }
        case Value::Kind::Literal:
            break;
        }
        return v.m_text;
    }

    static QString blockText(const Block &b, int indent)
    {
        const QString pad(indent * 2, QLatin1Char(' '));
        QString header = pad + b.m_type;
        for (const QString &label : b.m_labels)
            header += QLatin1Char(' ') + quoted(label);
        if (b.m_items.empty())
            return header + QStringLiteral(" {}\n");
        QString out = header + QStringLiteral(" {\n");
        std::vector<Line> group;
        auto flush = [&] {
            out += alignedLines(group, indent + 1);
            group.clear();
        };
        for (const Block::Item &item : b.m_items) {
            switch (item.kind) {
            case Block::Item::Kind::Attribute: {
                const QString text = valueText(item.value, indent + 1);
                group.push_back({item.name, text, !text.contains(QLatin1Char('\n'))});
                break;
            }
            case Block::Item::Kind::Block:
                flush();
                out += blockText(*item.block, indent + 1);
                break;
            case Block::Item::Kind::Blank:
                flush();
                out += QLatin1Char('\n');
                break;
            case Block::Item::Kind::Comment:
                flush();
                out += QString((indent + 1) * 2, QLatin1Char(' ')) + QStringLiteral("# ") + item.name + QLatin1Char('\n');
                break;
            }
        }
        flush();
        if (out.endsWith(QStringLiteral("\n\n")))
            out.chop(1);
        return out + pad + QStringLiteral("}\n");
    }

private:
    struct Line
    {
        QString name;
        QString value;
        bool singleLine; ///< only single-line values take part in `=` alignment
    };

    /// Prints `name = value` lines; runs of single-line values align their `=`.
    static QString alignedLines(const std::vector<Line> &lines, int indent)
    {
        const QString pad(indent * 2, QLatin1Char(' '));
        QString out;
        size_t i = 0;
        while (i < lines.size()) {
            if (!lines[i].singleLine) {
                out += pad + lines[i].name + QStringLiteral(" = ") + lines[i].value + QLatin1Char('\n');
                ++i;
                continue;
            }
            size_t end = i;
            qsizetype width = 0;
            while (end < lines.size() && lines[end].singleLine) {
                width = std::max(width, lines[end].name.size());
                ++end;
            }
            for (; i < end; ++i)
                out += pad + lines[i].name.leftJustified(width) + QStringLiteral(" = ") + lines[i].value + QLatin1Char('\n');
        }
        return out;
    }
};

QString print(const std::vector<Block> &blocks)
{
    QStringList parts;
    for (const Block &b : blocks)
        parts << Printer::blockText(b, 0);
    return parts.join(QLatin1Char('\n'));
}

QString print(const Value &value, int indent)
{
    return Printer::valueText(value, indent);
}

} // namespace kumo::hcl
