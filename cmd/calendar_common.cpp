#include "calendar_common.hpp"

#include "config/builtin_holidays.hpp"
#include "store/holiday_store.hpp"

#include <fmt/format.h>

namespace ppid::cli {

CalendarContext calendar_context(const Session& s) {
  if (!s.file_given) {
    return {config::national_calendar(), Zone::wib, {}};
  }
  const auto file = s.open_case_file(store::Access::read_only);
  std::vector<int> loaded;
  for (const auto& year : store::loaded_holiday_years(file)) {
    loaded.push_back(year.year);
  }
  return {store::case_calendar(file), file.config().agency.time_zone, loaded};
}

std::string with_mark(const Session& s, const std::string& value, bool provisional) {
  return provisional ? value + " " + s.text(text::Id::out_provisional) : value;
}

std::string years_text(const Session& s, const std::vector<int>& years) {
  if (years.empty()) {
    return s.text(text::Id::out_check_none);
  }
  std::vector<std::string> parts;
  std::size_t i = 0;
  while (i < years.size()) {
    std::size_t j = i;
    while (j + 1 < years.size() && years[j + 1] == years[j] + 1) {
      ++j;
    }
    parts.push_back(j == i ? std::to_string(years[i]) : fmt::format("{}–{}", years[i], years[j]));
    i = j + 1;
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace ppid::cli
