#include "error.hpp"

#include "text/escape.hpp"

#include <fmt/format.h>

#include <utility>

namespace ppid {

Error::Error(ErrorKind kind, text::Message what)
    : std::runtime_error(text::render(what, text::Lang::en)),
      m_kind(kind),
      m_what(std::move(what)) {}

Error&& Error::value(std::string value) && {
  m_value = std::move(value);
  return std::move(*this);
}

Error&& Error::allowed(text::Message allowed) && {
  m_allowed = std::move(allowed);
  return std::move(*this);
}

Error&& Error::at(std::string location) && {
  m_location = std::move(location);
  return std::move(*this);
}

std::string Error::render(text::Lang lang) const {
  std::string line;
  if (!m_location.empty()) {
    line = m_location + ": ";
  }
  line += text::render(m_what, lang);
  if (m_value) {
    line += fmt::format(": \"{}\"", text::printable(*m_value));
  }
  if (m_allowed) {
    line += "; " + text::render(*m_allowed, lang);
  }
  return line;
}

}  // namespace ppid
