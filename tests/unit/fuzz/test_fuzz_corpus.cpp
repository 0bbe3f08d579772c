// Replays every seed and every regression input of the fuzz targets (tests/fuzz) through the same
// bodies libFuzzer runs, so that the normal and the sanitizer builds check them on every run.
#include "fuzz/targets.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

using Body = int (*)(const std::uint8_t*, std::size_t);

// The inputs of one directory, in name order; dot files (.gitkeep) are not inputs.
std::vector<fs::path> inputs(const fs::path& directory) {
  std::vector<fs::path> files;
  if (!fs::is_directory(directory)) {
    return files;
  }
  for (const auto& entry : fs::directory_iterator{directory}) {
    if (entry.is_regular_file() && !entry.path().filename().string().starts_with(".")) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::uint8_t> read_bytes(const fs::path& path) {
  std::ifstream in{path, std::ios::binary};
  REQUIRE(in);
  return {std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
}

void replay(const std::string& target, Body body) {
  const fs::path root = fs::path{PPID_SOURCE_DIR} / "tests" / "fuzz";
  const auto seeds = inputs(root / "corpus" / target);
  // A missing corpus would make this test pass without checking anything.
  REQUIRE_FALSE(seeds.empty());
  auto all = seeds;
  const auto regressions = inputs(root / "regressions" / target);
  all.insert(all.end(), regressions.begin(), regressions.end());
  for (const auto& path : all) {
    INFO(path.lexically_relative(root).string());
    const auto bytes = read_bytes(path);
    CHECK_NOTHROW(body(bytes.data(), bytes.size()));
  }
}

}  // namespace

TEST_SUITE("fuzz corpus") {
  TEST_CASE("the CSV reader passes its seeds and regressions") {
    replay("fuzz_csv", ppid_fuzz_csv);
  }
  TEST_CASE("the date parsers pass their seeds and regressions") {
    replay("fuzz_dates", ppid_fuzz_dates);
  }
  TEST_CASE("the duration parser passes its seeds and regressions") {
    replay("fuzz_duration", ppid_fuzz_duration);
  }
  TEST_CASE("register number formats pass their seeds and regressions") {
    replay("fuzz_register_format", ppid_fuzz_register_format);
  }
  TEST_CASE("the configuration and mapping loaders pass their seeds and regressions") {
    replay("fuzz_config", ppid_fuzz_config);
  }
}
