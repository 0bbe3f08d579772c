#include "config/config.hpp"
#include "error.hpp"
#include "store/backup.hpp"
#include "store/case_file.hpp"
#include "support/case_builder.hpp"
#include "support/temp_dir.hpp"
#include "support/umask_guard.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>

using ppid::store::Access;
using ppid::store::CaseFile;
using ppid::test::day;
using ppid::test::listing;
using ppid::test::TempDir;
using ppid::test::UmaskGuard;

namespace {

namespace fs = std::filesystem;

unsigned mode_of(const fs::path& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

// The English line of the error `act` throws, checking its kind.
template <typename Act>
std::string error_of(ppid::ErrorKind kind, Act act) {
  try {
    act();
  } catch (const ppid::Error& e) {
    CHECK(e.kind() == kind);
    return e.render(ppid::text::Lang::en);
  }
  return "no error";
}

}  // namespace

TEST_SUITE("store") {
  TEST_CASE("new files: a case file is 0600 under any umask, and no temporary is left behind") {
    for (const mode_t mask : {mode_t{0}, mode_t{022}, mode_t{077}, mode_t{0777}}) {
      CAPTURE(mask);
      TempDir dir;
      {
        const UmaskGuard guard{mask};
        CaseFile::create(dir / "ppid.sqlite", {});
      }
      CHECK(mode_of(dir / "ppid.sqlite") == 0600);
      CHECK(listing(dir.path()) == "ppid.sqlite");
    }
  }

  TEST_CASE("new files: a backup is 0600 under any umask, and no temporary is left behind") {
    TempDir dir;
    CaseFile::create(dir / "ppid.sqlite", {});
    {
      auto file = CaseFile::open(dir / "ppid.sqlite", Access::read_write);
      ppid::test::CaseBuilder{}.received("2026-03-10 09:00").record(file, day("2026-03-10"));
    }
    const auto source = CaseFile::open(dir / "ppid.sqlite", Access::read_only);
    fs::create_directory(dir / "backups");
    ppid::store::BackupResult result;
    {
      const UmaskGuard permissive{0};
      result = ppid::store::backup(source, dir / "backups", day("2026-03-11"));
    }
    CHECK(result.path == dir / "backups" / "ppid-2026-03-11.sqlite");
    CHECK(result.cases == 1);
    CHECK(result.events == 1);
    CHECK(mode_of(result.path) == 0600);
    CHECK(listing(dir / "backups") == "ppid-2026-03-11.sqlite");

    CHECK(error_of(ppid::ErrorKind::cannot_create,
                   [&] { ppid::store::backup(source, dir / "backups", day("2026-03-11")); }) ==
          "destination already exists: \"" + result.path.string() +
              "\"; ppid backup never replaces a file; choose another name");
    CHECK(listing(dir / "backups") == "ppid-2026-03-11.sqlite");
  }

  TEST_CASE("new files: why a file could not be created, in the system's terms") {
    TempDir dir;
    SUBCASE("a missing directory") {
      const auto path = dir / "missing" / "copy.sqlite";
      const auto source = (CaseFile::create(dir / "ppid.sqlite", {}),
                           CaseFile::open(dir / "ppid.sqlite", Access::read_only));
      CHECK(error_of(ppid::ErrorKind::cannot_create,
                     [&] { ppid::store::backup(source, path, day("2026-03-11")); }) ==
            "cannot create file: \"" + path.string() +
                "\"; no such directory, or it cannot hold files");
    }
    SUBCASE("a file where a directory should be") {
      std::ofstream{dir / "notes.txt"} << "notes\n";
      const auto path = dir / "notes.txt" / "ppid.sqlite";
      CHECK(error_of(ppid::ErrorKind::cannot_create, [&] { CaseFile::create(path, {}); }) ==
            "cannot create file: \"" + path.string() +
                "\"; no such directory, or it cannot hold files");
    }
    SUBCASE("any other reason, as the system words it") {
      const auto path = dir / std::string(250, 'k');
      CHECK(error_of(ppid::ErrorKind::cannot_create, [&] { CaseFile::create(path, {}); }) ==
            "cannot create file: \"" + path.string() + "\"; File name too long");
    }
    CHECK(listing(dir.path()).find(".new-") == std::string::npos);
  }
}
