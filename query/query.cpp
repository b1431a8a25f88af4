// query.cpp — a Rasqal world per query (export/raptor.h owns its objects),
// our triples source over the Graph, the query's results turned into plain
// terms.
//
// Why a triples source of our own rather than handing Rasqal a serialised
// graph through a raptor_iostream data graph: Rasqal's own source keeps the
// triples in a linked list and scans all of them for every triple pattern
// it matches, which makes the OPTIONAL groups of queries/meetings.rq run
// for minutes on the 1,000 quads of one report; it also keeps a quad's
// graph only by data graph, so the union and the named graphs would be
// loaded twice. Ours answers each pattern from a sorted index, never reads
// a file and never touches the network.
#include "query.h"

#include "export/raptor.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <set>

namespace sg::query {
namespace {

using extract::Diagnostic;
using graph::Term;
using graph::TermId;
namespace raptor = exporter::raptor;

// ------------------------------------------------------------------ index

// Terms are renumbered by their rank in text order (term_less), so that
// the index, and with it the order of solutions Rasqal finds, depends on
// the graph and not on the order its quads were read in. Rank 0 is the
// default graph.
using Rank = std::uint32_t;
using Key = std::array<Rank, 4>;  // a quad's s, p, o, g in one of the orders below

// The three orders: key[i] = quad[kOrder[o][i]], quad = {s, p, o, g}.
enum Order { SPO, POS, OSP };
constexpr std::array<std::array<int, 4>, 3> kOrder = {{{0, 1, 2, 3}, {1, 2, 0, 3}, {2, 0, 1, 3}}};

class Index {
 public:
  explicit Index(const graph::Graph& graph) : graph_(graph) {
    std::vector<TermId> ids;
    graph.for_each([&](const graph::Quad& q) {
      for (TermId id : {q.s, q.p, q.o}) ids.push_back(id);
      if (q.g != graph::kDefaultGraph) ids.push_back(q.g);
    });
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::sort(ids.begin(), ids.end(),
              [&](TermId a, TermId b) { return graph::term_less(graph.term(a), graph.term(b)); });
    by_rank_.push_back(graph::kDefaultGraph);
    by_rank_.insert(by_rank_.end(), ids.begin(), ids.end());
    rank_.assign(graph.term_count(), 0);
    for (Rank r = 1; r < by_rank_.size(); ++r) rank_[by_rank_[r]] = r;

    std::vector<Key> all, named;
    graph.for_each([&](const graph::Quad& q) {
      Key k{rank_[q.s], rank_[q.p], rank_[q.o], rank_[q.g]};
      all.push_back({k[0], k[1], k[2], 0});
      if (q.g != graph::kDefaultGraph) named.push_back(k);
    });
    // The union holds each triple once, whatever graphs it sits in.
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    for (int o = SPO; o <= OSP; ++o) {
      union_[o] = permuted(all, o);
      named_[o] = permuted(named, o);
    }
  }

  std::size_t terms() const { return by_rank_.size(); }
  // The IRIs of the named graphs, in text order.
  std::vector<std::string> graph_names() const {
    std::vector<Rank> ranks;
    for (const auto& k : named_[SPO]) ranks.push_back(k[3]);
    std::sort(ranks.begin(), ranks.end());
    ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
    std::vector<std::string> names;
    for (Rank r : ranks)
      if (term(r).kind == Term::Kind::Iri) names.push_back(term(r).value);
    return names;
  }
  const Term& term(Rank r) const { return graph_.term(by_rank_[r]); }
  std::optional<Rank> rank(const Term& t) const {
    auto id = graph_.find(t);
    if (!id || *id >= rank_.size() || rank_[*id] == 0) return std::nullopt;
    return rank_[*id];
  }
  const std::vector<Key>& keys(bool named, int order) const { return named ? named_[order] : union_[order]; }

 private:
  static std::vector<Key> permuted(const std::vector<Key>& quads, int order) {
    std::vector<Key> out;
    out.reserve(quads.size());
    for (const auto& q : quads) out.push_back({q[kOrder[order][0]], q[kOrder[order][1]], q[kOrder[order][2]], q[3]});
    std::sort(out.begin(), out.end());
    return out;
  }
  const graph::Graph& graph_;
  std::vector<TermId> by_rank_;
  std::vector<Rank> rank_;
  std::array<std::vector<Key>, 3> union_, named_;
};

// A pattern over the index: what is fixed of s, p, o and g (named graphs
// only; g unset there means any named graph), and which positions must
// hold the same term (a variable used twice).
struct Pattern {
  std::array<std::optional<Rank>, 4> fixed;
  bool named = false;
  std::array<int, 4> same{-1, -1, -1, -1};  // same[i] = j < i: position i repeats position j
};

// The rows of the index that match a pattern, one by one.
class Cursor {
 public:
  Cursor(const Index& index, const Pattern& pattern) : pattern_(pattern) {
    const auto& f = pattern.fixed;
    // The order in which the fixed parts of s, p, o form a prefix.
    if (f[0] && !f[1] && f[2]) order_ = OSP;
    else if (f[0]) order_ = SPO;
    else if (f[1]) order_ = POS;
    else if (f[2]) order_ = OSP;
    else order_ = SPO;
    Key low{0, 0, 0, 0}, high{};
    high.fill(UINT32_MAX);
    for (int i = 0; i < 3; ++i) {
      auto part = f[kOrder[order_][i]];
      if (!part) break;
      low[i] = high[i] = *part;
    }
    const auto& keys = index.keys(pattern.named, order_);
    cur_ = std::lower_bound(keys.begin(), keys.end(), low);
    end_ = std::upper_bound(cur_, keys.end(), high);
    settle();
  }
  bool done() const { return cur_ == end_; }
  void next() {
    ++cur_;
    settle();
  }
  // The current row as s, p, o, g.
  Key quad() const {
    Key q{};
    for (int i = 0; i < 3; ++i) q[kOrder[order_][i]] = (*cur_)[i];
    q[3] = (*cur_)[3];
    return q;
  }

 private:
  bool fits() const {
    Key q = quad();
    for (int i = 0; i < 4; ++i) {
      if (pattern_.fixed[i] && q[i] != *pattern_.fixed[i]) return false;
      if (pattern_.same[i] >= 0 && q[i] != q[pattern_.same[i]]) return false;
    }
    return true;
  }
  void settle() {
    while (cur_ != end_ && !fits()) ++cur_;
  }
  Pattern pattern_;
  int order_ = SPO;
  std::vector<Key>::const_iterator cur_, end_;
};

// ------------------------------------------------------------------ the triples source

// What Rasqal's callbacks reach: the index and a Rasqal literal per term
// (made once, handed out by reference count).
class Source {
 public:
  Source(rasqal_world* world, const Index& index) : index_(index), literals_(index.terms()) {
    for (Rank r = 1; r < index.terms(); ++r) {
      literals_[r] = raptor::to_rasqal(world, index.term(r));
      if (!literals_[r]) bad_ = r;
    }
  }

  // A term Rasqal could not take, if any.
  std::optional<Rank> bad() const { return bad_ ? std::optional<Rank>(bad_) : std::nullopt; }
  const Index& index() const { return index_; }
  // The parts a triple pattern binds as Rasqal first planned them (see
  // init_triples_match), kept by pattern.
  unsigned& planned(const rasqal_triple_meta* meta, const rasqal_triple* t, unsigned parts) {
    return planned_.try_emplace({meta, t}, parts).first->second;
  }
  rasqal_literal* literal(Rank r) const { return rasqal_new_literal_from_literal(literals_[r].get()); }
  // The rank of a Rasqal value; nullopt when the data does not hold it.
  std::optional<Rank> rank(rasqal_literal* l) const {
    auto t = raptor::to_term(l);
    return t ? index_.rank(*t) : std::nullopt;
  }

 private:
  const Index& index_;
  std::vector<raptor::Literal> literals_;
  Rank bad_ = 0;
  std::map<std::pair<const void*, const void*>, unsigned> planned_;
};

constexpr std::array<rasqal_triple_parts, 4> kPart = {RASQAL_TRIPLE_SUBJECT, RASQAL_TRIPLE_PREDICATE,
                                                      RASQAL_TRIPLE_OBJECT, RASQAL_TRIPLE_ORIGIN};

struct Match {
  const Source* source;
  std::optional<Cursor> cursor;  // empty: nothing matches
};

Source* source_of(void* user_data) { return *static_cast<Source**>(user_data); }

// Builds the index pattern of a Rasqal triple pattern. Variables Rasqal
// asks us to bind (`bind`, from the triple meta) are left open and reset;
// other variables with a value are fixed to it; a term or value the data
// does not hold makes the pattern match nothing (returns false).
bool make_pattern(const Source& source, rasqal_triple* t, unsigned bind, std::array<rasqal_variable*, 4>& vars,
                  Pattern& pattern) {
  std::array<rasqal_literal*, 4> parts{t->subject, t->predicate, t->object, t->origin};
  pattern.named = t->origin != nullptr;
  bool possible = true;
  for (int i = 0; i < (pattern.named ? 4 : 3); ++i) {
    rasqal_variable* var = rasqal_literal_as_variable(parts[i]);
    vars[i] = var;
    rasqal_literal* value = parts[i];
    if (var) {
      for (int j = 0; j < i; ++j)
        if (vars[j] == var) pattern.same[i] = j;
      if (bind & kPart[i]) {
        rasqal_variable_set_value(var, nullptr);
        continue;
      }
      value = var->value;
      if (!value) continue;  // unbound and not ours to bind: any term
    }
    pattern.fixed[i] = source.rank(value);
    if (!pattern.fixed[i]) possible = false;
  }
  return possible;
}

rasqal_triple_parts bind_match(rasqal_triples_match* rtm, void*, rasqal_variable* bindings[4],
                               rasqal_triple_parts parts) {
  auto* m = static_cast<Match*>(rtm->user_data);
  Key q = m->cursor->quad();
  unsigned bound = 0;
  for (int i = 0; i < 4; ++i) {
    if (!bindings[i] || !(parts & kPart[i])) continue;
    if (i == 3 && q[3] == 0) continue;
    bool again = false;  // a variable repeated in the pattern: the cursor checked the terms are equal
    for (int j = 0; j < i; ++j) again = again || (bindings[j] == bindings[i] && (bound & kPart[j]));
    if (again) continue;
    rasqal_variable_set_value(bindings[i], m->source->literal(q[i]));
    bound |= kPart[i];
  }
  return static_cast<rasqal_triple_parts>(bound);
}

void next_match(rasqal_triples_match* rtm, void*) {
  auto* m = static_cast<Match*>(rtm->user_data);
  if (m->cursor && !m->cursor->done()) m->cursor->next();
}

int is_end(rasqal_triples_match* rtm, void*) {
  auto* m = static_cast<Match*>(rtm->user_data);
  return !m || !m->cursor || m->cursor->done();
}

void finish_match(rasqal_triples_match* rtm, void*) {
  delete static_cast<Match*>(rtm->user_data);
  rtm->user_data = nullptr;
}

// Rasqal 0.9.33 plans which variables a triple pattern binds per group,
// so the pattern of an OPTIONAL group "binds" a variable the row it
// extends has already bound (?meeting in `?meeting sg:date ?date`), resets
// it, and its left join then pairs every row with every date (and emits
// the row once per date that does not fit): with several OPTIONALs, rows
// multiply until the query seems to hang. Here a variable that has a value
// when the pattern starts is a constraint, not Rasqal's to rebind or reset:
// it leaves the meta's parts, and comes back when it has no value.
int init_triples_match(rasqal_triples_match* rtm, rasqal_triples_source*, void* user_data, rasqal_triple_meta* meta,
                       rasqal_triple* t) {
  Source& source = *source_of(user_data);
  unsigned planned = source.planned(meta, t, meta->parts);
  unsigned parts = planned;
  std::array<rasqal_literal*, 4> terms{t->subject, t->predicate, t->object, t->origin};
  for (int i = 0; i < 4; ++i) {
    rasqal_variable* var = terms[i] ? rasqal_literal_as_variable(terms[i]) : nullptr;
    if (var && (planned & kPart[i]) && var->value) parts &= ~static_cast<unsigned>(kPart[i]);
  }
  meta->parts = static_cast<rasqal_triple_parts>(parts);
  rtm->bind_match = bind_match;
  rtm->next_match = next_match;
  rtm->is_end = is_end;
  rtm->finish = finish_match;
  auto match = std::make_unique<Match>();
  match->source = &source;
  std::array<rasqal_variable*, 4> vars{};
  Pattern pattern;
  if (make_pattern(source, t, meta->parts, vars, pattern)) match->cursor.emplace(source.index(), pattern);
  for (int i = 0; i < 4; ++i) meta->bindings[i] = vars[i];
  rtm->user_data = match.release();
  return 0;
}

int triple_present(rasqal_triples_source*, void* user_data, rasqal_triple* t) {
  const Source& source = *source_of(user_data);
  std::array<rasqal_variable*, 4> vars{};
  Pattern pattern;
  if (!make_pattern(source, t, 0, vars, pattern)) return 0;
  return Cursor(source.index(), pattern).done() ? 0 : 1;
}

void free_triples_source(void*) {}  // the Source belongs to run_query()

int support_feature(void*, rasqal_triples_source_feature) { return 0; }

int init_triples_source(rasqal_query*, void* factory_user_data, void* user_data, rasqal_triples_source* rts,
                        rasqal_triples_error_handler) {
  *static_cast<Source**>(user_data) = static_cast<Source*>(factory_user_data);
  rts->version = 2;
  rts->init_triples_match = init_triples_match;
  rts->triple_present = triple_present;
  rts->free_triples_source = free_triples_source;
  rts->support_feature = support_feature;
  return 0;
}

int new_triples_source(rasqal_query* query, void* factory_user_data, void* user_data, rasqal_triples_source* rts) {
  return init_triples_source(query, factory_user_data, user_data, rts, nullptr);
}

int register_factory(rasqal_triples_source_factory* factory) {
  factory->version = 2;
  factory->user_data_size = sizeof(Source*);
  factory->new_triples_source = new_triples_source;
  factory->init_triples_source = init_triples_source;
  return 0;
}

// ------------------------------------------------------------------ running a query

struct Log {
  std::string name;
  std::vector<Diagnostic>* diagnostics;
  bool failed = false;
};

// Rasqal's errors become diagnostics. Its warnings are left out: they are
// about variables ("bound but is unused"), including the ones it makes up
// for aggregates, and would follow most valid queries.
void log_message(void* user_data, raptor_log_message* message) {
  auto* log = static_cast<Log*>(user_data);
  if (message->level < RAPTOR_LOG_LEVEL_ERROR) return;
  Diagnostic d;
  d.file = log->name;
  if (message->locator && message->locator->line > 0) {
    d.line = message->locator->line;
    d.column = std::max(0, message->locator->column);
  }
  d.message = message->text ? message->text : "unknown error";
  log->failed = true;
  log->diagnostics->push_back(std::move(d));
}

// The operators a query uses, to refuse SERVICE (the network) and MINUS
// (which Rasqal 0.9.33 parses but cannot run) with a clear message.
int collect_operators(rasqal_query*, rasqal_graph_pattern* gp, void* user_data) {
  static_cast<std::set<int>*>(user_data)->insert(rasqal_graph_pattern_get_operator(gp));
  return 0;
}

// ------------------------------------------------------------------ aggregates Rasqal gets wrong

// Variables every solution of a graph pattern binds: those of its triples,
// of every branch of a UNION, of a GRAPH's name, of BIND and VALUES (and a
// sub-SELECT's), not those inside OPTIONAL or only in some UNION branches.
std::set<std::string> always_bound(rasqal_query* query, rasqal_graph_pattern* gp) {
  std::set<std::string> out;
  if (!gp) return out;
  auto name = [](rasqal_variable* v) { return std::string(reinterpret_cast<const char*>(v->name)); };
  auto add_literal = [&](rasqal_literal* l) {
    if (rasqal_variable* v = l ? rasqal_literal_as_variable(l) : nullptr) out.insert(name(v));
  };
  auto children = [&] {
    std::vector<rasqal_graph_pattern*> kids;
    for (int i = 0; rasqal_graph_pattern* k = rasqal_graph_pattern_get_sub_graph_pattern(gp, i); ++i) kids.push_back(k);
    return kids;
  };
  switch (rasqal_graph_pattern_get_operator(gp)) {
    case RASQAL_GRAPH_PATTERN_OPERATOR_BASIC:
      if (raptor_sequence* triples = rasqal_graph_pattern_get_triples(query, gp)) {
        for (int i = 0; i < raptor_sequence_size(triples); ++i) {
          auto* t = static_cast<rasqal_triple*>(raptor_sequence_get_at(triples, i));
          for (rasqal_literal* l : {t->subject, t->predicate, t->object, t->origin}) add_literal(l);
        }
        raptor_free_sequence(triples);
      }
      break;
    case RASQAL_GRAPH_PATTERN_OPERATOR_GROUP:
    case RASQAL_GRAPH_PATTERN_OPERATOR_GRAPH:
    case RASQAL_GRAPH_PATTERN_OPERATOR_SELECT:
      for (auto* k : children())
        if (rasqal_graph_pattern_get_operator(k) != RASQAL_GRAPH_PATTERN_OPERATOR_OPTIONAL)
          out.merge(always_bound(query, k));
      add_literal(rasqal_graph_pattern_get_origin(gp));
      break;
    case RASQAL_GRAPH_PATTERN_OPERATOR_UNION: {
      bool first = true;
      for (auto* k : children()) {
        auto branch = always_bound(query, k);
        if (first) out = std::move(branch);
        else std::erase_if(out, [&](const std::string& v) { return !branch.count(v); });
        first = false;
      }
      break;
    }
    case RASQAL_GRAPH_PATTERN_OPERATOR_LET:
    case RASQAL_GRAPH_PATTERN_OPERATOR_VALUES:
      if (rasqal_variable* v = rasqal_graph_pattern_get_variable(gp)) out.insert(name(v));
      break;
    default:  // OPTIONAL (as a child it binds nothing for sure), FILTER
      break;
  }
  return out;
}

// Why Rasqal 0.9.33 would count an aggregate of the query wrongly, or
// empty. Measured against Oxigraph on the examples (docs/query.md):
//   - COUNT(DISTINCT ...) (and any DISTINCT aggregate) is off on some
//     groups, alone, and beside another aggregate gives both the same value;
//   - COUNT(?v) counts the solutions where ?v is unbound too.
std::string wrong_aggregate(rasqal_query* query) {
  std::set<std::string> bound;
  bool bound_known = false;
  std::string why;
  std::set<const rasqal_expression*> seen;
  std::function<void(const rasqal_expression*)> visit = [&](const rasqal_expression* e) {
    if (!e || !why.empty() || !seen.insert(e).second) return;
    bool aggregate = e->op == RASQAL_EXPR_COUNT || e->op == RASQAL_EXPR_SUM || e->op == RASQAL_EXPR_AVG ||
                     e->op == RASQAL_EXPR_MIN || e->op == RASQAL_EXPR_MAX || e->op == RASQAL_EXPR_SAMPLE ||
                     e->op == RASQAL_EXPR_GROUP_CONCAT;
    if (aggregate && (e->flags & RASQAL_EXPR_FLAG_DISTINCT)) {
      why = "Rasqal 0.9.33 miscounts aggregates with DISTINCT (COUNT(DISTINCT ?v) and the like): group the rows in a "
            "sub-query, { SELECT ?g ?v (COUNT(*) AS ?rows) WHERE { ... } GROUP BY ?g ?v }, and count those, "
            "ordering by the count too (docs/query.md; queries/co-occurring-actors.rq does)";
      return;
    }
    if (e->op == RASQAL_EXPR_COUNT && e->arg1 && e->arg1->op == RASQAL_EXPR_LITERAL)
      if (rasqal_variable* v = rasqal_literal_as_variable(e->arg1->literal); v && !v->expression) {
        if (!bound_known) {
          bound = always_bound(query, rasqal_query_get_query_graph_pattern(query));
          bound_known = true;
        }
        std::string name = reinterpret_cast<const char*>(v->name);
        if (!bound.count(name)) {
          why = "COUNT(?" + name + "): ?" + name + " is unbound in some solutions (it is bound inside OPTIONAL or in "
                "only some UNION branches), and Rasqal 0.9.33 counts those too; count a variable every solution binds";
          return;
        }
      }
    for (const rasqal_expression* arg : {e->arg1, e->arg2, e->arg3, e->arg4}) visit(arg);
    if (e->args)
      for (int i = 0; i < raptor_sequence_size(e->args); ++i)
        visit(static_cast<const rasqal_expression*>(raptor_sequence_get_at(e->args, i)));
    if (e->op == RASQAL_EXPR_LITERAL && e->literal)
      if (rasqal_variable* v = rasqal_literal_as_variable(e->literal)) visit(v->expression);
  };
  if (raptor_sequence* vars = rasqal_query_get_bound_variable_sequence(query))
    for (int i = 0; i < raptor_sequence_size(vars) && why.empty(); ++i)
      visit(static_cast<rasqal_variable*>(raptor_sequence_get_at(vars, i))->expression);
  if (raptor_sequence* having = rasqal_query_get_having_conditions_sequence(query))
    for (int i = 0; i < raptor_sequence_size(having) && why.empty(); ++i)
      visit(static_cast<rasqal_expression*>(raptor_sequence_get_at(having, i)));
  return why;
}

struct SortKey {
  std::string variable;
  bool descending = false;
};

// The query's ORDER BY when every condition is a variable (ASC/DESC or
// bare) that the query projects; nullopt when there is none, or one is an
// expression or a variable left out of the results.
std::optional<std::vector<SortKey>> sort_keys(rasqal_query* query) {
  raptor_sequence* conditions = rasqal_query_get_order_conditions_sequence(query);
  if (!conditions || raptor_sequence_size(conditions) == 0) return std::nullopt;
  std::set<std::string> projected;
  bool all = rasqal_query_get_wildcard(query);
  if (raptor_sequence* vars = rasqal_query_get_bound_variable_sequence(query))
    for (int i = 0; i < raptor_sequence_size(vars); ++i)
      projected.insert(reinterpret_cast<const char*>(static_cast<rasqal_variable*>(raptor_sequence_get_at(vars, i))->name));
  std::vector<SortKey> keys;
  for (int i = 0; i < raptor_sequence_size(conditions); ++i) {
    auto* e = static_cast<rasqal_expression*>(raptor_sequence_get_at(conditions, i));
    SortKey key;
    if (e->op == RASQAL_EXPR_ORDER_COND_ASC || e->op == RASQAL_EXPR_ORDER_COND_DESC) {
      key.descending = e->op == RASQAL_EXPR_ORDER_COND_DESC;
      e = e->arg1;
    }
    rasqal_variable* var = e && e->op == RASQAL_EXPR_LITERAL ? rasqal_literal_as_variable(e->literal) : nullptr;
    if (!var) return std::nullopt;
    key.variable = reinterpret_cast<const char*>(var->name);
    if (!all && !projected.count(key.variable)) return std::nullopt;
    keys.push_back(std::move(key));
  }
  return keys;
}

// The solution sequence modifiers Rasqal was asked to leave to us, in
// SPARQL's order: ORDER BY (`keys`, when given), DISTINCT (the first of
// equal rows stays, so the order holds), OFFSET, LIMIT.
void finish_rows(Results& results, const std::optional<std::vector<SortKey>>& keys, bool distinct, int limit,
                 int offset) {
  auto& rows = results.rows;
  if (keys) {
    std::vector<std::pair<std::size_t, bool>> columns;
    for (const auto& k : *keys) {
      auto at = std::find(results.variables.begin(), results.variables.end(), k.variable);
      if (at == results.variables.end()) continue;  // SELECT * without it: never bound, no order
      columns.emplace_back(static_cast<std::size_t>(at - results.variables.begin()), k.descending);
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
      for (auto [column, descending] : columns)
        if (int c = order_compare(a[column], b[column])) return descending ? c > 0 : c < 0;
      return false;
    });
  }
  if (distinct) {
    auto row_less = [](const std::vector<std::optional<Term>>& a, const std::vector<std::optional<Term>>& b) {
      return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
        if (!x || !y) return !x && y.has_value();  // unbound first
        return graph::term_less(*x, *y);
      });
    };
    std::set<std::vector<std::optional<Term>>, decltype(row_less)> seen(row_less);
    std::size_t kept = 0;
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (seen.insert(rows[i]).second) {
        if (kept != i) rows[kept] = std::move(rows[i]);
        ++kept;
      }
    rows.resize(kept);
  }
  std::size_t skip = offset > 0 ? std::min<std::size_t>(static_cast<std::size_t>(offset), rows.size()) : 0;
  rows.erase(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(skip));
  if (limit >= 0 && rows.size() > static_cast<std::size_t>(limit)) rows.resize(static_cast<std::size_t>(limit));
}

}  // namespace

std::optional<ResultFormat> parse_result_format(std::string_view name) {
  if (name == "table") return ResultFormat::Table;
  if (name == "csv") return ResultFormat::Csv;
  if (name == "tsv") return ResultFormat::Tsv;
  if (name == "json") return ResultFormat::Json;
  return std::nullopt;
}

Status run_query(const graph::Graph& data, const std::string& text, const std::string& name, Results& results,
                 std::vector<Diagnostic>& diagnostics) {
  auto error = [&](std::string message, Status status = Status::BadQuery) {
    diagnostics.push_back(Diagnostic(name, 0, 0, std::move(message)));
    return status;
  };
  Log log{name, &diagnostics};
  raptor::QueryWorld world = raptor::open_query_world(log_message, &log);
  if (!world) return error("cannot start Rasqal", Status::Failed);
  Index index(data);
  Source source(world.get(), index);
  if (auto r = source.bad()) return error("the graph holds a term Rasqal cannot take: " + index.term(*r).value, Status::BadData);
  if (rasqal_set_triples_source_factory(world.get(), register_factory, &source))
    return error("cannot give the graph to Rasqal", Status::Failed);

  // Rasqal's "sparql11-query": SPARQL 1.1 queries as far as Rasqal knows
  // them; no updates.
  raptor::Query query(rasqal_new_query(world.get(), "sparql11-query", nullptr));
  if (!query) return error("cannot start Rasqal's SPARQL parser", Status::Failed);
  rasqal_query_set_feature(query.get(), RASQAL_FEATURE_NO_NET, 1);
  if (rasqal_query_prepare(query.get(), reinterpret_cast<const unsigned char*>(text.c_str()), nullptr) || log.failed) {
    if (!log.failed) return error("the query does not parse");
    return Status::BadQuery;
  }
  if (raptor_sequence* graphs = rasqal_query_get_data_graph_sequence(query.get());
      graphs && raptor_sequence_size(graphs) > 0)
    return error("FROM and FROM NAMED are not supported: the query runs over the graph files given, whose default "
                 "graph is the union of all their graphs (use GRAPH ?g { ... } for one report's graph)");
  // GRAPH ?g { ... } walks the query's named data graphs: declare ours, in
  // IRI order. Rasqal reads nothing for them; our source has the triples.
  for (const auto& iri : index.graph_names()) {
    raptor::Uri uri = raptor::make_uri(rasqal_world_get_raptor(world.get()), iri);
    if (!uri) return error("the graph name <" + iri + "> is not an IRI Rasqal takes", Status::BadData);
    rasqal_data_graph* dg = rasqal_new_data_graph_from_uri(world.get(), uri.get(), uri.get(), RASQAL_DATA_GRAPH_NAMED,
                                                           nullptr, nullptr, nullptr);
    if (!dg || rasqal_query_add_data_graph(query.get(), dg)) return error("cannot declare the named graphs", Status::Failed);
  }
  std::set<int> operators;
  rasqal_query_graph_pattern_visit2(query.get(), collect_operators, &operators);
  if (operators.count(RASQAL_GRAPH_PATTERN_OPERATOR_SERVICE))
    return error("SERVICE is not supported: stancegraph query never goes to the network");
  if (operators.count(RASQAL_GRAPH_PATTERN_OPERATOR_MINUS))
    return error("MINUS is not supported by Rasqal; use OPTIONAL { ... } FILTER (!BOUND(?v)) instead");
  if (std::string why = wrong_aggregate(query.get()); !why.empty()) return error(why);
  auto verb = rasqal_query_get_verb(query.get());
  if (verb == RASQAL_QUERY_VERB_DESCRIBE)
    return error("DESCRIBE is not supported (Rasqal gives no description); use CONSTRUCT");
  if (verb != RASQAL_QUERY_VERB_SELECT && verb != RASQAL_QUERY_VERB_ASK && verb != RASQAL_QUERY_VERB_CONSTRUCT)
    return error("only SELECT, ASK and CONSTRUCT queries are supported");

  // An ORDER BY of plain variables the query projects is sorted again
  // here (order.cpp), so LIMIT and OFFSET wait until then.
  auto keys = verb == RASQAL_QUERY_VERB_SELECT ? sort_keys(query.get()) : std::nullopt;
  // SELECT DISTINCT (and REDUCED, which may drop duplicates) is done here
  // too: Rasqal 0.9.33 leaks the rows of its distinct step (so does roqet,
  // under valgrind).
  bool distinct = verb == RASQAL_QUERY_VERB_SELECT && rasqal_query_get_distinct(query.get()) != 0;
  int limit = rasqal_query_get_limit(query.get()), offset = rasqal_query_get_offset(query.get());
  if (distinct) rasqal_query_set_distinct(query.get(), 0);
  if (keys || distinct) {
    rasqal_query_set_limit(query.get(), -1);
    rasqal_query_set_offset(query.get(), -1);
  }

  raptor::QueryResults res(rasqal_query_execute(query.get()));
  // Rasqal's failures here are the query's: a variable it cannot place, a
  // construct it parses but does not run.
  if (!res || log.failed) {
    if (!log.failed) return error("Rasqal cannot run this query");
    return Status::BadQuery;
  }
  if (rasqal_query_results_is_boolean(res.get())) {
    results.kind = Results::Kind::Boolean;
    int b = rasqal_query_results_get_boolean(res.get());
    if (b < 0) return error("Rasqal could not answer the ASK query", Status::Failed);
    results.boolean = b > 0;
  } else if (rasqal_query_results_is_graph(res.get())) {
    results.kind = Results::Kind::Graph;
    for (raptor_statement* st = rasqal_query_results_get_triple(res.get()); st;) {
      auto s = raptor::to_term(st->subject), p = raptor::to_term(st->predicate), o = raptor::to_term(st->object);
      if (s && p && o) results.triples.add(results.triples.intern(*s), results.triples.intern(*p), results.triples.intern(*o));
      if (rasqal_query_results_next_triple(res.get())) break;
      st = rasqal_query_results_get_triple(res.get());
    }
  } else {
    results.kind = Results::Kind::Bindings;
    int n = rasqal_query_results_get_bindings_count(res.get());
    for (int i = 0; i < n; ++i)
      results.variables.emplace_back(reinterpret_cast<const char*>(rasqal_query_results_get_binding_name(res.get(), i)));
    // With no rows Rasqal names no variables; the header comes from the
    // query's projection then.
    if (n <= 0)
      if (raptor_sequence* vars = rasqal_query_get_bound_variable_sequence(query.get()))
        for (int i = 0; i < raptor_sequence_size(vars); ++i)
          results.variables.emplace_back(
              reinterpret_cast<const char*>(static_cast<rasqal_variable*>(raptor_sequence_get_at(vars, i))->name));
    while (!rasqal_query_results_finished(res.get())) {
      std::vector<std::optional<Term>> row(static_cast<std::size_t>(n));
      for (int i = 0; i < n; ++i) row[i] = raptor::to_term(rasqal_query_results_get_binding_value(res.get(), i));
      results.rows.push_back(std::move(row));
      if (rasqal_query_results_next(res.get())) break;
    }
    if (keys || distinct) finish_rows(results, keys, distinct, limit, offset);
  }
  return log.failed ? Status::Failed : Status::Ok;
}

}  // namespace sg::query
