#include "text/ascii.hpp"

#include <doctest/doctest.h>

using ppid::text::ascii_lower;

TEST_SUITE("text") {
  TEST_CASE("ascii lower: only A to Z change — other bytes, UTF-8 included, stay as they are") {
    CHECK(ascii_lower("PASAL 17 Huruf B") == "pasal 17 huruf b");
    CHECK(ascii_lower("AZaz09") == "azaz09");
    CHECK(ascii_lower("@[`{") == "@[`{");
    CHECK(ascii_lower("\xc3\x89"
                      "COLE") ==
          "\xc3\x89"
          "cole");
    CHECK(ascii_lower("") == "");
  }
}
