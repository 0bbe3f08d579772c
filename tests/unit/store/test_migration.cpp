#include "store/case_file.hpp"
#include "store/case_store.hpp"
#include "store/holiday_store.hpp"
#include "support/temp_dir.hpp"
#include "text/catalogue.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

using ppid::test::FixtureCopy;

namespace {

namespace fs = std::filesystem;

// The day the fixtures of schema 3 and later are checked on: after their last act, before any
// of their running limits passes.
const ppid::Date k_today{date::year{2026} / 12 / 1};

// The rows of `sql` on the case file at `path` (opened read-only with SQLite alone), one line
// each, columns separated by tabs, NULL as "NULL".
std::string rows(const fs::path& path, const std::string& sql) {
  SQLite::Database db{path.string(), SQLite::OPEN_READONLY};
  SQLite::Statement query{db, sql};
  std::string out;
  while (query.executeStep()) {
    for (int i = 0; i < query.getColumnCount(); ++i) {
      const auto column = query.getColumn(i);
      out += (i == 0 ? "" : "\t") + (column.isNull() ? std::string{"NULL"} : column.getString());
    }
    out += "\n";
  }
  return out;
}

std::string events(const fs::path& path) {
  return rows(path,
              "SELECT id, kind, happened_at, recorded_at, recorded_by, data, prev_hash, hash "
              "FROM event ORDER BY id");
}

std::string deadlines(const fs::path& path) {
  return rows(path,
              "SELECT r.register_no, d.kind, d.due, d.provisional, d.extended FROM deadline d "
              "JOIN request r ON r.id = d.request_id ORDER BY r.id, d.kind");
}

int user_version(const fs::path& path) {
  SQLite::Database db{path.string(), SQLite::OPEN_READONLY};
  return db.execAndGet("PRAGMA user_version").getInt();
}

// A fixture of schema `schema` holding the cases of tests/data/case-files/make-fixtures.sh:
// it migrates without touching an event, verifies, and keeps the deadlines its events give.
void check_released_case_file(const std::string& name, int schema) {
  FixtureCopy copy{name};
  REQUIRE(user_version(copy.path) == schema);
  const auto events_before = events(copy.path);
  // Schema 5 derives the stored deadlines again: the objection of 005 (grounds b and g, arose
  // 2026-04-30, the day after the notice) has its window from when the ground arose
  // (art. 36(1)); nothing else moves.
  auto deadlines_before = deadlines(copy.path);
  const std::string old_window = "005/PPID/IV/2026\tobjection_filing\t2026-06-19\t";
  const auto at = deadlines_before.find(old_window);
  REQUIRE(at != std::string::npos);
  deadlines_before.replace(at, old_window.size(),
                           "005/PPID/IV/2026\tobjection_filing\t2026-06-22\t");
  REQUIRE(rows(copy.path, "SELECT count(*) FROM event") == "35\n");
  REQUIRE(rows(copy.path, "SELECT count(*) FROM request") == "10\n");
  {
    auto file = ppid::store::CaseFile::open(copy.path, ppid::store::Access::read_write);
    CHECK(file.schema_version() == ppid::store::CaseFile::latest_schema_version());
    CHECK(file.config().agency.name == "Dinas Komunikasi dan Informatika Kabupaten Contoh");
    CHECK(file.config().services.size() == 4);
    const auto calendar = ppid::store::case_calendar(file);
    const auto result = ppid::store::verify(file, calendar, k_today);
    CHECK(result.cases == 10);
    CHECK(result.events == 35);
    CHECK_MESSAGE(
        !result.problem.has_value(),
        (result.problem ? result.problem->register_no + ": " +
                              ppid::text::render(result.problem->what, ppid::text::Lang::en)
                        : std::string{}));
  }
  CHECK(user_version(copy.path) == ppid::store::CaseFile::latest_schema_version());
  CHECK(events(copy.path) == events_before);
  CHECK(deadlines(copy.path) == deadlines_before);
  // Recomputed with the case file's calendar, no deadline moves and none changes.
  {
    auto file = ppid::store::CaseFile::open(copy.path, ppid::store::Access::read_write);
    const auto calendar = ppid::store::case_calendar(file);
    auto transaction = file.begin_write();
    CHECK(ppid::store::recalc(file, calendar, k_today).empty());
    transaction.commit();
  }
  CHECK(deadlines(copy.path) == deadlines_before);
  CHECK(events(copy.path) == events_before);
}

}  // namespace

TEST_SUITE("store") {
  TEST_CASE("a case file of schema 1 opens in this version, migrated to the latest schema") {
    FixtureCopy copy{"schema-1.sqlite"};
    for (auto access : {ppid::store::Access::read_only, ppid::store::Access::read_write}) {
      const auto file = ppid::store::CaseFile::open(copy.path, access);
      CHECK(file.schema_version() == ppid::store::CaseFile::latest_schema_version());
      CHECK(file.config().agency.name == "Dinas Komunikasi dan Informatika Kabupaten Contoh");
      CHECK(file.config().deadlines.response.count == 10);
      CHECK(file.config().services.size() == 4);
    }
  }

  TEST_CASE("a case file of schema 3 with cases migrates, verifies and keeps its events") {
    check_released_case_file("schema-3.sqlite", 3);
  }

  TEST_CASE("a case file of schema 4 with cases migrates, verifies and keeps its events") {
    check_released_case_file("schema-4.sqlite", 4);
  }

  TEST_CASE(
      "a case file of schema 4 whose case lost its receipt still migrates, and verify names "
      "the case") {
    FixtureCopy copy{"schema-4.sqlite"};
    {
      SQLite::Database db{copy.path.string(), SQLite::OPEN_READWRITE};
      db.exec(
          "DELETE FROM event WHERE id = (SELECT min(e.id) FROM event e JOIN request r ON "
          "r.id = e.request_id WHERE r.register_no = '003/PPID/IV/2026')");
    }
    const auto deadlines_before = deadlines(copy.path);
    auto file = ppid::store::CaseFile::open(copy.path, ppid::store::Access::read_write);
    CHECK(file.schema_version() == ppid::store::CaseFile::latest_schema_version());
    // The case without its receipt keeps its stored rows; verify names it.
    CHECK(rows(copy.path,
               "SELECT d.kind, d.due FROM deadline d JOIN request r ON r.id = d.request_id "
               "WHERE r.register_no = '003/PPID/IV/2026' ORDER BY d.kind") ==
          "commission_settlement\t2026-10-22\ncommission_start\t2026-06-19\n"
          "court_filing\t2026-10-05\ndispute_filing\t2026-06-12\n"
          "objection_answer\t2026-06-17\nobjection_filing\t2026-06-04\n"
          "response\t2026-04-20\n");
    CHECK(deadlines_before.find("003/PPID/IV/2026\tresponse\t2026-04-20\t") != std::string::npos);
    const auto result = ppid::store::verify(file, ppid::store::case_calendar(file), k_today);
    REQUIRE(result.problem.has_value());
    CHECK(result.problem->register_no == "003/PPID/IV/2026");
  }
}
