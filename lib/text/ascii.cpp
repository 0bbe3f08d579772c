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

bool word_byte(char ch) {
  const auto byte = static_cast<unsigned char>(ch);
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
         (byte >= '0' && byte <= '9') || byte >= 0x80;
}

std::string normalised_words(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool gap = false;
  for (const char ch : text) {
    if (!word_byte(ch)) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) {
      out += ' ';
    }
    gap = false;
    out += ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  return out;
}

}  // namespace ppid::text
