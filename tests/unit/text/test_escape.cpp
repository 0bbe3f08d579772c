#include "text/escape.hpp"

#include <doctest/doctest.h>

TEST_SUITE("text") {
  TEST_CASE("control characters never reach the terminal") {
    CHECK(ppid::text::printable("Budi\x1b[2J") == "Budi\\x1b[2J");
    CHECK(ppid::text::printable("a\nb\tc\x7f") == "a\\x0ab\\x09c\\x7f");
    CHECK(ppid::text::printable("\xc2\x9b"
                                "31m") == "\\u009b31m");
    CHECK(ppid::text::printable("Sumatera Utara – Medan") == "Sumatera Utara – Medan");
  }
}
