#include "report_common.hpp"

#include "calendar/duration.hpp"
#include "config/config.hpp"
#include "store/report_input.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <unistd.h>

#include <cstdlib>
#include <iostream>

namespace ppid::cli {
namespace {

using text::Id;

bool colour_wanted(const Session& s) {
  return &s.out == &std::cout && ::isatty(STDOUT_FILENO) == 1 && std::getenv("NO_COLOR") == nullptr;
}

reports::Query query_of(const ReportOptions& o, const Session& s) {
  reports::Query query;
  query.period = {o.from, o.to, o.year, o.month};
  query.service = o.service;
  query.show_personal_data = o.show_personal_data;
  query.unmasked = o.unmasked;
  query.anonymize = o.anonymize;
  query.placeholder = s.text(Id::word_redacted);
  return query;
}

}  // namespace

CLI::App& add_report_command(CLI::App& parent, const std::string& name, const Session& s,
                             text::Id help, text::Id footer, ReportOptions& o, bool period) {
  auto* cmd = parent.add_subcommand(name, s.text(help));
  cmd->footer(s.text(footer));
  cmd->add_option("--as-of", o.as_of, s.text(Id::help_opt_as_of))->type_name("DATE");
  if (period) {
    cmd->add_option("--from", o.from, s.text(Id::help_opt_from))->type_name("DATE");
    cmd->add_option("--to", o.to, s.text(Id::help_opt_to))->type_name("DATE");
    cmd->add_option("--year", o.year, s.text(Id::help_opt_report_year))->type_name("YEAR");
    cmd->add_option("--month", o.month, s.text(Id::help_opt_month))->type_name("1..12");
  }
  cmd->add_option("--service", o.service, s.text(Id::help_opt_service))->type_name("NAME");
  cmd->add_flag("--excel", o.excel, s.text(Id::help_opt_excel));
  return *cmd;
}

void add_personal_data_options(CLI::App& cmd, ReportOptions& o, const Session& s) {
  cmd.add_flag("--show-personal-data", o.show_personal_data,
               s.text(Id::help_opt_show_personal_data));
  cmd.add_flag("--unmasked", o.unmasked, s.text(Id::help_opt_unmasked));
  cmd.add_flag("--anonymize", o.anonymize, s.text(Id::help_opt_anonymize));
}

Format report_format(const Session& s) {
  return s.format({Format::text, Format::csv, Format::json, Format::markdown, Format::html});
}

reports::Input load_input(const ReportOptions& o, const Session& s) {
  const auto query = query_of(o, s);
  const auto given_as_of = o.as_of ? std::optional{parse_date_option(*o.as_of)} : std::nullopt;
  // Before the case file is opened: a malformed period is a usage error even when it cannot be.
  reports::check_query(query, given_as_of);
  const auto file = s.open_case_file(store::Access::read_only);
  const auto as_of = given_as_of.value_or(s.today(file.config().agency.time_zone));
  return store::load_report_input(file, query, as_of);
}

ReportDocument report_document(const Session& s, std::string title) {
  ReportDocument doc;
  doc.lang = s.lang == text::Lang::id ? "id" : "en";
  doc.title = std::move(title);
  return doc;
}

void print_document(const Session& s, Format format, const ReportDocument& doc, bool excel) {
  switch (format) {
    case Format::csv:
      render_csv(s.out, doc, excel);
      break;
    case Format::markdown:
      render_markdown(s.out, doc);
      break;
    case Format::html:
      render_html(s.out, doc);
      break;
    default:
      render_text(s.out, doc, colour_wanted(s));
  }
}

std::string optional_date(const std::optional<Date>& day) {
  return day ? to_iso(*day) : "";
}

std::string_view clock_code(const config::Config& config) {
  return code(config.calendar.clock_starts);
}

std::string clock_note(const Session& s, const config::Config& config) {
  return s.text(config.calendar.clock_starts == calendar::ClockStart::receipt
                    ? Id::report_clock_receipt
                    : Id::report_clock_completion);
}

std::vector<std::string> law_notes(const Session& s, const config::Config& config) {
  std::vector<std::string> notes;
  for (const auto& d : config::deviations(config.deadlines)) {
    notes.push_back(s.text(
        {Id::out_config_deviation,
         {d.key, calendar::to_string(d.configured), calendar::to_string(d.law), d.article}}));
  }
  if (!notes.empty()) {
    notes.push_back(config.deadlines.override_reason
                        ? s.text({Id::report_law_override, {*config.deadlines.override_reason}})
                        : s.text(Id::report_law_override_none));
  }
  return notes;
}

nlohmann::ordered_json law_override_json(const config::Config& config) {
  const auto deviations = config::deviations(config.deadlines);
  if (deviations.empty()) {
    return nullptr;
  }
  nlohmann::ordered_json out;
  out["reason"] = config.deadlines.override_reason
                      ? nlohmann::ordered_json(*config.deadlines.override_reason)
                      : nlohmann::ordered_json(nullptr);
  out["limits"] = nlohmann::ordered_json::array();
  for (const auto& d : deviations) {
    out["limits"].push_back({{"key", d.key},
                             {"law", calendar::to_string(d.law)},
                             {"configured", calendar::to_string(d.configured)},
                             {"article", d.article}});
  }
  return out;
}

std::string period_text(const reports::Period& p) {
  return fmt::format("{} – {}", to_iso(p.from), to_iso(p.to));
}

}  // namespace ppid::cli
