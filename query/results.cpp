// results.cpp — SELECT and ASK results as a table, CSV, TSV and JSON.
//
// CSV and TSV follow "SPARQL 1.1 Query Results CSV and TSV Formats": CSV
// gives plain values (IRIs bare, literals by their lexical form, blank
// nodes as _:label), quoted as RFC 4180 says, lines ending in CRLF; TSV
// gives each term in N-Triples syntax, with ?-prefixed names in the header.
// JSON follows "SPARQL 1.1 Query Results JSON Format".
#include <nlohmann/json.hpp>

#include <ostream>

#include "query.h"

namespace sg::query {
namespace {

using graph::Term;

// A value for reading: IRIs in angle brackets, literals as their text, and
// the characters that would break a table's lines escaped.
std::string display(const Term& t) {
  std::string out;
  if (t.kind == Term::Kind::Iri) return "<" + t.value + ">";
  if (t.kind == Term::Kind::Blank) return "_:" + t.value;
  for (char c : t.value) {
    switch (c) {
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out;
}

// Width on a terminal, counted in code points.
std::size_t width(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void table(const Results& r, std::ostream& out) {
  std::vector<std::vector<std::string>> cells;
  std::vector<std::size_t> widths;
  for (const auto& v : r.variables) widths.push_back(width(v));
  for (const auto& row : r.rows) {
    auto& line = cells.emplace_back();
    for (std::size_t i = 0; i < row.size(); ++i) {
      line.push_back(row[i] ? display(*row[i]) : "");
      widths[i] = std::max(widths[i], width(line.back()));
    }
  }
  auto print = [&](const std::vector<std::string>& line) {
    std::string text;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (i) text += "  ";
      text += line[i];
      if (i + 1 < line.size()) text.append(widths[i] - width(line[i]), ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << '\n';
  };
  print(r.variables);
  std::vector<std::string> rule;
  for (auto w : widths) rule.push_back(std::string(std::max<std::size_t>(w, 1), '-'));
  print(rule);
  for (const auto& line : cells) print(line);
  out << r.rows.size() << (r.rows.size() == 1 ? " row\n" : " rows\n");
}

std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void csv(const Results& r, std::ostream& out) {
  auto line = [&](const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csv_field(fields[i]);
    out << "\r\n";
  };
  line(r.variables);
  for (const auto& row : r.rows) {
    std::vector<std::string> fields;
    for (const auto& cell : row) {
      if (!cell) fields.emplace_back();
      else if (cell->kind == Term::Kind::Blank) fields.push_back("_:" + cell->value);
      else fields.push_back(cell->value);
    }
    line(fields);
  }
}

void tsv(const Results& r, std::ostream& out) {
  for (std::size_t i = 0; i < r.variables.size(); ++i) out << (i ? "\t?" : "?") << r.variables[i];
  out << '\n';
  for (const auto& row : r.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out << '\t';
      if (row[i]) out << tsv_term(*row[i]);
    }
    out << '\n';
  }
}

nlohmann::ordered_json json_term(const Term& t) {
  nlohmann::ordered_json j;
  switch (t.kind) {
    case Term::Kind::Iri:
      j["type"] = "uri";
      j["value"] = t.value;
      break;
    case Term::Kind::Blank:
      j["type"] = "bnode";
      j["value"] = t.value;
      break;
    case Term::Kind::Literal:
      j["type"] = "literal";
      j["value"] = t.value;
      if (!t.language.empty()) j["xml:lang"] = t.language;
      else if (!t.datatype.empty()) j["datatype"] = t.datatype;
      break;
  }
  return j;
}

void json(const Results& r, std::ostream& out) {
  nlohmann::ordered_json j;
  if (r.kind == Results::Kind::Boolean) {
    j["head"] = nlohmann::ordered_json::object();
    j["boolean"] = r.boolean;
  } else {
    j["head"]["vars"] = r.variables;
    auto& bindings = j["results"]["bindings"] = nlohmann::ordered_json::array();
    for (const auto& row : r.rows) {
      nlohmann::ordered_json b = nlohmann::ordered_json::object();
      for (std::size_t i = 0; i < row.size(); ++i)
        if (row[i]) b[r.variables[i]] = json_term(*row[i]);
      bindings.push_back(std::move(b));
    }
  }
  out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace

std::string tsv_term(const Term& t) {
  if (t.kind == Term::Kind::Iri) return "<" + t.value + ">";
  if (t.kind == Term::Kind::Blank) return "_:" + t.value;
  std::string out = "\"";
  for (char c : t.value) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  out += '"';
  if (!t.language.empty()) out += "@" + t.language;
  else if (!t.datatype.empty()) out += "^^<" + t.datatype + ">";
  return out;
}

void write_results(const Results& r, ResultFormat format, std::ostream& out) {
  if (r.kind == Results::Kind::Boolean && format != ResultFormat::Json) {
    out << (r.boolean ? "true" : "false") << '\n';
    return;
  }
  switch (format) {
    case ResultFormat::Table: table(r, out); break;
    case ResultFormat::Csv: csv(r, out); break;
    case ResultFormat::Tsv: tsv(r, out); break;
    case ResultFormat::Json: json(r, out); break;
  }
}

}  // namespace sg::query
