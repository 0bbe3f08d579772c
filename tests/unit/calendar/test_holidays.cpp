#include "calendar/holidays.hpp"
#include "config/builtin_holidays.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <span>
#include <vector>

using ppid::calendar::HolidayKind;
using ppid::calendar::HolidayYear;

TEST_SUITE("calendar") {
  TEST_CASE("holidays: the words of the two kinds") {
    CHECK(ppid::calendar::kind_code(HolidayKind::holiday) == "holiday");
    CHECK(ppid::calendar::kind_code(HolidayKind::collective_leave) == "collective-leave");
  }

  TEST_CASE("holidays: 2026 has 17 national holidays and 8 days of cuti bersama") {
    const auto years = ppid::config::builtin_holidays();
    const auto year = std::find_if(years.begin(), years.end(),
                                   [](const HolidayYear& y) { return y.year == 2026; });
    REQUIRE(year != years.end());
    CHECK(ppid::calendar::count_kinds(*year) == std::pair{17, 8});
    CHECK(ppid::calendar::count_kinds(HolidayYear{2030, {}, {}}) == std::pair{0, 0});
  }

  TEST_CASE("holidays: merged years replace those of the same number and stay sorted") {
    const std::vector<HolidayYear> base{{2025, {"a"}, {}}, {2026, {"b"}, {}}, {2027, {"c"}, {}}};
    const std::vector<HolidayYear> loaded{{2028, {"e"}, {}}, {2026, {"d"}, {}}};
    const auto merged = ppid::calendar::merge_holiday_years(base, loaded);
    REQUIRE(merged.size() == 4);
    CHECK(merged[0] == base[0]);
    CHECK(merged[1] == loaded[1]);
    CHECK(merged[2] == base[2]);
    CHECK(merged[3] == loaded[0]);
    CHECK(ppid::calendar::merge_holiday_years(base, {}) == base);
  }
}
