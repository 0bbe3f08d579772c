#include "session.hpp"

#include "error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>

namespace ppid::cli {
namespace {

constexpr std::array<std::string_view, 6> k_format_names = {"text",     "json", "csv",
                                                            "markdown", "html", "toml"};

}  // namespace

store::CaseFile Session::open_case_file(store::Access access) const {
  return store::CaseFile::open(case_file_path(), access, {busy_timeout});
}

Format Session::format(std::initializer_list<Format> offered) const {
  for (auto candidate : offered) {
    if (global.format == k_format_names[static_cast<std::size_t>(candidate)]) {
      return candidate;
    }
  }
  std::vector<std::string_view> names;
  for (auto candidate : offered) {
    names.push_back(k_format_names[static_cast<std::size_t>(candidate)]);
  }
  throw Error{ErrorKind::usage, {text::Id::err_bad_format}}
      .value(global.format)
      .allowed({text::Id::hint_allowed, {fmt::format("{}", fmt::join(names, ", "))}});
}

Date Session::today(Zone zone) const {
  return now(zone).date;
}

LocalTime Session::now(Zone zone) const {
  if (!m_now) {
    if (!global.today.empty()) {
      m_now = LocalTime{parse_date_option(global.today), std::nullopt};
    } else {
      // The only read of the system clock: the civil date and time in the agency's zone.
      m_now = local_time_at(std::chrono::system_clock::now(), zone);
    }
  }
  return *m_now;
}

std::string Session::weekday_name(Date day) const {
  using text::Id;
  switch (date::weekday{day}.c_encoding()) {
    case 0:
      return text(Id::weekday_sun);
    case 1:
      return text(Id::weekday_mon);
    case 2:
      return text(Id::weekday_tue);
    case 3:
      return text(Id::weekday_wed);
    case 4:
      return text(Id::weekday_thu);
    case 5:
      return text(Id::weekday_fri);
    default:  // 6: c_encoding counts from Sunday, 0 to 6
      return text(Id::weekday_sat);
  }
}

Date parse_date_option(std::string_view value) {
  if (auto date = parse_iso_date(value)) {
    return *date;
  }
  throw Error{ErrorKind::usage, {text::Id::err_bad_date}}
      .value(std::string{value})
      .allowed({text::Id::hint_date_format});
}

}  // namespace ppid::cli
