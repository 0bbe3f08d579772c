#include "app.hpp"

#include "act_words.hpp"
#include "cli11_glue.hpp"
#include "commands.hpp"
#include "error.hpp"
#include "exit_codes.hpp"
#include "session.hpp"
#include "text/escape.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace ppid::cli {
namespace {

using text::Id;

ExitCode exit_code(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::usage:
      return ExitCode::usage;
    case ErrorKind::bad_input:
      return ExitCode::bad_input;
    case ErrorKind::case_file_missing:
    case ErrorKind::no_input:
      return ExitCode::case_file_missing;
    case ErrorKind::wrong_state:
      return ExitCode::wrong_state;
    case ErrorKind::cannot_create:
      return ExitCode::cannot_create;
    case ErrorKind::io:
      return ExitCode::io;
    case ErrorKind::busy:
      return ExitCode::busy;
    case ErrorKind::config:
      return ExitCode::config;
    case ErrorKind::internal:
      return ExitCode::internal;
  }
  return ExitCode::internal;
}

// The language of help and messages has to be known before the command line is parsed (help
// texts are built with the parser), so --lang is looked for first, then PPID_LANG.
text::Lang early_language(int argc, const char* const* argv) {
  std::optional<text::Lang> from_option;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") {
      break;
    }
    if (arg == "--lang" && i + 1 < argc) {
      from_option = text::parse_lang(argv[i + 1]);
    } else if (arg.starts_with("--lang=")) {
      from_option = text::parse_lang(arg.substr(7));
    }
  }
  if (from_option) {
    return *from_option;
  }
  // An invalid --lang is reported in the language the environment asks for.
  const char* env = std::getenv("PPID_LANG");
  return env != nullptr ? text::parse_lang(env).value_or(text::Lang::id) : text::Lang::id;
}

// The one registry of commands, in help order.
void add_commands(CLI::App& app, Session& s, Action& chosen) {
  add_init_command(app, s, chosen);
  auto& config = add_command_group(app, "config", s, Id::help_config);
  add_config_show_command(config, s, chosen);
  auto& request = add_command_group(app, "request", s, Id::help_request);
  add_request_new_command(request, s, chosen);
  add_request_complete_command(request, s, chosen);
  add_request_list_command(request, s, chosen);
  add_respond_command(app, s, chosen);
  add_extend_command(app, s, chosen);
  add_object_command(app, s, chosen);
  add_escalate_command(app, s, chosen);
  add_court_command(app, s, chosen);
  add_deliver_command(app, s, chosen);
  add_assign_command(app, s, chosen);
  add_withdraw_command(app, s, chosen);
  add_show_command(app, s, chosen);
  add_redact_command(app, s, chosen);
  add_verify_command(app, s, chosen);
  add_backup_command(app, s, chosen);
  add_recalc_command(app, s, chosen);
  add_import_command(app, s, chosen);
  auto& report = add_command_group(app, "report", s, Id::help_report);
  add_report_commands(report, s, chosen);
  auto& calendar = add_command_group(app, "calendar", s, Id::help_calendar);
  add_calendar_commands(calendar, s, chosen);
  add_help_command(app, s, chosen);
}

// --busy-timeout: whole seconds, 0 (give up at once) to an hour.
std::chrono::milliseconds parse_busy_timeout(const std::string& text) {
  int seconds = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (ec != std::errc{} || end != text.data() + text.size() || seconds < 0 || seconds > 3600) {
    throw Error{ErrorKind::usage, {Id::err_bad_busy_timeout}}.value(text).allowed(
        {Id::hint_busy_timeout});
  }
  return std::chrono::seconds{seconds};
}

ExitCode run_checked(int argc, const char* const* argv, Session& s) {
  CLI::App app{s.text(Id::help_app), "ppid"};
  localise_help(app, s);
  app.option_defaults()->group(s.text(Id::label_options));
  app.footer(s.text(Id::help_footer));
  app.set_help_flag("-h,--help", s.text(Id::help_opt_help));
  app.set_version_flag("--version", fmt::format("ppid {}", k_version),
                       s.text(Id::help_opt_version));
  // Global options are accepted after the command's name too.
  app.fallthrough();
  auto* file_option = app.add_option("--file", s.global.file, s.text(Id::help_opt_file))
                          ->envname("PPID_FILE")
                          ->type_name("PATH");
  app.add_option("--today", s.global.today, s.text(Id::help_opt_today))
      ->envname("PPID_TODAY")
      ->type_name("DATE");
  app.add_option("--lang", s.global.lang, s.text(Id::help_opt_lang))
      ->envname("PPID_LANG")
      ->type_name("id|en");
  app.add_option("--format", s.global.format, s.text(Id::help_opt_format))->type_name("FORMAT");
  app.add_option("--busy-timeout", s.global.busy_timeout, s.text(Id::help_opt_busy_timeout))
      ->envname("PPID_BUSY_TIMEOUT")
      ->type_name("SECONDS");
  app.require_subcommand(0, 1);

  Action chosen;
  add_commands(app, s, chosen);
  label_option_groups(app, s.text(Id::label_options));

  if (!parse_command_line(app, argc, argv, s)) {
    return ExitCode::ok;  // the help or the version was asked for, and printed
  }

  s.file_given = file_option->count() > 0 || std::getenv("PPID_FILE") != nullptr;
  if (!text::parse_lang(s.global.lang)) {
    throw Error{ErrorKind::usage, {Id::err_bad_lang}}
        .value(s.global.lang)
        .allowed({Id::hint_allowed, {"id, en"}});
  }
  if (!s.global.today.empty()) {
    parse_date_option(s.global.today);
  }
  if (!s.global.busy_timeout.empty()) {
    s.busy_timeout = parse_busy_timeout(s.global.busy_timeout);
  }
  if (!chosen) {
    throw Error{ErrorKind::usage, {Id::err_missing_command}}.allowed({Id::hint_see_help});
  }
  return chosen();
}

}  // namespace

int run(int argc, const char* const* argv, std::istream& in, std::ostream& out, std::ostream& err) {
  Session s{in, out, err, early_language(argc, argv)};
  try {
    return static_cast<int>(run_checked(argc, argv, s));
  } catch (const Error& e) {
    err << "ppid: error: " << e.render(s.lang, spell_act) << '\n';
    return static_cast<int>(exit_code(e.kind()));
  } catch (const std::exception& e) {
    err << "ppid: error: " << text::render({Id::err_internal}, s.lang) << ": \""
        << text::printable(e.what()) << "\"; " << text::render({Id::hint_report_bug}, s.lang)
        << '\n';
    return static_cast<int>(ExitCode::internal);
  }
}

}  // namespace ppid::cli
