#pragma once
// The bodies of the fuzz targets, shared by the libFuzzer binaries (entry.cpp) and the unit test
// that replays the seed corpus and the regressions (tests/unit/fuzz/test_fuzz_corpus.cpp).
//
// Each body returns 0. Input the library rejects (ppid::Error) is fine; a property of the code
// under test that does not hold throws PropertyViolation, and anything else escaping is a bug
// too: libFuzzer reports either as a crash, the unit test as a failure.

#include <cstddef>
#include <cstdint>
#include <stdexcept>

namespace ppid::fuzz {

class PropertyViolation : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

}  // namespace ppid::fuzz

// The CSV reader over every encoding and separator; the first byte picks them.
int ppid_fuzz_csv(const std::uint8_t* data, std::size_t size);
// The register date parser and the ISO date and time parsers.
int ppid_fuzz_dates(const std::uint8_t* data, std::size_t size);
// Durations and service targets, and a duration added on the national calendar.
int ppid_fuzz_duration(const std::uint8_t* data, std::size_t size);
// Register number formats; the first 7 bytes give the sequence, year and month.
int ppid_fuzz_register_format(const std::uint8_t* data, std::size_t size);
// The configuration loader (with its to_toml round trip) and the import mapping loader.
int ppid_fuzz_config(const std::uint8_t* data, std::size_t size);
