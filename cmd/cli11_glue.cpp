#include "cli11_glue.hpp"

#include "error.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace ppid::cli {
namespace {

using text::Id;

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

// The help of `app`, its usage line naming the whole command ("ppid config show").
void print_help(const CLI::App& app, const Session& s,
                CLI::AppFormatMode mode = CLI::AppFormatMode::Normal) {
  std::string parents;
  for (const CLI::App* parent = app.get_parent(); parent != nullptr;
       parent = parent->get_parent()) {
    if (!parents.empty()) {
      parents.insert(0, " ");
    }
    parents.insert(0, parent->get_name());
  }
  auto help = app.help(parents, mode);
  if (!help.ends_with('\n')) {
    help += '\n';
  }
  s.out << help;
}

}  // namespace

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

CLI::App& add_command_group(CLI::App& parent, const std::string& name, const Session& s,
                            text::Id help) {
  auto* group = parent.add_subcommand(name, s.text(help));
  group->require_subcommand(1);
  return *group;
}

bool parse_command_line(CLI::App& app, int argc, const char* const* argv, const Session& s) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    // `--help` after a command asks for that command's help.
    const CLI::App* target = &app;
    while (!target->get_subcommands().empty()) {
      target = target->get_subcommands().front();
    }
    print_help(*target, s);
    return false;
  } catch (const CLI::CallForAllHelp&) {
    print_help(app, s, CLI::AppFormatMode::All);
    return false;
  } catch (const CLI::CallForVersion& e) {
    s.out << e.what() << '\n';
    return false;
  } catch (const CLI::ParseError& e) {
    throw usage_error(e);
  }

  return true;
}

}  // namespace ppid::cli
