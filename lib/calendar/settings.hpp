#pragma once

// The body's own way of counting days, as its configuration sets it.

#include "date.hpp"
#include "word_table.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace ppid::calendar {

// What a receipt on a closed day or outside service hours means [practice, DOMAIN.md]: by default
// the next working day is day 0; the alternative counts the actual day as day 0.
enum class ReceiptRule { next_working_day, same_day };

// When the response clock starts for a request that was incomplete at receipt [practice]: the law
// counts from receipt (the default); some bodies count from completion.
enum class ClockStart { receipt, completion };

// A day the body declares closed or open against the national calendar.
struct LocalDay {
  Date date;
  std::string name;
  friend bool operator==(const LocalDay&, const LocalDay&) = default;
};

// Opening hours of one weekday, agency time; a receipt at or after `close` counts as outside.
struct ServiceHours {
  TimeOfDay open;
  TimeOfDay close;
  friend bool operator==(const ServiceHours&, const ServiceHours&) = default;
};

// How the body counts days: its week, its own days and its hours.
struct Settings {
  // Indexed by weekday, 0 = Sunday (date::weekday::c_encoding).
  std::array<bool, 7> weekend = {true, false, false, false, false, false, true};
  // Whether cuti bersama is a non-working day for KIP deadlines: no ruling settles it
  // (DOMAIN.md), default yes.
  bool collective_leave_closed = true;
  std::vector<LocalDay> closed_days;
  std::vector<LocalDay> working_days;
  // Indexed like `weekend`; none means the whole day counts.
  std::array<std::optional<ServiceHours>, 7> service_hours;
  ReceiptRule receipt_outside_hours = ReceiptRule::next_working_day;
  ClockStart clock_starts = ClockStart::receipt;
  friend bool operator==(const Settings&, const Settings&) = default;
};

}  // namespace ppid::calendar

namespace ppid {

template <>
struct Words<calendar::ReceiptRule> {
  static constexpr std::array<std::string_view, 2> table = {"next-working-day", "same-day"};
};
template <>
struct Words<calendar::ClockStart> {
  static constexpr std::array<std::string_view, 2> table = {"receipt", "completion"};
};

}  // namespace ppid
