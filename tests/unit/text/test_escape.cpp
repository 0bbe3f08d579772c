#include "text/escape.hpp"

#include <doctest/doctest.h>

#include <string>

TEST_SUITE("text") {
  TEST_CASE("control characters never reach the terminal") {
    CHECK(ppid::text::printable("Budi\x1b[2J") == "Budi\\x1b[2J");
    CHECK(ppid::text::printable("a\nb\tc\x7f") == "a\\x0ab\\x09c\\x7f");
    CHECK(ppid::text::printable("\xc2\x9b"
                                "31m") == "\\u009b31m");
    CHECK(ppid::text::printable("Sumatera Utara – Medan") == "Sumatera Utara – Medan");
  }
}

TEST_SUITE("text") {
  TEST_CASE("printable: only C1 controls are escaped among two-byte UTF-8 sequences") {
    CHECK(ppid::text::printable("\xc2\x80") == "\\u0080");
    CHECK(ppid::text::printable("\xc2\x9f") == "\\u009f");
    // U+00A0 (no-break space) and U+00E9 (é) are text.
    CHECK(ppid::text::printable("\xc2\xa0") == "\xc2\xa0");
    CHECK(ppid::text::printable("caf\xc3\xa9") == "caf\xc3\xa9");
    // A lone lead byte at the end is left as it is.
    CHECK(ppid::text::printable("a\xc2") == "a\xc2");
    CHECK(ppid::text::printable(std::string{"a\0b", 3}) == "a\\x00b");
    CHECK(ppid::text::printable("") == "");
  }
}
