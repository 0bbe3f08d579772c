#include "text/csv.hpp"
#include "text/table.hpp"

#include <doctest/doctest.h>

using ppid::text::Align;
using ppid::text::Column;
using ppid::text::Layout;
using ppid::text::render;

TEST_SUITE("text table") {
  TEST_CASE("display width counts what a terminal shows") {
    CHECK(ppid::text::display_width("") == 0);
    CHECK(ppid::text::display_width("Jakarta") == 7);
    // Accented letters written precomposed and with a combining mark take one column each.
    CHECK(ppid::text::display_width("Pemohon é") == 9);
    CHECK(ppid::text::display_width("Pemohon e\u0301") == 9);
    CHECK(ppid::text::display_width("2026-12-08 → 2026-12-09") == 23);
    CHECK(ppid::text::display_width("…") == 1);
    // East Asian wide characters take two.
    CHECK(ppid::text::display_width("東京") == 4);
  }

  TEST_CASE("shorten cuts whole characters and ends with an ellipsis") {
    CHECK(ppid::text::shorten("Kementerian", 20) == "Kementerian");
    CHECK(ppid::text::shorten("Kementerian", 11) == "Kementerian");
    CHECK(ppid::text::shorten("Kementerian", 6) == "Kemen…");
    CHECK(ppid::text::shorten("Pengadilan Tata Usaha", 8) == "Pengadi…");
    CHECK(ppid::text::shorten("東京都庁", 5) == "東京…");
    CHECK(ppid::text::shorten("abc", 0) == "");
  }

  TEST_CASE("pad fills to a width by display columns, never cuts") {
    CHECK(ppid::text::pad("Senin", 8) == "Senin   ");
    CHECK(ppid::text::pad("→", 3) == "→  ");
    CHECK(ppid::text::pad("42", 5, Align::right) == "   42");
    CHECK(ppid::text::pad("Kementerian", 4) == "Kementerian");
  }

  TEST_CASE("fixed-width columns: a long cell pushes its own line on") {
    const std::vector<Column> columns{Column::left(6), Column::left(4), Column::left()};
    const auto out = render(columns, {{"001", "ab", "x"}, {"0001234", "c", "y"}}, {});
    CHECK(out ==
          "001    ab   x\n"
          "0001234 c    y\n");
  }

  TEST_CASE("fitted columns line up on their widest cell — right-aligned numbers") {
    const std::vector<Column> columns{Column::left().fitted(), Column::right(4)};
    Layout layout;
    layout.gap = "  ";
    const auto out = render(columns, {{"Baris dibaca", "12"}, {"Diimpor", "1024"}}, layout);
    CHECK(out ==
          "Baris dibaca    12\n"
          "Diimpor       1024\n");
  }

  TEST_CASE("indent, trimmed ends, missing cells") {
    const std::vector<Column> columns{Column::left().fitted(), Column::left().fitted()};
    Layout layout;
    layout.indent = "  ";
    layout.gap = "  ";
    layout.pad_last = true;
    layout.trim = true;
    const auto out = render(columns, {{"No", "Nama"}, {"1"}, {"22", "A"}}, layout);
    CHECK(out ==
          "  No  Nama\n"
          "  1\n"
          "  22  A\n");
  }

  TEST_CASE("a column's own gap") {
    const std::vector<Column> columns{Column::left(16).then("  "), Column::left(28),
                                      Column::left()};
    const auto out = render(columns, {{"2026-12-01 09:00", "Permohonan diterima", "-"}}, {});
    CHECK(out == "2026-12-01 09:00  Permohonan diterima          -\n");
  }

  TEST_CASE("a table wider than the limit narrows its widest shrinkable column") {
    const std::vector<Column> columns{Column::left().fitted(), Column::left().fitted().shrinking(),
                                      Column::left().fitted().shrinking()};
    const auto out =
        ppid::text::render_within(columns, {{"001", "Dinas Pendidikan", "Jakarta"}}, {}, 20, 6);
    REQUIRE(out);
    // 3 + 1 + 16 + 1 + 7 = 28 columns: the widest (16) loses 8 and is cut with an ellipsis.
    CHECK(*out == "001 Dinas P… Jakarta\n");
    CHECK(ppid::text::display_width(out->substr(0, out->size() - 1)) == 20);
  }

  TEST_CASE("a table that cannot be narrowed enough is refused") {
    const std::vector<Column> columns{Column::left().fitted(), Column::left().fitted().shrinking()};
    CHECK_FALSE(
        ppid::text::render_within(columns, {{"0001/PPID/XII", "Dinas Pendidikan"}}, {}, 10, 6));
  }

  TEST_CASE("CSV lines quote what needs quoting") {
    CHECK(ppid::text::csv_line({"a", "b c", ""}) == "a,b c,\r\n");
    CHECK(ppid::text::csv_line({"x,y", "say \"hi\"", " lead"}) ==
          "\"x,y\",\"say \"\"hi\"\"\",\" lead\"\r\n");
    CHECK(ppid::text::csv_line({"x;y", "x,y"}, ';', "\n") == "\"x;y\";x,y\n");
    CHECK(ppid::text::csv_line({}) == "\r\n");
  }
}
