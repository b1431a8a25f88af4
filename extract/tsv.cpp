#include "tsv.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "text.h"

namespace sg::extract {

int TsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

const std::string& TsvTable::cell(const TsvRow& row, std::string_view name) const { return cell(row, column(name)); }

const std::string& TsvTable::cell(const TsvRow& row, int column) {
  static const std::string empty;
  return column < 0 || column >= static_cast<int>(row.cells.size()) ? empty : row.cells[column];
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
  split_values(cell, out);
  return out;
}

void split_values(std::string_view cell, std::vector<std::string>& out) {
  for (std::size_t start = 0;;) {
    const std::size_t bar = cell.find('|', start);
    auto v = text::trim(cell.substr(start, bar == std::string_view::npos ? bar : bar - start));
    if (!v.empty()) out.emplace_back(v);
    if (bar == std::string_view::npos) return;
    start = bar + 1;
  }
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
  // A regular file in one read, into its final buffer (the gazetteer's
  // files are 0.5 MB); anything else through a stream.
  std::string content;
  std::error_code size_error;
  if (const auto size = std::filesystem::file_size(path, size_error); !size_error) {
    content.resize(size);
    in.read(content.data(), static_cast<std::streamsize>(size));
    content.resize(static_cast<std::size_t>(in.gcount()));
  } else {
    std::stringstream buffer;
    buffer << in.rdbuf();
    content = buffer.str();
  }
  if (!text::is_valid_utf8(content)) {
    // Find the line of the first bad byte to point at it.
    std::string repaired = content;
    auto bad = text::repair_utf8(repaired);
    int line = 1;
    for (std::size_t i = 0; i < bad.front(); ++i) line += content[i] == '\n';
    return fail(line, 0, "invalid UTF-8");
  }
  bool ok = true;
  table.rows.reserve(static_cast<std::size_t>(std::count(content.begin(), content.end(), '\n')) + 1);
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
    row.cells.reserve(table.header.size());
    row.columns.reserve(table.header.size());
    for (std::size_t start = 0;;) {
      const std::size_t tab = line.find('\t', start);
      row.columns.push_back(static_cast<int>(start) + 1);
      row.cells.emplace_back(text::trim(line.substr(start, tab == std::string_view::npos ? tab : tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
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
