// The HTML writer: one self-contained page with the graph's view model
// (viz_model.h) as JSON and the viewer (export/html/, embedded at build
// time by embed.cmake) that draws it. The page loads nothing from
// anywhere; its Content-Security-Policy forbids it to.
//
// The JSON sits in <script type="application/json">. An HTML parser ends
// that element at the first "</script" whatever the JSON means, and
// "<!--" inside it changes how the end is found, so every '<', '>' and
// '&' in the JSON text is written as a \u escape (they occur only inside
// strings, where the escape means the same). U+2028 and U+2029 are escaped
// too, for any consumer that reads the data as JavaScript source.
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>

#include "export.h"
#include "viz_model.h"

namespace sg::exporter {

namespace html_assets {
extern const std::string_view kTemplate;
extern const std::string_view kScript;
extern const std::string_view kStyle;
}  // namespace html_assets

namespace {

using json = nlohmann::ordered_json;

std::string text(std::string_view s) { return viz::clean_utf8(s); }

std::string tail(const std::string& iri) {
  auto cut = iri.find_last_of("/#");
  return cut == std::string::npos || cut + 1 == iri.size() ? iri : iri.substr(cut + 1);
}

// The model as the viewer reads it (the shape is documented at the top of
// export/html/viewer.js): nodes, edges, assertions, evidence and reports by
// index; every assertion once, in date order, however many edges it stands
// behind, and every evidence sentence once, however many assertions it
// gives.
class DataBuilder {
 public:
  explicit DataBuilder(const viz::Model& model) : model_(model) {
    for (std::size_t i = 0; i < model.nodes.size(); ++i) node_index_[model.nodes[i].iri] = i;
    for (std::size_t i = 0; i < model.reports.size(); ++i) report_index_[model.reports[i].iri] = i;
    for (std::size_t i = 0; i < model.assertions.size(); ++i) assertion_index_[model.assertions[i].assertion] = i;
  }

  json build() {
    json nodes = json::array();
    for (const auto& n : model_.nodes)
      nodes.push_back(
          {{"id", text(n.iri)}, {"label", text(n.label)}, {"type", text(n.type)}, {"iso", text(n.iso)}, {"actor", n.actor}});
    json edges = json::array();
    for (const auto& e : model_.edges) {
      auto s = node_index_.find(e.source), t = node_index_.find(e.target);
      if (s == node_index_.end() || t == node_index_.end()) continue;  // the model promises both; never draw half
      json j = stance(e);
      j["source"] = s->second;
      j["target"] = t->second;
      edges.push_back(std::move(j));
    }
    json untargeted = json::array();
    for (const auto& e : model_.untargeted) {
      auto s = node_index_.find(e.source);
      if (s == node_index_.end()) continue;
      json j = stance(e);
      j["source"] = s->second;
      untargeted.push_back(std::move(j));
    }
    json assertions = json::array();
    for (const auto& a : model_.assertions) assertions.push_back(assertion(a));
    // The colour of every event type the assertions have, statements too.
    std::set<std::string> present;
    for (const auto& a : model_.assertions) present.insert(a.event_type);
    json types = json::array();
    for (const auto& t : present)
      if (!t.empty()) types.push_back({{"type", text(t)}, {"color", std::string(viz::event_colour(t))}});
    json reports = json::array();
    for (const auto& r : model_.reports)
      reports.push_back({{"id", text(r.iri)}, {"title", text(r.title)}, {"label", text(r.label)}, {"date", text(r.date)}});
    json doc;
    doc["nodes"] = std::move(nodes);
    doc["edges"] = std::move(edges);
    doc["untargeted"] = std::move(untargeted);
    doc["assertions"] = std::move(assertions);
    doc["evidence"] = std::move(evidence_);
    doc["types"] = std::move(types);
    doc["reports"] = std::move(reports);
    return doc;
  }

 private:
  json stance(const viz::Edge& e) const {
    json indices = json::array();
    for (const auto& s : e.support)
      if (auto a = assertion_index_.find(s.assertion); a != assertion_index_.end()) indices.push_back(a->second);
    return {{"id", e.id}, {"type", text(e.event_type)}, {"negated", e.negated}, {"color", text(e.colour)},
            {"assertions", std::move(indices)}};
  }

  // Node indexes of IRIs; with `keep_others`, a speaker that is no node is
  // kept by name (the IRI's last segment).
  json nodes_of(const std::vector<std::string>& iris, bool keep_others = false) const {
    json out = json::array();
    for (const auto& iri : iris)
      if (auto n = node_index_.find(iri); n != node_index_.end()) out.push_back(n->second);
      else if (keep_others) out.push_back(text(tail(iri)));
    return out;
  }

  // A year of reports holds tens of thousands of assertions: what is false
  // or empty is left out, which the viewer reads as false or empty.
  json assertion(const viz::Support& s) {
    json a = {{"id", text(s.assertion)}};
    auto put = [&](const char* key, json value) {
      if (value != false && value != "" && value != json::array()) a[key] = std::move(value);
    };
    put("date", text(s.date));
    a["type"] = text(s.event_type);
    put("negated", s.negated);
    put("modality", text(s.modality));
    put("topic", text(s.topic));
    put("verb", text(s.verb));
    a["actors"] = nodes_of(s.actors);
    put("targets", nodes_of(s.targets));
    put("speakers", nodes_of(s.speakers, true));
    json evidence = json::array();
    for (const auto& ev : s.evidence) evidence.push_back(evidence_of(ev));
    a["evidence"] = std::move(evidence);
    return a;
  }

  std::size_t evidence_of(const viz::Evidence& ev) {
    auto [it, fresh] = evidence_index_.try_emplace(ev.iri, evidence_.size());
    if (!fresh) return it->second;
    // Every footnote number once, with the URL of the endnote it names when
    // the report lists one.
    std::map<long long, std::string> notes;
    for (long long c : ev.citations) notes.try_emplace(c);
    for (const auto& note : ev.endnotes)
      if (note.number >= 0 && notes[note.number].empty()) notes[note.number] = note.url;
    json citations = json::array();
    for (const auto& [number, url] : notes) citations.push_back({{"n", number}, {"url", text(url)}});
    auto r = report_index_.find(ev.report);
    evidence_.push_back({{"text", text(ev.text)},
                         {"report", r == report_index_.end() ? json(nullptr) : json(r->second)},
                         {"citations", std::move(citations)}});
    return it->second;
  }

  const viz::Model& model_;
  std::map<std::string, std::size_t> node_index_, report_index_, assertion_index_, evidence_index_;
  json evidence_ = json::array();
};

// JSON text that cannot end or confuse the <script> element it sits in.
std::string script_safe(std::string_view json_text) {
  std::string out;
  out.reserve(json_text.size() + json_text.size() / 16);
  for (std::size_t i = 0; i < json_text.size(); ++i) {
    char c = json_text[i];
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else if (c == '\xE2' && i + 2 < json_text.size() && json_text[i + 1] == '\x80' &&
             (json_text[i + 2] == '\xA8' || json_text[i + 2] == '\xA9')) {
      out += json_text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

bool put(std::FILE* out, std::string_view s) { return std::fwrite(s.data(), 1, s.size(), out) == s.size(); }

}  // namespace

bool write_html(const graph::Graph& graph, std::FILE* out, std::string& error) {
  viz::Model model = viz::build_model(graph, viz::Scope::EveryAssertion);
  std::string data =
      script_safe(DataBuilder(model).build().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  // The template holds three markers, in this order; what is between them is copied as it is.
  const std::pair<std::string_view, std::string_view> parts[] = {
      {"/*@STYLE@*/", html_assets::kStyle}, {"/*@DATA@*/", data}, {"/*@SCRIPT@*/", html_assets::kScript}};
  std::string_view rest = html_assets::kTemplate;
  for (const auto& [marker, content] : parts) {
    auto at = rest.find(marker);
    if (at == std::string_view::npos) {
      error = "the embedded HTML template has no " + std::string(marker) + " (export/html/template.html)";
      return false;
    }
    if (!put(out, rest.substr(0, at)) || !put(out, content)) {
      error = write_failure();
      return false;
    }
    rest.remove_prefix(at + marker.size());
  }
  if (!put(out, rest)) {
    error = write_failure();
    return false;
  }
  return true;
}

}  // namespace sg::exporter
