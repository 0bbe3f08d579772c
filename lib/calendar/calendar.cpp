#include "calendar/calendar.hpp"

#include "error.hpp"

#include <algorithm>
#include <unordered_map>

namespace ppid::calendar {

struct Calendar::Data {
  std::vector<HolidayYear> years;
  Settings settings;
  std::unordered_map<std::int32_t, const Holiday*> holiday_at;
  std::unordered_map<std::int32_t, const LocalDay*> closed_at;
  std::unordered_map<std::int32_t, const LocalDay*> opened_at;
  std::vector<int> covered_years;
};

namespace {

constexpr int k_window_first_year = 1970;
constexpr int k_window_last_year = 2199;

std::int32_t key(Date day) {
  return static_cast<std::int32_t>(day.time_since_epoch().count());
}

int year_of(Date day) {
  return static_cast<int>(date::year_month_day{day}.year());
}

Date first_of_year(int year) {
  return Date{date::year{year} / date::January / date::day{1}};
}

Date last_of_year(int year) {
  return Date{date::year{year} / date::December / date::day{31}};
}

}  // namespace

bool is_working(DayReason reason) {
  return reason == DayReason::working || reason == DayReason::extra_working_day ||
         reason == DayReason::collective_leave_worked;
}

Calendar::Calendar(std::span<const HolidayYear> holiday_years, const Settings& settings) {
  // Outside the window working days are counted day by day; with a week of weekend days only,
  // that count would never end.
  if (settings.working_days_per_week() == 0) {
    throw Error{ErrorKind::config, {text::Id::err_config_bad_value, {"calendar.weekend"}}}.allowed(
        {text::Id::hint_weekend_working_day});
  }
  auto data = std::make_shared<Data>();
  data->years.assign(holiday_years.begin(), holiday_years.end());
  std::sort(data->years.begin(), data->years.end(),
            [](const HolidayYear& a, const HolidayYear& b) { return a.year < b.year; });
  data->settings = settings;
  int first_year = k_window_first_year;
  int last_year = k_window_last_year;
  for (const auto& year : data->years) {
    data->covered_years.push_back(year.year);
    first_year = std::min(first_year, year.year);
    last_year = std::max(last_year, year.year);
    for (const auto& holiday : year.days) {
      data->holiday_at[key(holiday.date)] = &holiday;
    }
  }
  for (const auto& day : data->settings.closed_days) {
    data->closed_at[key(day.date)] = &day;
    first_year = std::min(first_year, year_of(day.date));
    last_year = std::max(last_year, year_of(day.date));
  }
  for (const auto& day : data->settings.working_days) {
    data->opened_at[key(day.date)] = &day;
    first_year = std::min(first_year, year_of(day.date));
    last_year = std::max(last_year, year_of(day.date));
  }
  m_data = std::move(data);
  m_window_start = first_of_year(first_year);
  m_window_end = last_of_year(last_year);

  // Running counts over the window, so that adding and counting working days is a lookup.
  const auto days = index(m_window_end) + 1;
  m_working_through.resize(days);
  m_uncovered_through.resize(days);
  m_nth_working.reserve(days * 5 / 7 + 2);
  m_nth_working.push_back(0);
  std::int32_t working = 0;
  std::int32_t uncovered = 0;
  Date day = m_window_start;
  for (std::size_t i = 0; i < days; ++i, day += date::days{1}) {
    const auto status = compute_status(day);
    if (is_working(status.reason)) {
      ++working;
      m_nth_working.push_back(static_cast<std::int32_t>(i));
    }
    if (!status.covered) {
      ++uncovered;
    }
    m_working_through[i] = working;
    m_uncovered_through[i] = uncovered;
  }
}

const std::vector<HolidayYear>& Calendar::holiday_years() const {
  return m_data->years;
}
const Settings& Calendar::settings() const {
  return m_data->settings;
}

DayStatus Calendar::compute_status(Date day) const {
  const auto& data = *m_data;
  DayStatus status{day, DayReason::working, nullptr, nullptr, covers(day)};
  const auto weekday = date::weekday{day}.c_encoding();
  if (data.settings.weekend[weekday]) {
    status.reason = DayReason::weekend;
  }
  if (const auto found = data.holiday_at.find(key(day)); found != data.holiday_at.end()) {
    status.holiday = found->second;
    if (found->second->kind == HolidayKind::holiday) {
      status.reason = DayReason::holiday;
    } else if (data.settings.collective_leave_closed) {
      status.reason = DayReason::collective_leave;
    } else if (status.reason == DayReason::working) {
      status.reason = DayReason::collective_leave_worked;
    }
  }
  if (const auto found = data.closed_at.find(key(day));
      found != data.closed_at.end() && is_working(status.reason)) {
    status.reason = DayReason::closed_day;
    status.local_day = found->second;
  }
  if (const auto found = data.opened_at.find(key(day));
      found != data.opened_at.end() && !is_working(status.reason)) {
    status.reason = DayReason::extra_working_day;
    status.local_day = found->second;
  }
  return status;
}

DayStatus Calendar::status(Date day) const {
  return compute_status(day);
}

bool Calendar::covers(Date day) const {
  const auto& years = m_data->covered_years;
  return std::binary_search(years.begin(), years.end(), year_of(day));
}

std::vector<int> Calendar::covered_years() const {
  return m_data->covered_years;
}

CalendarDate Calendar::add(Date from, Duration duration) const {
  if (duration.unit == DayUnit::plain) {
    // Plain days (art. 50) do not depend on the holiday data.
    return {from + date::days{duration.count}, false};
  }
  return add_working_days(from, duration.count);
}

CalendarDate Calendar::add_working_days(Date from, int count) const {
  if (count <= 0) {
    return {from, false};
  }
  Date day = from;
  int remaining = count;
  bool provisional = false;
  // Before the window (no holiday data can be there): day by day.
  while (remaining > 0 && day < m_window_start - date::days{1}) {
    day += date::days{1};
    provisional = true;
    if (is_working(compute_status(day).reason)) {
      --remaining;
    }
  }
  if (remaining > 0 && day <= m_window_end) {
    const bool before = day < m_window_start;
    const std::int32_t working_base = before ? 0 : m_working_through[index(day)];
    const std::int32_t uncovered_base = before ? 0 : m_uncovered_through[index(day)];
    const auto target =
        static_cast<std::size_t>(working_base) + static_cast<std::size_t>(remaining);
    if (target < m_nth_working.size()) {
      const auto found = static_cast<std::size_t>(m_nth_working[target]);
      provisional = provisional || m_uncovered_through[found] > uncovered_base;
      return {m_window_start + date::days{static_cast<int>(found)}, provisional};
    }
    remaining = static_cast<int>(target - (m_nth_working.size() - 1));
    day = m_window_end;
  }
  // After the window: day by day, and provisional.
  while (remaining > 0) {
    day += date::days{1};
    provisional = true;
    if (is_working(compute_status(day).reason)) {
      --remaining;
    }
  }
  return {day, provisional};
}

int Calendar::working_days_between(Date from, Date to) const {
  if (to < from) {
    return -working_days_between(to, from);
  }
  if (in_window(from) && in_window(to)) {
    return m_working_through[index(to)] - m_working_through[index(from)];
  }
  int count = 0;
  for (Date day = from + date::days{1}; day <= to; day += date::days{1}) {
    count += is_working(compute_status(day).reason) ? 1 : 0;
  }
  return count;
}

bool Calendar::between_is_provisional(Date from, Date to) const {
  if (to < from) {
    std::swap(from, to);
  }
  if (in_window(from) && in_window(to)) {
    return m_uncovered_through[index(to)] > m_uncovered_through[index(from)];
  }
  return from != to;
}

std::vector<ExplainedDay> Calendar::explain(Date from, Date to, DayUnit unit) const {
  std::vector<ExplainedDay> days;
  int ordinal = 0;
  for (Date day = from + date::days{1}; day <= to; day += date::days{1}) {
    const auto status = compute_status(day);
    const bool counted = unit == DayUnit::plain || is_working(status.reason);
    days.push_back({status, counted ? ++ordinal : 0});
  }
  return days;
}

CalendarDate Calendar::day0(const LocalTime& received, ReceiptRule rule) const {
  if (rule == ReceiptRule::same_day) {
    return {received.date, false};
  }
  if (is_working_day(received.date)) {
    const auto& hours = m_data->settings.service_hours[date::weekday{received.date}.c_encoding()];
    // Before opening or during a break, the receipt is taken as made when the service opens
    // again: still the same day.
    if (!received.time || !hours || hours->open_at_or_after(*received.time)) {
      return {received.date, false};
    }
  }
  return add_working_days(received.date, 1);
}

}  // namespace ppid::calendar
