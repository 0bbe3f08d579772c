#pragma once

#include <string>
#include <string_view>

namespace ppid::text {

// `field` as one RFC 4180 CSV field: quoted, with quotes doubled, when it holds the separator, a
// quote, a line break or leading/trailing space.
std::string csv_field(std::string_view field, char separator = ',');

}  // namespace ppid::text
