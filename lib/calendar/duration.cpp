#include "calendar/duration.hpp"

#include "text/ascii.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ppid::calendar {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
    text.remove_suffix(1);
  }
  return text;
}

Target parse(std::string_view original, ErrorKind on_error, bool unit_optional) {
  const auto fail = [&](text::Message hint) {
    return Error{on_error, {text::Id::err_bad_duration}}
        .value(std::string{original})
        .allowed(std::move(hint));
  };
  const auto text = trim(original);
  std::size_t digits_end = 0;
  const bool negative = !text.empty() && text.front() == '-';
  std::size_t start = negative ? 1 : 0;
  digits_end = start;
  while (digits_end < text.size() && text[digits_end] >= '0' && text[digits_end] <= '9') {
    ++digits_end;
  }
  if (digits_end == start) {
    throw fail({text::Id::hint_duration_format});
  }
  const auto number = text.substr(start, digits_end - start);
  const auto range_hint =
      text::Message{text::Id::hint_duration_range, {std::to_string(k_max_duration_days)}};
  if (negative || number.size() > 4) {
    throw fail(range_hint);
  }
  int count = 0;
  for (char c : number) {
    count = count * 10 + (c - '0');
  }
  if (count > k_max_duration_days) {
    throw fail(range_hint);
  }
  const auto unit = text::ascii_lower(trim(text.substr(digits_end)));
  // Also as people write it out in a standard: "3 hari kerja".
  if (unit == "wd" || unit == "hk" || unit == "hari kerja") {
    return Target{count, DayUnit::working};
  }
  if (unit == "d" || unit == "hari") {
    return Target{count, DayUnit::plain};
  }
  if (unit.empty()) {
    if (unit_optional) {
      return Target{count, std::nullopt};
    }
    throw fail({text::Id::hint_duration_unit_required});
  }
  throw fail({text::Id::hint_duration_format});
}

}  // namespace

Duration parse_duration(std::string_view text, ErrorKind on_error) {
  const auto target = parse(text, on_error, false);
  return Duration{target.count, *target.unit};
}

Target parse_target(std::string_view text, ErrorKind on_error) {
  return parse(text, on_error, true);
}

int longest_within(DayUnit unit, const Duration& limit, int working_days_per_week) {
  const int w = working_days_per_week;
  if (w < 1 || w > 7) {
    throw Error{ErrorKind::internal, {text::Id::err_internal}}.value(
        fmt::format("{} working days per week", w));
  }
  const int m = limit.count;
  if (unit == limit.unit) {
    return m;
  }
  if (unit == DayUnit::plain) {
    return m + (7 - w) * (m / w);
  }
  return m * w / 7;
}

bool never_later(const Target& target, const Duration& limit, int working_days_per_week) {
  if (!target.unit) {
    return true;
  }
  return target.count <= longest_within(*target.unit, limit, working_days_per_week);
}

std::string to_string(Duration duration) {
  return fmt::format("{} {}", duration.count, duration.unit == DayUnit::working ? "wd" : "d");
}

std::string to_string(const Target& target) {
  if (!target.unit) {
    return std::to_string(target.count);
  }
  return to_string(Duration{target.count, *target.unit});
}

}  // namespace ppid::calendar
