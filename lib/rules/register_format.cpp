#include "rules/register_format.hpp"

#include <fmt/format.h>

#include <array>

namespace ppid::rules {

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
  static constexpr std::array<std::string_view, 12> k_roman = {
      "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
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

}  // namespace ppid::rules
