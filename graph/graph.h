// graph.h — the in-memory graph: interned RDF terms, a set of quads, and
// the builder that turns extractions into the data model of DESIGN.md.
//
// The graph knows nothing of file formats: export/ writes it, and the
// reader of existing graphs (for --merge) feeds it quads. Terms are
// interned once, so quads are four integers and duplicates cost nothing:
// adding the same report twice adds no quad.
//
// Identity: every IRI is derived from what it names, never from the order
// of work — entities from their identity key ("state/RU",
// "person/maria-zakharova"), reports from a hash of their text,
// assertions from a hash of their content and report, evidence from the
// report and the sentence's offset — so the same input gives the same
// IRIs on every run, machine, file order and number of jobs.
//
// Thread safety: a Graph is not synchronised; build one per thread and
// merge() them, or add from one thread.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/extract.h"

namespace sg::graph {

namespace ns {
inline constexpr std::string_view sg = "https://w3id.org/stancegraph/ontology#";
inline constexpr std::string_view rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view rdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view xsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view skos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view prov = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view dcterms = "http://purl.org/dc/terms/";
inline constexpr std::string_view default_base = "https://w3id.org/stancegraph/id/";
}  // namespace ns

struct Term {
  enum class Kind : std::uint8_t { Iri, Blank, Literal };
  Kind kind = Kind::Iri;
  std::string value;     // IRI, blank node label, or lexical form
  std::string datatype;  // literals: datatype IRI, empty for xsd:string and language strings
  std::string language;  // literals: language tag, lower case
  bool operator==(const Term&) const = default;
};

using TermId = std::uint32_t;
inline constexpr TermId kDefaultGraph = 0;  // the graph term of a triple in the default graph

struct Quad {
  TermId s = 0, p = 0, o = 0, g = kDefaultGraph;
  bool operator==(const Quad&) const = default;
};

// The canonical order of the terms a graph holds at one moment, worked out
// while the graph goes on growing: terms, once interned, never change or
// move, so a ranking of them stays true, and sorted_quads() then ranks only
// the terms interned since and merges them in. GraphBuilder::finish() ranks
// the reports' terms this way on a spare thread, beside its own work.
// Graph::ranking() takes the terms, on the graph's thread; run() may go on
// any thread meanwhile (it reads those terms only); Graph::keep() takes the
// ranking back, on the graph's thread.
class TermRanking {
 public:
  void run(unsigned threads);

 private:
  friend class Graph;
  std::vector<const Term*> terms_;  // by id, from 1
  std::vector<TermId> order_;       // run(): the ids of terms_ in term_less() order
};

// The terms of a graph, by id, in chunks of kChunk reserved at once: a
// term never moves once stored (term() hands out references that must
// stay valid as the graph grows), and storing one allocates nothing but
// its own strings. A std::deque did the same with four terms to a block of
// 512 bytes, an allocation and its bookkeeping for every fourth term:
// 152 instructions a term stored on the 1 MB corpus, where this takes ~40.
class TermStore {
 public:
  std::size_t size() const { return size_; }
  const Term& operator[](std::size_t id) const { return chunks_[id / kChunk][id % kChunk]; }
  Term& operator[](std::size_t id) { return chunks_[id / kChunk][id % kChunk]; }
  // The next id's term, moved in.
  void push_back(Term&& term) { room().push_back(std::move(term)); }
  // The next id's term, built in place from its parts (no Term built and then moved).
  void push_back(Term::Kind kind, std::string_view value, std::string_view datatype, std::string_view language) {
    Term& t = room().emplace_back();
    t.kind = kind;
    t.value = value;
    t.datatype = datatype;
    t.language = language;
  }

 private:
  static constexpr std::size_t kChunk = 256;  // 26 KB of terms; a report's own graph holds a few chunks
  // The chunk the next term goes into, counted in.
  std::vector<Term>& room() {
    if (size_ % kChunk == 0) {
      chunks_.emplace_back();
      chunks_.back().reserve(kChunk);  // never grown past this: its terms stay where they are
    }
    ++size_;
    return chunks_.back();
  }
  std::vector<std::vector<Term>> chunks_;
  std::size_t size_ = 0;
};

class Graph {
 public:
  Graph();
  // The term index points into the term store: a copy would point into the
  // original. Moving keeps both (the store's terms never move).
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;
  Graph(Graph&&) = default;
  Graph& operator=(Graph&&) = default;

  TermId iri(std::string_view iri) { return intern(Term::Kind::Iri, iri, {}, {}); }
  TermId literal(std::string_view value) { return intern(Term::Kind::Literal, value, {}, {}); }  // xsd:string
  TermId literal(std::string_view value, std::string_view datatype) {
    return intern(Term::Kind::Literal, value, datatype, {});
  }
  TermId lang_literal(std::string_view value, std::string_view language) {
    return intern(Term::Kind::Literal, value, {}, language);
  }
  TermId blank(std::string_view label) { return intern(Term::Kind::Blank, label, {}, {}); }
  TermId integer(long long value);
  TermId boolean(bool value);
  TermId date(const extract::Date& date);
  TermId intern(const Term& term) { return intern(term.kind, term.value, term.datatype, term.language); }
  TermId intern(Term::Kind kind, std::string_view value, std::string_view datatype, std::string_view language);

  // Inline: the builder adds a quad for every fact, and a call to a
  // push_back cost as much as the push_back (Graph::add 6.9M instructions
  // for 167K quads on the 1 MB corpus).
  void add(TermId s, TermId p, TermId o, TermId g = kDefaultGraph) { quads_.push_back(Quad{s, p, o, g}); }
  // Room for `quads` more quads and `terms` more terms, taken at once.
  // Grown by doubling, the 3.1M quads of the 20 MB benchmark corpus moved
  // into a new array at each doubling, the last two of 33 and 67 MB, and
  // the kernel zeroes every page of a new array before it is written:
  // reserved from the size of the text (CorpusBuild::build()), that build
  // takes 16,000 fewer page faults (63 MB). Room never used costs address
  // space, not memory: no page of it is touched.
  void reserve(std::size_t quads, std::size_t terms);
  // Adds every quad of `other` (re-interning its terms).
  void merge(const Graph& other);
  // The same for a graph that is not needed afterwards: its terms' hashes
  // are reused and its new terms moved, not copied (a report's quads made
  // on another thread, see GraphBuilder::stage()). Returns, by the id of
  // each of `other`'s terms, its id in this graph.
  std::vector<TermId> absorb(Graph&& other);
  // Calls f(quad) for every quad, each once, in no particular order
  // (cheaper than sorted_quads() for order-free work: counting, indexing).
  // f must not add to the graph.
  template <typename F>
  void for_each(F f) const {
    compact();
    for (const auto& q : quads_) f(q);
  }
  // Calls f(quad) for every quad as added, without sorting them first: a
  // quad added twice is seen twice. For work that neither order nor
  // duplicates change (the builder's summaries), where the sort of a large
  // graph would be most of the cost. f must not add to the graph.
  template <typename F>
  void for_each_added(F f) const {
    for (const auto& q : quads_) f(q);
  }
  // Removes the quads `drop` says so of (no sort needed: what is left
  // keeps its order).
  template <typename Drop>
  void remove_if(Drop drop) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < compacted_; ++i) kept += drop(quads_[i]) ? 0 : 1;
    std::erase_if(quads_, drop);
    compacted_ = kept;
  }
  // Replaces, in every quad, each term t by map[t] (map has an entry for
  // every term id; map[t] == t leaves t alone).
  void replace_terms(const std::vector<TermId>& map);

  const Term& term(TermId id) const { return terms_[id]; }
  // The id of a term already in the graph, without interning it.
  std::optional<TermId> find(const Term& term) const;
  // Every term ever interned has an id below this (id 0 is the default graph).
  std::size_t term_count() const { return terms_.size(); }
  std::size_t size() const {
    compact();
    return quads_.size();
  }
  // Sorts the quads added since the last call and drops duplicates.
  // for_each() and size() do it first when needed, which makes them
  // unsafe to call from several threads at once right after an add(): call
  // compact() before sharing a graph between threads. sorted_quads(),
  // sorted_triples(), for_each_added(), term() and term_count() never do.
  // With `threads` > 1 a large sort is shared by two threads.
  void compact(unsigned threads = 1) const;

  // Quads in a canonical order: default graph first, then named graphs by
  // IRI; within a graph by subject, predicate, object (term text order).
  // With `threads` > 1 the sorting is shared out; the result is the same.
  std::vector<Quad> sorted_quads(unsigned threads = 1) const;
  // The triples of every graph, each once (g is kDefaultGraph), by subject,
  // predicate, object: what a format without named graphs writes (Turtle).
  std::vector<Quad> sorted_triples(unsigned threads = 1) const;

  // The terms as they are now, to rank on another thread (TermRanking).
  TermRanking ranking() const;
  // A ranking run() since ranking(): sorted_quads() and sorted_triples()
  // rank only the terms interned after it.
  void keep(TermRanking ranking);

  // Prefixes writers should declare, in a fixed order.
  const std::vector<std::pair<std::string, std::string>>& prefixes() const { return prefixes_; }
  void set_instance_base(const std::string& base);

 private:
  // sorted_quads(), or sorted_triples() when not `by_graph`.
  std::vector<Quad> sorted(bool by_graph, unsigned threads) const;
  // intern() with the term's hash already worked out.
  TermId intern(Term::Kind kind, std::string_view value, std::string_view datatype, std::string_view language,
                std::uint64_t hash);
  // The slot of a term in term_slots_ (its id, or 0 where it would go).
  std::size_t term_slot(Term::Kind kind, std::string_view value, std::string_view datatype,
                        std::string_view language, std::uint64_t hash) const;
  void grow_terms();
  // Stores a term new to the graph at its empty slot of term_slots_.
  // The term is built in place from `parts` (Term's fields, or a Term to move).
  template <typename... Parts>
  TermId insert_term(std::size_t slot, std::uint64_t hash, Parts&&... parts);
  // Each term is stored once, in a TermStore (its terms never move, so
  // references from term() stay valid as the graph grows), and found by
  // its hash in an open-addressing table without building a Term. Quads
  // are appended to a flat array and sorted and made unique when read
  // (compact()): sorting by integers goes at memory speed, where a hash
  // set missed the cache on every insertion into a large graph.
  TermStore terms_;
  std::vector<std::uint64_t> term_hashes_;  // by id
  // A slot holds a term's id (0 = empty: id 0 stands for the default
  // graph, no term) and the high half of its hash, so that a probe passes
  // over another term's slot without reading that term's hash by its id:
  // a second miss of the cache in a large graph, for most probes.
  struct TermSlot {
    TermId id = 0;
    std::uint32_t tag = 0;  // hash >> 32
  };
  std::vector<TermSlot> term_slots_;
  mutable std::vector<Quad> quads_;
  mutable std::size_t compacted_ = 0;       // quads_[0, compacted_) are sorted by id and unique
  std::vector<TermId> ranked_;              // keep(): terms 1 to ranked_.size(), in term_less() order
  std::vector<std::pair<std::string, std::string>> prefixes_;
};

// Compares terms by kind, then text: the order of sorted_quads().
bool term_less(const Term& a, const Term& b);

// Quads by graph, subject, predicate, object id; sort_quads() sorts in that
// order (a radix sort; `scratch` is its buffer).
bool quad_less(const Quad& a, const Quad& b);
void sort_quads(std::vector<Quad>& quads, std::vector<Quad>& scratch);

// 64-bit FNV-1a, the hash behind report and assertion IRIs.
std::uint64_t fnv1a64(std::string_view data);
// fnv1a64() over pieces given one after the other: the hash of their
// concatenation, without building it.
class Fnv1a64 {
 public:
  Fnv1a64& add(std::string_view piece) {
    for (unsigned char c : piece) {
      hash_ ^= c;
      hash_ *= 0x100000001b3ULL;
    }
    return *this;
  }
  std::uint64_t value() const { return hash_; }

 private:
  std::uint64_t hash_ = 0xcbf29ce484222325ULL;
};
std::string hex64(std::uint64_t value);
// hex64() appended to `out`: for a caller building many keys in one buffer.
void append_hex64(std::string& out, std::uint64_t value);
// The decimal digits of `value` appended to `out` (no std::string made).
void append_decimal(std::string& out, long long value);
// A hash of text for in-memory use only, never written anywhere (it may
// change between versions): sixteen bytes a multiplication, where fnv1a64 takes a
// multiplication per byte. The term table hashes terms with it; build
// checks with it that a report read twice did not change in between.
std::uint64_t text_hash(std::string_view text, std::uint64_t seed = 0);

// base + key, with every byte outside [A-Za-z0-9-._~/] percent-encoded.
std::string mint_iri(std::string_view base, std::string_view key);
// The same into `out`, replacing what it held: minting many IRIs into one
// buffer allocates nothing once the buffer is long enough.
void mint_iri(std::string& out, std::string_view base, std::string_view key);

// An IRI from outside (an endnote's URL) with the characters no IRI may
// hold percent-encoded, so that every RDF client accepts it.
std::string safe_iri(std::string_view iri);

// A valid base: an absolute http(s) or urn IRI ending in '/' or '#', with
// no character that is illegal in an IRI.
bool valid_base(std::string_view base, std::string& why);

// The people of a graph (read for --merge) whose IRIs are under `base`,
// with every label and altLabel, for extract()'s `known` (rank 0).
std::vector<extract::KnownPerson> known_people(const Graph& graph, const std::string& base);

// One stance: an actor's assertions of one event type toward one target
// (or none) with one polarity. The rule, shared by the sg:StanceSummary
// nodes the builder writes and the edges of the views (export/viz_model.h),
// so that the two never disagree (docs/vocabulary.md, "Stance summaries"):
//   - every node typed sg:Assertion, in any graph, counts, unless it has
//     an sg:modality (it did not happen, or not yet) or its event type is
//     sg:STATEMENT (a statement is not a stance), or it has no sg: event type;
//   - an assertion merged from graphs that disagree (two event types or two
//     polarities) takes the smallest event type by name, and is negated if
//     any sg:negated says "true": the order of files and quads never decides;
//   - actors and targets are IRIs (a blank node or literal is left out); an
//     assertion with no target IRI makes an untargeted stance;
//   - first and last date: over each assertion's earliest sg:date.
struct Stance {
  TermId actor = kDefaultGraph;
  std::string event_type;             // local name in sg:, "REJECT"
  TermId target = kDefaultGraph;      // kDefaultGraph: untargeted
  bool negated = false;
  std::vector<TermId> assertions;     // by id, each once
  std::string first_date, last_date;  // "YYYY-MM-DD" as written, or empty
};
// Every stance of the graph, by actor id, event type, target id, polarity.
// One pass over the quads as added and a table as long as the terms.
std::vector<Stance> stances(const Graph& graph);
// The hash that names a stance: the tail of its summary IRI
// ("summary/<id>") and the id of its edge in the views.
std::string stance_id(const Graph& graph, const Stance& stance);
// The named graph that holds the stance summaries, so that a query over
// the assertions of the report graphs never meets them: {base}graph/summaries.
std::string summaries_graph(std::string_view base);

struct BuildOptions {
  std::string base = std::string(ns::default_base);
  // Stance summaries count over the whole graph; a graph built from one
  // shard of a corpus (build --stream) leaves them out, since the counts of
  // two shards do not add up by union.
  bool summaries = true;
  // Threads finish() may use (build -j): a spare one ranks the terms for
  // the writers beside its own work (TermRanking).
  unsigned threads = 1;
  // What made the graph: the tool's version ("0.1.0") and a fingerprint of
  // the rules and gazetteers it read (hex). With a version, every report
  // says sg:extractedBy an prov:SoftwareAgent named by both, in the default
  // graph; the same software and data give the same IRI, so the graph
  // stays the same bytes run after run.
  std::string version = {}, data_fingerprint = {};
};

// A report made ready for GraphBuilder::add() on any thread: its quads in
// a graph of their own, the IRIs minted, the assertions hashed, the terms
// hashed and each kept once, so that adding it to the graph being built
// only interns its terms there. `build -j` stages each report on the
// thread that extracted it; the graph is built on one.
struct StagedReport {
  Graph quads;                            // entities as stand-ins (see GraphBuilder)
  std::vector<extract::Entity> entities;  // what finish() merges and settles
  std::string when;                       // "date text-hash": which report names an entity first
};

// Adds a report's entities, evidence and assertions to `graph` as the data
// model contract lays them out: entities and the report's own description
// in the default graph, its assertions, evidence and endnotes in the graph
// named by the report's IRI.
class GraphBuilder {
 public:
  GraphBuilder(Graph& graph, BuildOptions options);
  // Entities of a graph being merged into (read with --merge): a new
  // mention of one of them — by IRI, ISO code, or a name that names exactly
  // one of them — gets its IRI, which never changes once minted. Call
  // before finish(), with the graph the builder writes into or another.
  void know(const Graph& existing);
  // Writes a report's quads into the graph, each entity standing in for
  // the IRI finish() gives it, and keeps what finish() needs of its
  // entities; nothing of the report's text.
  void add(const extract::Report& report, extract::Extraction extraction);
  // The same in two steps: stage() uses nothing of the builder but its
  // options, so it may run on any thread, for several reports at once
  // (with the report's text already hashed, hex64(fnv1a64(text)), and
  // perhaps dropped); the staged reports are then add()ed on one thread,
  // in the order that decides which report names an entity first (build:
  // rank order).
  StagedReport stage(const extract::Report& report, const std::string& text_hash,
                     extract::Extraction extraction) const;
  void add(StagedReport staged);
  // stage() straight into the builder's graph, on the thread that add()s:
  // the staged report then holds no quads, only what add() merges. One
  // thread builds faster so, every term interned once rather than in the
  // report's graph and again in this one; each term gets the same id
  // either way (absorbing keeps the order in which terms came).
  StagedReport write(const extract::Report& report, const std::string& text_hash, extract::Extraction extraction);
  // Settles every entity's IRI, writes the reports, the entities and the
  // stance summaries (recomputed over every assertion in the graph). Call
  // once, after the last add().
  void finish();

  std::string report_iri(const extract::Report& report) const;

 private:
  struct Known {
    std::string iri, type, iso;
    std::vector<std::string> labels;
    std::set<std::string> names;
  };
  TermId sg(std::string_view local);
  // A report's quads into `g` (entities as stand-ins), what finish() needs
  // of its entities into `entities` and `when`: stage()'s and add()'s work.
  void write_report(Graph& g, const extract::Report& report, const std::string& text_hash,
                    extract::Extraction extraction, std::vector<extract::Entity>& entities, std::string& when) const;
  // Merges a report's entities into those of the reports before.
  void merge_entities(std::vector<extract::Entity>& report_entities, const std::string& when);
  void resolve();
  // Assertions, evidence and endnotes of a merged graph that sit in the
  // default graph go to their report's graph.
  void place_in_report_graphs();
  void summarize();
  // The IRI of an entity key, after identity resolution.
  const std::string& resolved(const std::string& key);

  Graph& graph_;
  BuildOptions options_;
  // An entity merged across reports, with every label it was seen under
  // and the "date hash" of its first report: one map, so that merging a
  // report's entities looks each key up once.
  struct Merged {
    extract::Entity entity;
    std::set<std::string> labels;
    std::string first_seen;
  };
  std::map<std::string, Merged> entities_;                  // by key
  // The same entities by a hash of their keys (text_hash()), in an
  // open-addressing table at most half full: merge_entities() looks up
  // every entity of every report, most of them there already (every report
  // names Russia), and the map's search compared each key with a score of
  // others sharing its first bytes ("person/", "state/"). The slots, and
  // the entities they point to, are fetched for a whole report before it
  // is merged. Pointers to the map's values, which never move.
  struct EntitySlot {
    std::uint64_t hash = 0;
    Merged* merged = nullptr;  // nullptr: empty
  };
  std::vector<EntitySlot> entity_slots_ = std::vector<EntitySlot>(1024);
  std::vector<std::uint64_t> key_hashes_;  // merge_entities(): a report's, reused
  // The slot of `key` in entity_slots_, or the empty one where it would go.
  EntitySlot& entity_slot(std::string_view key, std::uint64_t hash);
  void grow_entity_slots();
  std::map<std::string, Known> known_;                      // entities of the merged graph, by IRI
  std::set<std::string> summaries_;                         // summary nodes of the merged graph
  std::map<std::string, std::string> resolved_;             // entity key -> IRI
  // Terms the builder writes again and again: sg: names.
  std::unordered_map<std::string, TermId> sg_terms_;
};

}  // namespace sg::graph
