#include "date.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <string>

using ppid::Date;
using ppid::LocalTime;
using ppid::TimeOfDay;
using ppid::Zone;

namespace {

Date ymd(int y, unsigned m, unsigned d) {
  return Date{date::year{y} / date::month{m} / date::day{d}};
}

// The date `text` reads as, or "-".
std::string date_of(const std::string& text) {
  const auto parsed = ppid::parse_iso_date(text);
  return parsed ? ppid::to_iso(*parsed) : "-";
}

std::string local_of(const std::string& text) {
  const auto parsed = ppid::parse_local_time(text);
  return parsed ? ppid::to_iso_local(*parsed) : "-";
}

}  // namespace

TEST_SUITE("core") {
  TEST_CASE("dates: exactly YYYY-MM-DD, a real day, years 1900 to 2999") {
    CHECK(date_of("2026-03-02") == "2026-03-02");
    CHECK(date_of("2028-02-29") == "2028-02-29");
    CHECK(date_of("2026-02-29") == "-");
    CHECK(date_of("2026-02-30") == "-");
    CHECK(date_of("2100-02-29") == "-");
    CHECK(date_of("2000-02-29") == "2000-02-29");
    CHECK(date_of("2026-04-31") == "-");
    CHECK(date_of("2026-13-01") == "-");
    CHECK(date_of("2026-00-10") == "-");
    CHECK(date_of("2026-01-00") == "-");
    CHECK(date_of("1900-01-01") == "1900-01-01");
    CHECK(date_of("1899-12-31") == "-");
    CHECK(date_of("2999-12-31") == "2999-12-31");
    CHECK(date_of("3000-01-01") == "-");
    CHECK(date_of("2026-3-02") == "-");
    CHECK(date_of("2026/03/02") == "-");
    CHECK(date_of("2026-03-02 ") == "-");
    CHECK(date_of(" 2026-03-02") == "-");
    CHECK(date_of("+026-03-02") == "-");
    CHECK(date_of("2026-03-0x") == "-");
    CHECK(date_of("") == "-");
  }

  TEST_CASE("dates: times of day from 00:00 to 23:59") {
    CHECK(ppid::parse_time_of_day("00:00") == TimeOfDay{0});
    CHECK(ppid::parse_time_of_day("09:05") == TimeOfDay{545});
    CHECK(ppid::parse_time_of_day("23:59") == TimeOfDay{1439});
    CHECK_FALSE(ppid::parse_time_of_day("24:00").has_value());
    CHECK_FALSE(ppid::parse_time_of_day("12:60").has_value());
    CHECK_FALSE(ppid::parse_time_of_day("9:30").has_value());
    CHECK_FALSE(ppid::parse_time_of_day("09.30").has_value());
    CHECK_FALSE(ppid::parse_time_of_day("0930").has_value());
    CHECK_FALSE(ppid::parse_time_of_day("09:3a").has_value());
    CHECK(ppid::to_hhmm(TimeOfDay{0}) == "00:00");
    CHECK(ppid::to_hhmm(TimeOfDay{545}) == "09:05");
    CHECK(ppid::to_hhmm(TimeOfDay{1439}) == "23:59");
  }

  TEST_CASE("dates: an agency time is a date, with a time of day when known") {
    CHECK(local_of("2026-03-02") == "2026-03-02");
    CHECK(local_of("2026-03-02T09:30") == "2026-03-02T09:30");
    CHECK(ppid::parse_local_time("2026-03-02T09:30") == LocalTime{ymd(2026, 3, 2), TimeOfDay{570}});
    CHECK(ppid::parse_local_time("2026-03-02") == LocalTime{ymd(2026, 3, 2), std::nullopt});
    CHECK(local_of("2026-03-02 09:30") == "-");
    CHECK(local_of("2026-03-02T9:30") == "-");
    CHECK(local_of("2026-03-02T09:30:00") == "-");
    CHECK(local_of("2026-02-30T09:30") == "-");
    CHECK(local_of("2026-03-02T24:00") == "-");
    CHECK(local_of("2026-03-02T") == "-");
  }

  TEST_CASE("dates: written with the agency's offset, without one when the time is unknown") {
    const LocalTime morning{ymd(2026, 11, 24), TimeOfDay{9 * 60 + 30}};
    CHECK(ppid::to_iso(morning, Zone::wib) == "2026-11-24T09:30:00+07:00");
    CHECK(ppid::to_iso(morning, Zone::wita) == "2026-11-24T09:30:00+08:00");
    CHECK(ppid::to_iso(morning, Zone::wit) == "2026-11-24T09:30:00+09:00");
    CHECK(ppid::to_iso(LocalTime{ymd(2026, 11, 24), std::nullopt}, Zone::wit) == "2026-11-24");
    CHECK(ppid::parse_stored_time(ppid::to_iso(morning, Zone::wita)) == morning);
  }

  TEST_CASE("dates: years outside four digits are still written in full") {
    CHECK(ppid::to_iso(ymd(999, 1, 5)) == "0999-01-05");
    CHECK(ppid::to_iso(ymd(1, 12, 31)) == "0001-12-31");
    CHECK(ppid::to_iso(ymd(9999, 12, 31)) == "9999-12-31");
    CHECK(ppid::to_iso(ymd(10000, 1, 1)) == "10000-01-01");
    CHECK(ppid::to_iso(ymd(-1, 1, 1)) == "-001-01-01");
  }

  TEST_CASE("dates: Indonesia's three zones, fixed offsets, by their names") {
    CHECK(ppid::utc_offset(Zone::wib) == std::chrono::hours{7});
    CHECK(ppid::utc_offset(Zone::wita) == std::chrono::hours{8});
    CHECK(ppid::utc_offset(Zone::wit) == std::chrono::hours{9});
    CHECK(ppid::zone_name(Zone::wita) == "WITA");
    CHECK(ppid::parse_zone("WIB") == Zone::wib);
    CHECK(ppid::parse_zone("WITA") == Zone::wita);
    CHECK(ppid::parse_zone("WIT") == Zone::wit);
    CHECK_FALSE(ppid::parse_zone("wib").has_value());
    CHECK_FALSE(ppid::parse_zone("UTC").has_value());
    CHECK_FALSE(ppid::parse_zone("").has_value());
  }

  TEST_CASE("dates: the clock's moment as the agency's date and minute") {
    using namespace std::chrono;
    const auto utc = sys_days{ymd(2026, 3, 1)} + hours{17} + minutes{30} + seconds{59};
    CHECK(ppid::to_iso_local(ppid::local_time_at(utc, Zone::wib)) == "2026-03-02T00:30");
    CHECK(ppid::to_iso_local(ppid::local_time_at(utc, Zone::wita)) == "2026-03-02T01:30");
    CHECK(ppid::to_iso_local(ppid::local_time_at(utc, Zone::wit)) == "2026-03-02T02:30");
    const auto before_midnight = sys_days{ymd(2026, 3, 1)} + hours{16} + minutes{59} + seconds{59};
    CHECK(ppid::to_iso_local(ppid::local_time_at(before_midnight, Zone::wib)) ==
          "2026-03-01T23:59");
    // Before 1970 the moment is still floored to the minute, not rounded towards zero.
    const auto early = sys_days{ymd(1969, 12, 31)} + hours{23} + minutes{59} + seconds{30};
    CHECK(ppid::to_iso_local(ppid::local_time_at(early, Zone::wib)) == "1970-01-01T06:59");
  }
}
