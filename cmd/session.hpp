#pragma once

#include "date.hpp"
#include "exit_codes.hpp"
#include "store/case_file.hpp"
#include "text/catalogue.hpp"

#include <chrono>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <iosfwd>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

namespace ppid::cli {

// The output formats a command may offer.
enum class Format { text, json, csv, markdown, html, toml };

// The options every command accepts, before or after the command's name.
struct GlobalOptions {
  std::string file = "./ppid.sqlite";
  std::string today;
  std::string lang = "id";
  std::string format = "text";
  std::string busy_timeout;  // seconds, as typed; checked once parsed
};

// What a command's run needs from the command line: the global options, the streams, the
// language, and "today", resolved once.
class Session {
 public:
  Session(std::istream& in_stream, std::ostream& out_stream, std::ostream& err_stream,
          text::Lang language)
      : in(in_stream), out(out_stream), err(err_stream), lang(language) {}

  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  text::Lang lang;
  GlobalOptions global;
  // Whether --file or PPID_FILE named the case file (commands that work without one use it
  // only then).
  bool file_given = false;
  // How long a writer waits for another's write lock before giving up (exit 75).
  std::chrono::milliseconds busy_timeout{10'000};

  // A catalogue text in the session's language.
  std::string text(text::Id id) const { return text::render({id}, lang); }
  std::string text(const text::Message& message) const { return text::render(message, lang); }

  std::filesystem::path case_file_path() const { return global.file; }

  // Opens the case file named by --file / PPID_FILE.
  store::CaseFile open_case_file(store::Access access) const;

  // --format, checked against what the command offers (Error{usage} otherwise).
  Format format(std::initializer_list<Format> offered) const;

  // Today in `zone`: --today / PPID_TODAY when given, else the system clock. Resolved once.
  Date today(Zone zone) const;

  // Now in `zone`: with --today, that day without a time of day; else the system clock.
  LocalTime now(Zone zone) const;

  // A weekday's name in the session's language.
  std::string weekday_name(Date day) const;

 private:
  mutable std::optional<LocalTime> m_now;
};

// What a command chose at parse time, run after the whole command line parsed.
using Action = std::function<ExitCode()>;

// Parses a date given on the command line (Error{usage} naming the value otherwise).
Date parse_date_option(std::string_view value);

}  // namespace ppid::cli
