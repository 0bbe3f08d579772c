#pragma once

#include "calendar/calendar.hpp"
#include "date.hpp"

#include <vector>

namespace ppid::calendar {

// Whether the holiday data covers the next 12 months: through a year without it every limit is
// provisional, so a cron job warns before the data runs out (`ppid calendar check`).
struct Coverage {
  Date from;                       // today
  Date until;                      // the day before the same date a year later
  std::vector<int> covered_years;  // every year with holiday data, ascending
  std::vector<int> missing_years;  // the years of [from, until] without it, ascending
  bool complete() const { return missing_years.empty(); }
};

// The coverage of the 12 months from `today`. From 29 February they end on 27 February of the
// next year, as from the 28th.
Coverage coverage(const Calendar& calendar, Date today);

}  // namespace ppid::calendar
