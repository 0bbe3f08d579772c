#pragma once

// One word table per vocabulary. An enum class `E` gets its words by a specialisation
//
//   template <> struct Words<E> {
//     static constexpr std::array<std::string_view, 3> table = {"granted", "partial", "refused"};
//   };
//
// listing one word per value in the enum's order (values 0, 1, 2, …). Everything that spells a
// value (the case file, JSON, CSV, configuration, command-line choices, register words) goes
// through `code`, `parse<E>` and `words<E>`, so no vocabulary word is written twice.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace ppid {

template <typename E>
struct Words;

template <typename E>
concept Worded = std::is_enum_v<E> && requires {
  Words<E>::table;
};

// Every word of `E`, in the enum's order.
template <Worded E>
constexpr const auto& words() {
  return Words<E>::table;
}

// The number of values of `E`.
template <Worded E>
constexpr std::size_t count() {
  return Words<E>::table.size();
}

// Whether every entry of the table has its word: a table declared longer than the words it
// lists would pad itself with empty words, silently.
template <Worded E>
constexpr bool filled() {
  for (const auto word : Words<E>::table) {
    if (word.empty()) {
      return false;
    }
  }
  return true;
}

// The word of `value`.
template <Worded E>
constexpr std::string_view code(E value) {
  static_assert(filled<E>(), "every value of the word table needs its word");
  return Words<E>::table.at(static_cast<std::size_t>(value));
}

// The value whose word is `word`; nothing for an unknown word.
template <Worded E>
constexpr std::optional<E> parse(std::string_view word) {
  static_assert(filled<E>(), "every value of the word table needs its word");
  const auto& table = Words<E>::table;
  for (std::size_t i = 0; i < table.size(); ++i) {
    if (table[i] == word) {
      return static_cast<E>(i);
    }
  }
  return std::nullopt;
}

// Every word of `E` joined by `separator` ("granted, partial, refused"), for hints and help.
template <Worded E>
std::string joined(std::string_view separator = ", ") {
  std::string out;
  for (const auto word : Words<E>::table) {
    if (!out.empty()) {
      out += separator;
    }
    out += word;
  }
  return out;
}

// Every value of `E`, in order, for a loop over a vocabulary.
template <Worded E>
constexpr std::array<E, count<E>()> all() {
  std::array<E, count<E>()> out{};
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i] = static_cast<E>(i);
  }
  return out;
}

}  // namespace ppid
