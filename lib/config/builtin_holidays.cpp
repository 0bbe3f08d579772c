#include "config/builtin_holidays.hpp"

#include "config/holiday_file.hpp"
#include "embedded.hpp"

#include <algorithm>
#include <vector>

namespace ppid::config {

std::span<const calendar::HolidayYear> builtin_holidays() {
  static const std::vector<calendar::HolidayYear> years = [] {
    std::vector<calendar::HolidayYear> result;
    for (const auto& file : embedded::holiday_files()) {
      // The files are checked by the tests and scripts/check-holidays; a bad one is a bug.
      result.push_back(parse_holiday_file(file.content, file.name, ErrorKind::internal));
    }
    std::sort(result.begin(), result.end(),
              [](const auto& a, const auto& b) { return a.year < b.year; });
    return result;
  }();
  return years;
}

calendar::Calendar national_calendar() {
  return calendar::Calendar{builtin_holidays(), calendar::Settings{}};
}

}  // namespace ppid::config
