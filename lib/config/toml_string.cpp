#include "config/toml_string.hpp"

#include <fmt/format.h>

namespace ppid::config::detail {

std::string toml_location(std::string_view source, const toml::source_region& region) {
  if (region.begin.line == 0) {
    return std::string{source};
  }
  return fmt::format("{}:{}:{}", source, region.begin.line, region.begin.column);
}

std::string toml_string(std::string_view value) {
  std::string out = "\"";
  for (const char c : value) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          out += fmt::format("\\u{:04X}", static_cast<unsigned char>(c));
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

}  // namespace ppid::config::detail
