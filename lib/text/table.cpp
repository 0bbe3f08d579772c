#include "text/table.hpp"

#include <unistr.h>
#include <uniwidth.h>

#include <algorithm>
#include <cstdint>

namespace ppid::text {
namespace {

constexpr const char* k_encoding = "UTF-8";
constexpr std::string_view k_ellipsis = "…";

const std::uint8_t* units(std::string_view text) {
  return reinterpret_cast<const std::uint8_t*>(text.data());
}

}  // namespace

std::size_t display_width(std::string_view text) {
  // Control characters count as nothing: text reaching a table has been escaped already.
  const int width = u8_width(units(text), text.size(), k_encoding);
  return width < 0 ? 0 : static_cast<std::size_t>(width);
}

std::string shorten(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) {
    return std::string{text};
  }
  if (width == 0) {
    return {};
  }
  // Whole characters while they leave a column for the ellipsis.
  std::size_t used = 0;
  std::size_t end = 0;
  while (end < text.size()) {
    ucs4_t ch = 0;
    const int length = u8_mbtouc(&ch, units(text) + end, text.size() - end);
    const int w = uc_width(ch, k_encoding);
    const auto columns = w < 0 ? std::size_t{0} : static_cast<std::size_t>(w);
    if (used + columns + 1 > width) {
      break;
    }
    used += columns;
    end += static_cast<std::size_t>(length);
  }
  return std::string{text.substr(0, end)} + std::string{k_ellipsis};
}

std::string pad(std::string_view text, std::size_t width, Align align) {
  const auto w = display_width(text);
  if (w >= width) {
    return std::string{text};
  }
  const std::string spaces(width - w, ' ');
  return align == Align::left ? std::string{text} + spaces : spaces + std::string{text};
}

namespace {

const std::string& gap_after(const Column& column, const Layout& layout) {
  return column.gap ? *column.gap : layout.gap;
}

std::vector<std::size_t> widths_of(const std::vector<Column>& columns,
                                   const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths(columns.size());
  for (std::size_t c = 0; c < columns.size(); ++c) {
    widths[c] = columns[c].width;
    if (columns[c].fit) {
      for (const auto& row : rows) {
        if (c < row.size()) {
          widths[c] = std::max(widths[c], display_width(row[c]));
        }
      }
    }
  }
  return widths;
}

}  // namespace

std::string render(const std::vector<Column>& columns,
                   const std::vector<std::vector<std::string>>& rows, const Layout& layout) {
  const auto widths = widths_of(columns, rows);
  std::string out;
  for (const auto& row : rows) {
    std::string line = layout.indent;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const std::string_view cell = c < row.size() ? std::string_view{row[c]} : std::string_view{};
      const auto shown = columns[c].shrinkable ? shorten(cell, widths[c]) : std::string{cell};
      if (c + 1 < columns.size()) {
        line += pad(shown, widths[c], columns[c].align) + gap_after(columns[c], layout);
      } else if (layout.pad_last || columns[c].align == Align::right) {
        line += pad(shown, widths[c], columns[c].align);
      } else {
        line += shown;
      }
    }
    if (layout.trim) {
      line.erase(line.find_last_not_of(' ') + 1);
    }
    out += line;
    out += '\n';
  }
  return out;
}

std::optional<std::string> render_within(std::vector<Column> columns,
                                         const std::vector<std::vector<std::string>>& rows,
                                         const Layout& layout, std::size_t max_width,
                                         std::size_t min_width) {
  const auto count = columns.size();
  auto widths = widths_of(columns, rows);
  const auto total = [&] {
    std::size_t sum = display_width(layout.indent);
    for (std::size_t c = 0; c < count; ++c) {
      sum += widths[c] + (c + 1 < count ? display_width(gap_after(columns[c], layout)) : 0);
    }
    return sum;
  };
  // Narrow the widest shrinkable column, one terminal column at a time, until the table fits.
  while (total() > max_width) {
    std::size_t widest = count;
    for (std::size_t c = 0; c < count; ++c) {
      if (columns[c].shrinkable && widths[c] > min_width &&
          (widest == count || widths[c] > widths[widest])) {
        widest = c;
      }
    }
    if (widest == count) {
      return std::nullopt;
    }
    --widths[widest];
  }
  // The narrowed widths become the columns' own: fixed, no longer fitted to their cells.
  for (std::size_t c = 0; c < count; ++c) {
    columns[c].width = widths[c];
    columns[c].fit = false;
  }
  return render(columns, rows, layout);
}

}  // namespace ppid::text
