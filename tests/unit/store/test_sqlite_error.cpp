#include "config/config.hpp"
#include "error.hpp"
#include "store/case_file.hpp"
#include "store/case_store.hpp"
#include "store/holiday_store.hpp"
#include "support/case_builder.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

using ppid::ErrorKind;
using ppid::store::Access;
using ppid::store::CaseFile;
using ppid::test::day;
using ppid::test::TempDir;

namespace {

namespace fs = std::filesystem;
namespace store = ppid::store;

// The English line of the error `act` throws, checking its kind.
template <typename Act>
std::string error_of(ErrorKind kind, Act act) {
  try {
    act();
  } catch (const ppid::Error& e) {
    CHECK(e.kind() == kind);
    return e.render(ppid::text::Lang::en);
  }
  return "no error";
}

// A case file with one request, received on 10 March 2026.
struct OneCase {
  OneCase() {
    CaseFile::create(path, {});
    auto file = CaseFile::open(path, Access::read_write);
    ppid::test::CaseBuilder{}.received("2026-03-10 09:00").record(file, day("2026-03-10"));
  }
  TempDir dir;
  fs::path path = dir / "ppid.sqlite";
  std::string name = path.string();
};

}  // namespace

TEST_SUITE("store") {
  TEST_CASE("sqlite errors: what is not a database is not a case file") {
    TempDir dir;
    const auto path = dir / "notes.sqlite";
    {
      std::ofstream out{path};
      for (int i = 0; i < 200; ++i) {
        out << "this is a text file, not a database\n";
      }
    }
    CHECK(error_of(ErrorKind::case_file_missing, [&] {
            CaseFile::open(path, Access::read_only);
          }) == "not a ppid case file: \"" + path.string() + "\"");
  }

  TEST_CASE("sqlite errors: a case file another process is writing is busy") {
    OneCase f;
    SQLite::Database other{f.name, SQLite::OPEN_READWRITE};
    other.exec("BEGIN IMMEDIATE");
    auto file = CaseFile::open(f.path, Access::read_write, {std::chrono::milliseconds{0}});
    CHECK(error_of(ErrorKind::busy, [&] { file.begin_write(); }) ==
          "case file is busy, try again: \"" + f.name + "\"");
    other.exec("ROLLBACK");
    CHECK_NOTHROW(file.begin_write());
  }

  TEST_CASE("sqlite errors: a damaged page is a damaged case file") {
    OneCase f;
    long page = 0;
    long page_size = 0;
    {
      SQLite::Database db{f.name, SQLite::OPEN_READONLY};
      page = db.execAndGet("SELECT rootpage FROM sqlite_schema WHERE name = 'request'").getInt64();
      page_size = db.execAndGet("PRAGMA page_size").getInt64();
    }
    {
      std::fstream out{f.path, std::ios::in | std::ios::out | std::ios::binary};
      out.seekp((page - 1) * page_size);
      out << std::string(static_cast<std::size_t>(page_size), '\xff');
    }
    const auto file = CaseFile::open(f.path, Access::read_only);
    CHECK(error_of(ErrorKind::case_file_missing,
                   [&] {
                     store::load_cases(file, {}, store::case_calendar(file), day("2026-03-10"));
                   }) ==
          "the case file is damaged: \"" + f.name + "\"; restore it from a backup (ppid backup)");
  }

  TEST_CASE("sqlite errors: writing through a read-only connection") {
    OneCase f;
    auto file = CaseFile::open(f.path, Access::read_only);
    CHECK(error_of(ErrorKind::io, [&] {
            ppid::test::CaseBuilder{}.received("2026-03-11").record(file, day("2026-03-11"));
          }) == "I/O error: \"" + f.name + "\"; permission denied");
  }

  TEST_CASE("sqlite errors: anything else is an internal error to report") {
    OneCase f;
    {
      SQLite::Database db{f.name, SQLite::OPEN_READWRITE};
      db.exec("DROP TABLE deadline");
    }
    const auto file = CaseFile::open(f.path, Access::read_only);
    CHECK(error_of(ErrorKind::internal,
                   [&] { store::verify(file, store::case_calendar(file), day("2026-03-10")); }) ==
          "internal error: \"no such table: deadline\"; report it to the developers with the "
          "command that was run");
  }
}
