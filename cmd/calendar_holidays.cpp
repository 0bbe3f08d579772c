// ppid calendar holidays: the national holidays and cuti bersama, with their decrees.

#include "calendar/holidays.hpp"
#include "calendar_common.hpp"
#include "config/holiday_file.hpp"
#include "error.hpp"
#include "text/csv.hpp"
#include "text/table.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>
#include <optional>
#include <ostream>

namespace ppid::cli {
namespace {

using json = nlohmann::ordered_json;
using text::Id;

struct HolidaysOptions {
  std::optional<std::string> year;
};

int parse_year_option(const std::string& value) {
  if (value.size() == 4 && value.find_first_not_of("0123456789") == std::string::npos) {
    const int year = std::stoi(value);
    if (year >= 1900 && year <= 2999) {
      return year;
    }
  }
  throw Error{ErrorKind::usage, {Id::err_bad_year}}.value(value).allowed({Id::hint_year_range});
}

void print_csv(const Session& s, const std::vector<const calendar::HolidayYear*>& years) {
  s.out << text::csv_line({"date", "kind", "name_id", "name_en", "basis"});
  for (const auto* year : years) {
    for (const auto& day : year->days) {
      s.out << text::csv_line({to_iso(day.date), std::string{kind_code(day.kind)}, day.name_id,
                               day.name_en, day.basis});
    }
  }
}

void print_json(const Session& s, const std::vector<const calendar::HolidayYear*>& years) {
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
}

void print_text(const Session& s, const std::vector<const calendar::HolidayYear*>& years,
                const std::vector<int>& loaded_years) {
  bool first = true;
  for (const auto* year : years) {
    const auto [holidays, leave] = calendar::count_kinds(*year);
    const bool loaded =
        std::find(loaded_years.begin(), loaded_years.end(), year->year) != loaded_years.end();
    s.out << (first ? "" : "\n")
          << s.text({Id::out_holidays_year_heading,
                     {std::to_string(year->year), std::to_string(holidays), std::to_string(leave),
                      s.text(loaded ? Id::out_holidays_year_source_loaded
                                    : Id::out_holidays_year_source_builtin)}})
          << '\n';
    first = false;
    std::vector<std::vector<std::string>> rows;
    for (const auto& day : year->days) {
      const auto& name = s.lang == text::Lang::id ? day.name_id : day.name_en;
      rows.push_back(
          {to_iso(day.date), s.weekday_name(day.date),
           s.text(day.kind == calendar::HolidayKind::holiday ? Id::out_kind_holiday
                                                             : Id::out_kind_collective_leave),
           fmt::format("{} ({})", name, day.basis)});
    }
    const auto layout = text::Layout::indented("  ");
    s.out << text::render({text::Column::left(), text::Column::left(6).then("  "),
                           text::Column::left(16).then("  "), text::Column::left()},
                          rows, layout);
  }
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
  switch (format) {
    case Format::toml:
      if (years.size() != 1) {
        throw Error{ErrorKind::usage, {Id::err_toml_needs_year}}.value("toml");
      }
      s.out << config::to_toml(*years.front());
      break;
    case Format::csv:
      print_csv(s, years);
      break;
    case Format::json:
      print_json(s, years);
      break;
    default:
      print_text(s, years, context.loaded_years);
  }
  return ExitCode::ok;
}

}  // namespace

void add_calendar_holidays_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<HolidaysOptions>();
  auto* cmd = parent.add_subcommand("holidays", s.text(Id::help_calendar_holidays));
  cmd->footer(s.text(Id::help_calendar_holidays_footer));
  cmd->add_option("year", o->year, s.text(Id::help_calendar_holidays_year))->type_name("YEAR");
  cmd->callback([o, &s, &chosen] { chosen = [o, &s] { return run_holidays(*o, s); }; });
}

}  // namespace ppid::cli
