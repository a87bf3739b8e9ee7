#include "designjson.h"
#include "jsonerrorposition.h"

#include "catalog.h"
#include "designlimits.h"
#include "propertyvalue.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <cstring>

namespace kumo {
namespace DesignJson {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::DesignJson", text);
}

/// Signals a refusal from deep inside the reader.
struct Refusal
{
    LoadError error;
};

[[noreturn]] void refuse(QString message, QString componentId = {}, QString property = {})
{
    throw Refusal{LoadError{std::move(message), 0, 0, std::move(componentId), std::move(property)}};
}

/// Finds where a component (by id) is written, to point people at the right line.
void locateComponent(const QByteArray &text, LoadError &error)
{
    if (error.componentId.isEmpty() || error.line > 0)
        return;
    const QString pattern = QStringLiteral("\"id\"\\s*:\\s*\"%1\"").arg(QRegularExpression::escape(error.componentId));
    const QString whole = QString::fromUtf8(text);
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(whole);
    if (!m.hasMatch())
        return;
    const qsizetype byteOffset = whole.left(m.capturedStart()).toUtf8().size();
    lineColumnAt(text, byteOffset, &error.line, &error.column);
}

QString optionalString(const json &object, const char *key, const QString &componentId)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return {};
    if (!it->is_string())
        refuse(tr("'%1' must be a string, found %2").arg(QString::fromLatin1(key), jsonTypeName(*it)), componentId);
    return toQString(*it);
}

/// A name or label: a string no longer than the documented limit.
QString optionalName(const json &object, const char *key, const QString &componentId)
{
    QString name = optionalString(object, key, componentId);
    if (name.size() > DesignLimits::maximumNameCharacters)
        refuse(tr("'%1' is longer than %2 characters").arg(QString::fromLatin1(key)).arg(DesignLimits::maximumNameCharacters),
               componentId, QString::fromLatin1(key));
    return name;
}

QString requiredId(const json &object, const QString &where)
{
    const auto it = object.find("id");
    if (it == object.end())
        refuse(tr("%1 has no 'id'").arg(where));
    if (!it->is_string())
        refuse(tr("%1: 'id' must be a string, found %2").arg(where, jsonTypeName(*it)));
    const QString id = toQString(*it);
    if (!Design::isValidId(id))
        refuse(tr("'%1' is not a valid id (1 to 64 letters, digits, '_', '.' or '-')").arg(id), id);
    return id;
}

std::optional<QRectF> readGeometry(const json &object, const QString &id)
{
    const auto it = object.find("geometry");
    if (it == object.end() || it->is_null())
        return std::nullopt;
    if (!it->is_object())
        refuse(tr("'geometry' must be an object with x, y, w and h, found %1").arg(jsonTypeName(*it)), id, QStringLiteral("geometry"));
    double values[4] = {0, 0, 0, 0};
    const char *keys[4] = {"x", "y", "w", "h"};
    for (int i = 0; i < 4; ++i) {
        const auto v = it->find(keys[i]);
        if (v == it->end())
            refuse(tr("'geometry' lacks '%1'").arg(QString::fromLatin1(keys[i])), id, QStringLiteral("geometry"));
        if (!v->is_number())
            refuse(tr("geometry '%1' must be a number, found %2").arg(QString::fromLatin1(keys[i]), jsonTypeName(*v)), id,
                   QStringLiteral("geometry"));
        values[i] = v->get<double>();
        if (!std::isfinite(values[i]))
            refuse(tr("geometry '%1' is not a finite number").arg(QString::fromLatin1(keys[i])), id, QStringLiteral("geometry"));
    }
    if (values[2] < 0 || values[3] < 0)
        refuse(tr("geometry width and height must not be negative"), id, QStringLiteral("geometry"));
    return QRectF(values[0], values[1], values[2], values[3]);
}

json collectExtra(const json &object, std::initializer_list<const char *> known)
{
    json extra = json::object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool isKnown = false;
        for (const char *k : known)
            isKnown = isKnown || it.key() == k;
        if (!isKnown)
            extra[it.key()] = it.value();
    }
    return extra;
}

Component readComponent(const json &object, qsizetype index)
{
    if (!object.is_object())
        refuse(tr("components[%1] must be an object, found %2").arg(index).arg(jsonTypeName(object)));
    Component c;
    c.id = requiredId(object, tr("components[%1]").arg(index));
    const auto kindIt = object.find("kind");
    if (kindIt == object.end() || !kindIt->is_string())
        refuse(tr("'kind' must be a string naming one of the kinds"), c.id, QStringLiteral("kind"));
    c.kind = toQString(*kindIt);
    const KindSpec *spec = Catalog::instance().kind(c.kind);
    if (!spec)
        refuse(tr("unknown kind '%1' (run 'kumo kinds' for the list)").arg(c.kind), c.id, QStringLiteral("kind"));
    c.name = optionalName(object, "name", c.id);
    c.parent = optionalString(object, "parent", c.id);
    const auto propsIt = object.find("props");
    if (propsIt != object.end() && !propsIt->is_null()) {
        if (!propsIt->is_object())
            refuse(tr("'props' must be an object, found %1").arg(jsonTypeName(*propsIt)), c.id, QStringLiteral("props"));
        for (auto p = propsIt->begin(); p != propsIt->end(); ++p) {
            const QString key = QString::fromStdString(p.key());
            if (const PropertySpec *ps = spec->property(key)) {
                const PropertyTypeError error = checkPropertyType(*ps, p.value(), key);
                if (error.isError())
                    refuse(error.message, c.id, error.path);
            }
        }
        c.props = *propsIt;
    }
    c.geometry = readGeometry(object, c.id);
    c.extra = collectExtra(object, {"id", "kind", "name", "parent", "props", "geometry"});
    return c;
}

Connection readConnection(const json &object, qsizetype index)
{
    const QString where = tr("connections[%1]").arg(index);
    if (!object.is_object())
        refuse(tr("%1 must be an object, found %2").arg(where, jsonTypeName(object)));
    Connection c;
    c.id = requiredId(object, where);
    c.from = optionalString(object, "from", c.id);
    c.to = optionalString(object, "to", c.id);
    if (c.from.isEmpty() || c.to.isEmpty())
        refuse(tr("a connection needs 'from' and 'to'"), c.id);
    c.label = optionalName(object, "label", c.id);
    c.extra = collectExtra(object, {"id", "from", "to", "label"});
    return c;
}

/// Refuses a design whose parent links loop (a -> b -> a).
void refuseCycles(const std::vector<Component> &components)
{
    QHash<QString, QString> parentOf;
    for (const Component &c : components)
        parentOf.insert(c.id, c.parent);
    QSet<QString> known; // ids proven to reach the top level
    for (const Component &c : components) {
        QSet<QString> path;
        QString cursor = c.id;
        while (!cursor.isEmpty() && parentOf.contains(cursor) && !known.contains(cursor)) {
            if (path.contains(cursor))
                refuse(tr("parent cycle: '%1' is its own ancestor").arg(cursor), cursor, QStringLiteral("parent"));
            path.insert(cursor);
            cursor = parentOf.value(cursor);
        }
        known.unite(path);
    }
}

/// Brings an older document up to the current format. Version 1 is the first.
void migrate(json &, int /*fromVersion*/)
{
}

Design readDocument(json root)
{
    if (!root.is_object())
        refuse(tr("a design must be a JSON object, found %1").arg(jsonTypeName(root)));
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || format->get<std::string>() != formatTag)
        refuse(tr("not a Kumo design: \"format\" must be \"%1\"").arg(QString::fromLatin1(formatTag)), {}, QStringLiteral("format"));
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer())
        refuse(tr("\"version\" must be an integer"), {}, QStringLiteral("version"));
    const qint64 v = version->get<qint64>();
    if (v > currentVersion)
        refuse(tr("the design has format version %1, newer than this build of Kumo reads (%2); update Kumo to open it")
                   .arg(v).arg(currentVersion), {}, QStringLiteral("version"));
    if (v < 1)
        refuse(tr("unsupported format version %1").arg(v), {}, QStringLiteral("version"));
    migrate(root, int(v));

    Design design;
    design.name = optionalName(root, "name", {});
    design.extra = collectExtra(root, {"format", "version", "name", "components", "connections"});

    std::vector<Component> components;
    const auto comps = root.find("components");
    if (comps != root.end() && !comps->is_null()) {
        if (!comps->is_array())
            refuse(tr("\"components\" must be a list, found %1").arg(jsonTypeName(*comps)), {}, QStringLiteral("components"));
        for (size_t i = 0; i < comps->size(); ++i)
            components.push_back(readComponent((*comps)[i], qsizetype(i)));
    }
    QSet<QString> ids;
    for (const Component &c : components) {
        if (ids.contains(c.id))
            refuse(tr("duplicate id '%1'").arg(c.id), c.id);
        ids.insert(c.id);
    }
    refuseCycles(components);

    std::vector<Connection> connections;
    const auto conns = root.find("connections");
    if (conns != root.end() && !conns->is_null()) {
        if (!conns->is_array())
            refuse(tr("\"connections\" must be a list, found %1").arg(jsonTypeName(*conns)), {}, QStringLiteral("connections"));
        for (size_t i = 0; i < conns->size(); ++i)
            connections.push_back(readConnection((*conns)[i], qsizetype(i)));
    }
    for (const Connection &c : connections) {
        if (ids.contains(c.id))
            refuse(tr("duplicate id '%1'").arg(c.id), c.id);
        ids.insert(c.id);
    }

    for (Component &c : components)
        design.insert(std::move(c));
    for (Connection &c : connections)
        design.insertConnection(std::move(c));
    return design;
}

ordered_json number(double value)
{
    // geometry is written to two decimals at most, so files diff well and stay stable across saves
    if (std::abs(value) < 1e13)
        value = std::round(value * 100) / 100;
    if (std::abs(value) < 1e15 && value == std::floor(value))
        return ordered_json(static_cast<qint64>(value));
    return ordered_json(value);
}

void appendExtra(ordered_json &out, const json &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it)
        out[it.key()] = it.value();
}


/// nlohmann's text without its "[json.exception.parse_error.101] parse error at line 1, column 2: " prefix.
QString parserMessage(const json::exception &e)
{
    QString what = QString::fromStdString(e.what());
    const qsizetype bracket = what.indexOf(QLatin1Char(']'));
    if (what.startsWith(QLatin1Char('[')) && bracket > 0)
        what = what.mid(bracket + 1).trimmed();
    const qsizetype colon = what.indexOf(QStringLiteral(": "), what.indexOf(QStringLiteral("parse error")));
    if (what.startsWith(QStringLiteral("parse error")) && colon > 0)
        what = what.mid(colon + 2);
    return what;
}

} // namespace

DesignReadResult read(const QByteArray &utf8)
{
    DesignReadResult result;
    if (const auto violation = DesignLimits::scan(utf8)) {
        result.error.message = violation->message;
        lineColumnAt(utf8, violation->offset, &result.error.line, &result.error.column);
        return result;
    }
    json root;
    try {
        root = json::parse(utf8.constBegin(), utf8.constEnd());
    } catch (const json::exception &e) {
        qsizetype offset = 0;
        if (const auto *parseError = dynamic_cast<const json::parse_error *>(&e)) {
            offset = qsizetype(parseError->byte) - 1;
        } else {
            // the parser stops after the number; point at its first character
            offset = std::min(qsizetype(jsonErrorPosition(utf8)), utf8.size());
            while (offset > 0 && std::strchr("0123456789+-.eE", utf8.at(offset - 1)) != nullptr)
                --offset;
        }
        lineColumnAt(utf8, offset, &result.error.line, &result.error.column);
        result.error.message = tr("not valid JSON: %1").arg(parserMessage(e));
        return result;
    } catch (const std::exception &e) {
        result.error.message = tr("cannot read the design: %1").arg(QString::fromLocal8Bit(e.what()));
        return result;
    }
    try {
        result.design = readDocument(std::move(root));
    } catch (const Refusal &r) {
        result.error = r.error;
        locateComponent(utf8, result.error);
    } catch (const json::exception &e) {
        result.error.message = tr("unexpected content: %1").arg(parserMessage(e));
    } catch (const std::exception &e) {
        result.error.message = tr("cannot read the design: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    return result;
}

ordered_json componentToJson(const Component &c)
{
    ordered_json out;
    out["id"] = toStd(c.id);
    out["kind"] = toStd(c.kind);
    if (!c.parent.isEmpty())
        out["parent"] = toStd(c.parent);
    if (!c.name.isEmpty())
        out["name"] = toStd(c.name);
    if (!c.props.empty())
        out["props"] = c.props;
    if (c.geometry) {
        ordered_json g;
        g["x"] = number(c.geometry->x());
        g["y"] = number(c.geometry->y());
        g["w"] = number(c.geometry->width());
        g["h"] = number(c.geometry->height());
        out["geometry"] = g;
    }
    appendExtra(out, c.extra);
    return out;
}

ordered_json connectionToJson(const Connection &c)
{
    ordered_json out;
    out["id"] = toStd(c.id);
    out["from"] = toStd(c.from);
    out["to"] = toStd(c.to);
    if (!c.label.isEmpty())
        out["label"] = toStd(c.label);
    appendExtra(out, c.extra);
    return out;
}

ordered_json toJson(const Design &design)
{
    ordered_json root;
    root["format"] = formatTag;
    root["version"] = currentVersion;
    if (!design.name.isEmpty())
        root["name"] = toStd(design.name);
    appendExtra(root, design.extra);
    ordered_json comps = ordered_json::array();
    for (const Component *c : design.components())
        comps.push_back(componentToJson(*c));
    root["components"] = comps;
    ordered_json conns = ordered_json::array();
    for (const auto &[id, c] : design.connections())
        conns.push_back(connectionToJson(c));
    root["connections"] = conns;
    return root;
}

QByteArray write(const Design &design)
{
    const std::string text = toJson(design).dump(2, ' ', false, json::error_handler_t::replace);
    return QByteArray::fromStdString(text) + '\n';
}

} // namespace DesignJson
} // namespace kumo
