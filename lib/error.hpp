#pragma once

#include "text/catalogue.hpp"

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

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

// How the command line spells an act of the lifecycle (a word of rules::Act) in a message.
using ActSpeller = std::function<std::string(std::string_view act)>;

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
  // The input field the error is about (a word of rules::InputField), for a caller that reports
  // it in its own terms (a register's column).
  Error&& field(std::string field) &&;
  // An act refused in the case's state: the message's first argument is the act's word (with
  // `qualifier`, a value of the act, after it), and `allowed` the words of the acts allowed now
  // (none: not mentioned). The command line spells them as its commands.
  Error&& refused_act(std::string qualifier, std::optional<std::vector<std::string>> allowed) &&;

  ErrorKind kind() const noexcept { return m_kind; }
  const text::Message& what_message() const noexcept { return m_what; }
  const std::optional<std::string>& value() const noexcept { return m_value; }
  const std::optional<text::Message>& allowed() const noexcept { return m_allowed; }
  const std::string& location() const noexcept { return m_location; }
  const std::string& field() const noexcept { return m_field; }
  bool is_refused_act() const noexcept { return m_refused; }
  // Leaves out the acts allowed now (a register row is not fixed by typing a command).
  Error&& without_allowed_acts() &&;

  // The one-line message in `lang`, without the "ppid: error: " prefix; acts spelled by `spell`
  // (their words when there is none).
  std::string render(text::Lang lang, const ActSpeller& spell = {}) const;

 private:
  ErrorKind m_kind;
  text::Message m_what;
  std::optional<std::string> m_value;
  std::optional<text::Message> m_allowed;
  std::string m_location;
  std::string m_field;
  bool m_refused = false;
  std::string m_qualifier;
  std::optional<std::vector<std::string>> m_allowed_acts;
};

}  // namespace ppid
