// tsv.h — the tab-separated files of ontologies/gazetteer (inside extract/).
//
// Lines starting with '#' and blank lines are skipped; the first other line
// names the columns. Cells hold several values separated by " | ".
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract.h"

namespace sg::extract {

struct TsvRow {
  int line = 0;
  std::vector<std::string> cells;
  std::vector<int> columns;  // 1-based byte column of each cell
};

struct TsvTable {
  std::string file;
  std::vector<std::string> header;
  std::vector<TsvRow> rows;

  // Index of a column, or -1.
  int column(std::string_view name) const;
  // Cell of `row` under `name` ("" when the column is absent).
  const std::string& cell(const TsvRow& row, std::string_view name) const;
  // The same by the column's index (column()): for a reader of many rows,
  // which looks its columns up once.
  static const std::string& cell(const TsvRow& row, int column);
  std::vector<std::string> values(const TsvRow& row, std::string_view name) const;
  Diagnostic error(const TsvRow& row, std::string_view name, std::string message) const;
};

// Reads `path`; checks that every column in `required` is in the header and
// that every row has as many cells as the header.
bool read_tsv(const std::string& path, const std::vector<std::string>& required, TsvTable& table,
              std::vector<Diagnostic>& diagnostics);

// Splits a multi-valued cell on '|', trimming each value and dropping empties.
std::vector<std::string> split_values(std::string_view cell);
// The same appended to `out` (a list being built needs no copy of each value).
void split_values(std::string_view cell, std::vector<std::string>& out);

}  // namespace sg::extract
