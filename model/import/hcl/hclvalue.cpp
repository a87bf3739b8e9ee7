#include "hclvalue.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace kumo::hclread::value {

bool containsUnknown(const json &v)
{
    if (isUnknown(v))
        return true;
    if (v.is_array() || v.is_object()) {
        for (const json &item : v)
            if (containsUnknown(item))
                return true;
    }
    return false;
}

bool containsSensitive(const json &v)
{
    if (isUnknown(v))
        return isSensitive(v);
    if (v.is_array() || v.is_object()) {
        for (const json &item : v)
            if (containsSensitive(item))
                return true;
    }
    return false;
}

json known(const json &v)
{
    if (v.is_array()) {
        json out = json::array();
        for (const json &item : v)
            if (!isUnknown(item))
                out.push_back(known(item));
        return out;
    }
    if (v.is_object()) {
        json out = json::object();
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (it.key() == openKey() || isUnknown(it.value()))
                continue;
            out[it.key()] = known(it.value());
        }
        return out;
    }
    return v;
}

bool toText(const json &v, std::string *out)
{
    if (v.is_string()) {
        *out = v.get<std::string>();
        return true;
    }
    if (v.is_boolean()) {
        *out = v.get<bool>() ? "true" : "false";
        return true;
    }
    if (v.is_number_integer()) {
        *out = std::to_string(v.get<long long>());
        return true;
    }
    if (v.is_number_unsigned()) {
        *out = std::to_string(v.get<unsigned long long>());
        return true;
    }
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15) {
            *out = std::to_string((long long)d);
            return true;
        }
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.15g", d);
        *out = buffer;
        return true;
    }
    return false;
}

bool toNumber(const json &v, double *out)
{
    if (v.is_number()) {
        *out = v.get<double>();
        return true;
    }
    if (v.is_string()) {
        const std::string s = v.get<std::string>();
        if (s.empty())
            return false;
        char *end = nullptr;
        const double d = std::strtod(s.c_str(), &end);
        if (end && *end == '\0') {
            *out = d;
            return true;
        }
    }
    return false;
}

json normaliseNumber(double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9e15)
        return json((long long)d);
    return json(d);
}

} // namespace kumo::hclread::value
