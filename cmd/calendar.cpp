#include "calendar/calendar.hpp"

#include "case_view.hpp"
#include "commands.hpp"
#include "config/builtin_holidays.hpp"
#include "config/holiday_file.hpp"
#include "error.hpp"
#include "read_file.hpp"
#include "store/case_file.hpp"
#include "store/case_store.hpp"
#include "store/holiday_store.hpp"
#include "text/csv.hpp"
#include "text/escape.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>
#include <optional>
#include <ostream>

namespace ppid::cli {
namespace {

using calendar::Calendar;
using calendar::DayReason;
using json = nlohmann::ordered_json;
using text::Id;

// The calendar a command computes with: the case file's when one was named, else the national
// default (Saturday and Sunday, national holidays and cuti bersama closed).
struct CalendarContext {
  Calendar calendar;
  Zone zone;
  std::vector<int> loaded_years;
};

CalendarContext calendar_context(const Session& s) {
  if (!s.file_given) {
    return {config::national_calendar(), Zone::wib, {}};
  }
  const auto file = s.open_case_file(store::Access::read_only);
  std::vector<int> loaded;
  for (const auto& year : store::loaded_holiday_years(file)) {
    loaded.push_back(year.year);
  }
  return {store::case_calendar(file), file.config().agency.time_zone, loaded};
}

std::string with_mark(const Session& s, const std::string& value, bool provisional) {
  return provisional ? value + " " + s.text(Id::out_provisional) : value;
}

std::string_view reason_code(DayReason reason) {
  switch (reason) {
    case DayReason::working:
      return "working";
    case DayReason::extra_working_day:
      return "extra-working-day";
    case DayReason::collective_leave_worked:
      return "collective-leave-worked";
    case DayReason::weekend:
      return "weekend";
    case DayReason::holiday:
      return "holiday";
    case DayReason::collective_leave:
      return "collective-leave";
    case DayReason::closed_day:
      return "closed-day";
  }
  return "working";
}

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
  out["reason"] = reason_code(day.status.reason);
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

Date date_argument(std::string_view value) {
  return parse_date_option(value);
}

// --- calendar add --------------------------------------------------------------------------

struct AddOptions {
  std::string date;
  std::optional<std::string> duration;
  bool explain = false;
};

void print_explanation(const Session& s, const Calendar& cal, Date from, Date due) {
  s.out << fmt::format("  {} {:<6}  {}\n", to_iso(from), s.weekday_name(from),
                       s.text(Id::out_explain_day0));
  for (const auto& day : cal.explain(from, due)) {
    std::string line;
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
    s.out << fmt::format("  {} {:<6}  {}\n", to_iso(day.status.date),
                         s.weekday_name(day.status.date), line);
  }
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
  const auto from = date_argument(o.date);
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
      for (const auto& day : context.calendar.explain(from, due.date)) {
        out["days"].push_back(day_json(day));
      }
    }
    s.out << out.dump(2) << '\n';
    return ExitCode::ok;
  }
  s.out << with_mark(s, to_iso(due.date), due.provisional) << '\n';
  if (o.explain) {
    print_explanation(s, context.calendar, from, due.date);
  }
  return ExitCode::ok;
}

// --- calendar between ----------------------------------------------------------------------

struct BetweenOptions {
  std::string from;
  std::string to;
};

ExitCode run_between(const BetweenOptions& o, const Session& s) {
  const auto format = s.format({Format::text, Format::json});
  const auto from = date_argument(o.from);
  const auto to = date_argument(o.to);
  const auto context = calendar_context(s);
  const auto count = context.calendar.working_days_between(from, to);
  const bool provisional = context.calendar.between_is_provisional(from, to);
  if (format == Format::json) {
    json out;
    out["from"] = to_iso(from);
    out["to"] = to_iso(to);
    out["working_days"] = count;
    out["provisional"] = provisional;
    s.out << out.dump(2) << '\n';
    return ExitCode::ok;
  }
  s.out << with_mark(s, std::to_string(count), provisional) << '\n';
  return ExitCode::ok;
}

// --- calendar holidays ---------------------------------------------------------------------

struct HolidaysOptions {
  std::optional<std::string> year;
};

std::string years_text(const Session& s, const std::vector<int>& years) {
  if (years.empty()) {
    return s.text(Id::out_check_none);
  }
  // Consecutive years as ranges: "2020–2027".
  std::vector<std::string> parts;
  std::size_t i = 0;
  while (i < years.size()) {
    std::size_t j = i;
    while (j + 1 < years.size() && years[j + 1] == years[j] + 1) {
      ++j;
    }
    parts.push_back(j == i ? std::to_string(years[i]) : fmt::format("{}–{}", years[i], years[j]));
    i = j + 1;
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

int parse_year_option(const std::string& value) {
  if (value.size() == 4 && value.find_first_not_of("0123456789") == std::string::npos) {
    const int year = std::stoi(value);
    if (year >= 1900 && year <= 2999) {
      return year;
    }
  }
  throw Error{ErrorKind::usage, {Id::err_bad_year}}.value(value).allowed({Id::hint_year_range});
}

ExitCode run_holidays(const HolidaysOptions& o, const Session& s) {
  const auto format = s.format({Format::text, Format::csv, Format::json, Format::toml});
  const auto context = calendar_context(s);
  const auto& all_years = context.calendar.holiday_years();
  std::vector<const calendar::HolidayYear*> years;
  if (o.year) {
    const int wanted = parse_year_option(*o.year);
    for (const auto& year : all_years) {
      if (year.year == wanted) {
        years.push_back(&year);
      }
    }
    if (years.empty()) {
      throw Error{ErrorKind::usage, {Id::err_no_holiday_data}}.value(*o.year).allowed(
          {Id::hint_load_holidays, {years_text(s, context.calendar.covered_years())}});
    }
  } else {
    for (const auto& year : all_years) {
      years.push_back(&year);
    }
  }
  if (format == Format::toml) {
    if (years.size() != 1) {
      throw Error{ErrorKind::usage, {Id::err_toml_needs_year}}.value("toml");
    }
    s.out << config::to_toml(*years.front());
    return ExitCode::ok;
  }
  if (format == Format::csv) {
    s.out << "date,kind,name_id,name_en,basis\r\n";
    for (const auto* year : years) {
      for (const auto& day : year->days) {
        s.out << fmt::format("{},{},{},{},{}\r\n", to_iso(day.date), kind_code(day.kind),
                             text::csv_field(day.name_id), text::csv_field(day.name_en),
                             text::csv_field(day.basis));
      }
    }
    return ExitCode::ok;
  }
  if (format == Format::json) {
    json out = json::array();
    for (const auto* year : years) {
      for (const auto& day : year->days) {
        out.push_back({{"date", to_iso(day.date)},
                       {"kind", kind_code(day.kind)},
                       {"name_id", day.name_id},
                       {"name_en", day.name_en},
                       {"basis", day.basis}});
      }
    }
    s.out << out.dump(2) << '\n';
    return ExitCode::ok;
  }
  bool first = true;
  for (const auto* year : years) {
    const auto [holidays, leave] = calendar::count_kinds(*year);
    const bool loaded = std::find(context.loaded_years.begin(), context.loaded_years.end(),
                                  year->year) != context.loaded_years.end();
    s.out << (first ? "" : "\n")
          << s.text({Id::out_holidays_year_heading,
                     {std::to_string(year->year), std::to_string(holidays), std::to_string(leave),
                      s.text(loaded ? Id::out_holidays_year_source_loaded
                                    : Id::out_holidays_year_source_builtin)}})
          << '\n';
    first = false;
    for (const auto& day : year->days) {
      const auto& name = s.lang == text::Lang::id ? day.name_id : day.name_en;
      s.out << fmt::format(
          "  {} {:<6}  {:<16}  {} ({})\n", to_iso(day.date), s.weekday_name(day.date),
          s.text(day.kind == calendar::HolidayKind::holiday ? Id::out_kind_holiday
                                                            : Id::out_kind_collective_leave),
          name, day.basis);
    }
  }
  return ExitCode::ok;
}

// --- calendar check ------------------------------------------------------------------------

ExitCode run_check(const Session& s) {
  const auto format = s.format({Format::text, Format::json});
  const auto context = calendar_context(s);
  const auto today = s.today(context.zone);
  // The next 12 months: today up to the day before the same date next year.
  const date::year_month_day ymd{today};
  auto next = ymd + date::years{1};
  if (!next.ok()) {
    next = next.year() / next.month() / date::last;
  }
  const auto horizon = Date{next} - date::days{1};
  std::vector<int> missing;
  for (int year = static_cast<int>(ymd.year());
       year <= static_cast<int>(date::year_month_day{horizon}.year()); ++year) {
    if (!context.calendar.covers(Date{date::year{year} / 1 / 1})) {
      missing.push_back(year);
    }
  }
  const auto covered = context.calendar.covered_years();
  if (format == Format::json) {
    json out;
    out["today"] = to_iso(today);
    out["until"] = to_iso(horizon);
    out["covered_years"] = covered;
    out["missing_years"] = missing;
    out["ok"] = missing.empty();
    s.out << out.dump(2) << '\n';
  } else {
    s.out << s.text({Id::out_check_covered, {years_text(s, covered)}}) << '\n';
    if (missing.empty()) {
      s.out << s.text({Id::out_check_ok, {to_iso(today), to_iso(horizon)}}) << '\n';
    } else {
      for (int year : missing) {
        s.out << s.text(
                     {Id::out_check_missing,
                      {std::to_string(year), to_iso(today), to_iso(horizon), std::to_string(year)}})
              << '\n';
      }
    }
  }
  return missing.empty() ? ExitCode::ok : ExitCode::found;
}

// --- calendar load -------------------------------------------------------------------------

struct LoadOptions {
  std::string path;
};

ExitCode run_load(const LoadOptions& o, const Session& s) {
  s.format({Format::text});
  const auto content = read_whole_file(o.path);
  if (!content) {
    throw Error{ErrorKind::no_input, {Id::err_file_unreadable}}.value(o.path);
  }
  auto file = s.open_case_file(store::Access::read_write);
  const auto zone = file.config().agency.time_zone;
  auto transaction = file.begin_write();
  const auto year = store::load_holiday_file(file, *content, o.path, to_iso(s.now(zone), zone));
  // Deadlines are derived from the calendar: a new decree moves those of open cases now, in the
  // same transaction, and the officer sees which.
  const auto moves = store::recalc(file, store::case_calendar(file), s.today(zone));
  transaction.commit();
  const auto [holidays, leave] = calendar::count_kinds(year);
  s.out << s.text({Id::out_load_done,
                   {std::to_string(year.year), o.path, std::to_string(holidays),
                    std::to_string(leave)}})
        << '\n';
  print_moves(s, moves);
  return ExitCode::ok;
}

}  // namespace

void add_calendar_commands(CLI::App& parent, Session& s, Action& chosen) {
  {
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
  {
    auto o = std::make_shared<BetweenOptions>();
    auto* cmd = parent.add_subcommand("between", s.text(Id::help_calendar_between));
    cmd->footer(s.text(Id::help_calendar_between_footer));
    cmd->add_option("date1", o->from, s.text(Id::help_calendar_between_from))
        ->required()
        ->type_name("DATE1");
    cmd->add_option("date2", o->to, s.text(Id::help_calendar_between_to))
        ->required()
        ->type_name("DATE2");
    cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_between(*o, s); }; });
  }
  {
    auto o = std::make_shared<HolidaysOptions>();
    auto* cmd = parent.add_subcommand("holidays", s.text(Id::help_calendar_holidays));
    cmd->footer(s.text(Id::help_calendar_holidays_footer));
    cmd->add_option("year", o->year, s.text(Id::help_calendar_holidays_year))->type_name("YEAR");
    cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_holidays(*o, s); }; });
  }
  {
    auto* cmd = parent.add_subcommand("check", s.text(Id::help_calendar_check));
    cmd->footer(s.text(Id::help_calendar_check_footer));
    cmd->callback([&s, &chosen] { chosen = [&s] { return run_check(s); }; });
  }
  {
    auto o = std::make_shared<LoadOptions>();
    auto* cmd = parent.add_subcommand("load", s.text(Id::help_calendar_load));
    cmd->footer(s.text(Id::help_calendar_load_footer));
    cmd->add_option("file", o->path, s.text(Id::help_calendar_load_file))
        ->required()
        ->type_name("FILE.toml");
    cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_load(*o, s); }; });
  }
}

}  // namespace ppid::cli
