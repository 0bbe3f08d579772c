#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ppid::text {

// The languages of user-facing text. Indonesian is the default.
enum class Lang { id, en };

// `"id"` or `"en"` to a language; nothing for anything else.
std::optional<Lang> parse_lang(std::string_view code);

// Every user-facing text. Each id has an Indonesian and an English text in catalogue.cpp; `{}`
// placeholders are filled in order from a Message's arguments.
enum class Id : std::uint16_t {
  // Errors: what went wrong.
  err_unknown_option,
  err_unexpected_argument,
  err_missing_option,
  err_missing_command,
  err_option_needs_value,
  err_option_repeated,
  err_bad_option_value,
  err_usage,
  err_bad_lang,
  err_bad_format,
  err_bad_date,
  err_bad_time,
  err_bad_duration,
  err_case_file_missing,
  err_case_file_is_directory,
  err_not_case_file,
  err_case_file_unreadable,
  err_case_file_newer,
  err_case_file_exists,
  err_cannot_create,
  err_busy,
  err_io,
  err_internal,
  err_config_unreadable,
  err_config_malformed,
  err_config_unknown_key,
  err_config_wrong_type,
  err_config_bad_value,
  err_config_missing_key,
  err_config_duplicate,
  // Errors: what is allowed, or how to fix it.
  hint_see_help,
  hint_allowed,
  hint_date_format,
  hint_time_format,
  hint_duration_format,
  hint_duration_range,
  hint_duration_unit_required,
  hint_create_case_file,
  hint_choose_other_file,
  hint_upgrade_ppid,
  hint_register_format,
  hint_register_needs_year,
  hint_service_hours,
  hint_service_name,
  hint_system_reason,
  hint_report_bug,
  // Reasons from the operating system, for hint_system_reason.
  sys_permission_denied,
  sys_no_such_directory,
  sys_read_only_fs,
  sys_no_space,
  // What type a configuration value must have.
  type_string,
  type_integer,
  type_boolean,
  type_date,
  type_array,
  type_table,
  // Help.
  help_app,
  help_footer,
  help_opt_file,
  help_opt_today,
  help_opt_lang,
  help_opt_format,
  help_opt_version,
  help_opt_help,
  help_help,
  help_help_command,
  help_init,
  help_init_footer,
  help_init_agency,
  help_init_config,
  help_config,
  help_config_show,
  help_config_show_footer,
  // CLI11's own labels in help output.
  label_usage,
  label_options,
  label_subcommands,
  label_positionals,
  label_required,
  label_env,
  label_option_placeholder,
  label_subcommand_placeholder,
  // Output.
  out_init_done,
  out_config_header,
  count_,  // not a text: the number of ids
};

// A text with its arguments, not yet rendered in a language.
struct Message {
  Id id;
  std::vector<std::string> args = {};
};

// The raw text of `id` in `lang`, placeholders unfilled.
std::string_view get(Id id, Lang lang);

// `message` in `lang`, placeholders filled.
std::string render(const Message& message, Lang lang);

// `text` made safe to show on a terminal: control characters (C0, DEL, C1) and so escape
// sequences are shown as `\xNN` instead of being sent to the terminal.
std::string printable(std::string_view text);

}  // namespace ppid::text
