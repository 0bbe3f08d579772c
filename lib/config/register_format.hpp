#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ppid::config {

// A register number format such as "{seq:03}/PPID/{month:roman}/{year}" (DOMAIN.md, Registers).
// Fields: {seq} or {seq:0N} (the sequence, zero-padded to N digits), {year}, {month},
// {month:02}, {month:roman}. Anything else is literal text; a brace that opens no known field is
// an error.
class RegisterFormat {
 public:
  // Parses `pattern`; nothing when it is not a valid format or has no {seq}.
  static std::optional<RegisterFormat> parse(std::string_view pattern);

  // The register number of the `sequence`-th request of `month`/`year`.
  std::string format(long sequence, int year, unsigned month) const;

  // What a number written in this format says: its sequence, and its year and month when the
  // format has them. Nothing when `number` is not in this format. Numbers are read greedily, so
  // two numeric fields with no text between them are not told apart.
  struct Parts {
    long sequence = 0;
    std::optional<int> year;
    std::optional<unsigned> month;
  };
  std::optional<Parts> match(std::string_view number) const;

  const std::string& pattern() const noexcept { return m_pattern; }
  bool has_year() const noexcept { return m_has_year; }

 private:
  enum class Field { seq, year, month, month_02, month_roman };
  struct Padded {
    Field field;
    int width;
  };
  using Part = std::variant<std::string, Padded>;

  std::string m_pattern;
  std::vector<Part> m_parts;
  bool m_has_year = false;
};

}  // namespace ppid::config
