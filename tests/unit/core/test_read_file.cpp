#include "read_file.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <string>

TEST_SUITE("core") {
  TEST_CASE("read_file: the whole content of a regular file, byte for byte") {
    ppid::test::TempDir dir;
    const std::string bytes{"baris 1\r\nbaris\0 2\xff", 18};
    {
      std::ofstream out{dir / "data.bin", std::ios::binary};
      out << bytes;
    }
    CHECK(ppid::read_whole_file((dir / "data.bin").string()) == bytes);
    std::ofstream{dir / "empty.txt"};
    CHECK(ppid::read_whole_file((dir / "empty.txt").string()) == "");
  }

  TEST_CASE("read_file: nothing for what is missing or not a regular file") {
    ppid::test::TempDir dir;
    CHECK_FALSE(ppid::read_whole_file((dir / "missing.txt").string()).has_value());
    CHECK_FALSE(ppid::read_whole_file(dir.path().string()).has_value());
    CHECK_FALSE(ppid::read_whole_file("").has_value());
  }
}
