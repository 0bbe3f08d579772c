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

// Every user-facing text, defined in text/messages.def.
enum class Id : std::uint16_t {
#define PPID_MSG(name, id_text, en_text) name,
#define PPID_PLURAL(name, id_text, en_one, en_other) name,
#include "text/messages.def"
  count_,  // not a text: the number of ids
};

// A text with its arguments, not yet rendered in a language.
struct Message {
  Id id;
  std::vector<std::string> args = {};
  // Picks the form of a plural text; without it, a plural text takes its form for many.
  std::optional<long> count = std::nullopt;
};

// A plural text whose form is chosen by `n`; `args` fill its placeholders, the count among them
// where the text shows it.
Message plural(long n, Id id, std::vector<std::string> args);

// The name of `id` in the source, e.g. "err_bad_date".
std::string_view id_name(Id id);

// Whether `id` is a plural text, one defined with PPID_PLURAL.
bool is_plural(Id id);

// The raw text of `id` in `lang`, placeholders unfilled; for a plural text, its form for many.
std::string_view get(Id id, Lang lang);

// The raw text of `id` in `lang` for a count of `n`.
std::string_view get(Id id, Lang lang, long n);

// `message` in `lang`, placeholders filled.
std::string render(const Message& message, Lang lang);

}  // namespace ppid::text
