// order.cpp — SPARQL's ORDER BY order of terms, for re-sorting Rasqal's rows.
//
// Rasqal 0.9.33 stops comparing two rows at the first ORDER BY key that is
// unbound in both, so `ORDER BY ?target ?date` leaves every row without a
// target in the order it was found. run_query() sorts such rows again,
// stably, with this comparison (SPARQL 1.1, 15.1): unbound, then blank
// nodes, then IRIs, then literals; numbers by value, dates and date-times
// of one type by their (fixed-width) lexical form, strings by code point.
#include <cstdlib>
#include <set>

#include "query.h"

namespace sg::query {
namespace {

using graph::Term;

bool numeric(const std::string& datatype) {
  static const std::set<std::string> types = [] {
    std::set<std::string> s;
    for (const char* local : {"integer", "decimal", "double", "float", "long", "int", "short", "byte",
                              "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger",
                              "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"})
      s.insert(std::string(graph::ns::xsd) + local);
    return s;
  }();
  return types.count(datatype) > 0;
}

int sign(double d) { return (d > 0) - (d < 0); }

int literal_compare(const Term& a, const Term& b) {
  bool an = numeric(a.datatype), bn = numeric(b.datatype);
  if (an && bn) {
    double x = std::strtod(a.value.c_str(), nullptr), y = std::strtod(b.value.c_str(), nullptr);
    if (int c = sign(x - y)) return c;
  } else if (an != bn) {
    return an ? -1 : 1;  // numbers before other literals
  } else if (a.datatype != b.datatype) {
    // Strings (no datatype) first, then by datatype IRI: SPARQL leaves
    // this open, it only has to be the same every time.
    return a.datatype < b.datatype ? -1 : 1;
  }
  if (int c = a.value.compare(b.value)) return sign(c);
  return sign(a.language.compare(b.language));
}

}  // namespace

int order_compare(const std::optional<Term>& a, const std::optional<Term>& b) {
  if (!a || !b) return static_cast<int>(a.has_value()) - static_cast<int>(b.has_value());
  auto rank = [](Term::Kind k) { return k == Term::Kind::Blank ? 0 : k == Term::Kind::Iri ? 1 : 2; };
  if (rank(a->kind) != rank(b->kind)) return rank(a->kind) < rank(b->kind) ? -1 : 1;
  if (a->kind == Term::Kind::Literal) return literal_compare(*a, *b);
  return sign(a->value.compare(b->value));
}

}  // namespace sg::query
