#pragma once

#include <toml++/toml.h>

#include <string>
#include <string_view>

namespace ppid::config::detail {

// "file:line:column" of `region` in `source`, or `source` alone when toml++ knows no place.
std::string toml_location(std::string_view source, const toml::source_region& region);

// `value` as a TOML basic string: double-quoted, as people write them, with quotes, backslashes
// and control characters escaped.
std::string toml_string(std::string_view value);

}  // namespace ppid::config::detail
