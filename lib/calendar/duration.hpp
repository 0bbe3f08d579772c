#pragma once

#include "error.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace ppid::calendar {

// Working days (hari kerja) or plain calendar days (hari).
enum class DayUnit { working, plain };

// A time limit: a count of days in a unit. UU 14/2008 writes every KIP limit in working days but
// the cassation window (art. 50), which is in plain days.
struct Duration {
  int count = 0;
  DayUnit unit = DayUnit::working;
  friend bool operator==(const Duration&, const Duration&) = default;
};

// A body's own service target: like a Duration, but the body may have published it with no unit
// at all; then it is kept as written and never guessed (DOMAIN.md).
struct Target {
  int count = 0;
  std::optional<DayUnit> unit;
  friend bool operator==(const Target&, const Target&) = default;
};

// The largest count accepted: far beyond any legal limit, small enough to stay inside the
// calendar's arithmetic.
inline constexpr int k_max_duration_days = 1000;

// Parses "10 wd", "10 hk" (working days), "14 d", "14 hari" (plain days); the space is optional
// and units are case-insensitive. Throws Error of `on_error` kind naming `text` and the rule.
Duration parse_duration(std::string_view text, ErrorKind on_error);

// As parse_duration, but a bare number ("5") is accepted as a target without a unit.
Target parse_target(std::string_view text, ErrorKind on_error);

// The longest target in `unit` that never ends after `limit` in a week of
// `working_days_per_week` working days (1 to 7, else Error{internal}), holidays aside (they only
// make a limit in working days longer) and counted from a working day (as the receipt rule makes
// day 0): in the limit's own unit, its count m; plain days against m working days,
// m + (7 - w) * (m / w), every full week of working days bringing its closed days; working days
// against m plain days, m * w / 7 (w working days per week, whole days).
int longest_within(DayUnit unit, const Duration& limit, int working_days_per_week);

// Whether `target` never ends after `limit`: its count is at most longest_within its unit. A
// target without a unit is not compared (true): it is kept as written, never guessed.
bool never_later(const Target& target, const Duration& limit, int working_days_per_week);

// "10 wd" or "14 d": the canonical form, accepted back by parse_duration.
std::string to_string(Duration duration);

// As above; a target without a unit is the bare number.
std::string to_string(const Target& target);

}  // namespace ppid::calendar
