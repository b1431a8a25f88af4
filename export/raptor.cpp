// Raptor 2 and Rasqal, wrapped once. See raptor.h.
#include "raptor.h"

#include <cstdlib>
#include <cstring>
#include <new>

namespace sg::exporter::raptor {
namespace {

using graph::Term;

const unsigned char* bytes(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

std::string text(const unsigned char* s) { return s ? reinterpret_cast<const char*>(s) : ""; }
std::string text(const unsigned char* s, std::size_t n) { return s ? std::string(reinterpret_cast<const char*>(s), n) : ""; }

std::string uri_text(raptor_uri* uri) { return uri ? text(raptor_uri_as_string(uri)) : std::string(); }

std::string lower(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

const std::string kXsdString = std::string(graph::ns::xsd) + "string";

// A malloc'ed copy, for the Rasqal constructors that take ownership of a string.
unsigned char* c_copy(std::string_view s) {
  auto* p = static_cast<unsigned char*>(std::malloc(s.size() + 1));
  if (!p) throw std::bad_alloc();
  std::memcpy(p, s.data(), s.size());
  p[s.size()] = 0;
  return p;
}

}  // namespace

World open_world(raptor_log_handler handler, void* user) {
  World world(raptor_new_world());
  if (!world || raptor_world_open(world.get()) != 0) return nullptr;
  if (handler) raptor_world_set_log_handler(world.get(), user, handler);
  return world;
}

QueryWorld open_query_world(raptor_log_handler handler, void* user) {
  QueryWorld world(rasqal_new_world());
  if (!world || rasqal_world_open(world.get()) != 0) return nullptr;
  if (handler) rasqal_world_set_log_handler(world.get(), user, handler);
  return world;
}

Uri make_uri(raptor_world* world, std::string_view iri) {
  return Uri(raptor_new_uri_from_counted_string(world, bytes(iri), iri.size()));
}

std::optional<Term> to_term(const raptor_term* t) {
  if (!t) return std::nullopt;
  Term out;
  switch (t->type) {
    case RAPTOR_TERM_TYPE_URI:
      out.kind = Term::Kind::Iri;
      out.value = uri_text(t->value.uri);
      return out;
    case RAPTOR_TERM_TYPE_BLANK:
      out.kind = Term::Kind::Blank;
      out.value = text(t->value.blank.string, t->value.blank.string_len);
      return out;
    case RAPTOR_TERM_TYPE_LITERAL:
      out.kind = Term::Kind::Literal;
      out.value = text(t->value.literal.string, t->value.literal.string_len);
      if (t->value.literal.language)
        out.language = lower(text(t->value.literal.language, t->value.literal.language_len));
      else if (t->value.literal.datatype)
        out.datatype = uri_text(t->value.literal.datatype);
      if (out.datatype == kXsdString) out.datatype.clear();
      return out;
    case RAPTOR_TERM_TYPE_UNKNOWN:
      break;
  }
  return std::nullopt;
}

TermOwner to_raptor(raptor_world* world, const Term& t) {
  switch (t.kind) {
    case Term::Kind::Iri:
      return TermOwner(raptor_new_term_from_counted_uri_string(world, bytes(t.value), t.value.size()));
    case Term::Kind::Blank:
      return TermOwner(raptor_new_term_from_counted_blank(world, bytes(t.value), t.value.size()));
    case Term::Kind::Literal: {
      Uri datatype;
      if (!t.datatype.empty()) datatype = make_uri(world, t.datatype);
      return TermOwner(raptor_new_term_from_counted_literal(
          world, bytes(t.value), t.value.size(), datatype.get(), t.language.empty() ? nullptr : bytes(t.language),
          static_cast<unsigned char>(t.language.size())));
    }
  }
  return nullptr;
}

std::optional<Term> to_term(rasqal_literal* l) {
  if (!l) return std::nullopt;
  Term t;
  switch (l->type) {
    case RASQAL_LITERAL_URI:
      t.kind = Term::Kind::Iri;
      t.value = uri_text(l->value.uri);
      return t;
    case RASQAL_LITERAL_BLANK:
      t.kind = Term::Kind::Blank;
      t.value = text(l->string);
      return t;
    case RASQAL_LITERAL_VARIABLE:
    case RASQAL_LITERAL_UNKNOWN:
      return std::nullopt;
    default:
      break;
  }
  t.kind = Term::Kind::Literal;
  t.value = text(rasqal_literal_as_string(l));
  if (l->language && *l->language) t.language = lower(l->language);
  else if (raptor_uri* dt = rasqal_literal_datatype(l)) t.datatype = uri_text(dt);
  if (t.datatype == kXsdString) t.datatype.clear();
  return t;
}

Literal to_rasqal(rasqal_world* world, const Term& t) {
  raptor_world* raptor = rasqal_world_get_raptor(world);
  switch (t.kind) {
    case Term::Kind::Iri: {
      Uri uri = make_uri(raptor, t.value);
      return Literal(uri ? rasqal_new_uri_literal(world, uri.release()) : nullptr);  // takes the URI
    }
    case Term::Kind::Blank:
      return Literal(rasqal_new_simple_literal(world, RASQAL_LITERAL_BLANK, c_copy(t.value)));
    case Term::Kind::Literal: {
      Uri datatype;
      if (!t.datatype.empty()) {
        datatype = make_uri(raptor, t.datatype);
        if (!datatype) return nullptr;
      }
      char* language = t.language.empty() ? nullptr : reinterpret_cast<char*>(c_copy(t.language));
      return Literal(rasqal_new_string_literal(world, c_copy(t.value), language, datatype.release(), nullptr));
    }
  }
  return nullptr;
}

}  // namespace sg::exporter::raptor
