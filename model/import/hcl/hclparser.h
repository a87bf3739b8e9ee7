#pragma once

#include "hclast.h"

#include <string>
#include <string_view>

namespace kumo::hclread {

/// Why a text is not HCL, and where.
struct ParseError
{
    Place place;
    std::string message;
};

/// Reads the HCL native syntax (what Terraform's .tf files are written in): bodies of attributes and
/// blocks, every expression form (literals, templates with interpolation, %{if} and %{for}
/// directives, heredocs, operators, conditionals, function calls, for expressions, splats, index
/// and attribute access) and the three kinds of comments. Stops at the first error, with its place.
namespace Parser {

/// @p file names the places of the result (kept by the caller while the result lives).
bool parseFile(std::string_view text, Body *body, ParseError *error, const std::string *file = nullptr);
/// One expression alone (used for .tf.json values and variable files given as text).
bool parseExpression(std::string_view text, ExprPtr *expr, ParseError *error, const std::string *file = nullptr);
/// A template alone (the quoted strings of .tf.json and the files of templatefile()).
bool parseTemplate(std::string_view text, ExprPtr *expr, ParseError *error, const std::string *file = nullptr);

} // namespace Parser

} // namespace kumo::hclread
