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

Error&& Error::field(std::string field) && {
  m_field = std::move(field);
  return std::move(*this);
}

Error&& Error::refused_act(std::string qualifier,
                           std::optional<std::vector<std::string>> allowed) && {
  m_refused = true;
  m_qualifier = std::move(qualifier);
  m_allowed_acts = std::move(allowed);
  return std::move(*this);
}

Error&& Error::without_allowed_acts() && {
  m_allowed_acts.reset();
  return std::move(*this);
}

std::string Error::render(text::Lang lang, const ActSpeller& spell) const {
  const auto spelled = [&](std::string_view act) { return spell ? spell(act) : std::string{act}; };
  std::string line;
  if (!m_location.empty()) {
    line = m_location + ": ";
  }
  auto what = m_what;
  if (m_refused && !what.args.empty()) {
    what.args.front() = spelled(what.args.front());
    if (!m_qualifier.empty()) {
      what.args.front() += " " + m_qualifier;
    }
  }
  line += text::render(what, lang);
  if (m_value) {
    line += fmt::format(": \"{}\"", text::printable(*m_value));
  }
  if (m_allowed) {
    line += "; " + text::render(*m_allowed, lang);
  } else if (m_refused && m_allowed_acts) {
    if (m_allowed_acts->empty()) {
      line += "; " + text::render({text::Id::hint_nothing_allowed}, lang);
    } else {
      std::string acts;
      for (const auto& act : *m_allowed_acts) {
        acts += (acts.empty() ? "" : ", ") + spelled(act);
      }
      line += "; " + text::render({text::Id::hint_allowed_now, {acts}}, lang);
    }
  }
  return line;
}

}  // namespace ppid
