#include "calendar/calendar.hpp"
#include "calendar/holidays.hpp"
#include "config/builtin_holidays.hpp"
#include "config/config.hpp"
#include "unit/calendar/holiday_reference.hpp"

#include <doctest/doctest.h>

#include <map>
#include <random>
#include <set>

using ppid::Date;
using ppid::LocalTime;
using ppid::calendar::Calendar;
using ppid::calendar::CalendarDate;
using ppid::calendar::DayReason;
using ppid::calendar::DayUnit;
using ppid::calendar::Duration;
using ppid::calendar::ReceiptRule;

namespace {

Date d(int y, unsigned m, unsigned day) {
  return Date{date::year{y} / date::month{m} / date::day{day}};
}

std::string iso(Date day) {
  return ppid::to_iso(day);
}

std::string add(const Calendar& cal, Date from, int working_days) {
  const auto result = cal.add(from, Duration{working_days, DayUnit::working});
  return iso(result.date) + (result.provisional ? " (provisional)" : "");
}

ppid::TimeOfDay hm(int h, int m) {
  return ppid::TimeOfDay{h * 60 + m};
}

Calendar with(const ppid::calendar::Settings& settings) {
  return Calendar{ppid::config::builtin_holidays(), settings};
}

// The naive reading of the counting convention, to check the tables against.
Date naive_add(const Calendar& cal, Date from, int n) {
  Date day = from;
  while (n > 0) {
    day += date::days{1};
    if (cal.is_working_day(day)) {
      --n;
    }
  }
  return day;
}

}  // namespace

TEST_SUITE("calendar") {
  TEST_CASE("every built-in holiday of every year matches the independent reference list") {
    std::set<std::pair<int, bool>> seen;
    std::map<int, int> reference_count;
    const auto cal = ppid::config::national_calendar();
    for (const auto& ref : ppid::test::k_reference_days) {
      const auto day = d(ref.year, ref.month, ref.day);
      CAPTURE(iso(day));
      const auto status = cal.status(day);
      REQUIRE(status.holiday != nullptr);
      CHECK(status.holiday->kind == (ref.collective_leave
                                         ? ppid::calendar::HolidayKind::collective_leave
                                         : ppid::calendar::HolidayKind::holiday));
      CHECK(status.holiday->date == day);
      CHECK_FALSE(status.holiday->name_id.empty());
      CHECK_FALSE(status.holiday->name_en.empty());
      CHECK_FALSE(status.holiday->basis.empty());
      CHECK_FALSE(cal.is_working_day(day));
      ++reference_count[ref.year];
    }
    // And nothing more: the built-in data has exactly the reference's days, year by year.
    std::map<int, int> builtin_count;
    for (const auto& year : ppid::config::builtin_holidays()) {
      builtin_count[year.year] = static_cast<int>(year.days.size());
    }
    CHECK(builtin_count == reference_count);
    CHECK(cal.covered_years() == std::vector<int>{2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027});
  }

  TEST_CASE("weekday closures and working days per year match the published counts") {
    const auto cal = ppid::config::national_calendar();
    for (const auto& ref : ppid::test::k_reference_years) {
      CAPTURE(ref.year);
      int closures = 0;
      int working = 0;
      for (Date day = d(ref.year, 1, 1); day <= d(ref.year, 12, 31); day += date::days{1}) {
        const auto weekday = date::weekday{day};
        if (weekday == date::Saturday || weekday == date::Sunday) {
          continue;
        }
        (cal.is_working_day(day) ? working : closures) += 1;
      }
      CHECK(closures == ref.weekday_closures);
      CHECK(working == ref.working_days);
      CHECK(cal.working_days_between(d(ref.year - 1, 12, 31), d(ref.year, 12, 31)) ==
            ref.working_days);
    }
  }

  TEST_CASE("day 0 is the start date and is never counted, whatever day it is") {
    const auto cal = ppid::config::national_calendar();
    SUBCASE("the documented example: Nyepi, Idul Fitri with its cuti bersama and Good Friday") {
      CHECK(add(cal, d(2025, 3, 27), 10) == "2025-04-22");
    }
    SUBCASE("from a Saturday") {
      CHECK(add(cal, d(2026, 11, 21), 1) == "2026-11-23");
      CHECK(add(cal, d(2026, 11, 21), 10) == "2026-12-04");
    }
    SUBCASE("from a holiday") {
      // 25 Dec 2026 (Christmas, Friday): Monday 28 Dec is working day 1.
      CHECK(add(cal, d(2026, 12, 25), 1) == "2026-12-28");
    }
    SUBCASE("across Idul Fitri 2026 and its cuti bersama") {
      // 18 cuti, 19 Nyepi, 20 cuti, 21-22 Idul Fitri (weekend), 23-24 cuti.
      CHECK(add(cal, d(2026, 3, 17), 1) == "2026-03-25");
      CHECK(add(cal, d(2026, 3, 17), 3) == "2026-03-27");
    }
    SUBCASE("across a year end") {
      // 24 Dec cuti, 25 Dec Christmas, 1 Jan New Year, 5 Jan 2027 Isra Mikraj.
      CHECK(add(cal, d(2026, 12, 23), 3) == "2026-12-30");
      CHECK(add(cal, d(2026, 12, 23), 5) == "2027-01-04");
      CHECK(add(cal, d(2026, 12, 23), 6) == "2027-01-06");
    }
    SUBCASE("into a year without holiday data the result is provisional") {
      CHECK(add(cal, d(2027, 12, 20), 8) == "2027-12-31");
      CHECK(add(cal, d(2027, 12, 20), 10) == "2028-01-04 (provisional)");
      CHECK(add(cal, d(2030, 6, 3), 5) == "2030-06-10 (provisional)");
    }
    SUBCASE("zero days is the start date itself") {
      CHECK(add(cal, d(2026, 11, 21), 0) == "2026-11-21");
    }
  }

  TEST_CASE("plain days count every day and ignore holidays (art. 50)") {
    const auto cal = ppid::config::national_calendar();
    CHECK(cal.add(d(2026, 12, 20), Duration{14, DayUnit::plain}) ==
          CalendarDate{d(2027, 1, 3), false});
    CHECK(cal.add(d(2027, 12, 20), Duration{14, DayUnit::plain}) ==
          CalendarDate{d(2028, 1, 3), false});
  }

  TEST_CASE("between counts working days after the first date up to the second") {
    const auto cal = ppid::config::national_calendar();
    CHECK(cal.working_days_between(d(2025, 3, 27), d(2025, 4, 22)) == 10);
    CHECK(cal.working_days_between(d(2025, 4, 22), d(2025, 3, 27)) == -10);
    CHECK(cal.working_days_between(d(2026, 11, 24), d(2026, 11, 24)) == 0);
    CHECK(cal.working_days_between(d(2026, 11, 21), d(2026, 11, 22)) == 0);
    CHECK_FALSE(cal.between_is_provisional(d(2025, 1, 1), d(2027, 12, 31)));
    CHECK(cal.between_is_provisional(d(2027, 12, 1), d(2028, 1, 10)));
    CHECK(cal.working_days_between(d(2027, 12, 1), d(2028, 1, 10)) == 27);
  }

  TEST_CASE("the tables agree with a day-by-day count, inside and outside the covered years") {
    const auto cal = ppid::config::national_calendar();
    std::mt19937 random{20261124};
    std::uniform_int_distribution<int> offset{0, 365 * 300};
    std::uniform_int_distribution<int> count{1, 60};
    for (int i = 0; i < 20000; ++i) {
      // 1900 to 2200: before, inside and after the window of precomputed years.
      const auto from = d(1900, 1, 1) + date::days{offset(random)};
      const int n = count(random);
      CAPTURE(iso(from));
      CAPTURE(n);
      const auto result = cal.add_working_days(from, n).date;
      REQUIRE(result == naive_add(cal, from, n));
      REQUIRE(cal.working_days_between(from, result) == n);
    }
  }

  TEST_CASE("cuti bersama counts as working when the configuration says so") {
    ppid::calendar::Settings settings;
    settings.collective_leave_closed = false;
    const auto cal = with(settings);
    // 28 Mar 2025 (cuti Nyepi) and 2-4, 7 Apr (cuti Idul Fitri) now count.
    CHECK(add(cal, d(2025, 3, 27), 10) == "2025-04-14");
    CHECK(cal.status(d(2025, 3, 28)).reason == DayReason::collective_leave_worked);
    CHECK(cal.status(d(2025, 3, 31)).reason == DayReason::holiday);
  }

  TEST_CASE("the body's own closed and working days") {
    ppid::calendar::Settings settings;
    settings.closed_days = {{d(2026, 10, 15), "Hari Jadi Kabupaten"}};
    settings.working_days = {{d(2026, 10, 17), "Pelayanan hari Sabtu"}};
    const auto cal = with(settings);
    CHECK(add(cal, d(2026, 10, 14), 1) == "2026-10-16");
    CHECK(add(cal, d(2026, 10, 16), 1) == "2026-10-17");
    CHECK(cal.status(d(2026, 10, 15)).reason == DayReason::closed_day);
    CHECK(cal.status(d(2026, 10, 15)).local_day->name == "Hari Jadi Kabupaten");
    CHECK(cal.status(d(2026, 10, 17)).reason == DayReason::extra_working_day);
  }

  TEST_CASE("explain lists every day passed over with its reason and every day counted") {
    const auto cal = ppid::config::national_calendar();
    const auto days = cal.explain(d(2025, 3, 27), d(2025, 4, 8));
    REQUIRE(days.size() == 12);
    CHECK(iso(days[0].status.date) == "2025-03-28");
    CHECK(days[0].status.reason == DayReason::collective_leave);
    CHECK(days[0].status.holiday->basis == "SKB 1017/2024, 2/2024, 2/2024");
    CHECK(days[1].status.reason == DayReason::holiday);
    CHECK(days[2].status.reason == DayReason::weekend);
    CHECK(days[0].ordinal == 0);
    CHECK(iso(days[11].status.date) == "2025-04-08");
    CHECK(days[11].ordinal == 1);
  }

  TEST_CASE("explain in plain days counts every day, closed or not (art. 50)") {
    const auto cal = ppid::config::national_calendar();
    // From Tuesday 22 December 2026: cuti bersama on the 24th, Christmas on the 25th.
    const auto days = cal.explain(d(2026, 12, 22), d(2026, 12, 27), DayUnit::plain);
    REQUIRE(days.size() == 5);
    for (std::size_t i = 0; i < days.size(); ++i) {
      CHECK(days[i].ordinal == static_cast<int>(i) + 1);
    }
    CHECK(days[1].status.reason == DayReason::collective_leave);
    CHECK(days[2].status.reason == DayReason::holiday);
    CHECK(days[3].status.reason == DayReason::weekend);
    // The same days in working days: only the 23rd is counted.
    const auto working = cal.explain(d(2026, 12, 22), d(2026, 12, 27));
    CHECK(working[0].ordinal == 1);
    CHECK(working[1].ordinal == 0);
    CHECK(working[4].ordinal == 0);
  }

  TEST_CASE("the receipt rule: day 0 of a request by when it arrived") {
    ppid::calendar::Settings settings;
    for (unsigned weekday = 1; weekday <= 5; ++weekday) {
      settings.service_hours[weekday] = ppid::calendar::ServiceHours{{{hm(8, 0), hm(16, 0)}}};
    }
    const auto cal = with(settings);
    const auto next = ReceiptRule::next_working_day;
    const auto day0 = [&](const Calendar& c, Date day, std::optional<ppid::TimeOfDay> time,
                          ReceiptRule rule) {
      return iso(c.day0(LocalTime{day, time}, rule).date);
    };
    SUBCASE("received on a Saturday: Monday is day 0") {
      CHECK(day0(cal, d(2026, 11, 21), std::nullopt, next) == "2026-11-23");
      CHECK(day0(cal, d(2026, 11, 21), hm(10, 0), next) == "2026-11-23");
    }
    SUBCASE("received on a holiday and the cuti after it") {
      CHECK(day0(cal, d(2026, 12, 24), hm(10, 0), next) == "2026-12-28");
    }
    SUBCASE("inside service hours: the same day") {
      CHECK(day0(cal, d(2026, 11, 24), hm(15, 59), next) == "2026-11-24");
    }
    SUBCASE("after service hours: the next working day") {
      CHECK(day0(cal, d(2026, 11, 24), hm(16, 0), next) == "2026-11-25");
      CHECK(day0(cal, d(2026, 12, 23), hm(17, 30), next) == "2026-12-28");
    }
    SUBCASE("before opening: taken as received at opening, the same day") {
      CHECK(day0(cal, d(2026, 11, 24), hm(7, 30), next) == "2026-11-24");
    }
    SUBCASE("no service hours configured: the whole day counts") {
      CHECK(day0(ppid::config::national_calendar(), d(2026, 11, 24), hm(23, 59), next) ==
            "2026-11-24");
    }
    SUBCASE("the same-day alternative: the actual day is day 0, one working day earlier") {
      const auto same = ReceiptRule::same_day;
      CHECK(day0(cal, d(2026, 11, 21), std::nullopt, same) == "2026-11-21");
      CHECK(day0(cal, d(2026, 11, 24), hm(16, 30), same) == "2026-11-24");
      CHECK(add(cal, d(2026, 11, 21), 10) == "2026-12-04");
      CHECK(add(cal, d(2026, 11, 23), 10) == "2026-12-07");
    }
  }

  TEST_CASE("day 0 of an objection under its own rule: a Saturday, and 16:00 after a 15:00 close") {
    ppid::calendar::Settings settings;
    for (unsigned weekday = 1; weekday <= 5; ++weekday) {
      settings.service_hours[weekday] = ppid::calendar::ServiceHours{{{hm(8, 0), hm(15, 0)}}};
    }
    // The request's rule is the alternative here; the objection's keeps the default.
    settings.receipt_outside_hours = ReceiptRule::same_day;
    const auto cal = with(settings);
    const auto objection = [&](Date day, std::optional<ppid::TimeOfDay> time) {
      return iso(cal.day0(LocalTime{day, time}, cal.settings().objection_receipt).date);
    };
    CHECK(cal.settings().objection_receipt == ReceiptRule::next_working_day);
    // Saturday 21 November 2026: Monday 23 November.
    CHECK(objection(d(2026, 11, 21), hm(9, 0)) == "2026-11-23");
    // Tuesday 24 November 2026 at 16:00, after closing at 15:00: Wednesday.
    CHECK(objection(d(2026, 11, 24), hm(16, 0)) == "2026-11-25");
    CHECK(objection(d(2026, 11, 24), hm(15, 0)) == "2026-11-25");
    CHECK(objection(d(2026, 11, 24), hm(14, 59)) == "2026-11-24");
    // Wednesday 23 December 2026 at 16:00: the cuti of the 24th, Christmas and the weekend.
    CHECK(objection(d(2026, 12, 23), hm(16, 0)) == "2026-12-28");
    // Under the request's rule the same receipts keep their own day.
    CHECK(iso(cal.day0(LocalTime{d(2026, 11, 24), hm(16, 0)}, cal.settings().receipt_outside_hours)
                  .date) == "2026-11-24");
  }

  TEST_CASE("service hours with a break: the break and the closing are outside hours") {
    const ppid::calendar::ServiceHours hours{{{hm(8, 0), hm(12, 0)}, {hm(13, 0), hm(15, 0)}}};
    CHECK_FALSE(hours.open_at(hm(7, 59)));
    CHECK(hours.open_at(hm(8, 0)));
    CHECK(hours.open_at(hm(11, 59)));
    CHECK_FALSE(hours.open_at(hm(12, 0)));
    CHECK_FALSE(hours.open_at(hm(12, 30)));
    CHECK(hours.open_at(hm(13, 0)));
    CHECK(hours.open_at(hm(14, 59)));
    CHECK_FALSE(hours.open_at(hm(15, 0)));

    ppid::calendar::Settings settings;
    settings.service_hours[2] = hours;  // Tuesdays
    const auto cal = with(settings);
    const auto day0 = [&](ppid::TimeOfDay time) {
      return iso(cal.day0(LocalTime{d(2026, 11, 24), time}, ReceiptRule::next_working_day).date);
    };
    // During the break the receipt is taken as made when the service opens again at 13:00.
    CHECK(day0(hm(12, 30)) == "2026-11-24");
    CHECK(day0(hm(13, 0)) == "2026-11-24");
    // At 15:00 the service has closed for the day.
    CHECK(day0(hm(15, 0)) == "2026-11-25");
  }

  TEST_CASE("a week without a working day is refused: no count of working days could end") {
    ppid::calendar::Settings settings;
    settings.weekend.fill(true);
    CHECK_THROWS_WITH_AS(with(settings), "invalid value for calendar.weekend", ppid::Error);
    try {
      with(settings);
    } catch (const ppid::Error& e) {
      CHECK(e.kind() == ppid::ErrorKind::config);
      CHECK(e.render(ppid::text::Lang::en) ==
            "invalid value for calendar.weekend; at least one day of the week must be a working "
            "day");
    }
    // Six weekend days still leave one working day a week.
    settings.weekend[3] = false;
    CHECK(add(with(settings), d(2026, 11, 24), 2) == "2026-12-02");
  }

  TEST_CASE("loaded holiday years replace the built-in year of the same number") {
    ppid::calendar::HolidayYear replacement{2026, {"Test decree"}, {}};
    replacement.days.push_back({d(2026, 11, 24), ppid::calendar::HolidayKind::holiday, "Libur uji",
                                "Test holiday", "Test decree"});
    const auto years = ppid::calendar::merge_holiday_years(ppid::config::builtin_holidays(),
                                                           std::span{&replacement, 1});
    const Calendar cal{years, {}};
    CHECK_FALSE(cal.is_working_day(d(2026, 11, 24)));
    // Christmas 2026 (a Friday) came from the built-in year, which was replaced whole.
    CHECK(cal.is_working_day(d(2026, 12, 25)));
    CHECK_FALSE(cal.is_working_day(d(2025, 12, 25)));
  }
}
