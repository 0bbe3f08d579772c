#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ppid::text {

// `field` as one RFC 4180 CSV field: quoted, with quotes doubled, when it holds the separator, a
// quote, a line break or leading/trailing space.
std::string csv_field(std::string_view field, char separator = ',');

// One CSV line: `cells` as fields separated by `separator`, ended by `eol`.
std::string csv_line(const std::vector<std::string>& cells, char separator = ',',
                     std::string_view eol = "\r\n");

}  // namespace ppid::text
