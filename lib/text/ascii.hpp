#pragma once

#include <string>
#include <string_view>

namespace ppid::text {

// `text` with ASCII letters in lower case; other bytes (UTF-8 included) as they are.
std::string ascii_lower(std::string_view text);

}  // namespace ppid::text
