#include "hcleval.h"
#include "hclparser.h"
#include "configfile.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <set>
#include <sstream>
#include <unordered_map>

namespace kumo::hclread {

namespace {

using json = nlohmann::json;
using value::isUnknown;
using Args = std::vector<json>;

[[noreturn]] void failAt(Place place, const std::string &message)
{
    throw EvalError{place, message};
}

struct Call
{
    Evaluator &ev;
    const std::string &name;
    const Args &args;
    Place place;

    [[noreturn]] void fail(const std::string &message) const { failAt(place, name + "(): " + message); }
    void arity(size_t min, size_t max) const
    {
        if (args.size() < min || args.size() > max)
            fail(min == max ? "takes " + std::to_string(min) + " argument" + (min == 1 ? "" : "s")
                            : "takes " + std::to_string(min) + " to " + std::to_string(max) + " arguments");
    }
    std::string str(size_t i) const
    {
        std::string s;
        if (!value::toText(args.at(i), &s))
            fail("argument " + std::to_string(i + 1) + " must be a string");
        return s;
    }
    double num(size_t i) const
    {
        double d = 0;
        if (!value::toNumber(args.at(i), &d))
            fail("argument " + std::to_string(i + 1) + " must be a number");
        return d;
    }
    long long whole(size_t i) const
    {
        const double d = num(i);
        if (d != std::floor(d) || std::fabs(d) > 9e15)
            fail("argument " + std::to_string(i + 1) + " must be a whole number");
        return (long long)d;
    }
    const json &list(size_t i) const
    {
        if (!args.at(i).is_array())
            fail("argument " + std::to_string(i + 1) + " must be a list");
        return args[i];
    }
    const json &object(size_t i) const
    {
        if (!args.at(i).is_object())
            fail("argument " + std::to_string(i + 1) + " must be a map or an object");
        return args[i];
    }
};

// ------------------------------------------------------------------ IPv4 networks
struct Net
{
    uint32_t address = 0;
    int prefix = 0;
    uint32_t mask() const { return prefix == 0 ? 0 : ~uint32_t(0) << (32 - prefix); }
    uint32_t network() const { return address & mask(); }
    uint32_t last() const { return network() | ~mask(); }
};

Net parseNet(const Call &c, size_t i)
{
    const std::string s = c.str(i);
    const size_t slash = s.find('/');
    if (slash == std::string::npos)
        c.fail("\"" + s + "\" is not a CIDR block (a.b.c.d/n)");
    uint32_t address = 0;
    int parts = 0;
    size_t pos = 0;
    while (pos <= slash && parts < 4) {
        size_t end = s.find_first_of("./", pos);
        if (end == std::string::npos || end > slash)
            end = slash;
        const std::string part = s.substr(pos, end - pos);
        if (part.empty() || part.size() > 3 || part.find_first_not_of("0123456789") != std::string::npos || std::stoi(part) > 255)
            c.fail("\"" + s + "\" is not a CIDR block (a.b.c.d/n)");
        address = (address << 8) | uint32_t(std::stoi(part));
        ++parts;
        pos = end + 1;
        if (end == slash)
            break;
    }
    const std::string prefix = s.substr(slash + 1);
    if (parts != 4 || pos != slash + 1 || prefix.empty() || prefix.size() > 2 || prefix.find_first_not_of("0123456789") != std::string::npos
        || std::stoi(prefix) > 32)
        c.fail("\"" + s + "\" is not an IPv4 CIDR block (a.b.c.d/n)");
    return {address, std::stoi(prefix)};
}

std::string formatAddress(uint32_t a)
{
    return std::to_string(a >> 24) + '.' + std::to_string((a >> 16) & 255) + '.' + std::to_string((a >> 8) & 255) + '.' + std::to_string(a & 255);
}

std::string formatNet(const Net &n)
{
    return formatAddress(n.network()) + '/' + std::to_string(n.prefix);
}

json cidrsubnet(const Call &c)
{
    c.arity(3, 3);
    const Net base = parseNet(c, 0);
    const long long newbits = c.whole(1);
    const long long netnum = c.whole(2);
    if (newbits < 0 || base.prefix + newbits > 32)
        c.fail("a /" + std::to_string(base.prefix) + " cannot be extended by " + std::to_string(newbits) + " bits");
    if (netnum < 0 || (newbits < 63 && netnum >= (1LL << newbits)))
        c.fail(std::to_string(netnum) + " does not fit in " + std::to_string(newbits) + " bits");
    const int prefix = base.prefix + int(newbits);
    const uint32_t shifted = prefix == 32 ? uint32_t(netnum) : uint32_t(uint64_t(netnum) << (32 - prefix));
    return formatNet({base.network() | shifted, prefix});
}

json cidrhost(const Call &c)
{
    c.arity(2, 2);
    const Net base = parseNet(c, 0);
    const long long host = c.whole(1);
    const long long size = 1LL << (32 - base.prefix);
    const long long offset = host < 0 ? size + host : host;
    if (offset < 0 || offset >= size)
        c.fail("host number " + std::to_string(host) + " is outside the /" + std::to_string(base.prefix));
    return formatAddress(base.network() + uint32_t(offset));
}

json cidrsubnets(const Call &c)
{
    if (c.args.empty())
        c.fail("takes a CIDR block and bit counts");
    const Net base = parseNet(c, 0);
    json out = json::array();
    if (c.args.size() == 1)
        return out;
    // Terraform's allocation: each block starts right after the previous one, aligned to its size
    const long long first = c.whole(1);
    if (first < 0 || base.prefix + first > 32)
        c.fail("a /" + std::to_string(base.prefix) + " cannot be extended by " + std::to_string(first) + " bits");
    Net current{base.network() - 1, base.prefix + int(first)};
    current.address = current.network();
    for (size_t i = 1; i < c.args.size(); ++i) {
        const long long bits = c.whole(i);
        if (bits < 0 || base.prefix + bits > 32)
            c.fail("a /" + std::to_string(base.prefix) + " cannot be extended by " + std::to_string(bits) + " bits");
        const int prefix = base.prefix + int(bits);
        Net containing{current.last(), prefix};
        const uint64_t nextStart = uint64_t(containing.last()) + 1;
        Net next{uint32_t(nextStart), prefix};
        next.address = next.network();
        if (nextStart > 0xFFFFFFFFULL || (next.network() & base.mask()) != base.network())
            c.fail("not enough room in " + formatNet(base) + " for the block of argument " + std::to_string(i + 1));
        out.push_back(formatNet(next));
        current = next;
    }
    return out;
}

// ------------------------------------------------------------------ collections and strings
json toSet(const json &list)
{
    json out = json::array();
    std::set<json> seen;
    for (const json &item : list) {
        if (seen.insert(item).second)
            out.push_back(item);
    }
    // sets of strings iterate in lexical order in Terraform
    bool strings = true;
    for (const json &item : out)
        strings = strings && item.is_string();
    if (strings)
        std::sort(out.begin(), out.end());
    return out;
}

json flatten(const json &list)
{
    json out = json::array();
    for (const json &item : list) {
        if (item.is_array()) {
            for (const json &inner : flatten(item))
                out.push_back(inner);
        } else {
            out.push_back(item);
        }
    }
    return out;
}

std::string format(const Call &c)
{
    const std::string spec = c.str(0);
    std::string out;
    size_t argument = 1;
    for (size_t i = 0; i < spec.size(); ++i) {
        if (spec[i] != '%') {
            out += spec[i];
            continue;
        }
        if (++i >= spec.size())
            c.fail("the format ends with '%'");
        if (spec[i] == '%') {
            out += '%';
            continue;
        }
        std::string flags;
        while (i < spec.size() && std::string("-+ #0").find(spec[i]) != std::string::npos)
            flags += spec[i++];
        std::string width;
        while (i < spec.size() && std::isdigit(static_cast<unsigned char>(spec[i])))
            width += spec[i++];
        std::string precision;
        if (i < spec.size() && spec[i] == '.') {
            ++i;
            while (i < spec.size() && std::isdigit(static_cast<unsigned char>(spec[i])))
                precision += spec[i++];
        }
        if (i >= spec.size())
            c.fail("an unfinished verb in the format");
        const char verb = spec[i];
        if (argument >= c.args.size())
            c.fail("too few arguments for the format");
        const json &arg = c.args[argument++];
        std::string piece;
        switch (verb) {
        case 's':
        case 'v':
            if (!value::toText(arg, &piece))
                piece = arg.dump();
            if (!precision.empty())
                piece = piece.substr(0, size_t(std::stoi(precision)));
            break;
        case 'q': piece = json(arg.is_string() ? arg.get<std::string>() : arg.dump()).dump(); break;
        case 'd': {
            double d = 0;
            if (!value::toNumber(arg, &d))
                c.fail("%d needs a number");
            piece = std::to_string((long long)d);
            if (flags.find('+') != std::string::npos && d >= 0)
                piece = "+" + piece;
            break;
        }
        case 'f':
        case 'e':
        case 'g': {
            double d = 0;
            if (!value::toNumber(arg, &d))
                c.fail(std::string("%") + verb + " needs a number");
            const std::string f = "%" + flags + (precision.empty() ? "" : "." + precision) + verb;
            char buffer[128];
            std::snprintf(buffer, sizeof buffer, f.c_str(), d);
            piece = buffer;
            break;
        }
        case 'x':
        case 'X':
        case 'o':
        case 'b': {
            double d = 0;
            if (!value::toNumber(arg, &d))
                c.fail(std::string("%") + verb + " needs a number");
            long long n = (long long)d;
            if (verb == 'b') {
                if (n == 0)
                    piece = "0";
                for (unsigned long long u = (unsigned long long)n; u; u >>= 1)
                    piece.insert(piece.begin(), char('0' + (u & 1)));
            } else {
                char buffer[64];
                std::snprintf(buffer, sizeof buffer, verb == 'x' ? "%llx" : verb == 'X' ? "%llX" : "%llo", n);
                piece = buffer;
            }
            break;
        }
        case 't':
            if (!arg.is_boolean())
                c.fail("%t needs a bool");
            piece = arg.get<bool>() ? "true" : "false";
            break;
        default: c.fail(std::string("unsupported verb %") + verb);
        }
        if (!width.empty()) {
            const size_t w = size_t(std::min(std::stoi(width.substr(0, 4)), 1000));
            if (piece.size() < w) {
                const bool left = flags.find('-') != std::string::npos;
                const char fill = flags.find('0') != std::string::npos && !left ? '0' : ' ';
                if (left)
                    piece.append(w - piece.size(), ' ');
                else
                    piece.insert(0, w - piece.size(), fill);
            }
        }
        out += piece;
    }
    return out;
}

std::string readFile(const Call &c, const std::string &path)
{
    try {
        return c.ev.scope().readFile(path, c.place);
    } catch (const EvalError &e) {
        c.fail(e.message);
    }
}

/// templatefile(): the file's template against the variables given.
class TemplateScope : public Scope
{
public:
    TemplateScope(const json &vars, Scope &outer)
        : m_vars(vars)
        , m_outer(outer)
    {
    }
    json resolve(const std::vector<std::string> &names, size_t *used, Place place) override
    {
        *used = 1;
        const auto it = m_vars.find(names[0]);
        if (it == m_vars.end())
            throw EvalError{place, "the template uses '" + names[0] + "', which templatefile() was not given"};
        return *it;
    }
    std::string moduleDirectory() const override { return m_outer.moduleDirectory(); }
    std::string readFile(const std::string &path, Place place) override { return m_outer.readFile(path, place); }

private:
    const json &m_vars;
    Scope &m_outer;
};

json templatefile(const Call &c)
{
    c.arity(2, 2);
    if (c.ev.depth > 20)
        c.fail("templates call templatefile() too deeply");
    const std::string path = c.str(0);
    const std::string text = readFile(c, path);
    const json &vars = c.object(1);
    ExprPtr tmpl;
    ParseError perr;
    if (!Parser::parseTemplate(text, &tmpl, &perr))
        c.fail(path + ":" + std::to_string(perr.place.line) + ":" + std::to_string(perr.place.column) + ": " + perr.message);
    TemplateScope scope(vars, c.ev.scope());
    Evaluator inner(scope);
    inner.depth = c.ev.depth + 1;
    const json result = inner.evaluateStrict(tmpl);
    return result;
}

std::vector<std::string> splitText(const std::string &separator, const std::string &text)
{
    std::vector<std::string> parts;
    if (separator.empty()) {
        for (char ch : text)
            parts.emplace_back(1, ch);
        return parts;
    }
    size_t start = 0;
    for (;;) {
        const size_t at = text.find(separator, start);
        if (at == std::string::npos) {
            parts.push_back(text.substr(start));
            return parts;
        }
        parts.push_back(text.substr(start, at - start));
        start = at + separator.size();
    }
}

std::string replaceAll(std::string text, const std::string &from, const std::string &to)
{
    if (from.empty())
        return text;
    size_t at = 0;
    while ((at = text.find(from, at)) != std::string::npos) {
        text.replace(at, from.size(), to);
        at += to.size();
    }
    return text;
}

std::string base64(const std::string &in)
{
    static const char *chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        const uint32_t n = (uint32_t(uint8_t(in[i])) << 16) | (uint32_t(uint8_t(in[i + 1])) << 8) | uint8_t(in[i + 2]);
        out += chars[(n >> 18) & 63];
        out += chars[(n >> 12) & 63];
        out += chars[(n >> 6) & 63];
        out += chars[n & 63];
    }
    if (i + 1 == in.size()) {
        const uint32_t n = uint32_t(uint8_t(in[i])) << 16;
        out += chars[(n >> 18) & 63];
        out += chars[(n >> 12) & 63];
        out += "==";
    } else if (i + 2 == in.size()) {
        const uint32_t n = (uint32_t(uint8_t(in[i])) << 16) | (uint32_t(uint8_t(in[i + 1])) << 8);
        out += chars[(n >> 18) & 63];
        out += chars[(n >> 12) & 63];
        out += chars[(n >> 6) & 63];
        out += '=';
    }
    return out;
}

using Fn = json (*)(const Call &);

const std::unordered_map<std::string, Fn> &table()
{
    static const std::unordered_map<std::string, Fn> functions = {
        {"cidrsubnet", cidrsubnet},
        {"cidrsubnets", cidrsubnets},
        {"cidrhost", cidrhost},
        {"cidrnetmask", [](const Call &c) -> json {
             c.arity(1, 1);
             return formatAddress(parseNet(c, 0).mask());
         }},
        {"length", [](const Call &c) -> json {
             c.arity(1, 1);
             const json &v = c.args[0];
             if (v.is_string()) {
                 size_t n = 0;
                 for (unsigned char ch : v.get<std::string>())
                     n += (ch & 0xC0) != 0x80;
                 return n;
             }
             if (v.is_array())
                 return v.size();
             if (v.is_object())
                 return v.size() - (value::isOpen(v) ? 1 : 0);
             c.fail("needs a list, a map or a string");
         }},
        {"slice", [](const Call &c) -> json {
             c.arity(3, 3);
             const json &l = c.list(0);
             const long long from = c.whole(1), to = c.whole(2);
             if (from < 0 || to < from || to > (long long)l.size())
                 c.fail("indexes " + std::to_string(from) + " to " + std::to_string(to) + " do not fit a list of " + std::to_string(l.size()));
             return json(l.begin() + from, l.begin() + to);
         }},
        {"element", [](const Call &c) -> json {
             c.arity(2, 2);
             const json &l = c.list(0);
             if (l.empty())
                 c.fail("the list is empty");
             const long long i = c.whole(1);
             if (i < 0)
                 c.fail("a negative index");
             return l[size_t(i) % l.size()];
         }},
        {"index", [](const Call &c) -> json {
             c.arity(2, 2);
             const json &l = c.list(0);
             for (size_t i = 0; i < l.size(); ++i)
                 if (l[i] == c.args[1])
                     return i;
             c.fail("the value is not in the list");
         }},
        {"concat", [](const Call &c) -> json {
             json out = json::array();
             for (size_t i = 0; i < c.args.size(); ++i)
                 for (const json &item : c.list(i))
                     out.push_back(item);
             return out;
         }},
        {"merge", [](const Call &c) -> json {
             json out = json::object();
             for (size_t i = 0; i < c.args.size(); ++i) {
                 if (c.args[i].is_null())
                     continue;
                 for (auto it = c.object(i).begin(); it != c.args[i].end(); ++it)
                     out[it.key()] = *it;
             }
             return out;
         }},
        {"lookup", [](const Call &c) -> json {
             c.arity(2, 3);
             const json &m = c.object(0);
             const auto it = m.find(c.str(1));
             if (it != m.end())
                 return *it;
             if (value::isOpen(m))
                 return value::unknown();
             if (c.args.size() == 3)
                 return c.args[2];
             c.fail("no key \"" + c.str(1) + "\" and no default");
         }},
        {"format", [](const Call &c) -> json {
             if (c.args.empty())
                 c.fail("needs a format");
             return format(c);
         }},
        {"formatlist", [](const Call &c) -> json {
             if (c.args.empty())
                 c.fail("needs a format");
             size_t n = 0;
             bool anyList = false;
             for (size_t i = 1; i < c.args.size(); ++i)
                 if (c.args[i].is_array()) {
                     n = anyList ? std::min(n, c.args[i].size()) : c.args[i].size();
                     anyList = true;
                 }
             json out = json::array();
             for (size_t k = 0; k < n; ++k) {
                 Args row{c.args[0]};
                 for (size_t i = 1; i < c.args.size(); ++i)
                     row.push_back(c.args[i].is_array() ? c.args[i][k] : c.args[i]);
                 out.push_back(format(Call{c.ev, c.name, row, c.place}));
             }
             return out;
         }},
        {"join", [](const Call &c) -> json {
             if (c.args.size() < 2)
                 c.fail("takes a separator and lists");
             const std::string sep = c.str(0);
             std::string out;
             bool first = true;
             for (size_t i = 1; i < c.args.size(); ++i)
                 for (const json &item : c.list(i)) {
                     std::string s;
                     if (!value::toText(item, &s))
                         c.fail("the lists must hold strings");
                     if (!first)
                         out += sep;
                     out += s;
                     first = false;
                 }
             return out;
         }},
        {"split", [](const Call &c) -> json {
             c.arity(2, 2);
             json out = json::array();
             for (const std::string &p : splitText(c.str(0), c.str(1)))
                 out.push_back(p);
             return out;
         }},
        {"tolist", [](const Call &c) -> json {
             c.arity(1, 1);
             if (c.args[0].is_object()) {
                 json out = json::array();
                 for (const json &v : c.args[0])
                     out.push_back(v);
                 return out;
             }
             return c.list(0);
         }},
        {"toset", [](const Call &c) -> json {
             c.arity(1, 1);
             return toSet(c.list(0));
         }},
        {"tomap", [](const Call &c) -> json {
             c.arity(1, 1);
             return c.object(0);
         }},
        {"tostring", [](const Call &c) -> json {
             c.arity(1, 1);
             if (c.args[0].is_null())
                 return json();
             return c.str(0);
         }},
        {"tonumber", [](const Call &c) -> json {
             c.arity(1, 1);
             if (c.args[0].is_null())
                 return json();
             return value::normaliseNumber(c.num(0));
         }},
        {"tobool", [](const Call &c) -> json {
             c.arity(1, 1);
             const json &v = c.args[0];
             if (v.is_boolean() || v.is_null())
                 return v;
             if (v == "true" || v == "false")
                 return v == "true";
             c.fail("needs a bool");
         }},
        {"zipmap", [](const Call &c) -> json {
             c.arity(2, 2);
             const json &k = c.list(0), &v = c.list(1);
             if (k.size() != v.size())
                 c.fail("the lists differ in length (" + std::to_string(k.size()) + " keys, " + std::to_string(v.size()) + " values)");
             json out = json::object();
             for (size_t i = 0; i < k.size(); ++i) {
                 std::string s;
                 if (!value::toText(k[i], &s))
                     c.fail("the keys must be strings");
                 out[s] = v[i];
             }
             return out;
         }},
        {"range", [](const Call &c) -> json {
             c.arity(1, 3);
             double start = 0, end = 0, step = 1;
             if (c.args.size() == 1) {
                 end = c.num(0);
             } else {
                 start = c.num(0);
                 end = c.num(1);
                 if (c.args.size() == 3)
                     step = c.num(2);
             }
             if (step == 0)
                 c.fail("the step cannot be zero");
             const double steps = std::ceil((end - start) / step);
             if (!(steps <= 1024))
                 c.fail("more than 1024 elements");
             // counted, not stepped: start + i × step (a step below the precision of start never ends otherwise)
             json out = json::array();
             for (long long i = 0; i < (long long)steps; ++i)
                 out.push_back(value::normaliseNumber(start + double(i) * step));
             return out;
         }},
        {"keys", [](const Call &c) -> json {
             c.arity(1, 1);
             json out = json::array();
             for (auto it = c.object(0).begin(); it != c.args[0].end(); ++it)
                 if (it.key() != value::openKey())
                     out.push_back(it.key());
             return out;
         }},
        {"values", [](const Call &c) -> json {
             c.arity(1, 1);
             json out = json::array();
             for (auto it = c.object(0).begin(); it != c.args[0].end(); ++it)
                 if (it.key() != value::openKey())
                     out.push_back(*it);
             return out;
         }},
        {"coalesce", [](const Call &c) -> json {
             for (const json &v : c.args)
                 if (!v.is_null() && !(v.is_string() && v.get<std::string>().empty()))
                     return v;
             c.fail("every argument is null or empty");
         }},
        {"coalescelist", [](const Call &c) -> json {
             for (size_t i = 0; i < c.args.size(); ++i)
                 if (!c.list(i).empty())
                     return c.args[i];
             return json::array();
         }},
        {"compact", [](const Call &c) -> json {
             c.arity(1, 1);
             json out = json::array();
             for (const json &v : c.list(0))
                 if (!v.is_null() && !(v.is_string() && v.get<std::string>().empty()))
                     out.push_back(v);
             return out;
         }},
        {"distinct", [](const Call &c) -> json {
             c.arity(1, 1);
             json out = json::array();
             for (const json &v : c.list(0))
                 if (std::find(out.begin(), out.end(), v) == out.end())
                     out.push_back(v);
             return out;
         }},
        {"flatten", [](const Call &c) -> json {
             c.arity(1, 1);
             return flatten(c.list(0));
         }},
        {"contains", [](const Call &c) -> json {
             c.arity(2, 2);
             const json &l = c.list(0);
             return std::find(l.begin(), l.end(), c.args[1]) != l.end();
         }},
        {"reverse", [](const Call &c) -> json {
             c.arity(1, 1);
             json out = c.list(0);
             std::reverse(out.begin(), out.end());
             return out;
         }},
        {"sort", [](const Call &c) -> json {
             c.arity(1, 1);
             json out = c.list(0);
             std::sort(out.begin(), out.end());
             return out;
         }},
        {"one", [](const Call &c) -> json {
             c.arity(1, 1);
             const json &l = c.list(0);
             if (l.size() > 1)
                 c.fail("the list has more than one element");
             return l.empty() ? json() : l[0];
         }},
        {"chunklist", [](const Call &c) -> json {
             c.arity(2, 2);
             const json &l = c.list(0);
             const long long size = c.whole(1);
             json out = json::array();
             if (size <= 0)
                 return json::array({l});
             for (size_t i = 0; i < l.size(); i += size_t(size))
                 out.push_back(json(l.begin() + long(i), l.begin() + long(std::min(l.size(), i + size_t(size)))));
             return out;
         }},
        {"max", [](const Call &c) -> json {
             if (c.args.empty())
                 c.fail("needs numbers");
             double m = c.num(0);
             for (size_t i = 1; i < c.args.size(); ++i)
                 m = std::max(m, c.num(i));
             return value::normaliseNumber(m);
         }},
        {"min", [](const Call &c) -> json {
             if (c.args.empty())
                 c.fail("needs numbers");
             double m = c.num(0);
             for (size_t i = 1; i < c.args.size(); ++i)
                 m = std::min(m, c.num(i));
             return value::normaliseNumber(m);
         }},
        {"sum", [](const Call &c) -> json {
             c.arity(1, 1);
             double s = 0;
             for (const json &v : c.list(0)) {
                 double d = 0;
                 if (!value::toNumber(v, &d))
                     c.fail("the list must hold numbers");
                 s += d;
             }
             return value::normaliseNumber(s);
         }},
        {"abs", [](const Call &c) -> json { c.arity(1, 1); return value::normaliseNumber(std::fabs(c.num(0))); }},
        {"ceil", [](const Call &c) -> json { c.arity(1, 1); return value::normaliseNumber(std::ceil(c.num(0))); }},
        {"floor", [](const Call &c) -> json { c.arity(1, 1); return value::normaliseNumber(std::floor(c.num(0))); }},
        {"pow", [](const Call &c) -> json { c.arity(2, 2); return value::normaliseNumber(std::pow(c.num(0), c.num(1))); }},
        {"lower", [](const Call &c) -> json {
             c.arity(1, 1);
             std::string s = c.str(0);
             std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return char(std::tolower(ch)); });
             return s;
         }},
        {"upper", [](const Call &c) -> json {
             c.arity(1, 1);
             std::string s = c.str(0);
             std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return char(std::toupper(ch)); });
             return s;
         }},
        {"title", [](const Call &c) -> json {
             c.arity(1, 1);
             std::string s = c.str(0);
             bool start = true;
             for (char &ch : s) {
                 if (start && std::isalpha(static_cast<unsigned char>(ch)))
                     ch = char(std::toupper(static_cast<unsigned char>(ch)));
                 start = std::isspace(static_cast<unsigned char>(ch));
             }
             return s;
         }},
        {"replace", [](const Call &c) -> json {
             c.arity(3, 3);
             return replaceAll(c.str(0), c.str(1), c.str(2));
         }},
        {"substr", [](const Call &c) -> json {
             c.arity(3, 3);
             const std::string s = c.str(0);
             long long offset = c.whole(1), length = c.whole(2);
             if (offset < 0)
                 offset = std::max(0LL, (long long)s.size() + offset);
             if (offset > (long long)s.size())
                 c.fail("the offset is past the end of the string");
             return length < 0 ? s.substr(size_t(offset)) : s.substr(size_t(offset), size_t(length));
         }},
        {"trimspace", [](const Call &c) -> json {
             c.arity(1, 1);
             const std::string s = c.str(0);
             const size_t a = s.find_first_not_of(" \t\r\n");
             if (a == std::string::npos)
                 return std::string();
             return s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
         }},
        {"trimprefix", [](const Call &c) -> json {
             c.arity(2, 2);
             const std::string s = c.str(0), p = c.str(1);
             return s.rfind(p, 0) == 0 ? s.substr(p.size()) : s;
         }},
        {"trimsuffix", [](const Call &c) -> json {
             c.arity(2, 2);
             const std::string s = c.str(0), p = c.str(1);
             return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0 ? s.substr(0, s.size() - p.size()) : s;
         }},
        {"startswith", [](const Call &c) -> json {
             c.arity(2, 2);
             return c.str(0).rfind(c.str(1), 0) == 0;
         }},
        {"endswith", [](const Call &c) -> json {
             c.arity(2, 2);
             const std::string s = c.str(0), p = c.str(1);
             return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
         }},
        {"jsonencode", [](const Call &c) -> json {
             c.arity(1, 1);
             return c.args[0].dump();
         }},
        {"jsondecode", [](const Call &c) -> json {
             c.arity(1, 1);
             try {
                 return json::parse(c.str(0));
             } catch (const json::parse_error &) {
                 c.fail("not JSON");
             }
         }},
        {"base64encode", [](const Call &c) -> json {
             c.arity(1, 1);
             return base64(c.str(0));
         }},
        {"file", [](const Call &c) -> json {
             c.arity(1, 1);
             return readFile(c, c.str(0));
         }},
        {"fileexists", [](const Call &c) -> json {
             c.arity(1, 1);
             const std::string p = c.str(0);
             std::error_code ec;
             return std::filesystem::is_regular_file(!p.empty() && p[0] == '/' ? p : c.ev.scope().moduleDirectory() + "/" + p, ec);
         }},
        {"templatefile", templatefile},
        {"basename", [](const Call &c) -> json {
             c.arity(1, 1);
             const std::string s = c.str(0);
             const size_t at = s.find_last_of('/');
             return at == std::string::npos ? s : s.substr(at + 1);
         }},
        {"dirname", [](const Call &c) -> json {
             c.arity(1, 1);
             const std::string s = c.str(0);
             const size_t at = s.find_last_of('/');
             return at == std::string::npos ? std::string(".") : s.substr(0, at);
         }},
        {"abspath", [](const Call &c) -> json { c.arity(1, 1); return c.str(0); }},
        {"sensitive", [](const Call &c) -> json { c.arity(1, 1); return value::unknown(true); }},
        {"nonsensitive", [](const Call &c) -> json { c.arity(1, 1); return c.args[0]; }},
        {"timestamp", [](const Call &) -> json { return value::unknown(); }},
        {"uuid", [](const Call &) -> json { return value::unknown(); }},
        {"filebase64", [](const Call &c) -> json {
             c.arity(1, 1);
             return base64(readFile(c, c.str(0)));
         }},
        {"yamlencode", [](const Call &c) -> json { c.arity(1, 1); return value::unknown(); }},
        {"md5", [](const Call &c) -> json { c.arity(1, 1); return value::unknown(); }},
        {"sha1", [](const Call &c) -> json { c.arity(1, 1); return value::unknown(); }},
        {"sha256", [](const Call &c) -> json { c.arity(1, 1); return value::unknown(); }},
        {"regex", [](const Call &c) -> json { c.arity(2, 2); return value::unknown(); }},
        {"regexall", [](const Call &c) -> json { c.arity(2, 2); return value::unknown(); }},
    };
    return functions;
}

/// Functions that look into the unknowns of their arguments themselves.
bool acceptsUnknown(const std::string &name)
{
    return name == "coalesce" || name == "sensitive" || name == "nonsensitive";
}

} // namespace

std::string Scope::readFile(const std::string &path, Place place)
{
    const std::string full = !path.empty() && path[0] == '/' ? path : moduleDirectory() + "/" + path;
    std::string why;
    std::optional<std::string> text = ConfigFile::read(full, &why);
    if (!text)
        throw EvalError{place, path + ": " + why};
    return std::move(*text);
}

bool Functions::exists(const std::string &name)
{
    return table().count(name) > 0;
}

json Functions::call(Evaluator &evaluator, const std::string &name, const std::vector<json> &args, Place place)
{
    const auto it = table().find(name);
    if (it == table().end())
        failAt(place, "the function " + name + "() is not supported by Kumo's import");
    if (!acceptsUnknown(name)) {
        for (const json &a : args) {
            if (isUnknown(a))
                return value::isSensitive(a) ? a : value::unknown();
        }
        // functions that read the whole of a collection need it known
        if (name == "length" || name == "keys" || name == "join" || name == "format" || name == "toset" || name == "cidrsubnets"
            || name == "jsonencode" || name == "sort" || name == "distinct" || name == "zipmap" || name == "formatlist") {
            for (const json &a : args) {
                if (value::containsUnknown(a) && !(name == "length" && a.is_array()))
                    return value::unknown();
            }
        }
    } else if (name == "coalesce") {
        for (const json &a : args) {
            if (isUnknown(a))
                return value::unknown();
            if (!a.is_null() && !(a.is_string() && a.get<std::string>().empty()))
                break;
        }
    }
    return it->second(Call{evaluator, name, args, place});
}

} // namespace kumo::hclread
