#include "tsv.h"

#include <fstream>
#include <sstream>

#include "text.h"

namespace sg::extract {

int TsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

const std::string& TsvTable::cell(const TsvRow& row, std::string_view name) const {
  static const std::string empty;
  int c = column(name);
  return c < 0 || c >= static_cast<int>(row.cells.size()) ? empty : row.cells[c];
}

std::vector<std::string> TsvTable::values(const TsvRow& row, std::string_view name) const {
  return split_values(cell(row, name));
}

Diagnostic TsvTable::error(const TsvRow& row, std::string_view name, std::string message) const {
  int c = column(name);
  return Diagnostic(file, row.line, c >= 0 && c < static_cast<int>(row.columns.size()) ? row.columns[c] : 0,
                    std::move(message));
}

std::vector<std::string> split_values(std::string_view cell) {
  std::vector<std::string> out;
  for (auto part : text::split(cell, "|")) {
    auto v = text::trim(part);
    if (!v.empty()) out.emplace_back(v);
  }
  return out;
}

bool read_tsv(const std::string& path, const std::vector<std::string>& required, TsvTable& table,
              std::vector<Diagnostic>& diagnostics) {
  table.file = path;
  auto fail = [&](int line, int column, std::string message) {
    diagnostics.push_back(Diagnostic(path, line, column, std::move(message)));
    return false;
  };
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(0, 0, "cannot open file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string content = buffer.str();
  if (!text::is_valid_utf8(content)) {
    // Find the line of the first bad byte to point at it.
    std::string repaired = content;
    auto bad = text::repair_utf8(repaired);
    int line = 1;
    for (std::size_t i = 0; i < bad.front(); ++i) line += content[i] == '\n';
    return fail(line, 0, "invalid UTF-8");
  }
  bool ok = true;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos < content.size()) {
    std::size_t nl = content.find('\n', pos);
    if (nl == std::string::npos) nl = content.size();
    std::string_view line(content.data() + pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (text::trim(line).empty() || text::trim(line).front() == '#') continue;
    TsvRow row;
    row.line = line_no;
    std::size_t col = 0;
    for (auto cell : text::split(line, "\t")) {
      row.columns.push_back(static_cast<int>(col) + 1);
      row.cells.emplace_back(text::trim(cell));
      col += cell.size() + 1;
    }
    if (table.header.empty()) {
      table.header = row.cells;
      for (const auto& name : required)
        if (table.column(name) < 0) ok = fail(line_no, 1, "missing column '" + name + "' in header");
      if (!ok) return false;
      continue;
    }
    if (row.cells.size() != table.header.size()) {
      ok = fail(line_no, row.columns.back(),
                "expected " + std::to_string(table.header.size()) + " tab-separated columns, found " +
                    std::to_string(row.cells.size()));
      continue;
    }
    table.rows.push_back(std::move(row));
  }
  if (table.header.empty()) return fail(0, 0, "no header line");
  return ok;
}

}  // namespace sg::extract
