#include "config/register_format.hpp"

#include <fmt/format.h>

#include <array>

namespace ppid::config {

namespace {

constexpr std::array<std::string_view, 12> k_roman = {"I",   "II",   "III", "IV", "V",  "VI",
                                                      "VII", "VIII", "IX",  "X",  "XI", "XII"};

// The decimal number at the start of `text` (at most 9 digits), consumed; nothing when none.
std::optional<long> take_number(std::string_view& text) {
  std::size_t n = 0;
  long value = 0;
  while (n < text.size() && n < 9 && text[n] >= '0' && text[n] <= '9') {
    value = value * 10 + (text[n] - '0');
    ++n;
  }
  if (n == 0) {
    return std::nullopt;
  }
  text.remove_prefix(n);
  return value;
}

// The Roman month at the start of `text`, longest first (VIII before VII before V), consumed.
std::optional<unsigned> take_roman_month(std::string_view& text) {
  std::optional<unsigned> best;
  std::size_t best_size = 0;
  for (unsigned m = 0; m < k_roman.size(); ++m) {
    if (text.substr(0, k_roman[m].size()) == k_roman[m] && k_roman[m].size() > best_size) {
      best = m + 1;
      best_size = k_roman[m].size();
    }
  }
  text.remove_prefix(best_size);
  return best;
}

}  // namespace

std::optional<RegisterFormat> RegisterFormat::parse(std::string_view pattern) {
  RegisterFormat result;
  result.m_pattern = std::string{pattern};
  bool has_seq = false;
  std::string literal;
  std::size_t i = 0;
  while (i < pattern.size()) {
    const char c = pattern[i];
    if (c == '}') {
      return std::nullopt;
    }
    if (c != '{') {
      literal += c;
      ++i;
      continue;
    }
    const auto close = pattern.find('}', i);
    if (close == std::string_view::npos) {
      return std::nullopt;
    }
    const auto field = pattern.substr(i + 1, close - i - 1);
    Padded part{Field::seq, 0};
    if (field == "seq") {
      has_seq = true;
    } else if (field.size() == 6 && field.substr(0, 5) == "seq:0" && field[5] >= '1' &&
               field[5] <= '9') {
      part = {Field::seq, field[5] - '0'};
      has_seq = true;
    } else if (field == "year") {
      part = {Field::year, 0};
      result.m_has_year = true;
    } else if (field == "month") {
      part = {Field::month, 0};
    } else if (field == "month:02") {
      part = {Field::month_02, 0};
    } else if (field == "month:roman") {
      part = {Field::month_roman, 0};
    } else {
      return std::nullopt;
    }
    if (!literal.empty()) {
      result.m_parts.emplace_back(std::move(literal));
      literal.clear();
    }
    result.m_parts.emplace_back(part);
    i = close + 1;
  }
  if (!literal.empty()) {
    result.m_parts.emplace_back(std::move(literal));
  }
  if (!has_seq) {
    return std::nullopt;
  }
  return result;
}

std::string RegisterFormat::format(long sequence, int year, unsigned month) const {
  std::string out;
  for (const auto& part : m_parts) {
    if (const auto* text = std::get_if<std::string>(&part)) {
      out += *text;
      continue;
    }
    const auto& padded = std::get<Padded>(part);
    switch (padded.field) {
      case Field::seq:
        out += fmt::format("{:0{}}", sequence, padded.width);
        break;
      case Field::year:
        out += std::to_string(year);
        break;
      case Field::month:
        out += std::to_string(month);
        break;
      case Field::month_02:
        out += fmt::format("{:02}", month);
        break;
      case Field::month_roman:
        out += (month >= 1 && month <= 12) ? std::string{k_roman[month - 1]} : std::string{"?"};
        break;
    }
  }
  return out;
}

std::optional<RegisterFormat::Parts> RegisterFormat::match(std::string_view number) const {
  Parts parts;
  for (const auto& part : m_parts) {
    if (const auto* text = std::get_if<std::string>(&part)) {
      if (number.substr(0, text->size()) != *text) {
        return std::nullopt;
      }
      number.remove_prefix(text->size());
      continue;
    }
    const auto field = std::get<Padded>(part).field;
    const auto value =
        field == Field::month_roman ? take_roman_month(number) : std::optional<unsigned>{};
    const auto numeric = field == Field::month_roman ? std::optional<long>{} : take_number(number);
    if (!value && !numeric) {
      return std::nullopt;
    }
    switch (field) {
      case Field::seq:
        parts.sequence = *numeric;
        break;
      case Field::year:
        parts.year = static_cast<int>(*numeric);
        break;
      case Field::month:
      case Field::month_02:
        if (*numeric < 1 || *numeric > 12) {
          return std::nullopt;
        }
        parts.month = static_cast<unsigned>(*numeric);
        break;
      case Field::month_roman:
        parts.month = *value;
        break;
    }
  }
  if (!number.empty()) {
    return std::nullopt;
  }
  return parts;
}

}  // namespace ppid::config
