#include "calendar/coverage.hpp"

namespace ppid::calendar {

Coverage coverage(const Calendar& calendar, Date today) {
  const date::year_month_day ymd{today};
  auto next = ymd + date::years{1};
  if (!next.ok()) {
    next = next.year() / next.month() / date::last;
  }
  const auto until = Date{next} - date::days{1};
  std::vector<int> missing;
  for (int year = static_cast<int>(ymd.year());
       year <= static_cast<int>(date::year_month_day{until}.year()); ++year) {
    if (!calendar.covers(Date{date::year{year} / 1 / 1})) {
      missing.push_back(year);
    }
  }
  return {today, until, calendar.covered_years(), std::move(missing)};
}

}  // namespace ppid::calendar
