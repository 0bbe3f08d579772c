#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ppid::text {

// The number of terminal columns UTF-8 `text` takes: most characters one, East Asian wide ones
// two, combining marks none (Unicode's East Asian Width, as libunistring knows it).
std::size_t display_width(std::string_view text);

// `text` in at most `width` columns: unchanged when it fits, else cut and ended with "…".
std::string shorten(std::string_view text, std::size_t width);

enum class Align { left, right };

// `text` padded with spaces to `width` columns (never cut).
std::string pad(std::string_view text, std::size_t width, Align align = Align::left);

// A column of a text table.
struct Column {
  Align align = Align::left;
  // At least this many columns wide; a cell wider than that pushes the rest of its line on.
  std::size_t width = 0;
  // As wide as its widest cell (and at least `width`): every line lines up.
  bool fit = false;
  // May be narrowed, its cells cut with "…", to fit a table into a width.
  bool shrinkable = false;
  // What follows the column's cells (the layout's gap when not set).
  std::optional<std::string> gap;

  // A column left- or right-aligned in at least `min` terminal columns.
  static Column left(std::size_t min = 0) {
    Column c;
    c.width = min;
    return c;
  }
  static Column right(std::size_t min = 0) {
    Column c = left(min);
    c.align = Align::right;
    return c;
  }
  // The same column as wide as its widest cell; that may be narrowed; followed by `after`.
  Column fitted() const {
    Column c = *this;
    c.fit = true;
    return c;
  }
  Column shrinking() const {
    Column c = *this;
    c.shrinkable = true;
    return c;
  }
  Column then(std::string after) const {
    Column c = *this;
    c.gap = std::move(after);
    return c;
  }
};

// How the lines of a table are laid out.
struct Layout {
  std::string indent;
  std::string gap = " ";
  // The last column is padded too (its cells would otherwise end the line).
  bool pad_last = false;
  // Spaces at the end of a line are dropped.
  bool trim = false;

  // Lines indented `by`, columns apart by `gap`. Built whole, not assigned member by member:
  // GCC 12 at -O3 misreads a string assigned into a default-built Layout as uninitialised.
  static Layout indented(std::string by, std::string gap = " ") {
    return {std::move(by), std::move(gap), false, false};
  }
};

// The lines (each ending in '\n') of `rows` laid out in `columns`: the one table printer of
// every text view. Cells are printed as given: escape them before.
std::string render(const std::vector<Column>& columns,
                   const std::vector<std::vector<std::string>>& rows, const Layout& layout);

// The same, with the shrinkable columns narrowed (down to `min_width` each) so that no line is
// wider than `max_width`; std::nullopt when that is not enough.
std::optional<std::string> render_within(std::vector<Column> columns,
                                         const std::vector<std::vector<std::string>>& rows,
                                         const Layout& layout, std::size_t max_width,
                                         std::size_t min_width);

}  // namespace ppid::text
