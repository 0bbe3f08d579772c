#include "store/case_file.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;

namespace {

// A private copy of a fixture case file, removed afterwards.
struct FixtureCopy {
  explicit FixtureCopy(const std::string& name) {
    path = fs::temp_directory_path() / ("ppid-migration-" + name);
    fs::copy_file(fs::path{PPID_SOURCE_DIR} / "tests" / "data" / "case-files" / name, path,
                  fs::copy_options::overwrite_existing);
  }
  FixtureCopy(const FixtureCopy&) = delete;
  FixtureCopy& operator=(const FixtureCopy&) = delete;
  ~FixtureCopy() {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) {
      fs::remove(path.string() + suffix, ec);
    }
  }
  fs::path path;
};

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
}
