#include "componentplaces.h"

#include <QSet>

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
    bool listArray = false;       ///< the top-level "components" or "connections" array
    bool connections = false;     ///< (list arrays, their objects) of connections
    bool entry = false;           ///< an object directly in such an array
    bool expectKey = true;        ///< (objects) the next string is a key
    std::string key;              ///< (objects) the key of the value being read
    qsizetype start = 0;          ///< offset of the opening bracket
    QString id;                   ///< (entries) the value of "id"
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
    struct Start
    {
        qsizetype offset; // of the '{'
        QString id;
        bool connection;
    };
    std::vector<Start> starts;
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
                frame.entry = frame.object && !parent.object && parent.listArray;
                frame.listArray = !frame.object && stack.size() == 1 && parent.object
                                  && (parent.key == "components" || parent.key == "connections");
                frame.connections = (frame.entry && parent.connections) || (frame.listArray && parent.key == "connections");
            }
            stack.push_back(std::move(frame));
            ++i;
        } else if (c == '}' || c == ']') {
            if (stack.empty())
                break;
            const Frame &closed = stack.back();
            if (closed.entry && !closed.id.isEmpty())
                starts.push_back(Start{closed.start, closed.id, closed.connections});
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
                } else if (frame.entry && frame.key == "id") {
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
    std::sort(starts.begin(), starts.end(), [](const Start &a, const Start &b) { return a.offset < b.offset; });
    QHash<QString, SourcePlace> places;
    int line = 1;
    int column = 1;
    qsizetype at = 0;
    QSet<QString> componentIds;
    for (const Start &start : starts) {
        for (; at < start.offset; ++at) {
            const auto byte = static_cast<unsigned char>(text[at]);
            if (byte == '\n') {
                ++line;
                column = 1;
            } else if ((byte & 0xC0) != 0x80) { // not a continuation byte: one character begins
                column += byte >= 0xF0 ? 2 : 1;  // four-byte sequences are two UTF-16 code units
            }
        }
        // a component wins over a connection of the same id
        if (start.connection && componentIds.contains(start.id))
            continue;
        if (!start.connection)
            componentIds.insert(start.id);
        places.insert(start.id, SourcePlace{line, column});
    }
    return places;
}

} // namespace kumo
