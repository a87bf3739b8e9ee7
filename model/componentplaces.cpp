#include "componentplaces.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kumo {

namespace {

/// One open object or array while scanning.
struct Frame
{
    bool object = false;
    bool componentsArray = false; ///< the top-level "components" array
    bool component = false;       ///< an object directly in that array
    bool expectKey = true;        ///< (objects) the next string is a key
    std::string key;              ///< (objects) the key of the value being read
    qsizetype start = 0;          ///< offset of the opening bracket
    QString id;                   ///< (components) the value of "id"
};

/// The text of a JSON string literal whose raw contents (between the quotes) are @p raw.
std::string decodeString(const char *raw, qsizetype size)
{
    const std::string literal(raw, size_t(size));
    if (literal.find('\\') == std::string::npos)
        return literal;
    try {
        return nlohmann::json::parse("\"" + literal + "\"").get<std::string>();
    } catch (const nlohmann::json::exception &) {
        return literal;
    }
}

} // namespace

QHash<QString, SourcePlace> componentPlaces(const QByteArray &utf8)
{
    const char *text = utf8.constData();
    const qsizetype size = utf8.size();
    std::vector<std::pair<qsizetype, QString>> starts; // where each component's '{' is, and its id
    std::vector<Frame> stack;
    qsizetype i = 0;
    while (i < size) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':') {
            ++i;
        } else if (c == ',') {
            if (!stack.empty() && stack.back().object)
                stack.back().expectKey = true;
            ++i;
        } else if (c == '{' || c == '[') {
            Frame frame;
            frame.object = c == '{';
            frame.start = i;
            if (!stack.empty()) {
                const Frame &parent = stack.back();
                frame.component = frame.object && !parent.object && parent.componentsArray;
                frame.componentsArray = !frame.object && stack.size() == 1 && parent.object && parent.key == "components";
            }
            stack.push_back(std::move(frame));
            ++i;
        } else if (c == '}' || c == ']') {
            if (stack.empty())
                break;
            const Frame &closed = stack.back();
            if (closed.component && !closed.id.isEmpty())
                starts.emplace_back(closed.start, closed.id);
            stack.pop_back();
            ++i;
        } else if (c == '"') {
            qsizetype end = i + 1;
            while (end < size && text[end] != '"')
                end += text[end] == '\\' ? 2 : 1;
            if (end >= size)
                break;
            if (!stack.empty() && stack.back().object) {
                Frame &frame = stack.back();
                if (frame.expectKey) {
                    frame.key = decodeString(text + i + 1, end - i - 1);
                    frame.expectKey = false;
                } else if (frame.component && frame.key == "id") {
                    frame.id = QString::fromStdString(decodeString(text + i + 1, end - i - 1));
                }
            }
            i = end + 1;
        } else {
            // a number, true, false or null
            while (i < size && std::string_view(",]} \t\n\r").find(text[i]) == std::string_view::npos)
                ++i;
        }
    }

    // one pass over the text for every line and column (a minified design is one long line)
    std::sort(starts.begin(), starts.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QHash<QString, SourcePlace> places;
    int line = 1;
    int column = 1;
    qsizetype at = 0;
    for (const auto &[offset, id] : starts) {
        for (; at < offset; ++at) {
            const auto byte = static_cast<unsigned char>(text[at]);
            if (byte == '\n') {
                ++line;
                column = 1;
            } else if ((byte & 0xC0) != 0x80) { // not a continuation byte: one character begins
                column += byte >= 0xF0 ? 2 : 1;  // four-byte sequences are two UTF-16 code units
            }
        }
        places.insert(id, SourcePlace{line, column});
    }
    return places;
}

} // namespace kumo
