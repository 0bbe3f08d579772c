#include "text/csv.hpp"

namespace ppid::text {

std::string csv_field(std::string_view field, char separator) {
  const bool needs_quotes =
      field.find_first_of(std::string{separator} + "\"\r\n") != std::string_view::npos ||
      (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!needs_quotes) {
    return std::string{field};
  }
  std::string out = "\"";
  for (const char c : field) {
    if (c == '"') {
      out += '"';
    }
    out += c;
  }
  out += '"';
  return out;
}

std::string csv_line(const std::vector<std::string>& cells, char separator, std::string_view eol) {
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) {
      line += separator;
    }
    line += csv_field(cells[i], separator);
  }
  line += eol;
  return line;
}

}  // namespace ppid::text
