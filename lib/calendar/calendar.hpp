#pragma once

#include "calendar/duration.hpp"
#include "calendar/holidays.hpp"
#include "calendar/settings.hpp"
#include "date.hpp"
#include "word_table.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ppid::calendar {

// Why a day is, or is not, a working day.
enum class DayReason : std::uint8_t {
  working,                  // an ordinary working day
  extra_working_day,        // closed by the rules, opened by the body (configuration)
  collective_leave_worked,  // cuti bersama, counted as working by the configuration
  weekend,
  holiday,           // hari libur nasional
  collective_leave,  // cuti bersama
  closed_day,        // closed by the body (configuration)
};

bool is_working(DayReason reason);

// What the calendar says of one day, with the holiday or local day behind it.
struct DayStatus {
  Date date;
  DayReason reason = DayReason::working;
  const Holiday* holiday = nullptr;     // for holiday, collective_leave(_worked)
  const LocalDay* local_day = nullptr;  // for closed_day, extra_working_day
  bool covered = true;                  // false: no holiday data for its year
};

// A date computed by the calendar. `provisional` when the computation passed through a year
// without holiday data: only weekends and the body's own days were known there.
struct CalendarDate {
  Date date;
  bool provisional = false;
  friend bool operator==(const CalendarDate&, const CalendarDate&) = default;
};

// One day between a start and a result, as `explain` lists it.
struct ExplainedDay {
  DayStatus status;
  int ordinal = 0;  // 1.. for counted days, 0 for days passed over
};

// The working-day calendar of one body: weekend days, national holidays and cuti bersama (with
// whether cuti counts as closed), the body's own closed and working days, and its service hours.
// Adding working days is O(1): a table of running counts over a window of years, built once;
// outside the window it counts day by day.
class Calendar {
 public:
  // Throws Error{config} when `settings` has no working day in the week: no working-day count
  // could ever end.
  Calendar(std::span<const HolidayYear> holiday_years, const Settings& settings);

  // The built-in holidays with the default settings: Saturday and Sunday closed, national
  // holidays and cuti bersama closed.

  DayStatus status(Date day) const;
  bool is_working_day(Date day) const { return is_working(status(day).reason); }

  // Day 0 of anything received at `received` under `rule` (DOMAIN.md: receipt on a closed day or
  // outside service hours): a request under `settings().receipt_outside_hours`, an objection or
  // the superior's answer under `settings().objection_receipt`. With `next_working_day` the
  // effective receipt is the next moment the service is open: before opening or during a break
  // on a working day that is the same day, at or after the day's last closing or on a closed day
  // it is the next working day. With `same_day`, the actual day.
  CalendarDate day0(const LocalTime& received, ReceiptRule rule) const;

  // `from` plus `duration`. Day 0 is `from` itself and is never counted, whatever day it is; for
  // working days the result is the Nth working day after it.
  CalendarDate add(Date from, Duration duration) const;
  CalendarDate add_working_days(Date from, int count) const;

  // The number of working days d with `from` < d <= `to`; negative when `to` < `from`.
  int working_days_between(Date from, Date to) const;
  bool between_is_provisional(Date from, Date to) const;

  // Every day after `from` up to and including `to`, counted or passed over, and why. In working
  // days only working days are counted; in plain days (art. 50) every day is.
  std::vector<ExplainedDay> explain(Date from, Date to, DayUnit unit = DayUnit::working) const;

  // The years with holiday data, ascending.
  std::vector<int> covered_years() const;
  bool covers(Date day) const;

  const std::vector<HolidayYear>& holiday_years() const;
  const Settings& settings() const;

 private:
  struct Data;
  DayStatus compute_status(Date day) const;
  bool in_window(Date day) const { return day >= m_window_start && day <= m_window_end; }
  std::size_t index(Date day) const {
    return static_cast<std::size_t>((day - m_window_start).count());
  }

  // Shared and immutable, so copies of a Calendar keep valid pointers into it.
  std::shared_ptr<const Data> m_data;
  Date m_window_start;
  Date m_window_end;
  // For the i-th day of the window: working days in [start, i]; uncovered days in [start, i].
  std::vector<std::int32_t> m_working_through;
  std::vector<std::int32_t> m_uncovered_through;
  // m_nth_working[k] is the window index of the k-th working day (k from 1; [0] unused).
  std::vector<std::int32_t> m_nth_working;
};

}  // namespace ppid::calendar

namespace ppid {

// The words of the day reasons in JSON (`calendar add --explain --format json`).
template <>
struct Words<calendar::DayReason> {
  static constexpr std::array<std::string_view, 7> table = {
      "working",          "extra-working-day", "collective-leave-worked", "weekend", "holiday",
      "collective-leave", "closed-day",
  };
};

}  // namespace ppid
