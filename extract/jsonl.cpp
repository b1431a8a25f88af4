// JSON Lines documents: one report per line, as corpora and stream
// processors (Hadoop Streaming, Spark's RDD.pipe) hand them over.
#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sys/stat.h>

#include "extract.h"
#include "reading.h"

namespace sg::extract {

std::optional<Report> parse_json_document(std::string_view line, const std::string& source, int line_number,
                                          std::optional<Date> default_date, std::vector<Diagnostic>& diagnostics) {
  auto fail = [&](std::string message) -> std::optional<Report> {
    diagnostics.push_back(Diagnostic(source, line_number, 0, std::move(message)));
    return std::nullopt;
  };
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    return fail(std::string("not a JSON document: ") + e.what());
  }
  if (!doc.is_object()) return fail("a document must be a JSON object with at least \"text\"");
  auto text = doc.find("text");
  if (text == doc.end() || !text->is_string()) return fail("the document has no \"text\" string");
  auto string_field = [&](const char* key, std::string& into) {
    auto it = doc.find(key);
    if (it == doc.end() || it->is_null()) return true;
    if (it->is_string()) into = it->get<std::string>();
    else if (it->is_number_integer()) into = std::to_string(it->get<long long>());
    else return false;
    return true;
  };
  std::string id, date_text, title, url;
  for (auto [key, into] : {std::pair<const char*, std::string*>{"id", &id}, {"date", &date_text},
                           {"title", &title}, {"url", &url}})
    if (!string_field(key, *into)) return fail(std::string("\"") + key + "\" must be a string");
  std::optional<Date> date;
  if (!date_text.empty()) {
    // "2025-09-04" or a timestamp starting with it.
    date = parse_iso_date(std::string_view(date_text).substr(0, 10));
    if (!date || (date_text.size() > 10 && date_text[10] != 'T' && date_text[10] != ' '))
      return fail("\"date\" '" + date_text + "' is not a date in the form YYYY-MM-DD");
  }
  std::vector<Diagnostic> notes;
  Report report = make_report(source, text->get<std::string>(), date, notes);
  for (auto& d : notes) {
    d.line = line_number;
    diagnostics.push_back(std::move(d));
  }
  report.name = id.empty() ? source + ":" + std::to_string(line_number) : id;
  if (!title.empty()) report.title = title;
  if (!url.empty()) report.url = url;
  if (!report.date) report.date = default_date;
  return report;
}

bool read_json_lines(const std::string& path, std::optional<Date> default_date, std::vector<Report>& reports,
                     std::vector<Diagnostic>& diagnostics, std::vector<JsonPlace>* places) {
  auto fail = [&](std::string message) {
    diagnostics.push_back(diagnostic(Diagnostic::Severity::Error, path, std::move(message)));
    return false;
  };
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) return fail(std::string("cannot read report: ") + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) return fail("is a directory, not a report file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(std::string("cannot open report: ") + std::strerror(errno));
  // A binary file named .jsonl would give an error per "line": refuse it whole.
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  if (const char* why = binary_reason(head)) return fail(why);
  in.clear();
  in.seekg(0);
  std::string line;
  int line_number = 0;
  std::uint64_t offset = 0;
  while (std::getline(in, line)) {
    ++line_number;
    std::uint64_t here = offset;
    offset += line.size() + 1;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank lines separate nothing
    if (auto report = parse_json_document(line, path, line_number, default_date, diagnostics)) {
      reports.push_back(std::move(*report));
      if (places) places->push_back({here, line_number});
    }
  }
  if (in.bad()) return fail("read error after line " + std::to_string(line_number));
  return true;
}

std::optional<Report> read_json_document(const std::string& path, const JsonPlace& place,
                                         std::optional<Date> default_date, std::vector<Diagnostic>& diagnostics) {
  std::ifstream in(path, std::ios::binary);
  std::string line;
  if (!in.seekg(static_cast<std::streamoff>(place.offset)) || !std::getline(in, line)) {
    diagnostics.push_back(diagnostic(Diagnostic::Severity::Error, path,
                                     "cannot read line " + std::to_string(place.line) + " again"));
    return std::nullopt;
  }
  return parse_json_document(line, path, place.line, default_date, diagnostics);
}

}  // namespace sg::extract
