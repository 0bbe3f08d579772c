#include "text/catalogue.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <cstddef>

namespace ppid::text {
namespace {

struct Entry {
  std::string_view name;
  std::string_view id_text;  // Indonesian
  std::string_view en_text;  // English
};

constexpr Entry k_entries[] = {
#define PPID_MSG(name, id_text, en_text) {#name, id_text, en_text},
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

std::string_view id_name(Id id) {
  return entry(id).name;
}

std::string_view get(Id id, Lang lang) {
  const auto& e = entry(id);
  return lang == Lang::id ? e.id_text : e.en_text;
}

std::string render(const Message& message, Lang lang) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& arg : message.args) {
    store.push_back(arg);
  }
  return fmt::vformat(get(message.id, lang), store);
}

}  // namespace ppid::text
