#pragma once

#include <string>
#include <vector>

namespace ppid::reports {

// A report's data as people read it: a titled table of text cells. One model, rendered as text,
// CSV, Markdown or HTML by the command line; JSON has its own typed shape per report.
struct Table {
  std::string title;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  // Columns holding numbers, right-aligned in text and HTML.
  std::vector<bool> numeric;
  // Columns never shortened to fit a terminal (register numbers, dates).
  std::vector<bool> fixed;
};

// A bar chart of counts, drawn as inline SVG in HTML.
struct Chart {
  std::string title;
  std::vector<std::pair<std::string, long>> bars;
};

}  // namespace ppid::reports
