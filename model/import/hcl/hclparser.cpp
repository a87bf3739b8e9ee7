#include "hclparser.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace kumo::hclread {

namespace {

using json = nlohmann::json;

enum class Tok {
    End,
    Newline,
    Ident,
    Number,
    OQuote,   ///< " (the template follows in the text)
    Heredoc,  ///< <<EOF or <<-EOF (text = marker, flag = indented)
    Punct,    ///< text = the operator or bracket
    TemplateClose, ///< } or ~} while in a template
};

struct Token
{
    Tok kind = Tok::End;
    std::string text;
    Place place;
    bool flag = false;
};

struct Failure
{
    ParseError error;
};

constexpr int MaxDepth = 200;

class ParserImpl
{
public:
    ParserImpl(std::string_view text, const std::string *file)
        : m_text(text)
        , m_file(file)
    {
    }

    Body parseFile()
    {
        advance();
        Body body = parseBody(true);
        if (m_tok.kind != Tok::End)
            fail(m_tok.place, "unexpected " + describe(m_tok));
        return body;
    }

    ExprPtr parseLoneExpression()
    {
        ++m_skipNewlines;
        advance();
        ExprPtr e = parseExpr();
        if (m_tok.kind != Tok::End)
            fail(m_tok.place, "unexpected " + describe(m_tok) + " after the expression");
        return e;
    }

    ExprPtr parseLoneTemplate()
    {
        std::string terminator;
        return parseTemplateParts(TemplateEnd::Text, terminator, Place{1, 1, m_file}, 0);
    }

private:
    // ------------------------------------------------------------------ characters
    [[noreturn]] void fail(Place place, const std::string &message) { throw Failure{{place, message}}; }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peekChar(size_t ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0'; }
    Place here() const { return {m_line, m_column, m_file}; }

    void step()
    {
        const unsigned char c = static_cast<unsigned char>(m_text[m_pos]);
        ++m_pos;
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++m_column;
        }
    }

    static bool identStart(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
    static bool identChar(unsigned char c) { return std::isalnum(c) || c == '_' || c == '-' || c >= 0x80; }

    /// Skips blanks and comments; stops before a newline (comments ending a line leave it).
    void skipBlanks()
    {
        while (!atEnd()) {
            const char c = peekChar();
            if (c == ' ' || c == '\t' || c == '\r') {
                step();
            } else if (c == '#' || (c == '/' && peekChar(1) == '/')) {
                while (!atEnd() && peekChar() != '\n')
                    step();
            } else if (c == '/' && peekChar(1) == '*') {
                const Place start = here();
                step();
                step();
                while (!atEnd() && !(peekChar() == '*' && peekChar(1) == '/'))
                    step();
                if (atEnd())
                    fail(start, "this comment is not closed (*/ missing)");
                step();
                step();
            } else {
                break;
            }
        }
    }

    // ------------------------------------------------------------------ tokens
    void advance()
    {
        for (;;) {
            skipBlanks();
            if (m_skipNewlines > 0 && peekChar() == '\n') {
                step();
                continue;
            }
            break;
        }
        Token t;
        t.place = here();
        if (atEnd()) {
            t.kind = Tok::End;
            m_tok = t;
            return;
        }
        const unsigned char c = static_cast<unsigned char>(peekChar());
        if (c == '\n') {
            step();
            t.kind = Tok::Newline;
        } else if (identStart(c)) {
            const size_t start = m_pos;
            while (!atEnd() && identChar(static_cast<unsigned char>(peekChar())))
                step();
            t.kind = Tok::Ident;
            t.text = std::string(m_text.substr(start, m_pos - start));
        } else if (std::isdigit(c)) {
            const size_t start = m_pos;
            while (std::isdigit(static_cast<unsigned char>(peekChar())))
                step();
            if (peekChar() == '.' && std::isdigit(static_cast<unsigned char>(peekChar(1))) && !m_afterDot) {
                step();
                while (std::isdigit(static_cast<unsigned char>(peekChar())))
                    step();
            }
            if ((peekChar() == 'e' || peekChar() == 'E') && !m_afterDot) {
                const char next = peekChar(1);
                const bool sign = next == '+' || next == '-';
                if (std::isdigit(static_cast<unsigned char>(sign ? peekChar(2) : next))) {
                    step();
                    if (sign)
                        step();
                    while (std::isdigit(static_cast<unsigned char>(peekChar())))
                        step();
                }
            }
            t.kind = Tok::Number;
            t.text = std::string(m_text.substr(start, m_pos - start));
        } else if (c == '"') {
            step();
            t.kind = Tok::OQuote;
        } else if (c == '<' && peekChar(1) == '<' && (identStart(static_cast<unsigned char>(peekChar(2)))
                                                     || (peekChar(2) == '-' && identStart(static_cast<unsigned char>(peekChar(3)))))) {
            step();
            step();
            if (peekChar() == '-') {
                t.flag = true;
                step();
            }
            const size_t start = m_pos;
            while (!atEnd() && identChar(static_cast<unsigned char>(peekChar())))
                step();
            t.kind = Tok::Heredoc;
            t.text = std::string(m_text.substr(start, m_pos - start));
        } else if (m_templateDepth > 0 && m_nesting.back() == 0 && (c == '}' || (c == '~' && peekChar(1) == '}'))) {
            t.flag = c == '~';
            step();
            if (t.flag)
                step();
            t.kind = Tok::TemplateClose;
        } else {
            static const char *const two[] = {"==", "!=", "<=", ">=", "&&", "||", "=>"};
            t.kind = Tok::Punct;
            if (peekChar() == '.' && peekChar(1) == '.' && peekChar(2) == '.') {
                step();
                step();
                step();
                t.text = "...";
            } else {
                for (const char *op : two) {
                    if (peekChar() == op[0] && peekChar(1) == op[1]) {
                        t.text = op;
                        step();
                        step();
                        break;
                    }
                }
                if (t.text.empty()) {
                    static const std::string singles = "{}[]().,=<>!+-*/%?:";
                    if (singles.find(char(c)) == std::string::npos) {
                        std::string shown(1, char(c));
                        fail(t.place, "unexpected character '" + shown + "'");
                    }
                    t.text = std::string(1, char(c));
                    step();
                }
            }
            if (!m_nesting.empty()) {
                if (t.text == "{" || t.text == "(" || t.text == "[")
                    ++m_nesting.back();
                else if ((t.text == "}" || t.text == ")" || t.text == "]") && m_nesting.back() > 0)
                    --m_nesting.back();
            }
        }
        m_afterDot = t.kind == Tok::Punct && t.text == ".";
        m_tok = t;
    }

    static std::string describe(const Token &t)
    {
        switch (t.kind) {
        case Tok::End: return "end of file";
        case Tok::Newline: return "end of line";
        case Tok::Ident: return "'" + t.text + "'";
        case Tok::Number: return "number " + t.text;
        case Tok::OQuote: return "a quoted string";
        case Tok::Heredoc: return "a heredoc";
        case Tok::TemplateClose: return "'}'";
        case Tok::Punct: return "'" + t.text + "'";
        }
        return "?";
    }

    bool isPunct(const char *p) const { return m_tok.kind == Tok::Punct && m_tok.text == p; }
    void expectPunct(const char *p, const char *what)
    {
        if (!isPunct(p))
            fail(m_tok.place, std::string("expected '") + p + "' " + what + ", found " + describe(m_tok));
        advance();
    }

    struct State
    {
        size_t pos;
        int line, column;
        Token tok;
        bool afterDot;
        std::vector<int> nesting;
    };
    State save() const { return {m_pos, m_line, m_column, m_tok, m_afterDot, m_nesting}; }
    void restore(const State &s)
    {
        m_pos = s.pos;
        m_line = s.line;
        m_column = s.column;
        m_tok = s.tok;
        m_afterDot = s.afterDot;
        m_nesting = s.nesting;
    }

    struct DepthGuard
    {
        ParserImpl &p;
        DepthGuard(ParserImpl &parser, Place place)
            : p(parser)
        {
            if (++p.m_depth > MaxDepth)
                p.fail(place, "nested too deeply");
        }
        ~DepthGuard() { --p.m_depth; }
    };

    // ------------------------------------------------------------------ bodies
    Body parseBody(bool topLevel)
    {
        Body body;
        for (;;) {
            while (m_tok.kind == Tok::Newline)
                advance();
            if (m_tok.kind == Tok::End) {
                if (!topLevel)
                    fail(m_tok.place, "expected '}' to close the block, found end of file");
                return body;
            }
            if (isPunct("}")) {
                if (topLevel)
                    fail(m_tok.place, "unexpected '}' (no block is open)");
                return body;
            }
            if (m_tok.kind != Tok::Ident)
                fail(m_tok.place, "expected an attribute name or a block type, found " + describe(m_tok));
            const Token name = m_tok;
            advance();
            if (isPunct("=")) {
                advance();
                Attribute a;
                a.name = name.text;
                a.place = name.place;
                a.expr = parseExpr();
                for (const Attribute &existing : body.attributes) {
                    if (existing.name == a.name)
                        fail(name.place, "attribute '" + a.name + "' is set twice (first on line " + std::to_string(existing.place.line) + ")");
                }
                body.attributes.push_back(std::move(a));
                endOfItem(topLevel);
                continue;
            }
            Block block;
            block.type = name.text;
            block.place = name.place;
            while (m_tok.kind == Tok::Ident || m_tok.kind == Tok::OQuote) {
                if (m_tok.kind == Tok::Ident) {
                    block.labels.push_back(m_tok.text);
                    advance();
                } else {
                    block.labels.push_back(parseLabel());
                }
            }
            if (!isPunct("{"))
                fail(m_tok.place, "expected '=' or a block after '" + name.text + "', found " + describe(m_tok));
            const Place open = m_tok.place;
            advance();
            {
                DepthGuard guard(*this, open);
                block.body = parseBody(false);
            }
            advance(); // the closing brace
            body.blocks.push_back(std::move(block));
            endOfItem(topLevel);
        }
    }

    void endOfItem(bool topLevel)
    {
        if (m_tok.kind == Tok::Newline || m_tok.kind == Tok::End) {
            return;
        }
        if (!topLevel && isPunct("}"))
            return; // a one-line block: a { b = 1 }
        fail(m_tok.place, "expected the end of the line, found " + describe(m_tok));
    }

    /// A quoted block label: a plain string, no interpolation.
    std::string parseLabel()
    {
        const Place start = m_tok.place;
        std::string terminator;
        ExprPtr t = parseTemplateParts(TemplateEnd::Quote, terminator, start, 0);
        if (t->kind != Expr::Kind::Literal)
            fail(start, "a block label cannot contain interpolations or directives");
        advance();
        return t->value.get<std::string>();
    }

    // ------------------------------------------------------------------ expressions
    static ExprPtr make(Expr e) { return std::make_shared<const Expr>(std::move(e)); }

    ExprPtr parseExpr()
    {
        DepthGuard guard(*this, m_tok.place);
        ExprPtr cond = parseBinary(0);
        if (isPunct("?")) {
            Expr e;
            e.kind = Expr::Kind::Conditional;
            e.place = cond->place;
            advance();
            e.a = cond;
            e.b = parseExpr();
            expectPunct(":", "in a conditional (cond ? a : b)");
            e.c = parseExpr();
            return make(std::move(e));
        }
        return cond;
    }

    static int precedence(const std::string &op)
    {
        if (op == "||")
            return 1;
        if (op == "&&")
            return 2;
        if (op == "==" || op == "!=")
            return 3;
        if (op == "<" || op == ">" || op == "<=" || op == ">=")
            return 4;
        if (op == "+" || op == "-")
            return 5;
        if (op == "*" || op == "/" || op == "%")
            return 6;
        return 0;
    }

    ExprPtr parseBinary(int minPrecedence)
    {
        ExprPtr left = parseUnary();
        for (;;) {
            if (m_tok.kind != Tok::Punct)
                return left;
            const int p = precedence(m_tok.text);
            if (p == 0 || p <= minPrecedence)
                return left;
            Expr e;
            e.kind = Expr::Kind::Binary;
            e.name = m_tok.text;
            e.place = m_tok.place;
            advance();
            e.a = left;
            e.b = parseBinary(p);
            left = make(std::move(e));
        }
    }

    ExprPtr parseUnary()
    {
        if (isPunct("!") || isPunct("-")) {
            DepthGuard guard(*this, m_tok.place);
            Expr e;
            e.kind = Expr::Kind::Unary;
            e.name = m_tok.text;
            e.place = m_tok.place;
            advance();
            e.a = parseUnary();
            return make(std::move(e));
        }
        return parsePostfix(parsePrimary());
    }

    ExprPtr parsePostfix(ExprPtr e)
    {
        for (;;) {
            if (isPunct(".")) {
                const Place place = m_tok.place;
                advance();
                if (isPunct("*")) {
                    advance();
                    e = parseSplat(e, place, true);
                    continue;
                }
                if (m_tok.kind == Tok::Number) {
                    Expr ix;
                    ix.kind = Expr::Kind::Index;
                    ix.place = place;
                    ix.a = e;
                    Expr key;
                    key.kind = Expr::Kind::Literal;
                    key.place = m_tok.place;
                    key.value = std::stoll(m_tok.text.substr(0, 18));
                    ix.b = make(std::move(key));
                    advance();
                    e = make(std::move(ix));
                    continue;
                }
                if (m_tok.kind != Tok::Ident)
                    fail(m_tok.place, "expected an attribute name after '.', found " + describe(m_tok));
                Expr g;
                g.kind = Expr::Kind::GetAttr;
                g.place = place;
                g.a = e;
                g.name = m_tok.text;
                advance();
                e = make(std::move(g));
            } else if (isPunct("[")) {
                const Place place = m_tok.place;
                ++m_skipNewlines;
                advance();
                if (isPunct("*")) {
                    advance();
                    --m_skipNewlines;
                    if (!isPunct("]"))
                        fail(m_tok.place, "expected ']' after '[*', found " + describe(m_tok));
                    advance();
                    e = parseSplat(e, place, false);
                    continue;
                }
                Expr ix;
                ix.kind = Expr::Kind::Index;
                ix.place = place;
                ix.a = e;
                ix.b = parseExpr();
                --m_skipNewlines;
                if (!isPunct("]"))
                    fail(m_tok.place, "expected ']' to close the index, found " + describe(m_tok));
                advance();
                e = make(std::move(ix));
            } else {
                return e;
            }
        }
    }

    /// After a[*] or a.*: the traversal that follows applies to each element.
    ExprPtr parseSplat(ExprPtr source, Place place, bool attributeOnly)
    {
        Expr item;
        item.kind = Expr::Kind::SplatItem;
        item.place = place;
        ExprPtr each = make(std::move(item));
        for (;;) {
            if (isPunct(".")) {
                advance();
                if (m_tok.kind != Tok::Ident && m_tok.kind != Tok::Number)
                    fail(m_tok.place, "expected an attribute name after '.', found " + describe(m_tok));
                Expr g;
                g.place = m_tok.place;
                g.a = each;
                if (m_tok.kind == Tok::Number) {
                    g.kind = Expr::Kind::Index;
                    Expr key;
                    key.value = std::stoll(m_tok.text.substr(0, 18));
                    g.b = make(std::move(key));
                } else {
                    g.kind = Expr::Kind::GetAttr;
                    g.name = m_tok.text;
                }
                advance();
                each = make(std::move(g));
            } else if (isPunct("[") && !attributeOnly) {
                const Place p = m_tok.place;
                ++m_skipNewlines;
                advance();
                Expr ix;
                ix.kind = Expr::Kind::Index;
                ix.place = p;
                ix.a = each;
                ix.b = parseExpr();
                --m_skipNewlines;
                if (!isPunct("]"))
                    fail(m_tok.place, "expected ']' to close the index, found " + describe(m_tok));
                advance();
                each = make(std::move(ix));
            } else {
                break;
            }
        }
        Expr s;
        s.kind = Expr::Kind::Splat;
        s.place = place;
        s.a = source;
        s.b = each;
        return make(std::move(s));
    }

    ExprPtr parsePrimary()
    {
        const Token t = m_tok;
        switch (t.kind) {
        case Tok::Number: {
            advance();
            Expr e;
            e.kind = Expr::Kind::Literal;
            e.place = t.place;
            const bool integral = t.text.find_first_of(".eE") == std::string::npos;
            if (integral && t.text.size() < 19)
                e.value = std::stoll(t.text);
            else
                e.value = std::strtod(t.text.c_str(), nullptr);
            return make(std::move(e));
        }
        case Tok::OQuote: {
            std::string terminator;
            ExprPtr tmpl = parseTemplateParts(TemplateEnd::Quote, terminator, t.place, 0);
            advance();
            return tmpl;
        }
        case Tok::Heredoc: return parseHeredoc(t);
        case Tok::Ident: {
            advance();
            if (t.text == "true" || t.text == "false" || t.text == "null") {
                Expr e;
                e.kind = Expr::Kind::Literal;
                e.place = t.place;
                e.value = t.text == "null" ? json() : json(t.text == "true");
                return make(std::move(e));
            }
            if (isPunct("("))
                return parseCall(t);
            Expr e;
            e.kind = Expr::Kind::Variable;
            e.place = t.place;
            e.name = t.text;
            return make(std::move(e));
        }
        case Tok::Punct:
            if (t.text == "(") {
                ++m_skipNewlines;
                advance();
                ExprPtr inner = parseExpr();
                --m_skipNewlines;
                if (!isPunct(")"))
                    fail(m_tok.place, "expected ')' to close '(' of line " + std::to_string(t.place.line) + ", found " + describe(m_tok));
                advance();
                return inner;
            }
            if (t.text == "[")
                return parseTuple(t);
            if (t.text == "{")
                return parseObject(t);
            break;
        default: break;
        }
        fail(t.place, "expected an expression, found " + describe(t));
    }

    ExprPtr parseCall(const Token &name)
    {
        Expr e;
        e.kind = Expr::Kind::Call;
        e.place = name.place;
        e.name = name.text;
        ++m_skipNewlines;
        advance(); // (
        while (!isPunct(")")) {
            e.items.push_back(parseExpr());
            if (isPunct("...")) {
                e.expandFinal = true;
                advance();
                if (!isPunct(")"))
                    fail(m_tok.place, "'...' must follow the last argument");
                break;
            }
            if (isPunct(","))
                advance();
            else if (!isPunct(")"))
                fail(m_tok.place, "expected ',' or ')' in the arguments of " + name.text + "(), found " + describe(m_tok));
        }
        --m_skipNewlines;
        advance();
        return make(std::move(e));
    }

    bool atForKeyword()
    {
        if (m_tok.kind != Tok::Ident || m_tok.text != "for")
            return false;
        const State s = save();
        advance();
        const bool isFor = m_tok.kind == Tok::Ident;
        restore(s);
        return isFor;
    }

    ExprPtr parseTuple(const Token &open)
    {
        ++m_skipNewlines;
        advance();
        if (atForKeyword())
            return parseFor(open, false);
        Expr e;
        e.kind = Expr::Kind::Tuple;
        e.place = open.place;
        while (!isPunct("]")) {
            if (m_tok.kind == Tok::End)
                fail(open.place, "this '[' is not closed");
            e.items.push_back(parseExpr());
            if (isPunct(","))
                advance();
            else if (!isPunct("]"))
                fail(m_tok.place, "expected ',' or ']' in the list, found " + describe(m_tok));
        }
        --m_skipNewlines;
        advance();
        return make(std::move(e));
    }

    ExprPtr parseObject(const Token &open)
    {
        ++m_skipNewlines;
        advance();
        if (atForKeyword())
            return parseFor(open, true);
        Expr e;
        e.kind = Expr::Kind::Object;
        e.place = open.place;
        while (!isPunct("}")) {
            if (m_tok.kind == Tok::End)
                fail(open.place, "this '{' is not closed");
            ExprPtr key;
            if (m_tok.kind == Tok::Ident) {
                // a bare name is the key itself, unless a traversal or call follows
                const State s = save();
                const Token name = m_tok;
                advance();
                if (isPunct("=") || isPunct(":")) {
                    Expr k;
                    k.kind = Expr::Kind::Literal;
                    k.place = name.place;
                    k.value = name.text;
                    key = make(std::move(k));
                } else {
                    restore(s);
                    key = parseExpr();
                }
            } else {
                key = parseExpr();
            }
            if (!isPunct("=") && !isPunct(":"))
                fail(m_tok.place, "expected '=' after the key in the object, found " + describe(m_tok));
            advance();
            e.keys.push_back(key);
            e.items.push_back(parseExpr());
            if (isPunct(","))
                advance();
        }
        --m_skipNewlines;
        advance();
        return make(std::move(e));
    }

    ExprPtr parseFor(const Token &open, bool objectFor)
    {
        Expr e;
        e.kind = Expr::Kind::For;
        e.place = open.place;
        e.objectFor = objectFor;
        advance(); // for
        if (m_tok.kind != Tok::Ident)
            fail(m_tok.place, "expected a name after 'for', found " + describe(m_tok));
        e.valueName = m_tok.text;
        advance();
        if (isPunct(",")) {
            advance();
            if (m_tok.kind != Tok::Ident)
                fail(m_tok.place, "expected a second name after ',' in 'for', found " + describe(m_tok));
            e.keyName = e.valueName;
            e.valueName = m_tok.text;
            advance();
        }
        if (m_tok.kind != Tok::Ident || m_tok.text != "in")
            fail(m_tok.place, "expected 'in' in the 'for' expression, found " + describe(m_tok));
        advance();
        e.a = parseExpr();
        expectPunct(":", "after the collection of the 'for' expression");
        if (objectFor) {
            e.keyExpr = parseExpr();
            expectPunct("=>", "between key and value of the 'for' expression");
        }
        e.b = parseExpr();
        if (objectFor && isPunct("...")) {
            e.grouping = true;
            advance();
        }
        if (m_tok.kind == Tok::Ident && m_tok.text == "if") {
            advance();
            e.c = parseExpr();
        }
        --m_skipNewlines;
        if (!isPunct(objectFor ? "}" : "]"))
            fail(m_tok.place, std::string("expected '") + (objectFor ? "}" : "]") + "' to close the 'for' expression, found " + describe(m_tok));
        advance();
        return make(std::move(e));
    }

    // ------------------------------------------------------------------ templates
    enum class TemplateEnd { Quote, Text, Heredoc };

    /// Reads template text from m_pos: literals, ${ } and %{ } up to the end (a quote, the end of
    /// the text or of the heredoc) or to a directive keyword that ends a nested part (else, endif,
    /// endfor: returned in @p terminator). Leaves m_pos after the end; m_tok is not advanced.
    ExprPtr parseTemplateParts(TemplateEnd end, std::string &terminator, Place start, int nesting)
    {
        if (nesting > 50)
            fail(start, "template directives nested too deeply");
        std::vector<ExprPtr> parts;
        std::string literal;
        Place literalPlace = here();
        bool stripNextLeading = false;
        auto flush = [&](bool stripTrailing) {
            if (stripTrailing) {
                while (!literal.empty() && std::isspace(static_cast<unsigned char>(literal.back())))
                    literal.pop_back();
            }
            if (!literal.empty()) {
                Expr e;
                e.kind = Expr::Kind::Literal;
                e.place = literalPlace;
                e.value = literal;
                parts.push_back(make(std::move(e)));
                literal.clear();
            }
        };
        auto skipLeadingSpace = [&]() {
            while (!atEnd() && std::isspace(static_cast<unsigned char>(peekChar())) && !(end == TemplateEnd::Heredoc && m_pos >= m_heredocEnd))
                step();
        };
        for (;;) {
            if (stripNextLeading) {
                skipLeadingSpace();
                stripNextLeading = false;
            }
            if (end == TemplateEnd::Heredoc && m_pos >= m_heredocEnd)
                break;
            if (atEnd()) {
                if (end == TemplateEnd::Quote)
                    fail(start, "this quoted string is not closed");
                break;
            }
            const char c = peekChar();
            if (end == TemplateEnd::Heredoc && m_heredocIndent > 0 && m_atLineStart) {
                for (int i = 0; i < m_heredocIndent && (peekChar() == ' ' || peekChar() == '\t'); ++i)
                    step();
                m_atLineStart = false;
                continue;
            }
            m_atLineStart = false;
            if (end == TemplateEnd::Quote && c == '"') {
                step();
                break;
            }
            if (end == TemplateEnd::Quote && c == '\n')
                fail(here(), "a quoted string cannot span lines (use a heredoc)");
            if ((c == '$' || c == '%') && peekChar(1) == c && peekChar(2) == '{') {
                literal += c;
                literal += '{';
                step();
                step();
                step();
                continue;
            }
            if ((c == '$' || c == '%') && peekChar(1) == '{') {
                const Place open = here();
                step();
                step();
                bool stripBefore = false;
                if (peekChar() == '~') {
                    stripBefore = true;
                    step();
                }
                flush(stripBefore);
                bool stripAfter = false;
                if (c == '$') {
                    parts.push_back(interpolation(open, &stripAfter));
                } else {
                    std::string keyword;
                    ExprPtr directive = parseDirective(end, open, nesting, &keyword, &stripAfter);
                    if (!directive) {
                        terminator = keyword;
                        m_stripAfterTerminator = stripAfter;
                        return finishTemplate(std::move(parts), start, true);
                    }
                    parts.push_back(directive);
                }
                stripNextLeading = stripAfter;
                literalPlace = here();
                continue;
            }
            if (c == '\\' && end == TemplateEnd::Quote) {
                literal += escape();
                continue;
            }
            const size_t from = m_pos;
            step();
            literal.append(m_text.substr(from, m_pos - from));
            if (c == '\n')
                m_atLineStart = true;
        }
        flush(false);
        if (nesting > 0)
            fail(start, "this directive is not closed (%{endif} or %{endfor} missing)");
        return finishTemplate(std::move(parts), start, false);
    }

    ExprPtr finishTemplate(std::vector<ExprPtr> parts, Place start, bool nested)
    {
        (void)nested;
        if (parts.empty()) {
            Expr e;
            e.kind = Expr::Kind::Literal;
            e.place = start;
            e.value = std::string();
            return make(std::move(e));
        }
        if (parts.size() == 1 && parts[0]->kind == Expr::Kind::Literal && parts[0]->value.is_string())
            return parts[0];
        Expr e;
        e.kind = Expr::Kind::Template;
        e.place = start;
        e.items = std::move(parts);
        return make(std::move(e));
    }

    /// ${ expr } — m_pos is after "${" (and "~"); leaves m_pos after "}".
    ExprPtr interpolation(Place open, bool *stripAfter)
    {
        ++m_templateDepth;
        m_nesting.push_back(0);
        ++m_skipNewlines;
        advance();
        ExprPtr e = parseExpr();
        if (m_tok.kind != Tok::TemplateClose)
            fail(m_tok.place, "expected '}' to close the interpolation opened at " + std::to_string(open.line) + ":" + std::to_string(open.column)
                                  + ", found " + describe(m_tok));
        *stripAfter = m_tok.flag;
        --m_skipNewlines;
        m_nesting.pop_back();
        --m_templateDepth;
        Expr wrap;
        wrap.kind = Expr::Kind::Template;
        wrap.place = open;
        wrap.items.push_back(e);
        return make(std::move(wrap));
    }

    /// %{ if c } ... %{ else } ... %{ endif } and %{ for x in c } ... %{ endfor }. Returns null for
    /// else/endif/endfor (the keyword in @p keyword), which end the part being read.
    ExprPtr parseDirective(TemplateEnd end, Place open, int nesting, std::string *keyword, bool *stripAfter)
    {
        ++m_templateDepth;
        m_nesting.push_back(0);
        ++m_skipNewlines;
        advance();
        if (m_tok.kind != Tok::Ident)
            fail(m_tok.place, "expected if, for, else, endif or endfor after '%{', found " + describe(m_tok));
        const std::string word = m_tok.text;
        Expr e;
        e.place = open;
        if (word == "else" || word == "endif" || word == "endfor") {
            advance();
            closeDirective(open, stripAfter);
            if (nesting == 0)
                fail(open, "%{" + word + "} without an opening %{if} or %{for}");
            *keyword = word;
            return nullptr;
        }
        if (word == "if") {
            advance();
            e.kind = Expr::Kind::TemplateIf;
            e.a = parseExpr();
            closeDirective(open, stripAfter);
            std::string term;
            m_atLineStart = false;
            e.b = parseBranch(end, open, nesting, &term, stripAfter);
            if (term == "else") {
                e.c = parseBranch(end, open, nesting, &term, stripAfter);
                if (term != "endif")
                    fail(open, "%{if} here needs %{endif}, found %{" + term + "}");
            } else if (term != "endif") {
                fail(open, "%{if} here needs %{endif}, found %{" + term + "}");
            }
            return make(std::move(e));
        }
        if (word == "for") {
            advance();
            e.kind = Expr::Kind::TemplateFor;
            if (m_tok.kind != Tok::Ident)
                fail(m_tok.place, "expected a name after 'for', found " + describe(m_tok));
            e.valueName = m_tok.text;
            advance();
            if (isPunct(",")) {
                advance();
                if (m_tok.kind != Tok::Ident)
                    fail(m_tok.place, "expected a second name after ',', found " + describe(m_tok));
                e.keyName = e.valueName;
                e.valueName = m_tok.text;
                advance();
            }
            if (m_tok.kind != Tok::Ident || m_tok.text != "in")
                fail(m_tok.place, "expected 'in' in the %{for} directive, found " + describe(m_tok));
            advance();
            e.a = parseExpr();
            closeDirective(open, stripAfter);
            std::string term;
            e.b = parseBranch(end, open, nesting, &term, stripAfter);
            if (term != "endfor")
                fail(open, "%{for} here needs %{endfor}, found %{" + term + "}");
            return make(std::move(e));
        }
        fail(m_tok.place, "unknown template directive '" + word + "' (if, for, else, endif, endfor)");
    }

    ExprPtr parseBranch(TemplateEnd end, Place open, int nesting, std::string *term, bool *stripAfter)
    {
        if (*stripAfter) {
            while (!atEnd() && std::isspace(static_cast<unsigned char>(peekChar())))
                step();
        }
        ExprPtr body = parseTemplateParts(end, *term, open, nesting + 1);
        *stripAfter = m_stripAfterTerminator;
        if (term->empty())
            fail(open, "this directive is not closed (%{endif} or %{endfor} missing)");
        return body;
    }

    void closeDirective(Place open, bool *stripAfter)
    {
        if (m_tok.kind != Tok::TemplateClose)
            fail(m_tok.place, "expected '}' to close the directive opened at " + std::to_string(open.line) + ":" + std::to_string(open.column)
                                  + ", found " + describe(m_tok));
        *stripAfter = m_tok.flag;
        --m_skipNewlines;
        m_nesting.pop_back();
        --m_templateDepth;
    }

    std::string escape()
    {
        const Place place = here();
        step(); // backslash
        if (atEnd())
            fail(place, "a backslash ends the text");
        const char c = peekChar();
        step();
        switch (c) {
        case 'n': return "\n";
        case 't': return "\t";
        case 'r': return "\r";
        case '"': return "\"";
        case '\\': return "\\";
        case 'u':
        case 'U': {
            const int digits = c == 'u' ? 4 : 8;
            uint32_t code = 0;
            for (int i = 0; i < digits; ++i) {
                const char h = peekChar();
                if (!std::isxdigit(static_cast<unsigned char>(h)))
                    fail(place, std::string("\\") + c + " needs " + std::to_string(digits) + " hexadecimal digits");
                code = code * 16 + uint32_t(std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : (std::tolower(h) - 'a' + 10));
                step();
            }
            if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                fail(place, "not a Unicode character");
            std::string out;
            if (code < 0x80) {
                out += char(code);
            } else if (code < 0x800) {
                out += char(0xC0 | (code >> 6));
                out += char(0x80 | (code & 0x3F));
            } else if (code < 0x10000) {
                out += char(0xE0 | (code >> 12));
                out += char(0x80 | ((code >> 6) & 0x3F));
                out += char(0x80 | (code & 0x3F));
            } else {
                out += char(0xF0 | (code >> 18));
                out += char(0x80 | ((code >> 12) & 0x3F));
                out += char(0x80 | ((code >> 6) & 0x3F));
                out += char(0x80 | (code & 0x3F));
            }
            return out;
        }
        default: fail(place, std::string("unknown escape \\") + c);
        }
    }

    /// <<EOF ... EOF: m_pos is after the marker; the content starts on the next line.
    ExprPtr parseHeredoc(const Token &t)
    {
        skipBlanks();
        if (peekChar() != '\n')
            fail(here(), "a heredoc marker must end its line");
        step();
        // find the closing line
        const size_t contentStart = m_pos;
        size_t lineStart = m_pos;
        size_t contentEnd = std::string::npos;
        size_t after = 0;
        int minIndent = 1 << 30;
        while (lineStart <= m_text.size()) {
            size_t lineEnd = m_text.find('\n', lineStart);
            if (lineEnd == std::string::npos)
                lineEnd = m_text.size();
            std::string_view line = m_text.substr(lineStart, lineEnd - lineStart);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            const size_t first = line.find_first_not_of(" \t");
            if (first != std::string_view::npos && line.substr(first) == t.text) {
                contentEnd = lineStart;
                after = lineStart + first + t.text.size();
                break;
            }
            if (first != std::string_view::npos)
                minIndent = std::min(minIndent, int(first));
            if (lineEnd == m_text.size())
                break;
            lineStart = lineEnd + 1;
        }
        if (contentEnd == std::string::npos)
            fail(t.place, "this heredoc is not closed: no line with " + t.text + " alone");
        m_heredocEnd = contentEnd;
        m_heredocIndent = t.flag && minIndent < (1 << 30) ? minIndent : 0;
        m_atLineStart = true;
        std::string terminator;
        ExprPtr tmpl = parseTemplateParts(TemplateEnd::Heredoc, terminator, t.place, 0);
        (void)contentStart;
        m_heredocEnd = 0;
        m_heredocIndent = 0;
        while (m_pos < after)
            step();
        advance();
        return tmpl;
    }

    std::string_view m_text;
    const std::string *m_file = nullptr;
    size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    Token m_tok;
    int m_skipNewlines = 0;
    int m_templateDepth = 0;
    std::vector<int> m_nesting; ///< per open template: brackets open inside the interpolation
    int m_depth = 0;
    bool m_afterDot = false;
    size_t m_heredocEnd = 0;
    int m_heredocIndent = 0;
    bool m_atLineStart = false;
    bool m_stripAfterTerminator = false;
};

} // namespace

bool Parser::parseFile(std::string_view text, Body *body, ParseError *error, const std::string *file)
{
    try {
        ParserImpl p(text, file);
        *body = p.parseFile();
        return true;
    } catch (const Failure &f) {
        *error = f.error;
        return false;
    }
}

bool Parser::parseExpression(std::string_view text, ExprPtr *expr, ParseError *error, const std::string *file)
{
    try {
        ParserImpl p(text, file);
        *expr = p.parseLoneExpression();
        return true;
    } catch (const Failure &f) {
        *error = f.error;
        return false;
    }
}

bool Parser::parseTemplate(std::string_view text, ExprPtr *expr, ParseError *error, const std::string *file)
{
    try {
        ParserImpl p(text, file);
        *expr = p.parseLoneTemplate();
        return true;
    } catch (const Failure &f) {
        *error = f.error;
        return false;
    }
}

} // namespace kumo::hclread
