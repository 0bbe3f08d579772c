#include "text/catalogue.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <cstddef>
#include <utility>

namespace ppid::text {
namespace {

struct Entry {
  std::string_view name;
  std::string_view id_text;   // Indonesian, every count
  std::string_view en_one;    // English for a count of 1; empty unless plural
  std::string_view en_other;  // English otherwise
  bool plural;
};

constexpr Entry k_entries[] = {
#define PPID_MSG(name, id_text, en_text) {#name, id_text, {}, en_text, false},
#define PPID_PLURAL(name, id_text, en_one, en_other) {#name, id_text, en_one, en_other, true},
#include "text/messages.def"
};

const Entry& entry(Id id) {
  return k_entries[static_cast<std::size_t>(id)];
}

}  // namespace

std::optional<Lang> parse_lang(std::string_view code) {
  if (code == "id") {
    return Lang::id;
  }
  if (code == "en") {
    return Lang::en;
  }
  return std::nullopt;
}

Message plural(long n, Id id, std::vector<std::string> args) {
  return Message{id, std::move(args), n};
}

std::string_view id_name(Id id) {
  return entry(id).name;
}

bool is_plural(Id id) {
  return entry(id).plural;
}

std::string_view get(Id id, Lang lang) {
  const auto& e = entry(id);
  return lang == Lang::id ? e.id_text : e.en_other;
}

std::string_view get(Id id, Lang lang, long n) {
  const auto& e = entry(id);
  if (lang == Lang::en && e.plural && n == 1) {
    return e.en_one;
  }
  return get(id, lang);
}

std::string render(const Message& message, Lang lang) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& arg : message.args) {
    store.push_back(arg);
  }
  const auto text = message.count ? get(message.id, lang, *message.count) : get(message.id, lang);
  return fmt::vformat(text, store);
}

}  // namespace ppid::text
