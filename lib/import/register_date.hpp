#pragma once

#include "date.hpp"
#include "text/catalogue.hpp"
#include "word_table.hpp"

#include <string_view>
#include <variant>

namespace ppid::import {

// How a register writes numeric dates. Day first is the Indonesian convention; a mapping may
// declare another order. Dates with the year first (2026-11-24) and with a month name are read
// the same whatever the order.
enum class DayOrder { day_first, month_first };

// Reads a date as clerks write it in Indonesian registers: "24/11/2026", "24-11-2026",
// "24.11.2026", "2026-11-24", "24 November 2026", "24 Nov 2026", "Selasa, 24 November 2026",
// with Indonesian or English month and weekday names in any case, optionally followed by a time
// ("09.30", "09:30", "pukul 09.30", "09.30 WIB"). Returns the time, or why it cannot be read:
// an unknown form, an impossible date (31/02/2026), a two-digit year (ambiguous: never guessed),
// a weekday that does not match the date, or a bad time.
std::variant<LocalTime, text::Id> parse_register_date(std::string_view original,
                                                      DayOrder order = DayOrder::day_first);

}  // namespace ppid::import

namespace ppid {

template <>
struct Words<import::DayOrder> {
  static constexpr std::array<std::string_view, 2> table = {"day-first", "month-first"};
};

}  // namespace ppid
