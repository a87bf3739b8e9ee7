#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

/// Building and printing HCL in `terraform fmt` style. This is the one place that knows about
/// escaping, indentation and the alignment of `=`.
namespace kumo::hcl {

/// An expression: a single-line literal, a list, an object or a function call over one.
class Value
{
public:
    enum class Kind { Literal, List, Object, Call, Lines };

    Value() = default;
    Kind kind() const { return m_kind; }

    /// A quoted string, escaped: quotes, backslashes, control characters, and ${ / %{ so
    /// that the text is never read as a template.
    static Value string(const QString &text);
    /// A quoted template, written as is: for interpolations such as "${aws_x.y.url}:latest".
    /// Only the parts that come from the design should pass through escapeTemplate().
    static Value templateString(const QString &hclTemplate);
    static Value number(qint64 n);
    static Value boolean(bool b);
    /// A reference or any other expression written verbatim: aws_vpc.main.id, var.region.
    static Value expression(const QString &hcl);
    static Value list(std::vector<Value> items);
    static Value stringList(const QStringList &items);
    static Value object(std::vector<std::pair<QString, Value>> entries);
    /// name(argument), e.g. jsonencode({...}).
    static Value call(const QString &name, Value argument);
    /// An expression over several lines, each already indented relative to the first
    /// (for `for` expressions); continuation lines follow the attribute's indentation.
    static Value lines(const QStringList &lines);

    bool isEmptyList() const { return m_kind == Kind::List && m_items.empty(); }

private:
    friend class Printer;
    Kind m_kind = Kind::Literal;
    QString m_text;                                       ///< Literal: the expression; Call: the function
    QStringList m_lines;                                  ///< Lines
    std::vector<Value> m_items;                           ///< List items; Call: the one argument
    std::vector<std::pair<QString, Value>> m_entries;     ///< Object entries
};

/// Escapes text for use inside a quoted HCL string.
QString escapeTemplate(const QString &text);

/// A block: `type "label" "label" { ... }` with attributes, nested blocks and blank lines.
class Block
{
public:
    explicit Block(QString type, QStringList labels = {});

    Block &attribute(const QString &name, Value value);
    /// Adds a nested block and returns it for filling.
    Block &block(const QString &type, QStringList labels = {});
    /// A blank line (ends an alignment group, separates meta-arguments).
    Block &blank();
    /// A `# comment` line.
    Block &comment(const QString &text);

    const QString &type() const { return m_type; }
    const QStringList &labels() const { return m_labels; }
    bool isEmpty() const { return m_items.empty(); }

private:
    friend class Printer;
    struct Item
    {
        enum class Kind { Attribute, Block, Blank, Comment } kind;
        QString name; ///< attribute name, or comment text
        Value value;
        std::shared_ptr<Block> block;
    };
    QString m_type;
    QStringList m_labels;
    std::vector<Item> m_items;
};

/// Prints top-level blocks separated by blank lines, ending with a newline.
QString print(const std::vector<Block> &blocks);
/// Prints one expression at the given indent (for tests).
QString print(const Value &value, int indent = 0);

} // namespace kumo::hcl
