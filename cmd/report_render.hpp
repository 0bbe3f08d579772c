#pragma once

#include "reports/table.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace ppid::cli {

// A report as people read it: a title, lines under it, its tables and charts.
struct ReportDocument {
  std::string title;
  std::vector<std::string> notes;
  std::vector<reports::Table> tables;
  std::vector<reports::Chart> charts;
  std::string lang = "id";
};

// Text for an 80-column terminal: a table too wide for it is shortened (long text cut with
// "…") and, if still too wide, printed as one block per row. `colour` adds ANSI bold titles.
void render_text(std::ostream& out, const ReportDocument& doc, bool colour);

// RFC 4180 CSV of each table (a blank line between tables); `excel` writes a UTF-8 byte-order
// mark and ';' separators, as spreadsheets set to an Indonesian locale expect.
void render_csv(std::ostream& out, const ReportDocument& doc, bool excel);

void render_markdown(std::ostream& out, const ReportDocument& doc);

// One self-contained HTML page: inline style, tables, bar charts as inline SVG, no scripts and
// nothing loaded from elsewhere.
void render_html(std::ostream& out, const ReportDocument& doc);

}  // namespace ppid::cli
