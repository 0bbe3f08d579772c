#include "calendar/holidays.hpp"
#include "config/builtin_holidays.hpp"
#include "config/holiday_file.hpp"
#include "error.hpp"

#include <doctest/doctest.h>

#include <string>

using ppid::calendar::Holiday;
using ppid::calendar::HolidayKind;
using ppid::calendar::HolidayYear;
using ppid::config::parse_holiday_file;

namespace {

ppid::Date ymd(int y, unsigned m, unsigned d) {
  return ppid::Date{date::year{y} / date::month{m} / date::day{d}};
}

// A day of a holiday file, its TOML text.
std::string day_text(const std::string& date, const std::string& kind = "holiday") {
  return "\n[[day]]\ndate = " + date + "\nkind = \"" + kind +
         "\"\nname_id = \"Libur\"\nname_en = \"Holiday\"\nbasis = \"SKB 1/2027\"\n";
}

// The English line of the error `toml` is refused with, or "accepted".
std::string refusal(const std::string& toml) {
  try {
    parse_holiday_file(toml, "2027.toml", ppid::ErrorKind::bad_input);
  } catch (const ppid::Error& e) {
    CHECK(e.kind() == ppid::ErrorKind::bad_input);
    return e.render(ppid::text::Lang::en);
  }
  return "accepted";
}

}  // namespace

TEST_SUITE("config") {
  TEST_CASE("holiday file: a year with its decrees and its days") {
    const auto year =
        parse_holiday_file("year = 2027\nbasis = [\"SKB 1/2026\", \"SKB 2/2027\"]\n" +
                               day_text("2027-01-01") + day_text("2027-02-08", "collective-leave"),
                           "2027.toml", ppid::ErrorKind::bad_input);
    CHECK(year.year == 2027);
    CHECK(year.basis == std::vector<std::string>{"SKB 1/2026", "SKB 2/2027"});
    REQUIRE(year.days.size() == 2);
    CHECK(year.days[0] ==
          Holiday{ymd(2027, 1, 1), HolidayKind::holiday, "Libur", "Holiday", "SKB 1/2027"});
    CHECK(year.days[1].kind == HolidayKind::collective_leave);
    CHECK(ppid::calendar::count_kinds(year) == std::pair{1, 1});
    // A year with no days and no decrees yet.
    CHECK(parse_holiday_file("year = 2030", "2030.toml", ppid::ErrorKind::bad_input) ==
          HolidayYear{2030, {}, {}});
  }

  TEST_CASE("holiday file: every mistake named with its place, the key and what is allowed") {
    CHECK(refusal("years = 2027\n") ==
          "2027.toml:1:1: unknown key: \"years\"; allowed: year, basis, day");
    CHECK(refusal("basis = []\n") ==
          "2027.toml:1:1: required key missing: \"year\"; must be an integer");
    CHECK(refusal("year = \"2027\"\n") ==
          "2027.toml:1:8: wrong type of value: \"year\"; must be an integer");
    CHECK(refusal("year = 1899\n") ==
          "2027.toml:1:8: invalid value for year: \"1899\"; allowed: 1900-2999");
    CHECK(refusal("year = 2027\nbasis = \"SKB\"\n") ==
          "2027.toml:2:9: wrong type of value: \"basis\"; must be an array [ ... ]");
    CHECK(refusal("year = 2027\nbasis = [\"\"]\n") ==
          "2027.toml:2:10: wrong type of value: \"basis\"; must be a string");
    CHECK(refusal("year = 2027\nday = 1\n") ==
          "2027.toml:2:7: wrong type of value: \"day\"; must be an array [ ... ]");
    CHECK(refusal("year = 2027\n" + day_text("2027-01-01") + "note = \"x\"\n") ==
          "2027.toml:9:1: unknown key: \"day.note\"; allowed: date, kind, name_id, name_en, basis");
    CHECK(refusal("year = 2027\n[[day]]\nkind = \"holiday\"\n") ==
          "2027.toml:2:1: required key missing: \"day.date\"; must be a date (YYYY-MM-DD, "
          "unquoted)");
    CHECK(refusal("year = 2027\n[[day]]\ndate = \"2027-01-01\"\n") ==
          "2027.toml:3:8: wrong type of value: \"day.date\"; must be a date (YYYY-MM-DD, "
          "unquoted)");
    CHECK(refusal("year = 2027\n" + day_text("2026-12-31")) ==
          "2027.toml:4:8: invalid value for day.date: \"2026-12-31\"; the date must be in 2027 "
          "(the file's year)");
    CHECK(refusal("year = 2027\n" + day_text("2027-01-01", "libur")) ==
          "2027.toml:5:8: invalid value for day.kind: \"libur\"; allowed: holiday, "
          "collective-leave");
    CHECK(refusal("year = 2027\n[[day]]\ndate = 2027-01-01\nkind = \"holiday\"\n") ==
          "2027.toml:2:1: required key missing: \"day.name_id\"; must be a string");
    CHECK(refusal("year = 2027\n" + day_text("2027-03-01") + day_text("2027-01-01")) ==
          "2027.toml:11:8: dates out of order: \"2027-01-01\"; list days sorted by date, one "
          "entry per date");
    CHECK(refusal("year = 2027\n" + day_text("2027-01-01") + day_text("2027-01-01")) ==
          "2027.toml:11:8: date listed twice: \"2027-01-01\"; list days sorted by date, one "
          "entry per date");
    CHECK(refusal("year = [2027\n").starts_with("2027.toml:1:14: malformed TOML: "));
  }

  TEST_CASE("holiday file: the caller chooses the kind of error") {
    try {
      parse_holiday_file("year = 1", "built-in", ppid::ErrorKind::internal);
      FAIL("accepted");
    } catch (const ppid::Error& e) {
      CHECK(e.kind() == ppid::ErrorKind::internal);
    }
  }

  TEST_CASE("holiday file: written out, it reads back the same, awkward text included") {
    HolidayYear year{2027, {"SKB \"1\"/2026", "Keppres 2\\2027"}, {}};
    year.days.push_back(
        {ymd(2027, 1, 1), HolidayKind::holiday, "Tahun Baru", "New Year's Day", "SKB \"1\"/2026"});
    year.days.push_back({ymd(2027, 2, 8), HolidayKind::collective_leave, "Cuti\tBersama",
                         "Leave\nday", "Keppres 2\\2027"});
    const auto text = ppid::config::to_toml(year);
    CHECK(text ==
          "year = 2027\nbasis = [\n  \"SKB \\\"1\\\"/2026\",\n  \"Keppres 2\\\\2027\",\n]\n"
          "\n[[day]]\ndate = 2027-01-01\nkind = \"holiday\"\nname_id = \"Tahun Baru\"\n"
          "name_en = \"New Year's Day\"\nbasis = \"SKB \\\"1\\\"/2026\"\n"
          "\n[[day]]\ndate = 2027-02-08\nkind = \"collective-leave\"\nname_id = "
          "\"Cuti\\tBersama\"\nname_en = \"Leave\\nday\"\nbasis = \"Keppres 2\\\\2027\"\n");
    CHECK(parse_holiday_file(text, "2027.toml", ppid::ErrorKind::bad_input) == year);
    // Other control characters are written as \u escapes.
    HolidayYear odd{2027, {"SKB\x01"}, {}};
    CHECK(ppid::config::to_toml(odd) == "year = 2027\nbasis = [\n  \"SKB\\u0001\",\n]\n");
  }

  TEST_CASE("holiday file: every built-in year reads back from what it writes") {
    for (const auto& year : ppid::config::builtin_holidays()) {
      CAPTURE(year.year);
      CHECK(parse_holiday_file(ppid::config::to_toml(year), "x.toml", ppid::ErrorKind::bad_input) ==
            year);
    }
  }
}
