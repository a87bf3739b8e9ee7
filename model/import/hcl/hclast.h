#pragma once

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

namespace kumo::hclread {

/// Where something is in a file (1-based line and column; columns count characters).
struct Place
{
    int line = 1;
    int column = 1;
    const std::string *file = nullptr; ///< the file's name, owned by whoever read it (may be null)
};

struct Expr;
using ExprPtr = std::shared_ptr<const Expr>;

/// One expression of the HCL native syntax (or of a .tf.json value), as parsed.
struct Expr
{
    enum class Kind {
        Literal,      ///< value
        Template,     ///< parts joined as strings (a single interpolation alone keeps its type)
        TemplateIf,   ///< a = condition, b = then (template), c = else (template, may be null)
        TemplateFor,  ///< keyName/valueName, a = collection, b = body (template)
        Variable,     ///< name: var, local, aws_vpc, count, each, ...
        GetAttr,      ///< a.name
        Index,        ///< a[b]
        Splat,        ///< a[*] then b (over SplatItem)
        SplatItem,    ///< the element inside a splat
        Call,         ///< name(args...), expandFinal for "..."
        Tuple,        ///< [items]
        Object,       ///< {keys[i] = items[i]}
        Conditional,  ///< a ? b : c
        Binary,       ///< a op b
        Unary,        ///< op a ("!" or "-")
        For,          ///< [for k, v in a : b if c] / {for k, v in a : keyExpr => b if c}; grouping for "..."
    };
    Kind kind = Kind::Literal;
    Place place;
    nlohmann::json value;       ///< Literal
    std::string name;           ///< Variable, GetAttr, Call; op for Binary/Unary
    std::string keyName;        ///< For, TemplateFor
    std::string valueName;      ///< For, TemplateFor
    ExprPtr a, b, c, keyExpr;
    std::vector<ExprPtr> items; ///< Template parts, Call args, Tuple items, Object values
    std::vector<ExprPtr> keys;  ///< Object keys
    bool expandFinal = false;
    bool objectFor = false;
    bool grouping = false;
    bool stripped = false;      ///< Template: came from a heredoc or a quoted string (not a bare ${})
};

struct Block;

/// An attribute: name = expression.
struct Attribute
{
    std::string name;
    ExprPtr expr;
    Place place;
};

/// The content of a file or of a block: attributes and nested blocks, in file order.
struct Body
{
    std::vector<Attribute> attributes;
    std::vector<Block> blocks;
    const Attribute *attribute(const std::string &name) const
    {
        for (const Attribute &a : attributes)
            if (a.name == name)
                return &a;
        return nullptr;
    }
};

/// A block: type "labels" { body }.
struct Block
{
    std::string type;
    std::vector<std::string> labels;
    Body body;
    Place place;
};

} // namespace kumo::hclread
