#include "date.hpp"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("stored times: only what ppid writes is read back") {
  const auto read = [](const std::string& text) {
    const auto time = ppid::parse_stored_time(text);
    return time ? ppid::to_iso_local(*time) : std::string{"-"};
  };
  CHECK(read("2026-11-24") == "2026-11-24");
  CHECK(read("2026-11-24T09:30:00+07:00") == "2026-11-24T09:30");
  CHECK(read("2026-11-24T09:30:00+08:00") == "2026-11-24T09:30");
  CHECK(read("2026-11-24T09:30:00+09:00") == "2026-11-24T09:30");
  // Found by fuzzing: any two characters were taken as the offset.
  CHECK(read(std::string{"2026-11-24T09:30:00+0\x17:00"}) == "-");
  CHECK(read("2026-11-24T09:30:00+10:00") == "-");
  CHECK(read("2026-11-24T09:30:00-07:00") == "-");
  CHECK(read("2026-11-24T09:30:01+07:00") == "-");
}
