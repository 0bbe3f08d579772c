#include "rules/validate.hpp"

#include <algorithm>

namespace ppid::rules {

using text::Id;

Error invalid_field(InputField field) {
  return Error{ErrorKind::usage, {Id::err_field_invalid, {std::string{code(field)}}}}.field(
      std::string{code(field)});
}

void check_text(const std::optional<std::string>& value, InputField field, std::size_t limit,
                bool required, bool multiline) {
  if (!value || value->find_first_not_of(" \t\r\n") == std::string::npos) {
    if (required) {
      throw Error{ErrorKind::usage, {Id::err_field_required, {std::string{code(field)}}}}.field(
          std::string{code(field)});
    }
    return;
  }
  if (value->size() > limit) {
    throw invalid_field(field).allowed({Id::hint_field_too_long, {std::to_string(limit)}});
  }
  // Control characters would reach an officer's terminal and the printed register; line breaks
  // and tabs are kept only in long text.
  const bool long_text = multiline || limit == k_max_long_field;
  for (const char ch : *value) {
    const auto byte = static_cast<unsigned char>(ch);
    const bool allowed_space = long_text && (ch == '\n' || ch == '\r' || ch == '\t');
    if ((byte < 0x20 && !allowed_space) || byte == 0x7f) {
      throw invalid_field(field).allowed({Id::hint_control_characters});
    }
  }
}

bool valid_nik(const std::string& nik) {
  return nik.size() == 16 &&
         std::all_of(nik.begin(), nik.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

bool valid_phone(const std::string& phone) {
  int digits = 0;
  for (std::size_t i = 0; i < phone.size(); ++i) {
    const char ch = phone[i];
    if (ch >= '0' && ch <= '9') {
      ++digits;
    } else if (ch == '+' && i == 0) {
    } else if (ch != ' ' && ch != '-' && ch != '(' && ch != ')' && ch != '.') {
      return false;
    }
  }
  return digits >= 8 && digits <= 15;
}

bool valid_email(const std::string& email) {
  const auto at = email.find('@');
  if (at == std::string::npos || at == 0 || email.find('@', at + 1) != std::string::npos) {
    return false;
  }
  const auto domain = email.substr(at + 1);
  const auto dot = domain.rfind('.');
  if (dot == std::string::npos || dot == 0 || dot + 2 > domain.size()) {
    return false;
  }
  return std::none_of(email.begin(), email.end(), [](unsigned char ch) {
    return ch <= ' ' || ch == 0x7f || ch == '<' || ch == '>' || ch == ',' || ch == ';';
  });
}

std::optional<long> parse_rupiah(std::string_view text) {
  const auto trim = [&text] {
    while (!text.empty() && text.front() == ' ') {
      text.remove_prefix(1);
    }
    while (!text.empty() && text.back() == ' ') {
      text.remove_suffix(1);
    }
  };
  trim();
  for (const std::string_view prefix : {"Rp.", "Rp", "rp.", "rp", "RP", "IDR"}) {
    if (text.starts_with(prefix)) {
      text.remove_prefix(prefix.size());
      break;
    }
  }
  for (const std::string_view suffix : {",00", ",-"}) {
    if (text.ends_with(suffix)) {
      text.remove_suffix(suffix.size());
      break;
    }
  }
  trim();
  if (text.empty() || text.size() > 17) {
    return std::nullopt;
  }
  const bool grouped = text.find('.') != std::string_view::npos;
  long amount = 0;
  std::size_t group = 0;  // digits since the last dot
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (ch == '.') {
      // A dot groups thousands: one to three digits before the first, exactly three after each.
      if (group == 0 || group > 3 || (group != 3 && i != text.find('.'))) {
        return std::nullopt;
      }
      group = 0;
      continue;
    }
    if (ch < '0' || ch > '9') {
      return std::nullopt;
    }
    amount = amount * 10 + (ch - '0');
    ++group;
  }
  if (grouped && group != 3) {
    return std::nullopt;
  }
  return amount;
}

std::optional<std::string> given(const std::optional<std::string>& value) {
  if (value && value->find_first_not_of(" \t\r\n") != std::string::npos) {
    return value;
  }
  return std::nullopt;
}

}  // namespace ppid::rules
