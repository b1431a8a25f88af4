// The visualization views of a graph: GraphML, GEXF 1.2draft (dynamic),
// Cytoscape.js JSON and Graphviz DOT, all drawn from viz_model.h.
//
// Each writer walks the model in its order, so the output is
// deterministic; nothing depends on the time, the machine or the locale
// (numbers are formatted by hand or with the "C" rules of snprintf, which
// no code here changes). docs/visualization.md describes every attribute.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>

#include "export.h"
#include "viz_model.h"

namespace sg::exporter {
namespace {

using viz::Edge;
using viz::Model;
using viz::Node;
using viz::xml_escape;

// Output in 64 KiB blocks, remembering a failed write.
class Sink {
 public:
  explicit Sink(std::FILE* out) : out_(out) { buffer_.reserve(kBlock + 4096); }
  Sink& operator<<(std::string_view s) {
    buffer_ += s;
    if (buffer_.size() >= kBlock) flush();
    return *this;
  }
  Sink& operator<<(char c) { return *this << std::string_view(&c, 1); }
  Sink& operator<<(std::size_t n) { return *this << std::string_view(std::to_string(n)); }
  bool finish() {
    flush();
    return ok_;
  }

 private:
  static constexpr std::size_t kBlock = 1 << 16;
  void flush() {
    if (!buffer_.empty() && std::fwrite(buffer_.data(), 1, buffer_.size(), out_) != buffer_.size()) ok_ = false;
    buffer_.clear();
  }
  std::FILE* out_;
  std::string buffer_;
  bool ok_ = true;
};

std::string stance(const Edge& e) { return (e.negated ? "not " : "") + e.event_type; }

// "ADVANCE 3; not AGREE 1": a node's untargeted stances, in model order.
std::map<std::string, std::string> untargeted_text(const Model& m) {
  std::map<std::string, std::string> text;
  for (const auto& e : m.untargeted) {
    std::string& t = text[e.source];
    t += (t.empty() ? "" : "; ") + stance(e) + ' ' + std::to_string(e.count);
  }
  return text;
}

// XML attribute values of type xsd:token (GEXF labels): no leading,
// trailing or repeated white space, no line breaks.
std::string token(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

int hex_digit(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }
int channel(std::string_view colour, int i) { return hex_digit(colour[1 + 2 * i]) * 16 + hex_digit(colour[2 + 2 * i]); }

// Line width for an edge of `count` assertions: 1 for one, growing by half
// a point per assertion up to 8.
std::string pen_width(std::size_t count) {
  double w = std::min(1.0 + 0.5 * static_cast<double>(count - (count > 0)), 8.0);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", w);
  return buf;
}

// ------------------------------------------------------------------ GraphML

bool write_graphml(const Model& m, Sink& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  struct Key {
    std::string_view id, for_, name, type;
  };
  constexpr Key keys[] = {
      {"label", "node", "label", "string"},       {"type", "node", "type", "string"},
      {"iso", "node", "iso", "string"},           {"ncolor", "node", "color", "string"},
      {"untargeted", "node", "untargeted", "string"},
      {"elabel", "edge", "label", "string"},      {"eventType", "edge", "eventType", "string"},
      {"negated", "edge", "negated", "boolean"},  {"weight", "edge", "weight", "int"},
      {"firstDate", "edge", "firstDate", "string"}, {"lastDate", "edge", "lastDate", "string"},
      {"color", "edge", "color", "string"},
  };
  for (const auto& k : keys)
    out << "  <key id=\"" << k.id << "\" for=\"" << k.for_ << "\" attr.name=\"" << k.name << "\" attr.type=\""
        << k.type << "\"/>\n";
  out << "  <graph id=\"stancegraph\" edgedefault=\"directed\">\n";
  auto data = [&](std::string_view key, const std::string& value) {
    if (!value.empty()) out << "      <data key=\"" << key << "\">" << xml_escape(value) << "</data>\n";
  };
  auto untargeted = untargeted_text(m);
  for (const auto& n : m.nodes) {
    out << "    <node id=\"" << xml_escape(n.iri) << "\">\n";
    data("label", n.label);
    data("type", n.type);
    data("iso", n.iso);
    data("ncolor", std::string(viz::type_colour(n.type)));
    if (auto u = untargeted.find(n.iri); u != untargeted.end()) data("untargeted", u->second);
    out << "    </node>\n";
  }
  for (const auto& e : m.edges) {
    out << "    <edge id=\"summary-" << e.id << "\" source=\"" << xml_escape(e.source) << "\" target=\""
        << xml_escape(e.target) << "\">\n";
    data("elabel", stance(e));
    data("eventType", e.event_type);
    data("negated", e.negated ? "true" : "false");
    data("weight", std::to_string(e.count));
    data("firstDate", e.first_date);
    data("lastDate", e.last_date);
    data("color", e.colour);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
  return true;
}

// ------------------------------------------------------------------ GEXF

void viz_colour(Sink& out, std::string_view colour, std::string_view indent) {
  out << indent << "<viz:color r=\"" << static_cast<std::size_t>(channel(colour, 0)) << "\" g=\""
      << static_cast<std::size_t>(channel(colour, 1)) << "\" b=\"" << static_cast<std::size_t>(channel(colour, 2))
      << "\"/>\n";
}

bool write_gexf(const Model& m, Sink& out) {
  // The timeline: every dated assertion behind a targeted edge.
  std::string first, last;
  for (const auto& e : m.edges)
    if (!e.first_date.empty()) {
      if (first.empty() || e.first_date < first) first = e.first_date;
      if (last.empty() || e.last_date > last) last = e.last_date;
    }
  // GEXF 1.2draft, the newest version networkx reads: this file
  // needs nothing of 1.3 (whose edge `kind` only kept parallel edges of
  // different event types apart; the eventType attribute says the same).
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" "
         "version=\"1.2\">\n"
         "  <meta>\n    <creator>stancegraph</creator>\n"
         "    <description>Actors and their dated stances toward one another; one edge per assertion</description>\n"
         "  </meta>\n"
         "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\"";
  if (!first.empty()) out << " start=\"" << first << "\" end=\"" << last << "\"";
  out << ">\n"
         "    <attributes class=\"node\">\n"
         "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
         "      <attribute id=\"iso\" title=\"iso\" type=\"string\"/>\n"
         "      <attribute id=\"untargeted\" title=\"untargeted\" type=\"string\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\">\n"
         "      <attribute id=\"eventType\" title=\"eventType\" type=\"string\"/>\n"
         "      <attribute id=\"negated\" title=\"negated\" type=\"boolean\"/>\n"
         "      <attribute id=\"assertion\" title=\"assertion\" type=\"string\"/>\n"
         "      <attribute id=\"report\" title=\"report\" type=\"string\"/>\n"
         "    </attributes>\n";
  auto untargeted = untargeted_text(m);
  out << "    <nodes count=\"" << m.nodes.size() << "\">\n";
  for (const auto& n : m.nodes) {
    out << "      <node id=\"" << xml_escape(n.iri) << "\" label=\"" << xml_escape(token(n.label)) << "\">\n"
        << "        <attvalues>\n";
    auto value = [&](std::string_view key, const std::string& v) {
      if (!v.empty()) out << "          <attvalue for=\"" << key << "\" value=\"" << xml_escape(v) << "\"/>\n";
    };
    value("type", n.type);
    value("iso", n.iso);
    if (auto u = untargeted.find(n.iri); u != untargeted.end()) value("untargeted", u->second);
    out << "        </attvalues>\n";
    viz_colour(out, viz::type_colour(n.type), "        ");
    out << "      </node>\n";
  }
  out << "    </nodes>\n";
  std::size_t count = 0;
  for (const auto& e : m.edges)
    for (const auto& s : e.support) count += !s.date.empty();
  out << "    <edges count=\"" << count << "\">\n";
  for (const auto& e : m.edges)
    for (const auto& s : e.support) {
      if (s.date.empty()) continue;  // no place on the timeline
      auto cut = s.assertion.find_last_of("/#");
      std::string tail = cut == std::string::npos ? s.assertion : s.assertion.substr(cut + 1);
      out << "      <edge id=\"" << e.id << '-' << xml_escape(tail) << "\" source=\"" << xml_escape(e.source)
          << "\" target=\"" << xml_escape(e.target) << "\" label=\""
          << xml_escape(stance(e)) << "\" weight=\"1\" start=\"" << s.date << "\" end=\"" << s.date << "\">\n"
          << "        <attvalues>\n"
          << "          <attvalue for=\"eventType\" value=\"" << xml_escape(e.event_type) << "\"/>\n"
          << "          <attvalue for=\"negated\" value=\"" << (e.negated ? "true" : "false") << "\"/>\n"
          << "          <attvalue for=\"assertion\" value=\"" << xml_escape(s.assertion) << "\"/>\n";
      if (!s.report.empty()) out << "          <attvalue for=\"report\" value=\"" << xml_escape(s.report) << "\"/>\n";
      out << "        </attvalues>\n";
      viz_colour(out, e.colour, "        ");
      if (e.negated) out << "        <viz:shape value=\"dashed\"/>\n";
      out << "      </edge>\n";
    }
  out << "    </edges>\n  </graph>\n</gexf>\n";
  return true;
}

// ------------------------------------------------------------------ Cytoscape.js

using json = nlohmann::ordered_json;

bool write_cytoscape(const Model& m, Sink& out, std::string& error) {
  // `directed`, `multigraph`, node `value` and edge `key` are what
  // networkx's cytoscape_graph() reads (a node's key is its `value`);
  // `name` and `interaction` are the columns Cytoscape desktop labels nodes
  // and edges with.
  json doc;
  doc["format_version"] = "1.0";
  doc["generated_by"] = "stancegraph";
  doc["target_cytoscapejs_version"] = "~3";
  doc["data"] = {{"name", "stancegraph"}};
  doc["directed"] = true;
  doc["multigraph"] = true;
  json nodes = json::array(), edges = json::array();
  std::map<std::string, json> untargeted;
  for (const auto& e : m.untargeted) {
    json u = {{"eventType", e.event_type}, {"negated", e.negated}, {"weight", e.count}};
    if (!e.first_date.empty()) u["firstDate"] = e.first_date, u["lastDate"] = e.last_date;
    untargeted[e.source].push_back(std::move(u));
  }
  for (const auto& n : m.nodes) {
    json d = {{"id", n.iri}, {"value", n.iri}, {"name", n.label}, {"label", n.label}, {"type", n.type}};
    if (!n.iso.empty()) d["iso"] = n.iso;
    d["color"] = viz::type_colour(n.type);
    d["outWeight"] = n.out_count;
    d["inWeight"] = n.in_count;
    if (auto u = untargeted.find(n.iri); u != untargeted.end()) d["untargeted"] = u->second;
    nodes.push_back({{"data", std::move(d)}, {"classes", n.type.empty() ? "Other" : n.type}});
  }
  for (const auto& e : m.edges) {
    json d = {{"id", "summary-" + e.id}, {"key", "summary-" + e.id}, {"source", e.source},
              {"target", e.target},          {"label", stance(e)},          {"interaction", stance(e)},
              {"eventType", e.event_type},   {"negated", e.negated},        {"weight", e.count},
              {"color", e.colour}};
    if (!e.first_date.empty()) d["firstDate"] = e.first_date, d["lastDate"] = e.last_date;
    json assertions = json::array(), dates = json::array();
    for (const auto& s : e.support) {
      assertions.push_back(s.assertion);
      dates.push_back(s.date);
    }
    d["assertions"] = std::move(assertions);
    d["dates"] = std::move(dates);
    edges.push_back({{"data", std::move(d)}, {"classes", e.negated ? e.event_type + " negated" : e.event_type}});
  }
  doc["elements"] = {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}};
  // A stylesheet, so that cytoscape({container, ...doc}) draws the same
  // picture as the other views: colours from the data, dashed negations.
  doc["style"] = json::array({
      {{"selector", "node"},
       {"style", {{"label", "data(label)"}, {"background-color", "data(color)"}, {"font-size", 10}}}},
      {{"selector", "edge"},
       {"style",
        {{"line-color", "data(color)"},
         {"target-arrow-color", "data(color)"},
         {"target-arrow-shape", "triangle"},
         {"curve-style", "bezier"},
         {"width", "mapData(weight, 1, 15, 1, 8)"}}}},
      {{"selector", "edge.negated"}, {"style", {{"line-style", "dashed"}}}},
  });
  try {
    // Strings come from a checked graph; should one still hold invalid
    // UTF-8 (a foreign merged graph), U+FFFD stands in for it.
    out << std::string_view(doc.dump(1, ' ', false, json::error_handler_t::replace)) << "\n";
  } catch (const json::exception& e) {
    error = std::string("cannot write the Cytoscape JSON: ") + e.what();
    return false;
  }
  return true;
}

// ------------------------------------------------------------------ DOT

// A DOT double-quoted string. Inside quotes the parser only undoes \" ;
// label-like attributes (escString) then read \\ as one backslash and \n
// as a line break, so both are written that way; other control characters
// become spaces. IDs use the same form, so each node is named alike
// everywhere.
std::string dot_string(std::string_view raw) {
  std::string s = viz::clean_utf8(raw), out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r':
      case '\t': out += ' '; break;
      default: out += c;
    }
  }
  return out + '"';
}

std::string_view dot_shape(std::string_view type) {
  if (type == "State") return "box";
  if (type == "ArmedForce") return "hexagon";
  if (type == "Person") return "oval";
  if (type == "ActorGroup") return "octagon";
  if (type == "Place") return "house";
  return "ellipse";  // organizations and the rest
}

bool write_dot(const Model& m, Sink& out) {
  // Most actors have no stance: dot's ranks would stack them in one tall
  // column. neato lays out each connected part on its own and `pack` tiles
  // the parts into a roughly square picture; prism removes node overlaps
  // without first shrinking the layout (overlap_shrink), so that arrows
  // keep room for their labels. `dot -Glayout=sfdp ...` picks another engine.
  out << "digraph stancegraph {\n"
         "  graph [layout=neato, pack=true, overlap=prism, overlap_shrink=false, sep=\"+6\", "
         "fontname=\"Helvetica\"];\n"
         "  node [style=filled, fontname=\"Helvetica\", fontsize=11];\n"
         "  edge [len=1.6, fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];\n";
  auto untargeted = untargeted_text(m);
  for (const auto& n : m.nodes) {
    std::string label = n.label + (n.iso.empty() || n.iso == n.label ? "" : " (" + n.iso + ")");
    std::string tooltip = n.type.empty() ? n.iri : n.type + ": " + n.iri;
    if (auto u = untargeted.find(n.iri); u != untargeted.end()) tooltip += "\nuntargeted: " + u->second;
    out << "  " << dot_string(n.iri) << " [label=" << dot_string(label) << ", shape=" << dot_shape(n.type)
        << ", fillcolor=\"" << viz::type_colour(n.type) << "\", tooltip=" << dot_string(tooltip) << "];\n";
  }
  for (const auto& e : m.edges) {
    std::string label = stance(e) + (e.count > 1 ? " (" + std::to_string(e.count) + ")" : "");
    std::string when = e.first_date == e.last_date ? e.first_date : e.first_date + " to " + e.last_date;
    out << "  " << dot_string(e.source) << " -> " << dot_string(e.target) << " [label=" << dot_string(label)
        << ", color=\"" << e.colour << "\", fontcolor=\"" << e.colour << "\", penwidth=" << pen_width(e.count)
        << (e.negated ? ", style=dashed" : "") << ", tooltip=" << dot_string(when.empty() ? label : label + ", " + when)
        << "];\n";
  }
  out << "}\n";
  return true;
}

}  // namespace

bool write_view(const graph::Graph& graph, Format format, std::FILE* out, std::string& error) {
  Model model = viz::build_model(graph);
  Sink sink(out);
  bool ok = format == Format::GraphMl     ? write_graphml(model, sink)
            : format == Format::Gexf      ? write_gexf(model, sink)
            : format == Format::Cytoscape ? write_cytoscape(model, sink, error)
                                          : write_dot(model, sink);
  if (!sink.finish() && ok) {
    error = write_failure();
    ok = false;
  }
  return ok;
}

}  // namespace sg::exporter
