#include "config/config.hpp"
#include "error.hpp"
#include "store/case_file.hpp"
#include "support/temp_dir.hpp"
#include "support/umask_guard.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

using ppid::store::Access;
using ppid::store::CaseFile;
using ppid::test::listing;
using ppid::test::TempDir;
using ppid::test::UmaskGuard;

namespace {

namespace fs = std::filesystem;

std::string content_of(const fs::path& path) {
  std::ifstream in{path, std::ios::binary};
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

ppid::ErrorKind kind_of_create(const fs::path& path, const ppid::config::Config& config) {
  try {
    CaseFile::create(path, config);
  } catch (const ppid::Error& e) {
    return e.kind();
  }
  FAIL("create did not throw");
  return ppid::ErrorKind::internal;
}

ppid::config::Config example_config() {
  return ppid::config::load_config_file(
      (fs::path{PPID_SOURCE_DIR} / "examples" / "ppid.toml").string());
}

}  // namespace

TEST_SUITE("store") {
  TEST_CASE("a created case file opens with the same configuration") {
    TempDir dir;
    const auto path = dir / "ppid.sqlite";
    const auto config = example_config();
    REQUIRE(config != ppid::config::Config{});
    CaseFile::create(path, config);
    CHECK(listing(dir.path()) == "ppid.sqlite");

    SUBCASE("read-only") {
      const auto file = CaseFile::open(path, Access::read_only);
      CHECK(file.config() == config);
    }
    SUBCASE("read-write") {
      const auto file = CaseFile::open(path, Access::read_write);
      CHECK(file.config() == config);
    }
  }

  TEST_CASE("a created case file is 0600 and has the latest schema") {
    TempDir dir;
    const auto path = dir / "ppid.sqlite";
    {
      const UmaskGuard permissive{0};
      CaseFile::create(path, ppid::config::Config{});
    }
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0600);

    const auto file = CaseFile::open(path, Access::read_only);
    CHECK(file.schema_version() == CaseFile::latest_schema_version());
    CHECK(CaseFile::latest_schema_version() >= 1);
    CHECK(file.config() == ppid::config::Config{});
  }

  TEST_CASE("create refuses an existing file and leaves it unchanged") {
    TempDir dir;
    SUBCASE("an existing case file") {
      const auto path = dir / "ppid.sqlite";
      CaseFile::create(path, example_config());
      const auto before = content_of(path);
      CHECK(kind_of_create(path, ppid::config::Config{}) == ppid::ErrorKind::cannot_create);
      CHECK(content_of(path) == before);
      CHECK(listing(dir.path()) == "ppid.sqlite");
      CHECK(CaseFile::open(path, Access::read_only).config() == example_config());
    }
    SUBCASE("any other file") {
      const auto path = dir / "notes.txt";
      std::ofstream{path} << "notes\n";
      CHECK(kind_of_create(path, ppid::config::Config{}) == ppid::ErrorKind::cannot_create);
      CHECK(content_of(path) == "notes\n");
      CHECK(listing(dir.path()) == "notes.txt");
    }
    SUBCASE("a dangling symbolic link") {
      const auto path = dir / "link.sqlite";
      fs::create_symlink(dir / "target.sqlite", path);
      CHECK(kind_of_create(path, ppid::config::Config{}) == ppid::ErrorKind::cannot_create);
      CHECK(!fs::exists(dir / "target.sqlite"));
      CHECK(listing(dir.path()) == "link.sqlite");
    }
  }

  TEST_CASE("create in a missing directory fails with cannot_create") {
    TempDir dir;
    const auto path = dir / "missing" / "ppid.sqlite";
    try {
      CaseFile::create(path, ppid::config::Config{});
      FAIL("create did not throw");
    } catch (const ppid::Error& e) {
      CHECK(e.kind() == ppid::ErrorKind::cannot_create);
      CHECK(e.render(ppid::text::Lang::en) == "cannot create file: \"" + path.string() +
                                                  "\"; no such directory, or it cannot hold files");
    }
    CHECK(listing(dir.path()).empty());
  }

  TEST_CASE("open refuses what is not a case file") {
    TempDir dir;
    const auto expect = [](const fs::path& path, ppid::ErrorKind kind, const std::string& text) {
      try {
        CaseFile::open(path, Access::read_only);
        FAIL("open did not throw");
      } catch (const ppid::Error& e) {
        CHECK(e.kind() == kind);
        CHECK(e.render(ppid::text::Lang::en) == text);
      }
    };
    SUBCASE("a missing file") {
      const auto path = dir / "nope.sqlite";
      expect(path, ppid::ErrorKind::case_file_missing,
             "case file not found: \"" + path.string() +
                 "\"; create one with 'ppid init' or choose another with --file");
      CHECK(listing(dir.path()).empty());
    }
    SUBCASE("a directory") {
      expect(dir.path(), ppid::ErrorKind::case_file_missing,
             "case file is a directory: \"" + dir.path().string() + "\"");
    }
    SUBCASE("a zero-byte file") {
      const auto path = dir / "empty.sqlite";
      std::ofstream{path};
      expect(path, ppid::ErrorKind::case_file_missing,
             "not a ppid case file: \"" + path.string() + "\"");
      CHECK(fs::file_size(path) == 0);
      CHECK(listing(dir.path()) == "empty.sqlite");
    }
  }
}
