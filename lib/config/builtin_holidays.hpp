#pragma once

#include "calendar/calendar.hpp"
#include "calendar/holidays.hpp"

#include <span>

namespace ppid::config {

// The holiday data compiled into ppid (holidays/*.toml), sorted by year. Parsed once.
std::span<const calendar::HolidayYear> builtin_holidays();

// The national calendar with the built-in holidays and default settings (no case file).
calendar::Calendar national_calendar();

}  // namespace ppid::config
