#pragma once

#include "calendar/holidays.hpp"
#include "error.hpp"

#include <string_view>

namespace ppid::config {

// Parses a holiday file (the format of holidays/YYYY.toml, described in holidays/README.md) and
// checks it: dates valid and in the file's year, kinds known, names and decrees present, no
// duplicates, sorted. Throws Error of `on_error` kind naming `source_name`, line and column.
calendar::HolidayYear parse_holiday_file(std::string_view toml_text, std::string_view source_name,
                                         ErrorKind on_error);

// `year` in the holiday file format, accepted back by parse_holiday_file: what an officer edits
// (to add a day decreed after a release) and loads with `ppid calendar load`.
std::string to_toml(const calendar::HolidayYear& year);

}  // namespace ppid::config
