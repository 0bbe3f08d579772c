#pragma once

#include "config/toml_string.hpp"
#include "error.hpp"
#include "word_table.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>

namespace ppid::config::detail {

inline std::string join(std::initializer_list<std::string_view> items) {
  return fmt::format("{}", fmt::join(items, ", "));
}

}  // namespace ppid::config::detail

namespace ppid::config {

// Reads one TOML document (configuration, holiday file, mapping), turning every problem into an
// Error of `kind` (by default Error{config}) with its place. The one reader of TOML: toml++ is
// used only behind it.
class TomlReader {
 public:
  explicit TomlReader(std::string_view source_name, ErrorKind kind = ErrorKind::config)
      : m_source(source_name), m_kind(kind) {}

  // The document `toml_text`; malformed TOML is an error at its place.
  toml::table parse(std::string_view toml_text) const {
    try {
      return toml::parse(toml_text, m_source);
    } catch (const toml::parse_error& e) {
      throw Error{m_kind, {text::Id::err_config_malformed}}
          .value(std::string{e.description()})
          .at(where(e.source()));
    }
  }

  std::string where(const toml::source_region& region) const {
    return detail::toml_location(m_source, region);
  }

  // The error of `what` at `region`, for `value`, with what is `allowed`.
  Error error(const toml::source_region& region, text::Message what, std::string value,
              text::Message allowed) const {
    return Error{m_kind, std::move(what)}
        .value(std::move(value))
        .allowed(std::move(allowed))
        .at(where(region));
  }

  [[noreturn]] void fail(const toml::source_region& region, text::Message what, std::string value,
                         text::Message allowed) const {
    throw error(region, std::move(what), std::move(value), std::move(allowed));
  }

  // Every key of `table` must be one of `allowed`.
  void only_keys(const toml::table& table, std::string_view path,
                 std::initializer_list<std::string_view> allowed) const {
    for (auto&& [key, node] : table) {
      if (std::find(allowed.begin(), allowed.end(), key.str()) == allowed.end()) {
        fail(key.source(), {text::Id::err_config_unknown_key}, dotted(path, key.str()),
             {text::Id::hint_allowed, {detail::join(allowed)}});
      }
    }
  }

  static std::string dotted(std::string_view path, std::string_view key) {
    return path.empty() ? std::string{key} : fmt::format("{}.{}", path, key);
  }

  [[noreturn]] void wrong_type(const toml::node& node, const std::string& key,
                               text::Id type) const {
    fail(node.source(), {text::Id::err_config_wrong_type}, key, {type});
  }

  const toml::table* table(const toml::table& parent, std::string_view path,
                           std::string_view key) const {
    const auto* node = parent.get(key);
    if (node == nullptr) {
      return nullptr;
    }
    if (!node->is_table()) {
      wrong_type(*node, dotted(path, key), text::Id::type_table);
    }
    return node->as_table();
  }

  void string(const toml::table& parent, std::string_view path, std::string_view key,
              std::string& out) const {
    if (const auto* node = parent.get(key)) {
      const auto* value = node->as_string();
      if (value == nullptr) {
        wrong_type(*node, dotted(path, key), text::Id::type_string);
      }
      // Configuration text reaches terminals and printed reports: line breaks and tabs only.
      const auto control = std::find_if(value->get().begin(), value->get().end(), [](char ch) {
        const auto byte = static_cast<unsigned char>(ch);
        return (byte < 0x20 && ch != '\n' && ch != '\t') || byte == 0x7f;
      });
      if (control != value->get().end()) {
        fail(node->source(), {text::Id::err_config_bad_value, {dotted(path, key)}}, value->get(),
             {text::Id::hint_control_characters});
      }
      out = value->get();
    }
  }

  void boolean(const toml::table& parent, std::string_view path, std::string_view key,
               bool& out) const {
    if (const auto* node = parent.get(key)) {
      const auto* value = node->as_boolean();
      if (value == nullptr) {
        wrong_type(*node, dotted(path, key), text::Id::type_boolean);
      }
      out = value->get();
    }
  }

  const toml::array* array(const toml::table& parent, std::string_view path,
                           std::string_view key) const {
    const auto* node = parent.get(key);
    if (node == nullptr) {
      return nullptr;
    }
    if (!node->is_array()) {
      wrong_type(*node, dotted(path, key), text::Id::type_array);
    }
    return node->as_array();
  }

  // A string that must be one of the words of `Enum`.
  template <Worded Enum>
  void choice(const toml::table& parent, std::string_view path, std::string_view key,
              Enum& out) const {
    const auto* node = parent.get(key);
    if (node == nullptr) {
      return;
    }
    std::string value;
    string(parent, path, key, value);
    const auto found = ppid::parse<Enum>(value);
    if (!found) {
      fail(node->source(), {text::Id::err_config_bad_value, {dotted(path, key)}}, value,
           {text::Id::hint_allowed, {joined<Enum>()}});
    }
    out = *found;
  }

 private:
  std::string_view m_source;
  ErrorKind m_kind;
};

}  // namespace ppid::config
