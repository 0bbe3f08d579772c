#include "text/ascii.hpp"

namespace ppid::text {

std::string ascii_lower(std::string_view text) {
  std::string out{text};
  for (auto& ch : out) {
    if (ch >= 'A' && ch <= 'Z') {
      ch = static_cast<char>(ch - 'A' + 'a');
    }
  }
  return out;
}

std::string normalised_words(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool gap = false;
  for (const char ch : text) {
    const auto byte = static_cast<unsigned char>(ch);
    const bool upper = byte >= 'A' && byte <= 'Z';
    const bool letter =
        upper || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') || byte >= 0x80;
    if (!letter) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) {
      out += ' ';
    }
    gap = false;
    out += upper ? static_cast<char>(byte - 'A' + 'a') : ch;
  }
  return out;
}

}  // namespace ppid::text
