// load_event_codes(): the tables event data is coded with (export.h,
// EventCodes), read from the data directory at every run so that a
// researcher can change a sector without a rebuild.
#include <algorithm>
#include <fstream>
#include <sstream>

#include "export.h"

namespace sg::exporter {

namespace {

struct TsvFile {
  std::string path;
  std::vector<extract::Diagnostic>& diagnostics;

  bool fail(int line, int column, std::string message) {
    diagnostics.emplace_back(path, line, column, std::move(message));
    return false;
  }

  // Calls row(line, cells) for every line after the header, which must be
  // `header`; '#' lines and blank lines are comments. A row has exactly
  // the header's number of cells.
  template <typename Row>
  bool read(const std::vector<std::string_view>& header, Row row) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(0, 0, "cannot read it (the event-data formats need it)");
    std::string line;
    int number = 0;
    bool seen_header = false, ok = true;
    while (std::getline(in, line)) {
      ++number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> cells;
      std::size_t start = 0;
      for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
        cells.push_back(line.substr(start, tab - start));
      cells.push_back(line.substr(start));
      if (!seen_header) {
        seen_header = true;
        if (!std::equal(cells.begin(), cells.end(), header.begin(), header.end())) {
          std::string want;
          for (auto h : header) {
            if (!want.empty()) want += ' ';
            want += h;
          }
          return fail(number, 1, "the header must be the tab-separated columns: " + want);
        }
        continue;
      }
      if (cells.size() != header.size()) {
        ok = fail(number, 0,
                  std::to_string(cells.size()) + " cells; a row has " + std::to_string(header.size()) + " (tab-separated)");
        continue;
      }
      ok = row(number, cells) && ok;
    }
    if (!seen_header) return fail(0, 0, "no header line");
    return ok;
  }
};

bool all_of_class(std::string_view s, std::size_t length, bool (*accept)(char)) {
  return s.size() == length && std::all_of(s.begin(), s.end(), accept);
}
bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool digit(char c) { return c >= '0' && c <= '9'; }
bool upper_or_empty(std::string_view s) { return s.empty() || all_of_class(s, 3, upper); }

}  // namespace

bool load_event_codes(const std::string& dir, EventCodes& codes, std::vector<extract::Diagnostic>& diagnostics) {
  bool ok = true;
  TsvFile iso{dir + "/iso3166.tsv", diagnostics};
  ok = iso.read({"alpha2", "alpha3", "name"}, [&](int line, const std::vector<std::string>& cells) {
    if (!all_of_class(cells[0], 2, upper)) return iso.fail(line, 1, "'" + cells[0] + "' is not a two-letter code");
    if (!all_of_class(cells[1], 3, upper)) return iso.fail(line, 4, "'" + cells[1] + "' is not a three-letter code");
    if (!codes.alpha3.emplace(cells[0], cells[1]).second) return iso.fail(line, 1, cells[0] + " is listed twice");
    return true;
  }) && ok;

  TsvFile sectors{dir + "/plover-sectors.tsv", diagnostics};
  ok = sectors.read({"kind", "sector", "code"}, [&](int line, const std::vector<std::string>& cells) {
    if (cells[0].empty()) return sectors.fail(line, 1, "no kind");
    if (!upper_or_empty(cells[1]))
      return sectors.fail(line, 0, "sector '" + cells[1] + "' is not a three-letter PLOVER sector code");
    if (!upper_or_empty(cells[2]))
      return sectors.fail(line, 0, "code '" + cells[2] + "' is not a three-letter PLOVER actor code");
    if (!codes.kinds.emplace(cells[0], EventCodes::Kind{cells[1], cells[2]}).second)
      return sectors.fail(line, 1, "kind '" + cells[0] + "' is listed twice");
    return true;
  }) && ok;

  // The event types' notations. read_graph() names the file and line of a
  // syntax error itself.
  const std::string vocabulary = dir + "/stancegraph.ttl";
  graph::Graph g;
  if (!read_graph(vocabulary, g, diagnostics)) return false;
  const std::string sgns(graph::ns::sg), notation = std::string(graph::ns::skos) + "notation",
                    broader = std::string(graph::ns::skos) + "broader";
  const std::string plover_type = sgns + "ploverCode", cameo_type = sgns + "cameoCode";
  std::map<std::string, std::string> broader_of;
  bool bad_code = false;
  g.for_each([&](const graph::Quad& q) {
    const auto& s = g.term(q.s);
    const auto& p = g.term(q.p);
    const auto& o = g.term(q.o);
    if (s.kind != graph::Term::Kind::Iri || !s.value.starts_with(sgns)) return;
    std::string local = s.value.substr(sgns.size());
    if (p.value == broader && o.value.starts_with(sgns)) {
      broader_of[local] = o.value.substr(sgns.size());
    } else if (p.value == notation && o.datatype == plover_type) {
      codes.events[local].plover = o.value;
    } else if (p.value == notation && o.datatype == cameo_type) {
      if (o.value.size() < 2 || o.value.size() > 4 || !std::all_of(o.value.begin(), o.value.end(), digit)) bad_code = true;
      else codes.events[local].cameo.push_back(o.value);
    }
  });
  auto fail = [&](std::string message) {
    diagnostics.emplace_back(vocabulary, 0, 0, std::move(message));
    return false;
  };
  if (bad_code) return fail("a CAMEO code (skos:notation of type sg:cameoCode) is not two to four digits");
  if (codes.events.empty())
    return fail("no event type has a PLOVER or CAMEO code (skos:notation of type sg:ploverCode or sg:cameoCode)");
  for (auto& [local, event] : codes.events) {
    std::sort(event.cameo.begin(), event.cameo.end());
    // A narrower type without a PLOVER code of its own counts as its
    // broader one (ADVANCE as ASSAULT); a cycle is cut after a few steps.
    std::string up = local;
    for (int step = 0; event.plover.empty() && step < 8; ++step) {
      auto b = broader_of.find(up);
      if (b == broader_of.end()) break;
      up = b->second;
      if (auto e = codes.events.find(up); e != codes.events.end()) event.plover = e->second.plover;
    }
  }
  return ok;
}

}  // namespace sg::exporter
