#include "support/run_ppid.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>

using ppid::test::Sandbox;

TEST_SUITE("init") {
  TEST_CASE("init creates a 0600 case file whatever the umask") {
    Sandbox box;
    const auto r = box.ppid({"init", "--agency", "Dinas Kominfo Kab. Contoh"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out == "Case file created: ./ppid.sqlite (agency: Dinas Kominfo Kab. Contoh)\n");
    struct stat st {};
    REQUIRE(::stat(box.path("ppid.sqlite").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
  }

  TEST_CASE("init then config show round-trips the example configuration") {
    Sandbox box;
    const auto example = (ppid::test::source_dir() / "examples" / "ppid.toml").string();
    REQUIRE(box.ppid({"init", "--config", example}).exit_code == 0);
    const auto first = box.ppid({"config", "show"});
    REQUIRE(first.exit_code == 0);
    box.write("shown.toml", first.out);
    REQUIRE(box.ppid({"init", "--file", "again.sqlite", "--config", "shown.toml"}).exit_code == 0);
    const auto second = box.ppid({"config", "show", "--file", "again.sqlite"});
    CHECK(second.exit_code == 0);
    CHECK(second.out == first.out);
  }

  TEST_CASE("init refuses to overwrite an existing case file") {
    Sandbox box;
    REQUIRE(box.ppid({"init"}).exit_code == 0);
    const auto before = ppid::test::dump_case_file(box.path("ppid.sqlite"));
    const auto r = box.ppid({"init", "--agency", "Lain"});
    CHECK(r.exit_code == 73);
    CHECK(r.out == "");
    CHECK(r.err ==
          "ppid: error: case file already exists: \"./ppid.sqlite\"; ppid never overwrites a case "
          "file; choose another name with --file\n");
    CHECK(ppid::test::dump_case_file(box.path("ppid.sqlite")) == before);
  }
}
