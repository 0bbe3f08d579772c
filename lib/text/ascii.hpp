#pragma once

#include <string>
#include <string_view>

namespace ppid::text {

// `text` with ASCII letters in lower case; other bytes (UTF-8 included) as they are.
std::string ascii_lower(std::string_view text);

// Whether `ch` belongs to a word: an ASCII letter or digit, or a byte of a UTF-8 letter.
bool word_byte(char ch);

// `text` as words to compare: ASCII letters in lower case, every run of spaces and punctuation one
// space, none at either end ("Dikabulkan  Seluruhnya." and "dikabulkan-seluruhnya" both
// "dikabulkan seluruhnya"); bytes of UTF-8 letters are kept as they are.
std::string normalised_words(std::string_view text);

}  // namespace ppid::text
