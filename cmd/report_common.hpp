#pragma once

// What the report commands share: their options, loading what a report works on, and printing
// a report's document.

#include "report_render.hpp"
#include "reports/input.hpp"
#include "session.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace CLI {
class App;
}

namespace ppid::cli {

// The options of the report commands, as typed.
struct ReportOptions {
  std::optional<std::string> as_of;
  std::optional<std::string> from;
  std::optional<std::string> to;
  std::optional<int> year;
  std::optional<unsigned> month;
  std::optional<std::string> service;
  bool excel = false;
  bool show_personal_data = false;
  bool unmasked = false;
  bool anonymize = false;
  bool fail_if_any = false;
  bool internal = false;
  std::string against = "statutory";
  int within = 3;
};

// Adds the report `name` under `parent` with the options every report takes (with `period`,
// the period options too).
CLI::App& add_report_command(CLI::App& parent, const std::string& name, const Session& s,
                             text::Id help, text::Id footer, ReportOptions& o, bool period);

// Adds --show-personal-data, --unmasked and --anonymize: the registers' options.
void add_personal_data_options(CLI::App& cmd, ReportOptions& o, const Session& s);

// --format, checked against what every report offers.
Format report_format(const Session& s);

// What the report works on. Its options are checked before the case file is opened: a malformed
// period is a usage error whether or not the case file can be opened.
reports::Input load_input(const ReportOptions& o, const Session& s);

// An empty document in the session's language.
ReportDocument report_document(const Session& s, std::string title);

// Prints `doc` in `format` (text, CSV, Markdown, HTML); colour only on a terminal without
// NO_COLOR.
void print_document(const Session& s, Format format, const ReportDocument& doc, bool excel);

// A date, or nothing.
std::string optional_date(const std::optional<Date>& day);

// Which day 0 the limits ran from for incomplete requests (DOMAIN.md: reports say which): its
// word for JSON, its note for people.
std::string_view clock_code(const config::Config& config);
std::string clock_note(const Session& s, const config::Config& config);

// Every statutory limit the configuration sets other than the law's, with the reason given
// (`[deadlines] override`): one heading line each, and the reason, so that a report never
// passes such a limit for the law's. Nothing when every limit is the law's.
std::vector<std::string> law_notes(const Session& s, const config::Config& config);
// The same for JSON: {"reason": ..., "limits": [{"key", "law", "configured", "article"}]}, or
// null.
nlohmann::ordered_json law_override_json(const config::Config& config);

// "2026-01-01 – 2026-12-31"
std::string period_text(const reports::Period& p);

// The report commands, each in its file.
void add_report_overdue_command(CLI::App& parent, Session& s, Action& chosen);
void add_report_due_command(CLI::App& parent, Session& s, Action& chosen);
void add_report_register_command(CLI::App& parent, Session& s, Action& chosen);
void add_report_objections_command(CLI::App& parent, Session& s, Action& chosen);
void add_report_annual_command(CLI::App& parent, Session& s, Action& chosen);

}  // namespace ppid::cli
