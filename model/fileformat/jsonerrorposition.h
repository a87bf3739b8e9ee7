#pragma once

#include <QByteArray>
#include <nlohmann/json.hpp>

#include <cstddef>

namespace kumo {

/// The byte offset where nlohmann's parser gives up on @p text. Some errors carry no position (a
/// number too large for a double is reported as out_of_range 406 without a byte offset); parsing
/// again without building anything finds it.
inline std::size_t jsonErrorPosition(const QByteArray &text)
{
    struct Locator : nlohmann::json_sax<nlohmann::json>
    {
        std::size_t position = 0;
        bool null() override { return true; }
        bool boolean(bool) override { return true; }
        bool number_integer(number_integer_t) override { return true; }
        bool number_unsigned(number_unsigned_t) override { return true; }
        bool number_float(number_float_t, const string_t &) override { return true; }
        bool string(string_t &) override { return true; }
        bool binary(binary_t &) override { return true; }
        bool start_object(std::size_t) override { return true; }
        bool key(string_t &) override { return true; }
        bool end_object() override { return true; }
        bool start_array(std::size_t) override { return true; }
        bool end_array() override { return true; }
        bool parse_error(std::size_t at, const std::string &, const nlohmann::detail::exception &) override
        {
            position = at;
            return false;
        }
    } locator;
    nlohmann::json::sax_parse(text.constBegin(), text.constEnd(), &locator);
    return locator.position;
}

} // namespace kumo
