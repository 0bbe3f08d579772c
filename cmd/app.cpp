#include "app.hpp"

#include "act_words.hpp"
#include "commands.hpp"
#include "error.hpp"
#include "exit_codes.hpp"
#include "session.hpp"
#include "text/escape.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <charconv>
#include <cstdlib>
#include <ostream>
#include <sstream>
#include <string_view>
#include <vector>

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

// CLI11's parse errors, in ppid's words and message shape.
Error usage_error(const CLI::ParseError& e) {
  const std::string message = e.what();
  const auto error = [](Id id) { return Error{ErrorKind::usage, {id}}; };
  if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
    // "The following argument(s) was/were not expected: A B"
    const auto colon = message.find(": ");
    std::string extra = colon == std::string::npos ? message : message.substr(colon + 2);
    extra = extra.substr(0, extra.find(' '));
    const Id id = extra.starts_with("-") ? Id::err_unknown_option : Id::err_unexpected_argument;
    return error(id).value(extra).allowed({Id::hint_see_help});
  }
  if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr) {
    constexpr std::string_view suffix = " is required";
    if (message == "A subcommand is required") {
      return error(Id::err_missing_command).allowed({Id::hint_see_help});
    }
    if (message.ends_with(suffix)) {
      return error(Id::err_missing_option)
          .value(message.substr(0, message.size() - suffix.size()))
          .allowed({Id::hint_see_help});
    }
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) != nullptr) {
    const auto colon = message.find(':');
    const auto space = message.find(' ');
    if (message.find("missing") != std::string::npos || message.starts_with("Expected")) {
      const auto name = message.starts_with("Expected")
                            ? message.substr(message.find(" to ") + 4,
                                             message.find(',') - message.find(" to ") - 4)
                            : message.substr(0, std::min(colon, space));
      return error(Id::err_option_needs_value).value(name).allowed({Id::hint_see_help});
    }
    if (message.find("At Most") != std::string::npos) {
      return error(Id::err_option_repeated)
          .value(message.substr(0, colon))
          .allowed({Id::hint_see_help});
    }
  }
  return error(Id::err_usage).value(message).allowed({Id::hint_see_help});
}

void localise_help(CLI::App& app, const Session& s) {
  auto formatter = std::make_shared<CLI::Formatter>();
  formatter->label("Usage", s.text(Id::label_usage));
  formatter->label("Options", s.text(Id::label_options));
  formatter->label("Subcommands", s.text(Id::label_subcommands));
  formatter->label("Positionals", s.text(Id::label_positionals));
  formatter->label("REQUIRED", s.text(Id::label_required));
  formatter->label("Env", s.text(Id::label_env));
  formatter->label("OPTIONS", s.text(Id::label_option_placeholder));
  formatter->label("SUBCOMMAND", s.text(Id::label_subcommand_placeholder));
  formatter->column_width(32);
  app.formatter(formatter);
}

// The help of `app`, its usage line naming the whole command ("ppid config show").
void print_help(const CLI::App& app, const Session& s,
                CLI::AppFormatMode mode = CLI::AppFormatMode::Normal) {
  std::string parents;
  for (const CLI::App* parent = app.get_parent(); parent != nullptr;
       parent = parent->get_parent()) {
    parents = parents.empty() ? parent->get_name() : parent->get_name() + " " + parents;
  }
  auto help = app.help(parents, mode);
  if (!help.ends_with('\n')) {
    help += '\n';
  }
  s.out << help;
}

// `ppid help COMMAND...`: the help of that command.
void add_help_command(CLI::App& app, Session& s, Action& chosen) {
  auto words = std::make_shared<std::vector<std::string>>();
  auto* cmd = app.add_subcommand("help", s.text(Id::help_help));
  cmd->add_option("command", *words, s.text(Id::help_help_command));
  cmd->callback([&app, &s, &chosen, words] {
    chosen = [&app, &s, words] {
      CLI::App* target = &app;
      for (const auto& word : *words) {
        // A quoted "config show" is two words.
        std::istringstream parts{word};
        std::string part;
        while (parts >> part) {
          CLI::App* next = nullptr;
          try {
            next = target->get_subcommand(part);
          } catch (const CLI::OptionNotFound&) {
            throw Error{ErrorKind::usage, {Id::err_unexpected_argument}}.value(part).allowed(
                {Id::hint_see_help});
          }
          target = next;
        }
      }
      print_help(*target, s);
      return ExitCode::ok;
    };
  });
}

// Every option, the help flags of subcommands included, under the catalogue's heading.
void label_option_groups(CLI::App& app, const std::string& label) {
  for (auto* option : app.get_options()) {
    option->group(label);
  }
  for (auto* sub : app.get_subcommands({})) {
    label_option_groups(*sub, label);
  }
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

namespace {

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

}  // namespace

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

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    // `--help` after a command asks for that command's help.
    const CLI::App* target = &app;
    while (!target->get_subcommands().empty()) {
      target = target->get_subcommands().front();
    }
    print_help(*target, s);
    return ExitCode::ok;
  } catch (const CLI::CallForAllHelp&) {
    print_help(app, s, CLI::AppFormatMode::All);
    return ExitCode::ok;
  } catch (const CLI::CallForVersion& e) {
    s.out << e.what() << '\n';
    return ExitCode::ok;
  } catch (const CLI::ParseError& e) {
    throw usage_error(e);
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

CLI::App& add_command_group(CLI::App& parent, const std::string& name, const Session& s,
                            text::Id help) {
  auto* group = parent.add_subcommand(name, s.text(help));
  group->require_subcommand(1);
  return *group;
}

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
