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
  err_file_unreadable,
  err_config_malformed,
  err_config_unknown_key,
  err_config_wrong_type,
  err_config_bad_value,
  err_config_missing_key,
  err_config_duplicate,
  err_holiday_duplicate,
  err_holiday_unsorted,
  err_no_holiday_data,
  err_bad_year,
  err_stdin_line,
  err_add_stdin_extra,
  err_toml_needs_year,
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
  hint_holiday_year,
  hint_holiday_order,
  hint_list_once,
  hint_year_range,
  hint_load_holidays,
  hint_stdin_line,
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
  help_calendar,
  help_calendar_add,
  help_calendar_add_footer,
  help_calendar_add_date,
  help_calendar_add_duration,
  help_calendar_explain,
  help_calendar_between,
  help_calendar_between_footer,
  help_calendar_between_from,
  help_calendar_between_to,
  help_calendar_holidays,
  help_calendar_holidays_footer,
  help_calendar_holidays_year,
  help_calendar_check,
  help_calendar_check_footer,
  help_calendar_load,
  help_calendar_load_footer,
  help_calendar_load_file,
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
  out_provisional,
  out_add_result,
  out_explain_day0,
  out_explain_skipped,
  out_explain_counted,
  out_explain_counted_because,
  out_explain_uncovered,
  out_reason_weekend,
  out_reason_holiday,
  out_reason_collective_leave,
  out_reason_closed_day,
  out_reason_extra_working_day,
  out_reason_collective_leave_worked,
  out_holidays_year_heading,
  out_holidays_year_source_builtin,
  out_holidays_year_source_loaded,
  out_kind_holiday,
  out_kind_collective_leave,
  out_check_covered,
  out_check_none,
  out_check_ok,
  out_check_missing,
  out_load_done,
  weekday_sun,
  weekday_mon,
  weekday_tue,
  weekday_wed,
  weekday_thu,
  weekday_fri,
  weekday_sat,
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
