#include "date.hpp"

#include <fmt/format.h>

#include <charconv>

namespace ppid {
namespace {

// Exactly `width` ASCII digits at `text[pos..]`.
std::optional<unsigned> digits(std::string_view text, std::size_t pos, std::size_t width) {
  if (pos + width > text.size()) {
    return std::nullopt;
  }
  unsigned value = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') {
      return std::nullopt;
    }
    value = value * 10 + static_cast<unsigned>(text[i] - '0');
  }
  return value;
}

}  // namespace

std::chrono::hours utc_offset(Zone zone) {
  switch (zone) {
    case Zone::wib:
      return std::chrono::hours{7};
    case Zone::wita:
      return std::chrono::hours{8};
    case Zone::wit:
      return std::chrono::hours{9};
  }
  return std::chrono::hours{7};
}

std::string_view zone_name(Zone zone) {
  switch (zone) {
    case Zone::wib:
      return "WIB";
    case Zone::wita:
      return "WITA";
    case Zone::wit:
      return "WIT";
  }
  return "WIB";
}

std::optional<Zone> parse_zone(std::string_view name) {
  for (auto zone : {Zone::wib, Zone::wita, Zone::wit}) {
    if (name == zone_name(zone)) {
      return zone;
    }
  }
  return std::nullopt;
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  const auto year = digits(text, 0, 4);
  const auto month = digits(text, 5, 2);
  const auto day = digits(text, 8, 2);
  if (!year || !month || !day || *year < 1900 || *year > 2999) {
    return std::nullopt;
  }
  const date::year_month_day ymd{date::year{static_cast<int>(*year)}, date::month{*month},
                                 date::day{*day}};
  if (!ymd.ok()) {
    return std::nullopt;
  }
  return Date{ymd};
}

std::optional<TimeOfDay> parse_time_of_day(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') {
    return std::nullopt;
  }
  const auto hours = digits(text, 0, 2);
  const auto minutes = digits(text, 3, 2);
  if (!hours || !minutes || *hours > 23 || *minutes > 59) {
    return std::nullopt;
  }
  return TimeOfDay{*hours * 60 + *minutes};
}

std::optional<LocalTime> parse_local_time(std::string_view text) {
  if (text.size() == 10) {
    if (auto day = parse_iso_date(text)) {
      return LocalTime{*day, std::nullopt};
    }
    return std::nullopt;
  }
  if (text.size() != 16 || text[10] != 'T') {
    return std::nullopt;
  }
  auto day = parse_iso_date(text.substr(0, 10));
  auto time = parse_time_of_day(text.substr(11));
  if (!day || !time) {
    return std::nullopt;
  }
  return LocalTime{*day, *time};
}

std::string to_iso(Date date) {
  const date::year_month_day ymd{date};
  const int year = static_cast<int>(ymd.year());
  if (year < 0 || year > 9999) {
    return fmt::format("{:04}-{:02}-{:02}", year, static_cast<unsigned>(ymd.month()),
                       static_cast<unsigned>(ymd.day()));
  }
  // By hand for the common case: an import writes several dates for each of a million rows.
  std::string out = "0000-00-00";
  const auto put = [&](std::size_t end, unsigned value, int width) {
    for (int i = 0; i < width; ++i) {
      out[end - static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
  };
  put(3, static_cast<unsigned>(year), 4);
  put(6, static_cast<unsigned>(ymd.month()), 2);
  put(9, static_cast<unsigned>(ymd.day()), 2);
  return out;
}

std::string to_hhmm(TimeOfDay time) {
  return fmt::format("{:02}:{:02}", time.count() / 60, time.count() % 60);
}

std::string to_iso(const LocalTime& time, Zone zone) {
  if (!time.time) {
    return to_iso(time.date);
  }
  return fmt::format("{}T{}:00+{:02}:00", to_iso(time.date), to_hhmm(*time.time),
                     utc_offset(zone).count());
}

std::string to_iso_local(const LocalTime& time) {
  return time.time ? fmt::format("{}T{}", to_iso(time.date), to_hhmm(*time.time))
                   : to_iso(time.date);
}

std::optional<LocalTime> parse_stored_time(std::string_view text) {
  if (text.size() == 10) {
    return parse_local_time(text);
  }
  // 2026-11-24T09:30:00+07:00
  // Only what to_iso(LocalTime, Zone) writes: WIB, WITA or WIT.
  if (text.size() != 25 || text.substr(16, 3) != ":00" || text[19] != '+' ||
      text.substr(22) != ":00") {
    return std::nullopt;
  }
  if (const auto offset = text.substr(20, 2); offset != "07" && offset != "08" && offset != "09") {
    return std::nullopt;
  }
  return parse_local_time(text.substr(0, 16));
}

LocalTime local_time_at(std::chrono::system_clock::time_point utc, Zone zone) {
  const auto local = std::chrono::floor<std::chrono::minutes>(utc) + utc_offset(zone);
  const auto day = std::chrono::floor<date::days>(local);
  return LocalTime{Date{day}, std::chrono::duration_cast<TimeOfDay>(local - day)};
}

}  // namespace ppid
