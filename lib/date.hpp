#pragma once

#include <date/date.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace ppid {

// A civil date in the agency's time zone. Arithmetic is on day numbers (`date::sys_days`), which
// never involve a time zone.
using Date = date::sys_days;

// Minutes after midnight, agency time.
using TimeOfDay = std::chrono::minutes;

// A moment in agency time: a civil date and, when known, the time of day.
struct LocalTime {
  Date date;
  std::optional<TimeOfDay> time;
  friend bool operator==(const LocalTime&, const LocalTime&) = default;
};

// The fixed offsets of Indonesia's three time zones; no daylight saving, so no tz database.
enum class Zone { wib, wita, wit };

// UTC+7, +8 or +9.
std::chrono::hours utc_offset(Zone zone);
std::string_view zone_name(Zone zone);
std::optional<Zone> parse_zone(std::string_view name);

// `YYYY-MM-DD` to a date; nothing unless it is exactly that form and a real day (2026-02-30 is
// not). Years 1900 to 2999 only: anything else in a register is a typing mistake.
std::optional<Date> parse_iso_date(std::string_view text);

// `HH:MM`, 00:00 to 23:59.
std::optional<TimeOfDay> parse_time_of_day(std::string_view text);

// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
std::optional<LocalTime> parse_local_time(std::string_view text);

std::string to_iso(Date date);
std::string to_hhmm(TimeOfDay time);

// `2026-11-24T09:30` or `2026-11-24`: as parse_local_time reads it, for messages and text.
std::string to_iso_local(const LocalTime& time);

// `2026-11-24T09:30:00+07:00`, or the date alone when the time is unknown.
std::string to_iso(const LocalTime& time, Zone zone);

// Reads what to_iso(LocalTime, Zone) wrote (any of the three offsets); nothing otherwise.
std::optional<LocalTime> parse_stored_time(std::string_view text);

// The civil date and time in `zone` at the moment `utc`. Used once, by the command line, to turn
// the system clock into "today".
LocalTime local_time_at(std::chrono::system_clock::time_point utc, Zone zone);

}  // namespace ppid
