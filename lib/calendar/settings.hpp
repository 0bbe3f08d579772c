#pragma once

// The body's own way of counting days, as its configuration sets it.

#include "date.hpp"
#include "word_table.hpp"

#include <algorithm>
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

// One span of opening hours, agency time: open from `open` until just before `close`.
struct ServiceSpan {
  TimeOfDay open;
  TimeOfDay close;
  friend bool operator==(const ServiceSpan&, const ServiceSpan&) = default;
};

// Opening hours of one weekday: its spans in order, apart from each other, each opening before
// it closes; the time between two spans is a break ("08.00-12.00, 13.00-15.00").
struct ServiceHours {
  std::vector<ServiceSpan> spans;

  // Whether `time` is inside a span: a receipt before opening, during a break or at or after
  // closing is outside service hours.
  bool open_at(TimeOfDay time) const {
    return std::any_of(spans.begin(), spans.end(),
                       [&](const ServiceSpan& s) { return s.open <= time && time < s.close; });
  }
  // Whether the service is open at `time` or opens again later that day.
  bool open_at_or_after(TimeOfDay time) const {
    return std::any_of(spans.begin(), spans.end(),
                       [&](const ServiceSpan& s) { return time < s.close; });
  }
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
  // For a request.
  ReceiptRule receipt_outside_hours = ReceiptRule::next_working_day;
  // For an objection, and for the superior's answer to it.
  ReceiptRule objection_receipt = ReceiptRule::next_working_day;
  ClockStart clock_starts = ClockStart::receipt;

  // The days of the week that are not weekend days (0 to 7).
  int working_days_per_week() const {
    return static_cast<int>(std::count(weekend.begin(), weekend.end(), false));
  }
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
