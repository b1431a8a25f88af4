// JSON Lines documents: one report per line, as corpora and stream
// processors (Hadoop Streaming, Spark's RDD.pipe) hand them over.
#include <nlohmann/json.hpp>

#include "extract.h"

namespace sg::extract {

std::optional<Report> parse_json_document(std::string_view line, const std::string& source, int line_number,
                                          std::optional<Date> default_date, std::vector<Diagnostic>& diagnostics) {
  auto fail = [&](std::string message) -> std::optional<Report> {
    Diagnostic d;
    d.file = source;
    d.line = line_number;
    d.message = std::move(message);
    diagnostics.push_back(std::move(d));
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

}  // namespace sg::extract
