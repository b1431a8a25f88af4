// Event data: the records of event_table.h as a tidy table (CSV, TSV) and as
// PLOVER records (JSON Lines). docs/event-data.md documents every column and
// field; tests/e2e/event_data.py reads both with Python's csv and json
// modules and with pandas.
//
// The table has a row per assertion, actor and target: an assertion with
// two actors and three targets gives six rows, one with no target a row
// per actor with the target columns empty. A PLOVER record is one line per
// assertion, its actors as `source`, its targets as `target`, in the field
// names of PLOVER's gold standard records (PLOVER_GSR_CAMEO.txt: actorText,
// code, sector, event, eventText, mode, context, text, language,
// publication) and its specification (citeInfo); what PLOVER has no field
// for is under the prefix `sg_`.
//
// Both are written as they go through a one-megabyte buffer. A party's
// cells are made once and copied into each of its rows.
#include <array>
#include <string>

#include "event_table.h"
#include "property_graph.h"
#include "text_escape.h"
#include "writers.h"

namespace sg::exporter {

namespace {

using events::Party;
using events::Record;

// PLOVER's words for what did not (yet) happen, from its manual's list of
// contexts ("future", "hypothetical", "negation"): a conditional is its
// example of a hypothetical. DESIGN.md takes sg:modality for PLOVER's
// auxiliary modes, so they go in `mode`; PLOVER 0.7's manual lists them as
// contexts, so they go in `context` too (docs/event-data.md).
struct Aspects {
  std::array<std::string_view, 2> words;
  std::size_t n = 0;
  std::size_t size() const { return n; }
  std::string_view operator[](std::size_t i) const { return words[i]; }
};
Aspects aspects(const Record& r) {
  Aspects out;
  if (r.negated) out.words[out.n++] = "negation";
  if (r.modality == "Hypothetical" || r.modality == "Conditional") out.words[out.n++] = "hypothetical";
  else if (r.modality == "Planned") out.words[out.n++] = "future";
  return out;
}

std::string_view plover_event(const Record& r) {
  return r.codes && !r.codes->plover.empty() ? std::string_view(r.codes->plover) : r.event_type;
}

// ------------------------------------------------------------------ table

constexpr std::array<std::string_view, 37> kColumns = {
    "date",          "event_type",    "plover",       "cameo",         "negated",        "modality",
    "actor_label",   "actor",         "actor_type",   "actor_iso2",    "actor_iso3",     "actor_code",
    "actor_sector",  "target_label",  "target",       "target_type",   "target_iso2",    "target_iso3",
    "target_code",   "target_sector", "location_label", "location",    "location_iso2",  "location_iso3",
    "topic",         "quantity",      "speaker_label", "speaker",      "attribution_verb", "trigger",
    "sentence",      "footnotes",     "report_title", "report_url",    "report_date",    "report",
    "assertion"};

class TableWriter {
 public:
  TableWriter(const events::Table& table, char delimiter, std::FILE* out)
      : table_(table), delimiter_(delimiter), buffer_(out), party_cells_(table.parties.size()) {}

  bool write(std::string& error) {
    std::string& t = buffer_.text;
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
      if (i > 0) t += delimiter_;
      t += kColumns[i];
    }
    t += '\n';
    std::string head, rest;
    for (const Record& r : table_.records) {
      head.clear();
      rest.clear();
      if (!record_cells(r, head, rest)) return pg::fail(error, "invalid UTF-8 or a NUL byte in a value", bad_);
      // A row per actor and target; none of either still makes a row.
      std::size_t actors = std::max<std::size_t>(r.actors.size(), 1), targets = std::max<std::size_t>(r.targets.size(), 1);
      for (std::size_t a = 0; a < actors; ++a)
        for (std::size_t g = 0; g < targets; ++g) {
          t += head;
          if (!party(r.actors, a, t) || !party(r.targets, g, t))
            return pg::fail(error, "invalid UTF-8 or a NUL byte in a value", bad_);
          t += rest;
          t += '\n';
          if (!buffer_.maybe_flush()) return pg::fail(error, "write error", "");
        }
    }
    if (!buffer_.flush()) return pg::fail(error, "write error", "");
    return true;
  }

 private:
  bool cell(std::string& out, std::string_view value) {
    out += delimiter_;
    if (text::append_csv_field(out, value, delimiter_)) return true;
    bad_ = value;
    return false;
  }
  // The first cell of a row has no delimiter before it.
  bool first_cell(std::string& out, std::string_view value) {
    if (text::append_csv_field(out, value, delimiter_)) return true;
    bad_ = value;
    return false;
  }

  // Several values in one cell, joined by '|'; one is copied as it is.
  template <typename List, typename Show>
  bool joined(std::string& out, const List& list, Show show) {
    if (list.size() == 1) return cell(out, show(list[0]));
    joined_.clear();
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i > 0) joined_ += '|';
      joined_ += show(list[i]);
    }
    return cell(out, joined_);
  }

  // The cells before the actor's (head) and after the target's (rest).
  bool record_cells(const Record& r, std::string& head, std::string& rest) {
    static const std::vector<std::string> none;
    const auto& cameo = r.codes ? r.codes->cameo : none;
    bool ok = first_cell(head, r.date) && cell(head, r.event_type) &&
              cell(head, r.codes ? std::string_view(r.codes->plover) : std::string_view()) &&
              joined(head, cameo, [](const std::string& c) { return std::string_view(c); }) &&
              cell(head, r.negated ? "true" : "false") && cell(head, r.modality);
    if (!ok) return false;
    if (r.location >= 0) {
      const Party& p = table_.parties[static_cast<std::size_t>(r.location)];
      ok = cell(rest, p.label) && cell(rest, p.iri) && cell(rest, p.iso2) && cell(rest, p.iso3);
    } else {
      ok = cell(rest, "") && cell(rest, "") && cell(rest, "") && cell(rest, "");
    }
    auto label = [&](std::uint32_t i) { return table_.parties[i].label; };
    auto iri = [&](std::uint32_t i) { return table_.parties[i].iri; };
    return ok && cell(rest, r.topic) && cell(rest, r.quantity) && joined(rest, r.speakers, label) &&
           joined(rest, r.speakers, iri) && cell(rest, r.verb) && cell(rest, r.trigger) && cell(rest, r.sentence) &&
           footnotes(rest, r.footnotes) && cell(rest, r.report_title) &&
           cell(rest, r.report_url) && cell(rest, r.report_date) && cell(rest, r.report) && cell(rest, r.iri);
  }

  bool footnotes(std::string& out, std::span<const long long> numbers) {
    out += delimiter_;
    for (std::size_t i = 0; i < numbers.size(); ++i) {
      if (i > 0) out += '|';
      graph::append_decimal(out, numbers[i]);
    }
    return true;
  }

  // The k-th party's cells: label, IRI, type, alpha-2, alpha-3, code,
  // sector (as many empty ones when the list is empty).
  static constexpr std::size_t kPartyCells = 7;
  bool party(std::span<const std::uint32_t> list, std::size_t k, std::string& out) {
    if (list.empty()) {
      out.append(kPartyCells, delimiter_);
      return true;
    }
    std::string& cells = party_cells_[list[k]];
    if (cells.empty()) {
      const Party& p = table_.parties[list[k]];
      if (!(cell(cells, p.label) && cell(cells, p.iri) && cell(cells, p.type) && cell(cells, p.iso2) &&
            cell(cells, p.iso3) && cell(cells, p.code) && cell(cells, p.sector)))
        return false;
    }
    out += cells;
    return true;
  }

  const events::Table& table_;
  char delimiter_;
  text::Buffer buffer_;
  std::vector<std::string> party_cells_;  // by party: its cells, each with its delimiter before it
  std::string joined_;
  std::string_view bad_;
};

// ------------------------------------------------------------------ PLOVER

class PloverWriter {
 public:
  PloverWriter(const events::Table& table, std::FILE* out)
      : table_(table), buffer_(out), party_objects_(table.parties.size()) {}

  bool write(std::string& error) {
    std::string& t = buffer_.text;
    for (const Record& r : table_.records) {
      if (!record(r, t)) return pg::fail(error, "invalid UTF-8 in a value", bad_);
      t += '\n';
      if (!buffer_.maybe_flush()) return pg::fail(error, "write error", "");
    }
    if (!buffer_.flush()) return pg::fail(error, "write error", "");
    return true;
  }

 private:
  bool string(std::string& t, std::string_view value) {
    if (text::append_json_string(t, value)) return true;
    bad_ = value;
    return false;
  }
  // ,"key":"value" — nothing when the value is empty (unknown).
  bool field(std::string& t, std::string_view key, std::string_view value) {
    if (value.empty()) return true;
    t += ",\"";
    t += key;
    t += "\":";
    return string(t, value);
  }
  bool strings(std::string& t, std::string_view key, const auto& values) {
    t += ",\"";
    t += key;
    t += "\":[";
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i > 0) t += ',';
      if (!string(t, values[i])) return false;
    }
    t += ']';
    return true;
  }

  // {"actorText":...,"code":...,"sector":...,"sg_iri":...,"sg_type":...,"sg_iso3166":...}
  bool actor(std::string& t, const Party& p) {
    t += "{\"actorText\":";
    bool ok = string(t, p.label) && field(t, "code", p.code) && field(t, "sector", p.sector) &&
              field(t, "sg_iri", p.iri) && field(t, "sg_type", p.type) && field(t, "sg_iso3166", p.iso2);
    t += '}';
    return ok;
  }
  // Each party's object is made once and copied wherever it appears.
  bool actors(std::string& t, std::string_view key, std::span<const std::uint32_t> list) {
    t += ",\"";
    t += key;
    t += "\":[";
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i > 0) t += ',';
      std::string& object = party_objects_[list[i]];
      if (object.empty() && !actor(object, table_.parties[list[i]])) return false;
      t += object;
    }
    t += ']';
    return true;
  }

  bool record(const Record& r, std::string& t) {
    t += "{\"id\":";
    const Aspects not_facts = aspects(r);
    if (!string(t, r.id) || !field(t, "date", r.date) || !actors(t, "source", r.actors) ||
        !actors(t, "target", r.targets) || !field(t, "event", plover_event(r)) || !field(t, "eventText", r.trigger) ||
        !strings(t, "mode", not_facts) || !strings(t, "context", not_facts) || !field(t, "text", r.sentence) ||
        !field(t, "language", r.language) || !field(t, "publication", r.report_title))
      return false;
    if (!r.report_url.empty()) {
      t += ",\"citeInfo\":{\"url\":";
      if (!string(t, r.report_url)) return false;
      t += '}';
    }
    static const std::vector<std::string> none;
    if (!field(t, "sg_assertion", r.iri) || !field(t, "sg_eventType", r.event_type) ||
        !strings(t, "sg_cameo", r.codes ? r.codes->cameo : none))
      return false;
    t += r.negated ? ",\"sg_negated\":true" : ",\"sg_negated\":false";
    if (!field(t, "sg_modality", r.modality) || !field(t, "sg_topic", r.topic)) return false;
    if (!r.quantity.empty()) {
      // An xsd:integer's digits; anything else (a foreign graph's) as a string.
      bool digits = r.quantity.find_first_not_of("0123456789") == std::string_view::npos ||
                    (r.quantity[0] == '-' && r.quantity.size() > 1 &&
                     r.quantity.find_first_not_of("0123456789", 1) == std::string_view::npos);
      t += ",\"sg_quantity\":";
      if (digits) t += r.quantity;
      else if (!string(t, r.quantity)) return false;
    }
    if (!actors(t, "sg_attributedTo", r.speakers) || !field(t, "sg_attributionVerb", r.verb)) return false;
    if (r.location >= 0) {
      const Party& p = table_.parties[static_cast<std::size_t>(r.location)];
      t += ",\"sg_location\":{\"name\":";
      if (!string(t, p.label) || !field(t, "cc3", p.iso3) || !field(t, "sg_iri", p.iri) ||
          !field(t, "sg_iso3166", p.iso2))
        return false;
      t += '}';
    }
    t += ",\"sg_citation\":[";
    for (std::size_t i = 0; i < r.footnotes.size(); ++i) {
      if (i > 0) t += ',';
      graph::append_decimal(t, r.footnotes[i]);
    }
    t += "],\"sg_endnotes\":[";
    bool first = true;
    for (const auto& n : r.endnotes) {
      if (n.url.empty()) continue;
      if (!first) t += ',';
      first = false;
      if (!string(t, n.url)) return false;
    }
    t += ']';
    if (!field(t, "sg_report", r.report) ||
        !field(t, "sg_reportDate", r.report_date))
      return false;
    t += '}';
    return true;
  }

  const events::Table& table_;
  text::Buffer buffer_;
  std::vector<std::string> party_objects_;  // by party: its JSON object, once made
  std::string_view bad_;
};

}  // namespace

bool write_event_data(const graph::Graph& graph, Format format, std::FILE* out, const WriteOptions& options,
                      std::string& error) {
  if (options.event_codes.empty()) {
    error = "the event codes (ontologies/iso3166.tsv, plover-sectors.tsv, stancegraph.ttl) were not loaded";
    return false;
  }
  auto table = events::read_events(graph, options.event_codes);
  if (format == Format::Plover) return PloverWriter(table, out).write(error);
  return TableWriter(table, format == Format::Tsv ? '\t' : ',', out).write(error);
}

}  // namespace sg::exporter
