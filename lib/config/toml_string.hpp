#pragma once

#include <string>
#include <string_view>

namespace ppid::config::detail {

// `value` as a TOML basic string: double-quoted, as people write them, with quotes, backslashes
// and control characters escaped.
std::string toml_string(std::string_view value);

}  // namespace ppid::config::detail
