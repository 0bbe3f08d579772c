#pragma once

// Checks of what is typed at the counter or read from a register, before it becomes an event.
// Each throws Error{usage} naming the field (Error::field is its word) and the rule; personal
// values are never repeated in a message.

#include "error.hpp"
#include "rules/vocabulary.hpp"
#include "word_table.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ppid::rules {

// The fields of the acts' input, by the names messages give them (the command line's).
enum class InputField {
  name,
  info,
  applicant_type,
  channel,
  access,
  delivery,
  id_number,
  phone,
  email,
  address,
  occupation,
  proxy,
  purpose,
  service,
  reason,
  basis,
  holder,
  note,
  decision,
  ground,
  answer,
  official,
  position,
  commission,
  outcome,
  form,
  cost,
  paid_by,
  missing,
  provided,
  unit,
  target,
  stage,
  court,
  by,
};

inline constexpr std::size_t k_max_short_field = 200;
inline constexpr std::size_t k_max_long_field = 4000;

// The value of `E` whose word is `value` (for a spoken vocabulary, any word people use for it);
// refused with the codes allowed.
template <Worded E>
E check_choice(const std::string& value, InputField field);

// A free-text field: not blank when `required`, no control characters but line breaks in long
// text (and, with `multiline`, in an address), at most `limit` bytes.
void check_text(const std::optional<std::string>& value, InputField field, std::size_t limit,
                bool required, bool multiline = false);

bool valid_nik(const std::string& nik);
bool valid_phone(const std::string& phone);
bool valid_email(const std::string& email);

// An amount in rupiah as people write it: "15000", "15.000", "Rp 15.000", "Rp15.000,00" or
// "15.000,-" (dots group thousands; only ",00" or ",-" may follow). None when it is not one.
std::optional<long> parse_rupiah(std::string_view text);

// `value` unless it is missing or blank (a blank field is not recorded).
std::optional<std::string> given(const std::optional<std::string>& value);

// Error{usage} "invalid <field>" with its field set, for the checks above and the acts.
Error invalid_field(InputField field);

}  // namespace ppid::rules

namespace ppid {

template <>
struct Words<rules::InputField> {
  static constexpr std::array<std::string_view, 35> table = {
      "name",     "info",     "applicant-type", "channel",    "access",   "delivery", "id-number",
      "phone",    "email",    "address",        "occupation", "proxy",    "purpose",  "service",
      "reason",   "basis",    "holder",         "note",       "decision", "ground",   "answer",
      "official", "position", "commission",     "outcome",    "form",     "cost",     "paid-by",
      "missing",  "provided", "unit",           "target",     "stage",    "court",    "by"};
};

}  // namespace ppid

namespace ppid::rules {

template <Worded E>
E check_choice(const std::string& value, InputField field) {
  // A vocabulary people speak is read in their words too ("dikabulkan", "surel").
  std::optional<E> parsed;
  if constexpr (Labelled<E>) {
    parsed = read_word<E>(value);
  } else {
    parsed = parse<E>(value);
  }
  if (parsed) {
    return *parsed;
  }
  throw invalid_field(field).value(value).allowed({text::Id::hint_allowed, {joined<E>()}});
}

}  // namespace ppid::rules
