#include "calendar/calendar.hpp"
#include "calendar/coverage.hpp"
#include "config/builtin_holidays.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using ppid::calendar::Calendar;
using ppid::calendar::DayReason;

namespace {

ppid::Date d(int y, unsigned m, unsigned day) {
  return ppid::Date{date::year{y} / date::month{m} / date::day{day}};
}

// "FROM..UNTIL missing Y, Y" for the coverage as of `today`.
std::string described(const Calendar& calendar, ppid::Date today) {
  const auto c = ppid::calendar::coverage(calendar, today);
  std::string out = ppid::to_iso(c.from) + ".." + ppid::to_iso(c.until) + " missing";
  for (int year : c.missing_years) {
    out += " " + std::to_string(year);
  }
  return out + (c.complete() ? " (complete)" : "");
}

// The built-in holidays of the years `years` only.
Calendar with_years(const std::vector<int>& years) {
  std::vector<ppid::calendar::HolidayYear> kept;
  for (const auto& year : ppid::config::builtin_holidays()) {
    for (int wanted : years) {
      if (year.year == wanted) {
        kept.push_back(year);
      }
    }
  }
  return Calendar{kept, ppid::calendar::Settings{}};
}

}  // namespace

TEST_SUITE("calendar") {
  TEST_CASE("coverage: the 12 months from today, the years among them without holiday data") {
    const auto builtin = ppid::config::national_calendar();
    CHECK(described(builtin, d(2026, 11, 24)) == "2026-11-24..2027-11-23 missing (complete)");
    CHECK(described(builtin, d(2027, 1, 1)) == "2027-01-01..2027-12-31 missing (complete)");
    CHECK(described(builtin, d(2027, 1, 2)) == "2027-01-02..2028-01-01 missing 2028");
    CHECK(described(builtin, d(2028, 6, 1)) == "2028-06-01..2029-05-31 missing 2028 2029");
    CHECK(described(builtin, d(2019, 12, 31)) == "2019-12-31..2020-12-30 missing 2019");
    // From 29 February as from the 28th.
    CHECK(described(builtin, d(2024, 2, 29)) == "2024-02-29..2025-02-27 missing (complete)");
    CHECK(described(builtin, d(2024, 2, 28)) == "2024-02-28..2025-02-27 missing (complete)");
    CHECK(described(builtin, d(2023, 3, 1)) == "2023-03-01..2024-02-29 missing (complete)");
  }

  TEST_CASE("coverage: the covered years are every year with data, gaps left as they are") {
    const auto calendar = with_years({2024, 2026});
    const auto c = ppid::calendar::coverage(calendar, d(2025, 7, 1));
    CHECK(c.covered_years == std::vector<int>{2024, 2026});
    CHECK(c.missing_years == std::vector<int>{2025});
    CHECK_FALSE(c.complete());
    CHECK(described(calendar, d(2026, 1, 1)) == "2026-01-01..2026-12-31 missing (complete)");
    CHECK(described(with_years({}), d(2026, 3, 1)) == "2026-03-01..2027-02-28 missing 2026 2027");
    CHECK(ppid::calendar::coverage(with_years({}), d(2026, 3, 1)).covered_years.empty());
  }

  TEST_CASE("day reasons: one word each, as JSON writes them") {
    CHECK(ppid::code(DayReason::working) == "working");
    CHECK(ppid::code(DayReason::extra_working_day) == "extra-working-day");
    CHECK(ppid::code(DayReason::collective_leave_worked) == "collective-leave-worked");
    CHECK(ppid::code(DayReason::weekend) == "weekend");
    CHECK(ppid::code(DayReason::holiday) == "holiday");
    CHECK(ppid::code(DayReason::collective_leave) == "collective-leave");
    CHECK(ppid::code(DayReason::closed_day) == "closed-day");
    CHECK(ppid::parse<DayReason>("closed-day") == DayReason::closed_day);
    CHECK(ppid::parse<DayReason>("closed_day") == std::nullopt);
  }
}
