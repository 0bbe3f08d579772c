#pragma once

#include "calendar/calendar.hpp"
#include "calendar/holidays.hpp"
#include "store/case_file.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ppid::store {

// The holiday years loaded into `file`, sorted by year.
std::vector<calendar::HolidayYear> loaded_holiday_years(const CaseFile& file);

// Checks the holiday file `toml_text` (Error{bad_input} naming `source_name`, line and column)
// and stores it in `file`, replacing what was loaded for its year before. The caller holds a
// write transaction. Returns the year as parsed.
calendar::HolidayYear load_holiday_file(CaseFile& file, std::string_view toml_text,
                                        const std::string& source_name,
                                        const std::string& loaded_at);

// The calendar of `file`: the built-in holidays, replaced year by year by those loaded into the
// file, with the file's calendar configuration.
calendar::Calendar case_calendar(const CaseFile& file);

}  // namespace ppid::store
