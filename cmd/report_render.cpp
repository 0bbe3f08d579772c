#include "report_render.hpp"

#include "text/catalogue.hpp"
#include "text/csv.hpp"
#include "text/escape.hpp"
#include "text/table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace ppid::cli {
namespace {

constexpr std::size_t k_terminal_width = 80;
constexpr std::size_t k_min_column = 6;

std::string html_escape(const std::string& text) {
  std::string out;
  for (char ch : text) {
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

std::string markdown_escape(const std::string& text) {
  std::string out;
  for (char ch : text) {
    if (ch == '|' || ch == '\\' || ch == '*' || ch == '_' || ch == '`') {
      out += '\\';
    }
    out += ch == '\n' ? ' ' : ch;
  }
  return out;
}

bool is_numeric(const reports::Table& table, std::size_t column) {
  return column < table.numeric.size() && table.numeric[column];
}

bool is_fixed(const reports::Table& table, std::size_t column) {
  return is_numeric(table, column) || (column < table.fixed.size() && table.fixed[column]);
}

void render_table_text(std::ostream& out, const reports::Table& table, bool colour) {
  if (!table.title.empty()) {
    out << (colour ? "\x1b[1m" : "") << text::printable(table.title) << (colour ? "\x1b[0m" : "")
        << '\n';
  }
  std::vector<text::Column> columns;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const auto column =
        (is_numeric(table, c) ? text::Column::right() : text::Column::left()).fitted();
    columns.push_back(is_fixed(table, c) ? column : column.shrinking());
  }
  const auto escaped = [](const std::vector<std::string>& cells) {
    std::vector<std::string> shown;
    shown.reserve(cells.size());
    for (const auto& cell : cells) {
      shown.push_back(text::printable(cell));
    }
    return shown;
  };
  std::vector<std::vector<std::string>> rows{escaped(table.columns)};
  for (const auto& row : table.rows) {
    rows.push_back(escaped(row));
  }
  auto layout = text::Layout::indented("  ", "  ");
  layout.trim = true;
  if (const auto lines =
          text::render_within(columns, rows, layout, k_terminal_width, k_min_column)) {
    out << *lines;
    return;
  }
  // Too wide for the terminal even narrowed: one block per row, "column: value".
  std::size_t label = 0;
  for (const auto& name : table.columns) {
    label = std::max(label, text::display_width(name));
  }
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      if (!row[c].empty()) {
        out << "  " << text::pad(table.columns[c], label) << "  " << text::printable(row[c])
            << '\n';
      }
    }
    out << '\n';
  }
}

void render_chart_svg(std::ostream& out, const reports::Chart& chart) {
  long largest = 1;
  for (const auto& [label, value] : chart.bars) {
    largest = std::max(largest, value);
  }
  constexpr int bar_height = 18;
  constexpr int label_width = 160;
  constexpr int plot_width = 360;
  const int height = static_cast<int>(chart.bars.size()) * (bar_height + 6) + 8;
  out << fmt::format(
      "<figure><figcaption>{}</figcaption>\n<svg "
      "width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"{}\">\n",
      html_escape(chart.title), label_width + plot_width + 60, height, html_escape(chart.title));
  int y = 4;
  for (const auto& [label, value] : chart.bars) {
    const auto width = static_cast<int>(static_cast<double>(plot_width) *
                                        static_cast<double>(value) / static_cast<double>(largest));
    out << fmt::format(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"12\">{}</text>"
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#2b6cb0\"/>"
        "<text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>\n",
        label_width - 6, y + 13, html_escape(label), label_width, y, width, bar_height,
        label_width + width + 4, y + 13, value);
    y += bar_height + 6;
  }
  out << "</svg></figure>\n";
}

}  // namespace

void render_text(std::ostream& out, const ReportDocument& doc, bool colour) {
  // The title holds the agency's name from the configuration: escaped like every cell, so no
  // text from a file can drive the officer's terminal.
  out << (colour ? "\x1b[1m" : "") << text::printable(doc.title) << (colour ? "\x1b[0m" : "")
      << '\n';
  for (const auto& note : doc.notes) {
    out << text::printable(note) << '\n';
  }
  for (const auto& table : doc.tables) {
    out << '\n';
    render_table_text(out, table, colour);
  }
}

void render_csv(std::ostream& out, const ReportDocument& doc, bool excel) {
  const char separator = excel ? ';' : ',';
  if (excel) {
    out << "\xef\xbb\xbf";
  }
  bool first = true;
  for (const auto& table : doc.tables) {
    if (!first) {
      out << "\r\n";
    }
    first = false;
    out << text::csv_line(table.columns, separator);
    for (const auto& row : table.rows) {
      out << text::csv_line(row, separator);
    }
  }
}

void render_markdown(std::ostream& out, const ReportDocument& doc) {
  out << "# " << markdown_escape(doc.title) << "\n\n";
  for (const auto& note : doc.notes) {
    out << markdown_escape(note) << "  \n";
  }
  for (const auto& table : doc.tables) {
    out << '\n';
    if (!table.title.empty()) {
      out << "## " << markdown_escape(table.title) << "\n\n";
    }
    out << '|';
    for (const auto& column : table.columns) {
      out << ' ' << markdown_escape(column) << " |";
    }
    out << "\n|";
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      out << (is_numeric(table, c) ? "---:|" : "---|");
    }
    out << '\n';
    for (const auto& row : table.rows) {
      out << '|';
      for (const auto& cell : row) {
        out << ' ' << markdown_escape(cell) << " |";
      }
      out << '\n';
    }
  }
}

void render_html(std::ostream& out, const ReportDocument& doc) {
  out << "<!DOCTYPE html>\n<html lang=\"" << doc.lang << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << html_escape(doc.title) << "</title>\n"
      << "<style>\n"
         "body{font-family:sans-serif;margin:2em;color:#1a202c;max-width:60em}\n"
         "table{border-collapse:collapse;margin:0.5em 0 1.5em}\n"
         "th,td{border:1px solid #cbd5e0;padding:0.25em 0.6em;text-align:left}\n"
         "th{background:#edf2f7}td.n{text-align:right}\n"
         "figure{margin:0.5em 0 1.5em}figcaption{font-weight:bold;margin-bottom:0.3em}\n"
         "</style>\n</head>\n<body>\n";
  out << "<h1>" << html_escape(doc.title) << "</h1>\n";
  for (const auto& note : doc.notes) {
    out << "<p>" << html_escape(note) << "</p>\n";
  }
  for (const auto& table : doc.tables) {
    if (!table.title.empty()) {
      out << "<h2>" << html_escape(table.title) << "</h2>\n";
    }
    out << "<table>\n<thead><tr>";
    for (const auto& column : table.columns) {
      out << "<th>" << html_escape(column) << "</th>";
    }
    out << "</tr></thead>\n<tbody>\n";
    for (const auto& row : table.rows) {
      out << "<tr>";
      for (std::size_t c = 0; c < row.size(); ++c) {
        out << (is_numeric(table, c) ? "<td class=\"n\">" : "<td>") << html_escape(row[c])
            << "</td>";
      }
      out << "</tr>\n";
    }
    out << "</tbody>\n</table>\n";
  }
  for (const auto& chart : doc.charts) {
    render_chart_svg(out, chart);
  }
  out << "</body>\n</html>\n";
}

}  // namespace ppid::cli
