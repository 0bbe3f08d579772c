#include "text/csv.hpp"

#include <doctest/doctest.h>

using ppid::text::csv_field;

TEST_SUITE("text") {
  TEST_CASE("csv field: quoted only when it must be, quotes doubled") {
    CHECK(csv_field("001/PPID/III/2026") == "001/PPID/III/2026");
    CHECK(csv_field("") == "");
    CHECK(csv_field("Bandung, Jawa Barat") == "\"Bandung, Jawa Barat\"");
    CHECK(csv_field("Laporan \"final\"") == "\"Laporan \"\"final\"\"\"");
    CHECK(csv_field("\"") == "\"\"\"\"");
    CHECK(csv_field("baris 1\nbaris 2") == "\"baris 1\nbaris 2\"");
    CHECK(csv_field("a\rb") == "\"a\rb\"");
    // Spaces at either end would be dropped by a reader that trims fields.
    CHECK(csv_field(" Siti") == "\" Siti\"");
    CHECK(csv_field("Siti ") == "\"Siti \"");
    CHECK(csv_field("Siti Aminah") == "Siti Aminah");
    CHECK(csv_field("a\tb") == "a\tb");
  }

  TEST_CASE("csv field: the separator in use decides what needs quotes") {
    CHECK(csv_field("Bandung, Jawa Barat", ';') == "Bandung, Jawa Barat");
    CHECK(csv_field("a;b", ';') == "\"a;b\"");
    CHECK(csv_field("a;b") == "a;b");
    CHECK(csv_field("a\tb", '\t') == "\"a\tb\"");
  }
}
