#pragma once

#include "hclast.h"
#include "hclvalue.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace kumo::hclread {

/// Something an evaluation could not do (an unsupported function, a wrong argument): the value
/// became unknown, and the place says where.
struct EvalIssue
{
    Place place;
    std::string message;
};

/// Where the names of an expression come from (var, local, resources, modules, each, count, path).
class Scope
{
public:
    virtual ~Scope() = default;
    /// Resolves the leading names of a reference (var.x -> {"var", "x"}), setting @p used to the
    /// number of names it consumed (at least 1). Returns unknown when it cannot tell.
    virtual nlohmann::json resolve(const std::vector<std::string> &names, size_t *used, Place place) = 0;
    /// The folder file() and templatefile() read relative to (path.module).
    virtual std::string moduleDirectory() const = 0;
    /// The text of a file for file() and templatefile() (@p path relative to moduleDirectory()
    /// unless absolute), read through the capped reader; throws EvalError naming it when it cannot
    /// be read. A configuration's scope also counts it against the configuration's total.
    virtual std::string readFile(const std::string &path, Place place);
};

/// Evaluates expressions against a scope, without a provider: what is unknown stays unknown.
class Evaluator
{
public:
    explicit Evaluator(Scope &scope)
        : m_scope(scope)
    {
    }

    /// The value of @p expr; problems become unknowns recorded in issues().
    nlohmann::json evaluate(const ExprPtr &expr);
    /// Like evaluate(), but a problem is reported to the caller (try(), can()).
    nlohmann::json evaluateStrict(const ExprPtr &expr);

    const std::vector<EvalIssue> &issues() const { return m_issues; }
    void addIssue(Place place, const std::string &message) { m_issues.push_back({place, message}); }

    /// Local names (for expressions, template for): bound while a scope is active.
    void bind(const std::string &name, const nlohmann::json &v) { m_locals.emplace_back(name, v); }
    void unbind(size_t count) { m_locals.resize(m_locals.size() - count); }

    Scope &scope() { return m_scope; }
    int depth = 0; ///< nesting of templatefile() calls

private:
    nlohmann::json eval(const Expr &e);
    nlohmann::json evalTemplate(const Expr &e);
    nlohmann::json evalTraversal(const Expr &e);
    nlohmann::json evalBinary(const Expr &e);
    nlohmann::json evalFor(const Expr &e);
    nlohmann::json evalCall(const Expr &e);
    const nlohmann::json *local(const std::string &name) const;

    Scope &m_scope;
    std::vector<EvalIssue> m_issues;
    std::vector<std::pair<std::string, nlohmann::json>> m_locals;
    std::vector<nlohmann::json> m_splatItems;
};

/// Thrown inside an evaluation for an error (caught by evaluate(), try() and can()).
struct EvalError
{
    Place place;
    std::string message;
};

/// The functions of the Terraform language that Kumo evaluates (cidrsubnet, merge, format, ...).
namespace Functions {

/// Calls @p name; throws EvalError for a wrong argument or an unknown function. Unknown
/// arguments give an unknown result. try() and can() are handled by the evaluator.
nlohmann::json call(Evaluator &evaluator, const std::string &name, const std::vector<nlohmann::json> &args, Place place);
bool exists(const std::string &name);

} // namespace Functions

} // namespace kumo::hclread
