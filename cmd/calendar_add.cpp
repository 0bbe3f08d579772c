// ppid calendar add: the date a duration after a date, with the days it passed over; with "-",
// one result per line of stdin.

#include "calendar/calendar.hpp"
#include "calendar_common.hpp"
#include "error.hpp"
#include "text/escape.hpp"
#include "text/table.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>
#include <memory>
#include <optional>
#include <ostream>

namespace ppid::cli {
namespace {

using calendar::Calendar;
using calendar::DayReason;
using json = nlohmann::ordered_json;
using text::Id;

struct AddOptions {
  std::string date;
  std::optional<std::string> duration;
  bool explain = false;
};

Id reason_text(DayReason reason) {
  switch (reason) {
    case DayReason::weekend:
      return Id::out_reason_weekend;
    case DayReason::holiday:
      return Id::out_reason_holiday;
    case DayReason::collective_leave:
      return Id::out_reason_collective_leave;
    case DayReason::closed_day:
      return Id::out_reason_closed_day;
    case DayReason::extra_working_day:
      return Id::out_reason_extra_working_day;
    case DayReason::collective_leave_worked:
    case DayReason::working:
      break;
  }
  return Id::out_reason_collective_leave_worked;
}

// "cuti bersama — Cuti Bersama Hari Suci Nyepi (SKB 1017/2024, 2/2024, 2/2024)"
std::string describe(const Session& s, const calendar::DayStatus& status) {
  std::string what = s.text(reason_text(status.reason));
  if (status.holiday != nullptr) {
    const auto& name = s.lang == text::Lang::id ? status.holiday->name_id : status.holiday->name_en;
    what += fmt::format(" — {} ({})", name, status.holiday->basis);
  } else if (status.local_day != nullptr && !status.local_day->name.empty()) {
    what += " — " + text::printable(status.local_day->name);
  }
  return what;
}

json day_json(const calendar::ExplainedDay& day) {
  json out;
  out["date"] = to_iso(day.status.date);
  out["counted"] = day.ordinal > 0;
  if (day.ordinal > 0) {
    out["ordinal"] = day.ordinal;
  }
  out["reason"] = code(day.status.reason);
  if (day.status.holiday != nullptr) {
    out["name_id"] = day.status.holiday->name_id;
    out["name_en"] = day.status.holiday->name_en;
    out["basis"] = day.status.holiday->basis;
  } else if (day.status.local_day != nullptr) {
    out["name"] = day.status.local_day->name;
  }
  out["covered"] = day.status.covered;
  return out;
}

// Plain days (art. 50) count every day: a closed day is only named, and holiday data does not
// matter.
std::string plain_day_line(const Session& s, const calendar::ExplainedDay& day) {
  const auto ordinal = std::to_string(day.ordinal);
  if (is_working(day.status.reason)) {
    return s.text({Id::out_explain_plain_day, {ordinal}});
  }
  return s.text({Id::out_explain_plain_day_because, {ordinal, describe(s, day.status)}});
}

void print_explanation(const Session& s, const Calendar& cal, Date from, Date due,
                       calendar::DayUnit unit) {
  std::vector<std::vector<std::string>> rows{
      {to_iso(from), s.weekday_name(from), s.text(Id::out_explain_day0)}};
  for (const auto& day : cal.explain(from, due, unit)) {
    std::string line;
    if (unit == calendar::DayUnit::plain) {
      rows.push_back(
          {to_iso(day.status.date), s.weekday_name(day.status.date), plain_day_line(s, day)});
      continue;
    }
    if (day.ordinal == 0) {
      line = s.text({Id::out_explain_skipped, {describe(s, day.status)}});
    } else if (day.status.reason == DayReason::working) {
      line = s.text({Id::out_explain_counted, {std::to_string(day.ordinal)}});
    } else {
      line = s.text({Id::out_explain_counted_because,
                     {std::to_string(day.ordinal), describe(s, day.status)}});
    }
    if (!day.status.covered) {
      line += fmt::format(" [{}]", s.text({Id::out_explain_uncovered,
                                           {std::to_string(static_cast<int>(
                                               date::year_month_day{day.status.date}.year()))}}));
    }
    rows.push_back({to_iso(day.status.date), s.weekday_name(day.status.date), line});
  }
  const auto layout = text::Layout::indented("  ");
  s.out << text::render(
      {text::Column::left(), text::Column::left(6).then("  "), text::Column::left()}, rows, layout);
}

// `ppid calendar add -`: one "DATE DURATION" per stdin line, one result per line, in order.
ExitCode run_add_stdin(const Session& s, const Calendar& cal, Format format) {
  std::string line;
  std::string buffer;
  long line_number = 0;
  const auto flush = [&] {
    s.out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    buffer.clear();
  };
  while (std::getline(s.in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (line.find_first_not_of(" \t") == std::string::npos) {
      // A blank line keeps its place in text output (a spreadsheet column stays aligned).
      if (format == Format::text) {
        buffer += '\n';
      }
      continue;
    }
    try {
      const auto start = line.find_first_not_of(" \t");
      const auto separator = line.find_first_of(" \t", start);
      if (separator == std::string::npos) {
        throw Error{ErrorKind::bad_input, {Id::err_stdin_line}}.value(line).allowed(
            {Id::hint_stdin_line});
      }
      const auto date_text = std::string_view{line}.substr(start, separator - start);
      const auto from = parse_iso_date(date_text);
      if (!from) {
        throw Error{ErrorKind::bad_input, {Id::err_bad_date}}
            .value(std::string{date_text})
            .allowed({Id::hint_date_format});
      }
      const auto duration_start = line.find_first_not_of(" \t", separator);
      const auto duration = calendar::parse_duration(
          std::string_view{line}.substr(std::min(duration_start, line.size())),
          ErrorKind::bad_input);
      const auto due = cal.add(*from, duration);
      if (format == Format::json) {
        fmt::format_to(std::back_inserter(buffer),
                       "{{\"from\": \"{}\", \"duration\": \"{}\", \"due\": \"{}\", "
                       "\"provisional\": {}}}\n",
                       date_text, calendar::to_string(duration), to_iso(due.date), due.provisional);
      } else {
        buffer += to_iso(due.date);
        if (due.provisional) {
          buffer += ' ';
          buffer += s.text(Id::out_provisional);
        }
        buffer += '\n';
      }
    } catch (Error& e) {
      // What came before the bad line is written; nothing after it.
      flush();
      throw std::move(e).at(fmt::format("stdin:{}", line_number));
    }
    if (buffer.size() >= 1 << 16) {
      flush();
    }
  }
  flush();
  return ExitCode::ok;
}

ExitCode run_add(const AddOptions& o, const Session& s) {
  const auto format = s.format({Format::text, Format::json});
  if (o.date == "-") {
    if (o.duration) {
      throw Error{ErrorKind::usage, {Id::err_add_stdin_extra}}.value(*o.duration);
    }
    return run_add_stdin(s, calendar_context(s).calendar, format);
  }
  const auto from = parse_date_option(o.date);
  if (!o.duration) {
    throw Error{ErrorKind::usage, {Id::err_missing_option}}
        .value("DURATION")
        .allowed({Id::hint_duration_format});
  }
  const auto duration = calendar::parse_duration(*o.duration, ErrorKind::usage);
  const auto context = calendar_context(s);
  const auto due = context.calendar.add(from, duration);
  if (format == Format::json) {
    json out;
    out["from"] = to_iso(from);
    out["duration"] = calendar::to_string(duration);
    out["due"] = to_iso(due.date);
    out["provisional"] = due.provisional;
    if (o.explain) {
      out["days"] = json::array();
      for (const auto& day : context.calendar.explain(from, due.date, duration.unit)) {
        out["days"].push_back(day_json(day));
      }
    }
    s.out << out.dump(2) << '\n';
    return ExitCode::ok;
  }
  s.out << with_mark(s, to_iso(due.date), due.provisional) << '\n';
  if (o.explain) {
    print_explanation(s, context.calendar, from, due.date, duration.unit);
  }
  return ExitCode::ok;
}

}  // namespace

void add_calendar_add_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<AddOptions>();
  auto* cmd = parent.add_subcommand("add", s.text(Id::help_calendar_add));
  cmd->footer(s.text(Id::help_calendar_add_footer));
  cmd->add_option("date", o->date, s.text(Id::help_calendar_add_date))
      ->required()
      ->type_name("DATE");
  cmd->add_option("duration", o->duration, s.text(Id::help_calendar_add_duration))
      ->type_name("DURATION");
  cmd->add_flag("--explain", o->explain, s.text(Id::help_calendar_explain));
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_add(*o, s); }; });
}

}  // namespace ppid::cli
