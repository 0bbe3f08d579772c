#include "calendar/holidays.hpp"

#include <algorithm>

namespace ppid::calendar {

std::string_view kind_code(HolidayKind kind) {
  return kind == HolidayKind::holiday ? "holiday" : "collective-leave";
}

std::pair<int, int> count_kinds(const HolidayYear& year) {
  const auto holidays = std::count_if(year.days.begin(), year.days.end(), [](const Holiday& day) {
    return day.kind == HolidayKind::holiday;
  });
  return {static_cast<int>(holidays),
          static_cast<int>(year.days.size()) - static_cast<int>(holidays)};
}

std::vector<HolidayYear> merge_holiday_years(std::span<const HolidayYear> base,
                                             std::span<const HolidayYear> replacements) {
  std::vector<HolidayYear> result;
  for (const auto& year : base) {
    const bool replaced =
        std::any_of(replacements.begin(), replacements.end(),
                    [&](const HolidayYear& other) { return other.year == year.year; });
    if (!replaced) {
      result.push_back(year);
    }
  }
  result.insert(result.end(), replacements.begin(), replacements.end());
  std::sort(result.begin(), result.end(),
            [](const HolidayYear& a, const HolidayYear& b) { return a.year < b.year; });
  return result;
}

}  // namespace ppid::calendar
