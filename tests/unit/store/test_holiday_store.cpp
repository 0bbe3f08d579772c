#include "calendar/calendar.hpp"
#include "calendar/duration.hpp"
#include "config/config.hpp"
#include "error.hpp"
#include "store/case_file.hpp"
#include "store/holiday_store.hpp"
#include "support/case_builder.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

using ppid::calendar::DayReason;
using ppid::store::Access;
using ppid::store::CaseFile;
using ppid::test::day;
using ppid::test::TempDir;

namespace {

namespace store = ppid::store;

constexpr auto k_2028 = R"toml(year = 2028
basis = ["Keputusan Bersama 1/2027"]

[[day]]
date = 2028-01-01
kind = "holiday"
name_id = "Tahun Baru 2028 Masehi"
name_en = "New Year's Day"
basis = "Keputusan Bersama 1/2027"

[[day]]
date = 2028-01-03
kind = "collective-leave"
name_id = "Cuti Bersama Tahun Baru"
name_en = "Collective leave (New Year)"
basis = "Keputusan Bersama 1/2027"
)toml";

// 2026 with Nyepi alone: the year's other days are gone once it replaces the built-in year.
constexpr auto k_2026_nyepi_only = R"toml(year = 2026
basis = ["Keputusan Bersama 2/2026"]

[[day]]
date = 2026-03-19
kind = "holiday"
name_id = "Hari Suci Nyepi"
name_en = "Day of Silence"
basis = "Keputusan Bersama 2/2026"
)toml";

ppid::calendar::Duration working_days(int n) {
  return {n, ppid::calendar::DayUnit::working};
}

struct NewCaseFile {
  explicit NewCaseFile(const ppid::config::Config& config = {}) { CaseFile::create(path, config); }
  // Loads `toml` as `source` in one write transaction.
  ppid::calendar::HolidayYear load(const std::string& toml, const std::string& source) {
    auto file = CaseFile::open(path, Access::read_write);
    auto transaction = file.begin_write();
    auto year = store::load_holiday_file(file, toml, source, "2027-12-01T08:00:00+07:00");
    transaction.commit();
    return year;
  }

  TempDir dir;
  std::filesystem::path path = dir / "ppid.sqlite";
};

}  // namespace

TEST_SUITE("store") {
  TEST_CASE("holiday store: a new case file counts with the built-in holidays") {
    NewCaseFile f;
    const auto file = CaseFile::open(f.path, Access::read_only);
    CHECK(store::loaded_holiday_years(file).empty());
    const auto cal = store::case_calendar(file);
    CHECK(cal.covered_years().front() == 2020);
    CHECK(cal.covered_years().back() == 2027);
    CHECK(cal.status(day("2026-03-19")).reason == DayReason::holiday);
    CHECK(cal.status(day("2026-03-19")).holiday->name_en == "Day of Silence (Saka New Year)");
    const auto due = cal.add(day("2027-12-20"), working_days(10));
    CHECK(due.date == day("2028-01-04"));
    CHECK(due.provisional);
  }

  TEST_CASE("holiday store: a loaded year is kept in the case file and counted") {
    NewCaseFile f;
    const auto year = f.load(k_2028, "2028.toml");
    CHECK(year.year == 2028);
    CHECK(year.days.size() == 2);
    const auto file = CaseFile::open(f.path, Access::read_only);
    const auto loaded = store::loaded_holiday_years(file);
    REQUIRE(loaded.size() == 1);
    CHECK(loaded.front() == year);
    const auto cal = store::case_calendar(file);
    CHECK(cal.covered_years().back() == 2028);
    CHECK(cal.status(day("2028-01-03")).reason == DayReason::collective_leave);
    // The limit that ran into 2028 is no longer provisional, and a day later for the leave.
    const auto due = cal.add(day("2027-12-20"), working_days(10));
    CHECK(due.date == day("2028-01-05"));
    CHECK_FALSE(due.provisional);
  }

  TEST_CASE("holiday store: a loaded year replaces the built-in year and an earlier load") {
    NewCaseFile f;
    f.load(k_2026_nyepi_only, "2026-a.toml");
    {
      const auto cal = store::case_calendar(CaseFile::open(f.path, Access::read_only));
      CHECK(cal.status(day("2026-03-19")).holiday->name_en == "Day of Silence");
      // Idul Fitri and its leave are not in the loaded year.
      CHECK(cal.status(day("2026-03-23")).reason == DayReason::working);
      CHECK(cal.add(day("2026-03-10"), working_days(10)).date == day("2026-03-25"));
    }
    std::string again = k_2026_nyepi_only;
    again.replace(again.find("2026-03-19"), 10, "2026-03-20");
    f.load(again, "2026-b.toml");
    const auto file = CaseFile::open(f.path, Access::read_only);
    const auto loaded = store::loaded_holiday_years(file);
    REQUIRE(loaded.size() == 1);
    REQUIRE(loaded.front().days.size() == 1);
    CHECK(loaded.front().days.front().date == day("2026-03-20"));
    const auto cal = store::case_calendar(file);
    CHECK(cal.status(day("2026-03-19")).reason == DayReason::working);
    CHECK(cal.status(day("2026-03-20")).reason == DayReason::holiday);
  }

  TEST_CASE("holiday store: the case file's calendar settings apply to the loaded days too") {
    ppid::config::Config config;
    config.calendar.collective_leave_closed = false;
    NewCaseFile f{config};
    f.load(k_2028, "2028.toml");
    const auto cal = store::case_calendar(CaseFile::open(f.path, Access::read_only));
    CHECK(cal.status(day("2028-01-03")).reason == DayReason::collective_leave_worked);
    CHECK(cal.status(day("2026-03-18")).reason == DayReason::collective_leave_worked);
  }

  TEST_CASE("holiday store: a bad holiday file is refused with its place and nothing is kept") {
    NewCaseFile f;
    const auto refusal = [&](const char* date) {
      std::string text = k_2028;
      text.replace(text.find("2028-01-03"), 10, date);
      try {
        f.load(text, "2028.toml");
      } catch (const ppid::Error& e) {
        CHECK(e.kind() == ppid::ErrorKind::bad_input);
        return e.render(ppid::text::Lang::en);
      }
      return std::string{"loaded"};
    };
    CHECK(refusal("2027-12-31") ==
          "2028.toml:12:8: invalid value for day.date: \"2027-12-31\"; the date must be in 2028 "
          "(the file's year)");
    CHECK(refusal("2028-01-01") ==
          "2028.toml:12:8: date listed twice: \"2028-01-01\"; list days sorted by date, one entry "
          "per date");
    CHECK(store::loaded_holiday_years(CaseFile::open(f.path, Access::read_only)).empty());
  }

  TEST_CASE("holiday store: a loaded file changed behind ppid's back is refused when read") {
    NewCaseFile f;
    f.load(k_2028, "2028.toml");
    {
      SQLite::Database db{f.path.string(), SQLite::OPEN_READWRITE};
      db.exec(
          "UPDATE holiday_file SET content = replace(content, 'kind = \"holiday\"', "
          "'kind = \"libur\"')");
    }
    const auto file = CaseFile::open(f.path, Access::read_only);
    try {
      store::loaded_holiday_years(file);
      FAIL("a changed holiday file was read");
    } catch (const ppid::Error& e) {
      CHECK(e.kind() == ppid::ErrorKind::bad_input);
      CHECK(e.render(ppid::text::Lang::en) ==
            f.path.string() +
                " (2028.toml):6:8: invalid value for day.kind: \"libur\"; allowed: holiday, "
                "collective-leave");
    }
  }
}
