#pragma once

// What the calendar commands share: the calendar they compute with and how they write dates and
// years.

#include "calendar/calendar.hpp"
#include "session.hpp"

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace ppid::cli {

// The calendar a command computes with: the case file's when one was named, else the national
// default (Saturday and Sunday, national holidays and cuti bersama closed).
struct CalendarContext {
  calendar::Calendar calendar;
  Zone zone;
  std::vector<int> loaded_years;
};

CalendarContext calendar_context(const Session& s);

// `value`, marked "(provisional)" when it is.
std::string with_mark(const Session& s, const std::string& value, bool provisional);

// Years with consecutive ones as ranges ("2020–2027, 2029"), or the word for none.
std::string years_text(const Session& s, const std::vector<int>& years);

// The calendar commands, each in its file.
void add_calendar_add_command(CLI::App& parent, Session& s, Action& chosen);
void add_calendar_between_command(CLI::App& parent, Session& s, Action& chosen);
void add_calendar_holidays_command(CLI::App& parent, Session& s, Action& chosen);
void add_calendar_check_command(CLI::App& parent, Session& s, Action& chosen);
void add_calendar_load_command(CLI::App& parent, Session& s, Action& chosen);

}  // namespace ppid::cli
