#pragma once

#include "text/catalogue.hpp"

#include <optional>
#include <stdexcept>
#include <string>

namespace ppid {

// What went wrong, in the terms the command line maps to an exit code.
enum class ErrorKind {
  usage,              // a malformed command line
  bad_input,          // a file's content, a stdin line, times out of order, a newer case file
  case_file_missing,  // missing, unreadable or not a ppid case file
  no_input,           // an input file (not the case file) is missing or unreadable
  wrong_state,        // the action is not allowed in the case's current state
  cannot_create,      // a file could not be created
  io,                 // reading or writing failed
  busy,               // the case file stayed locked by another process
  config,             // the configuration is invalid
  internal,           // a bug
};

// The one error type the library throws. It carries message ids, not rendered text, so that the
// command line renders it in the user's language:
//   [location: ]<what>[: "<value>"][; <allowed>]
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, text::Message what);

  // Builders, used as `throw Error{...}.value(v).allowed(m);`.
  Error&& value(std::string value) &&;
  Error&& allowed(text::Message allowed) &&;
  Error&& at(std::string location) &&;

  ErrorKind kind() const noexcept { return m_kind; }
  const text::Message& what_message() const noexcept { return m_what; }
  const std::optional<std::string>& value() const noexcept { return m_value; }
  const std::optional<text::Message>& allowed() const noexcept { return m_allowed; }
  const std::string& location() const noexcept { return m_location; }

  // The one-line message in `lang`, without the "ppid: error: " prefix.
  std::string render(text::Lang lang) const;

 private:
  ErrorKind m_kind;
  text::Message m_what;
  std::optional<std::string> m_value;
  std::optional<text::Message> m_allowed;
  std::string m_location;
};

}  // namespace ppid
