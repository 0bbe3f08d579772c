#include "config/config.hpp"
#include "store/backup.hpp"
#include "store/case_file.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>

#include <stdlib.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>

using ppid::store::Access;
using ppid::store::CaseFile;
using ppid::test::TempDir;

namespace {

namespace fs = std::filesystem;

const ppid::Date k_today{date::year{2026} / 11 / 24};

long setting_rows(const fs::path& path, const std::string& like) {
  SQLite::Database db{path.string(), SQLite::OPEN_READONLY};
  SQLite::Statement query{db, "SELECT count(*) FROM setting WHERE key LIKE ?"};
  query.bind(1, like);
  query.executeStep();
  return query.getColumn(0).getInt64();
}

}  // namespace

TEST_SUITE("store") {
  TEST_CASE("backup: the file a destination names") {
    TempDir dir;
    fs::create_directory(dir / "backups");
    using ppid::store::backup_path;
    CHECK(backup_path("/srv/kasus.sqlite", dir / "backups", k_today) ==
          dir / "backups" / "kasus-2026-11-24.sqlite");
    CHECK(backup_path("./ppid.sqlite", dir / "copy.sqlite", k_today) == dir / "copy.sqlite");
    CHECK(backup_path("./ppid.sqlite", dir / "missing" / "", k_today) == dir / "missing" / "");
  }

  TEST_CASE("backup: a consistent copy while another connection keeps writing") {
    TempDir dir;
    const auto path = dir / "ppid.sqlite";
    CaseFile::create(path, ppid::config::Config{});
    {
      // Two counters far apart, about 300 pages between them, always updated together: a copy
      // taken a page at a time is consistent only if both hold the same value.
      SQLite::Database db{path.string(), SQLite::OPEN_READWRITE};
      db.exec("BEGIN");
      db.exec("INSERT INTO setting (key, value) VALUES ('counter-a', '0')");
      for (int i = 0; i < 300; ++i) {
        SQLite::Statement insert{
            db, "INSERT INTO setting (key, value) VALUES (?, hex(randomblob(1500)))"};
        insert.bind(1, "filler-" + std::to_string(i));
        insert.exec();
      }
      db.exec("INSERT INTO setting (key, value) VALUES ('counter-z', '0')");
      db.exec("COMMIT");
    }
    const auto source = CaseFile::open(path, Access::read_only);
    std::atomic<bool> done{false};
    std::atomic<long> writes{0};
    std::thread writer{[&] {
      SQLite::Database db{path.string(), SQLite::OPEN_READWRITE};
      db.setBusyTimeout(5000);
      db.exec("PRAGMA synchronous = OFF");
      while (!done) {
        db.exec(
            "BEGIN; UPDATE setting SET value = CAST(value + 1 AS TEXT) "
            "WHERE key IN ('counter-a', 'counter-z'); COMMIT");
        ++writes;
        // Commits landing between steps (not only during them) make SQLite restart the copy.
        std::this_thread::sleep_for(std::chrono::microseconds(200));
      }
    }};
    while (writes == 0) {
      std::this_thread::yield();
    }
    ppid::store::BackupOptions options;
    options.pages_per_step = 1;
    ppid::store::BackupResult result;
    try {
      result = ppid::store::backup(source, dir / "copy.sqlite", k_today, options);
    } catch (...) {
      done = true;
      writer.join();
      throw;
    }
    done = true;
    writer.join();
    CHECK(result.path == dir / "copy.sqlite");
    CHECK(result.cases == 0);
    CHECK(result.bytes == fs::file_size(dir / "copy.sqlite"));
    CHECK(setting_rows(dir / "copy.sqlite", "filler-%") == 300);
    SQLite::Database copy{(dir / "copy.sqlite").string(), SQLite::OPEN_READONLY};
    const auto counter = [&](const char* key) {
      SQLite::Statement query{copy, "SELECT value FROM setting WHERE key = ?"};
      query.bind(1, key);
      REQUIRE(query.executeStep());
      return query.getColumn(0).getString();
    };
    CHECK(counter("counter-a") == counter("counter-z"));
    CHECK(copy.execAndGet("PRAGMA integrity_check").getString() == "ok");
  }
}
