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
};

// The name of `id` in the source, e.g. "err_bad_date".
std::string_view id_name(Id id);

// The raw text of `id` in `lang`, placeholders unfilled.
std::string_view get(Id id, Lang lang);

// `message` in `lang`, placeholders filled.
std::string render(const Message& message, Lang lang);

}  // namespace ppid::text
