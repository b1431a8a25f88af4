#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>

#include "graph/graph.h"
#include "test_support.h"

namespace sg::graph {
namespace {

TEST(Graph, MintIriPercentEncodesWhatIsNotSafe) {
  EXPECT_EQ(mint_iri("https://x.org/id/", "person/ursula-von-der-leyen"), "https://x.org/id/person/ursula-von-der-leyen");
  EXPECT_EQ(mint_iri("https://x.org/id/", "place/k\xC3\xBCrt <a>"), "https://x.org/id/place/k%C3%BCrt%20%3Ca%3E");
}

// Escapes first, last, side by side, and none: the runs of kept bytes
// between them are copied whole.
TEST(Graph, PercentEncodingKeepsTheRunsBetweenEscapes) {
  EXPECT_EQ(mint_iri("b/", ""), "b/");
  EXPECT_EQ(mint_iri("b/", " x "), "b/%20x%20");
  EXPECT_EQ(mint_iri("b/", "a\x01\xFF~z"), "b/a%01%FF~z");
  EXPECT_EQ(safe_iri(""), "");
  EXPECT_EQ(safe_iri("http://x.org/a b"), "http://x.org/a%20b");
  EXPECT_EQ(safe_iri("<http://x.org/{a}|\\>"), "%3Chttp://x.org/%7Ba%7D%7C%5C%3E");
  EXPECT_EQ(safe_iri("http://x.org/\x7F\x1F?q=\xC3\xA9"), "http://x.org/%7F%1F?q=\xC3\xA9");
}

// integer(), boolean() and date() hash their datatype from a share worked
// out once: the term they intern is the one literal() finds, and the
// other way round.
TEST(Graph, TypedLiteralsAreTheTermsLiteralInterns) {
  const std::string xsd(ns::xsd);
  Graph g;
  EXPECT_EQ(g.integer(-42), g.literal("-42", xsd + "integer"));
  EXPECT_EQ(g.literal("true", xsd + "boolean"), g.boolean(true));
  EXPECT_EQ(g.boolean(false), g.literal("false", xsd + "boolean"));
  EXPECT_EQ(g.literal("2025-09-04", xsd + "date"), g.date(extract::Date{2025, 9, 4}));
  EXPECT_NE(g.integer(1), g.literal("1"));
  EXPECT_EQ(g.term_count(), 7u);  // the default graph and six literals
}

TEST(Graph, NumbersAndHashesAreWrittenInCanonicalForm) {
  EXPECT_EQ(hex64(0), "0000000000000000");
  EXPECT_EQ(hex64(0xfedcba9876543210ULL), "fedcba9876543210");
  EXPECT_EQ(hex64(0x1fULL), "000000000000001f");
  Graph g;
  auto lexical = [&](TermId id) { return g.term(id).value; };
  EXPECT_EQ(lexical(g.integer(0)), "0");
  EXPECT_EQ(lexical(g.integer(-42)), "-42");
  EXPECT_EQ(lexical(g.integer(143000000)), "143000000");
  EXPECT_EQ(lexical(g.integer(std::numeric_limits<long long>::min())), "-9223372036854775808");
  EXPECT_EQ(lexical(g.integer(std::numeric_limits<long long>::max())), "9223372036854775807");
  auto xsd = [](const char* local) {  // appended: g++ 12 warns falsely on string + "..." here
    std::string iri(ns::xsd);
    iri += local;
    return iri;
  };
  EXPECT_EQ(g.term(g.integer(7)).datatype, xsd("integer"));
  TermId d = g.date({2025, 9, 4});
  EXPECT_EQ(lexical(d), "2025-09-04");
  EXPECT_EQ(g.term(d).datatype, xsd("date"));
}

TEST(Graph, TextHashSeesEveryOneByteChange) {
  // What build relies on to see that a report read twice changed between
  // the reads: every length up to a few words' worth, every position, two
  // changes of the byte, one byte more; a longer text with its halves
  // swapped; eight-byte words reordered.
  for (std::size_t n = 0; n <= 70; ++n) {
    std::string text;
    for (std::size_t i = 0; i < n; ++i) text += static_cast<char>('a' + i % 26);
    const std::uint64_t check = text_hash(text);
    EXPECT_EQ(text_hash(text), check);
    for (std::size_t i = 0; i < n; ++i)
      for (char c : {'A', '\0'}) {
        std::string changed = text;
        changed[i] = c;
        EXPECT_NE(text_hash(changed), check) << "length " << n << ", byte " << i;
      }
    std::string longer = text;
    longer.push_back('\0');
    EXPECT_NE(text_hash(longer), check) << "length " << n;
  }
  std::string xy(4096, 'x'), yx(4096, 'y');
  xy.append(4096, 'y');
  yx.append(4096, 'x');
  EXPECT_NE(text_hash(xy), text_hash(yx));
  std::string lanes = "0123456701234567012345670123456789abcdef";  // words reordered
  std::string moved = "89abcdef01234567012345670123456701234567";
  EXPECT_NE(text_hash(lanes), text_hash(moved));
}

TEST(Graph, ValidatesTheBase) {
  std::string why;
  EXPECT_TRUE(valid_base("https://example.org/kg/", why));
  EXPECT_TRUE(valid_base("urn:x:kg#", why));
  EXPECT_FALSE(valid_base("example.org/kg/", why));
  EXPECT_FALSE(valid_base("https://example.org/kg", why));
  EXPECT_EQ(why, "the base must end with '/' or '#'");
  EXPECT_FALSE(valid_base("https://example.org/a b/", why));
}

TEST(Graph, QuadsAreASet) {
  Graph g;
  TermId s = g.iri("https://x.org/s"), p = g.iri("https://x.org/p");
  g.add(s, p, g.literal("a"));
  g.add(s, p, g.literal("a"));
  g.add(s, p, g.lang_literal("a", "en"));
  EXPECT_EQ(g.size(), 2u);
}

TEST(Graph, SortedOrderDoesNotDependOnInsertionOrder) {
  Graph a, b;
  auto fill = [](Graph& g, bool reverse) {
    std::vector<std::string> names = {"c", "a", "b"};
    if (reverse) std::reverse(names.begin(), names.end());
    for (const auto& n : names) g.add(g.iri("https://x.org/" + n), g.iri("https://x.org/p"), g.integer(1));
  };
  fill(a, false);
  fill(b, true);
  auto qa = a.sorted_quads(), qb = b.sorted_quads();
  ASSERT_EQ(qa.size(), qb.size());
  for (std::size_t i = 0; i < qa.size(); ++i) EXPECT_EQ(a.term(qa[i].s).value, b.term(qb[i].s).value);
  EXPECT_EQ(a.term(qa[0].s).value, "https://x.org/a");
}

// Every quad of a graph as text, in canonical order: what two graphs must
// share to be the same whatever their term ids.
std::vector<std::string> quad_texts(const Graph& g) {
  auto text = [&](TermId t) {
    const Term& x = g.term(t);
    return std::to_string(static_cast<int>(x.kind)) + x.value + '^' + x.datatype + '@' + x.language;
  };
  std::vector<std::string> out;
  for (const auto& q : g.sorted_quads())
    out.push_back(text(q.s) + ' ' + text(q.p) + ' ' + text(q.o) + ' ' + (q.g == kDefaultGraph ? "-" : text(q.g)));
  return out;
}

TEST(Graph, AbsorbAddsTheOtherGraphsQuadsAndEmptiesIt) {
  Graph into, other, copy;
  TermId p = into.iri("https://x.org/p");
  into.add(into.iri("https://x.org/a"), p, into.literal("one"));
  copy.merge(into);
  for (Graph* g : {&other, &copy}) {
    TermId q = g->iri("https://x.org/p");
    TermId named = g->iri("https://x.org/graph");
    g->add(g->iri("https://x.org/a"), q, g->literal("one"));            // already there
    g->add(g->iri("https://x.org/b"), q, g->lang_literal("two", "en"), named);
    g->add(g->blank("n1"), q, g->literal("3", std::string(ns::xsd) + "integer"));
  }
  std::vector<TermId> map = into.absorb(std::move(other));
  EXPECT_EQ(into.size(), 3u);
  EXPECT_EQ(other.size(), 0u);
  EXPECT_EQ(quad_texts(into), quad_texts(copy));
  // The ids returned name the same terms in the graph absorbed into.
  EXPECT_EQ(map[0], kDefaultGraph);
  EXPECT_EQ(into.term(map[1]).value, "https://x.org/p");
  EXPECT_EQ(map[1], p);
  // Terms new to the graph are found again by their hash.
  EXPECT_EQ(into.find(Term{Term::Kind::Literal, "two", "", "en"}), into.lang_literal("two", "en"));
  EXPECT_EQ(into.term_count(), 9u);  // the default graph, p, a, "one", and five new
}

// The term store keeps its terms in chunks: a reference from term() stays
// good, and names the same term, as the graph grows past many chunks and
// when the graph is moved; terms built in place and terms moved in by
// absorb() read back as they were interned.
TEST(Graph, TermsStayWhereTheyAreAsTheGraphGrowsAndMoves) {
  Graph g, other;
  std::vector<const Term*> first;
  std::vector<TermId> ids;
  for (int i = 0; i < 3000; ++i) {
    std::string v = "https://x.org/t" + std::to_string(i) + std::string(static_cast<std::size_t>(i % 40), 'x');
    TermId id = i % 3 == 0 ? g.iri(v) : i % 3 == 1 ? g.lang_literal(v, "en") : g.literal(v, "https://x.org/dt");
    ids.push_back(id);
    first.push_back(&g.term(id));
    other.literal("o" + std::to_string(i));
  }
  other.add(other.literal("o1"), other.literal("o2"), other.literal("o2999"));
  std::vector<TermId> map = g.absorb(std::move(other));
  Graph moved = std::move(g);
  for (int i = 0; i < 3000; ++i) {
    const Term& t = moved.term(ids[static_cast<std::size_t>(i)]);
    EXPECT_EQ(&t, first[static_cast<std::size_t>(i)]);
    EXPECT_EQ(t.value, "https://x.org/t" + std::to_string(i) + std::string(static_cast<std::size_t>(i % 40), 'x'));
    EXPECT_EQ(t.kind, i % 3 == 0 ? Term::Kind::Iri : Term::Kind::Literal);
    EXPECT_EQ(t.language, i % 3 == 1 ? "en" : "");
    EXPECT_EQ(t.datatype, i % 3 == 2 ? "https://x.org/dt" : "");
    EXPECT_EQ(moved.find(t), ids[static_cast<std::size_t>(i)]);
  }
  EXPECT_EQ(moved.term_count(), 6001u);
  EXPECT_EQ(moved.term(map[2]).value, "o1");
  EXPECT_EQ(moved.find(Term{Term::Kind::Literal, "o2999", "", ""}), map[3000]);
}

// A fixed pseudo-random sequence (xorshift64), the same on every run.
struct XorShift {
  std::uint64_t x;
  std::uint64_t operator()() {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
  }
};

// The canonical order on many terms that share long prefixes, differ in
// kind, datatype or language only, or hold bytes past ASCII: sorted_quads()
// sorts by term_less(), whatever the insertion order and however many
// quads are added after a first read of the graph.
TEST(Graph, SortedQuadsFollowTermLessOnLargeGraphs) {
  Graph g;
  std::vector<TermId> subjects;
  XorShift next{88172645463325252ULL};
  const std::string prefix = "https://w3id.org/stancegraph/id/assertion/";
  for (int i = 0; i < 6000; ++i) {
    std::string tail;
    for (std::uint64_t n = next() % 6; n > 0; --n) tail += "ab\xC3\xA9/~"[next() % 7];
    subjects.push_back(g.iri(prefix + tail));
  }
  TermId p = g.iri("https://x.org/p");
  std::vector<TermId> objects = {g.literal("1"), g.literal("1", std::string(ns::xsd) + "integer"),
                                 g.lang_literal("1", "en"), g.lang_literal("1", "de"), g.iri("1"), g.blank("1"),
                                 g.literal(""), g.literal(prefix)};
  for (int i = 0; i < 20000; ++i) {
    g.add(subjects[next() % subjects.size()], p, objects[next() % objects.size()]);
    if (i == 10000) {
      EXPECT_GT(g.size(), 0u);  // a read between the adds
    }
  }
  auto quads = g.sorted_quads();
  ASSERT_EQ(quads.size(), g.size());
  for (std::size_t i = 1; i < quads.size(); ++i) {
    const Term& s0 = g.term(quads[i - 1].s);
    const Term& s1 = g.term(quads[i].s);
    const Term& o0 = g.term(quads[i - 1].o);
    const Term& o1 = g.term(quads[i].o);
    bool ordered = term_less(s0, s1) || (s0 == s1 && term_less(o0, o1));
    ASSERT_TRUE(ordered) << i << ": " << s0.value << " " << o0.value << " / " << s1.value << " " << o1.value;
  }
}

// The ranking reads eight bytes of a term at a time: terms that end at,
// just before or just after an eight-byte boundary, that hold NUL bytes
// (equal to the padding past a shorter term's end) or bytes past 0x7F, and
// that differ only in kind, datatype or language still come out in
// term_less() order.
TEST(Graph, SortedQuadsFollowTermLessAcrossEightByteBoundaries) {
  Graph g;
  XorShift next{2463534242ULL};
  const std::string alphabet("\0\x01" "a\x7F\x80\xFF", 6);
  std::vector<TermId> subjects;
  for (int i = 0; i < 110000; ++i) {  // past 100,000 terms, two threads share the ranking
    std::string text = i % 2 ? "https://x.org/" : "";  // 14 bytes: 15 with the kind
    for (std::uint64_t n = next() % 20; n > 0; --n) text += alphabet[next() % alphabet.size()];
    switch (next() % 5) {
      case 0: subjects.push_back(g.iri(text)); break;
      case 1: subjects.push_back(g.blank(text)); break;
      case 2: subjects.push_back(g.literal(text)); break;
      case 3: subjects.push_back(g.literal(text, next() % 2 ? "https://x.org/a" : "https://x.org/b")); break;
      default: subjects.push_back(g.lang_literal(text, next() % 2 ? "en" : "de")); break;
    }
  }
  TermId p = g.iri("https://x.org/p");
  for (TermId s : subjects) g.add(s, p, p);
  std::vector<Term> expected;
  for (TermId s : subjects) expected.push_back(g.term(s));
  std::sort(expected.begin(), expected.end(), term_less);
  expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
  for (unsigned threads : {1u, 2u}) {
    std::vector<Term> got;
    for (const auto& q : g.sorted_quads(threads)) got.push_back(g.term(q.s));
    ASSERT_EQ(got.size(), expected.size());
    auto show = [](const Term& t) {
      std::string out = std::to_string(static_cast<int>(t.kind)) + ':';
      for (unsigned char c : t.value) out += std::to_string(c) + ',';
      return out + '^' + t.datatype + '@' + t.language;
    };
    for (std::size_t i = 0; i < got.size(); ++i)
      ASSERT_TRUE(got[i] == expected[i]) << threads << " threads, at " << i << ": " << show(got[i]) << " for "
                                         << show(expected[i]);
  }
}

// Terms ranked on another thread while more are interned and quads added
// (as GraphBuilder::finish() does at -j 2): the terms interned after fall
// before, among and after those ranked ahead, and the canonical order is
// the one a graph ranked all at once gives, on one thread or two.
TEST(Graph, TermsRankedAheadWhileTheGraphGrowsGiveTheSameOrder) {
  XorShift next{0x2545F4914F6CDD1DULL};
  Graph ahead, at_once;
  std::vector<std::string> texts;
  for (int i = 0; i < 20000; ++i) {
    std::string text = "https://x.org/" + std::string(1, "abcmz"[next() % 5]);
    for (std::uint64_t n = next() % 12; n > 0; --n) text += "ab/\xC3\xA9~0"[next() % 7];
    texts.push_back(text);
  }
  auto add = [&](Graph& g, std::size_t from, std::size_t to) {
    TermId p = g.iri("https://x.org/p");
    for (std::size_t i = from; i < to; ++i) {
      TermId o = i % 3 ? g.literal(texts[i]) : g.lang_literal(texts[i], "en");
      g.add(g.iri(texts[i]), p, o, i % 4 ? g.iri(texts[(i * 7) % texts.size()]) : kDefaultGraph);
    }
  };
  add(ahead, 0, 16000);
  TermRanking ranking = ahead.ranking();
  std::thread other([&] { ranking.run(1); });
  add(ahead, 16000, texts.size());  // meanwhile: the terms after, and a blank node before them all
  ahead.add(ahead.blank("b0"), ahead.iri("https://x.org/p"), ahead.iri("A"));
  other.join();
  ahead.keep(std::move(ranking));
  add(at_once, 0, texts.size());
  at_once.add(at_once.blank("b0"), at_once.iri("https://x.org/p"), at_once.iri("A"));
  auto text_of = [](const Graph& g, const std::vector<Quad>& quads) {
    std::vector<std::string> out;
    for (const auto& q : quads)
      out.push_back(g.term(q.g).value + ' ' + g.term(q.s).value + ' ' + g.term(q.o).value + '@' +
                    g.term(q.o).language);
    return out;
  };
  // Where two orders part, rather than 20,000 lines twice.
  auto same = [](const std::vector<std::string>& got, const std::vector<std::string>& expected) {
    auto at = std::mismatch(got.begin(), got.end(), expected.begin(), expected.end());
    if (at.first == got.end() && at.second == expected.end()) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "at " << (at.first - got.begin()) << ": "
                                         << (at.first == got.end() ? "(end)" : *at.first) << " for "
                                         << (at.second == expected.end() ? "(end)" : *at.second);
  };
  const auto expected = text_of(at_once, at_once.sorted_quads());
  EXPECT_TRUE(same(text_of(ahead, ahead.sorted_quads(1)), expected));
  EXPECT_TRUE(same(text_of(ahead, ahead.sorted_quads(2)), expected));
  EXPECT_TRUE(same(text_of(ahead, ahead.sorted_triples(2)), text_of(at_once, at_once.sorted_triples())));
}

TEST(Graph, KeepsOnlyARankingOfItsOwnThatRan) {
  Graph g, other;
  g.iri("https://x.org/a");
  other.iri("https://x.org/a");
  EXPECT_THROW(g.keep(g.ranking()), std::logic_error);  // not run
  TermRanking theirs = other.ranking();
  theirs.run(1);
  EXPECT_THROW(g.keep(std::move(theirs)), std::logic_error);
  TermRanking ours = g.ranking();
  ours.run(1);
  g.keep(std::move(ours));
  EXPECT_EQ(g.sorted_quads().size(), 0u);
}

// The radix sort against std::sort, with ids past 16 bits (so no pass is
// skipped) and enough quads that compact(2) shares the sort between two
// threads; duplicates go either way.
TEST(Graph, RadixSortAndTwoThreadCompactAgreeWithStdSort) {
  XorShift next{0x9E3779B97F4A7C15ULL};
  Graph one, two;
  std::vector<TermId> ids;
  for (int i = 0; i < 70000; ++i) {
    std::string iri = "https://x.org/t" + std::to_string(i);
    ids.push_back(one.iri(iri));
    ASSERT_EQ(two.iri(iri), ids.back());
  }
  std::vector<Quad> quads;
  for (int i = 0; i < 150000; ++i) {
    quads.push_back(Quad{ids[next() % ids.size()], ids[next() % 40], ids[next() % ids.size()],
                         next() % 3 == 0 ? TermId{0} : ids[next() % ids.size()]});
    if (i % 10 == 0) quads.push_back(quads[next() % quads.size()]);
  }
  std::vector<Quad> expected = quads;
  std::sort(expected.begin(), expected.end(), quad_less);
  std::vector<Quad> radix = quads, scratch;
  sort_quads(radix, scratch);
  EXPECT_TRUE(radix == expected);
  expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
  for (const auto& q : quads) {
    one.add(q.s, q.p, q.o, q.g);
    two.add(q.s, q.p, q.o, q.g);
  }
  one.compact(1);
  two.compact(2);
  std::vector<Quad> got_one, got_two;
  one.for_each([&](const Quad& q) { got_one.push_back(q); });
  two.for_each([&](const Quad& q) { got_two.push_back(q); });
  EXPECT_TRUE(got_one == expected);
  EXPECT_TRUE(got_two == expected);
}

// sorted() packs a quad's ranks into 64 bits where they fit (few
// predicates and graphs) and sorts Quads where they do not (here: 70,000
// terms, and as many predicates and graphs): both give the order of
// term_less() on graph, subject, predicate, object, each quad once, on one
// thread or two.
TEST(Graph, SortedQuadsAgreeWithTermLessWhetherOrNotTheyPackIn64Bits) {
  for (std::size_t spread : {std::size_t{8}, std::size_t{70000}}) {
    XorShift next{0xD1B54A32D192ED03ULL + spread};
    Graph g;
    std::vector<TermId> ids;
    for (int i = 0; i < 70000; ++i) ids.push_back(g.iri("https://x.org/" + std::to_string(next() % 1000000)));
    std::vector<Quad> quads;
    for (int i = 0; i < 120000; ++i) {
      Quad q{ids[next() % ids.size()], ids[next() % spread], ids[next() % ids.size()],
             next() % 3 == 0 ? kDefaultGraph : ids[next() % spread]};
      quads.push_back(q);
      if (i % 7 == 0) quads.push_back(q);  // a duplicate
    }
    for (const auto& q : quads) g.add(q.s, q.p, q.o, q.g);
    auto less = [&](const Quad& a, const Quad& b) {
      for (auto field : {&Quad::g, &Quad::s, &Quad::p, &Quad::o}) {
        if (term_less(g.term(a.*field), g.term(b.*field))) return true;
        if (term_less(g.term(b.*field), g.term(a.*field))) return false;
      }
      return false;
    };
    std::vector<Quad> expected = quads;
    std::sort(expected.begin(), expected.end(), less);
    expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
    EXPECT_TRUE(g.sorted_quads(1) == expected) << spread;
    EXPECT_TRUE(g.sorted_quads(2) == expected) << spread;
  }
}

extract::Report seed_report(const std::string& name, const std::string& text) {
  std::vector<extract::Diagnostic> d;
  return extract::make_report(name, text, extract::parse_iso_date("2025-09-04"), d);
}

// Builds `report` into `g`, adding it `times` times.
void build(Graph& g, const extract::Report& report, const extract::Extraction& ex, int times) {
  GraphBuilder b(g, {});
  for (int i = 0; i < times; ++i) b.add(report, ex);
  b.finish();
}

TEST(GraphBuilder, SameReportTwiceAddsNothing) {
  auto res = test::resources();
  ASSERT_TRUE(res);
  auto report = seed_report("a.txt", "Russia rejected the proposal on September 2.[1]\nEndnotes\n[1] https://example.org/1\n");
  auto ex = extract::extract(report, *res);
  Graph once, twice;
  build(once, report, ex, 1);
  build(twice, report, ex, 2);
  EXPECT_GT(once.size(), 20u);
  EXPECT_EQ(once.size(), twice.size());
}

// A report's quads come twice when it is added twice, or when it is built
// again into the graph it was merged from (--merge): the stance summaries,
// read from the quads as added, must count each assertion and each actor
// once, and the graph must be the one a single build gives.
TEST(GraphBuilder, SummariesCountEachAssertionOnceWhenItsQuadsComeTwice) {
  auto res = test::resources();
  ASSERT_TRUE(res);
  auto report = seed_report("a.txt",
                            "Russia rejected the ceasefire proposal on September 2.[1] Russia also rejected the "
                            "peace plan on September 3.[2] China and Russia condemned the sanctions on September 1.\n"
                            "Endnotes\n[1] https://example.org/1\n[2] https://example.org/2\n");
  auto ex = extract::extract(report, *res);
  Graph once, twice, merged;
  build(once, report, ex, 1);
  build(twice, report, ex, 2);
  {
    merged.merge(once);
    GraphBuilder b(merged, {});
    b.know(merged);
    b.add(report, ex);
    b.finish();
  }
  EXPECT_EQ(quad_texts(twice), quad_texts(once));
  EXPECT_EQ(quad_texts(merged), quad_texts(once));
  // Every summary's count is the number of assertions it summarizes, and
  // Russia's rejections are two assertions in one summary.
  const std::string sg(ns::sg);
  std::map<TermId, std::string> counts;
  std::map<TermId, std::set<TermId>> members, actors;
  std::set<TermId> rejections;
  for (const auto& q : merged.sorted_quads()) {
    const std::string& p = merged.term(q.p).value;
    if (p == sg + "assertionCount") counts[q.s] = merged.term(q.o).value;
    if (p == sg + "summarizes") members[q.s].insert(q.o);
    if (p == sg + "actor") actors[q.s].insert(q.o);
    if (p == sg + "eventType" && merged.term(q.o).value == sg + "REJECT") rejections.insert(q.s);
  }
  ASSERT_GE(counts.size(), 2u);
  for (const auto& [summary, count] : counts) {
    EXPECT_EQ(count, std::to_string(members[summary].size())) << merged.term(summary).value;
    EXPECT_EQ(actors[summary].size(), 1u) << merged.term(summary).value;
  }
  const std::string russia = "https://w3id.org/stancegraph/id/state/RU";
  bool found = false;
  for (const auto& [summary, count] : counts) {
    if (!rejections.count(summary) || merged.term(*actors[summary].begin()).value != russia) continue;
    found = true;
    EXPECT_EQ(count, "2");
  }
  EXPECT_TRUE(found);
}

// Three reports for the builder's ways of adding: a person named in full
// in one and by surname in the next, an endnote, and a third of its own.
std::vector<extract::Report> three_reports() {
  return {seed_report("a.txt", "Russian Foreign Ministry Spokesperson Maria Zakharova rejected the proposal on "
                               "September 2.[1]\nEndnotes\n[1] https://example.org/1\n"),
          seed_report("b.txt", "Zakharova claimed that Ukraine attacked Kursk Oblast on September 3.\n"),
          seed_report("c.txt", "China condemned the sanctions that the United States imposed on September 1.\n")};
}

// build -j stages reports on several threads, in any order, and adds them
// in rank order on one: the graph is the one add() builds alone, people
// named in full in one report and by surname in a later one included.
TEST(GraphBuilder, ReportsStagedOnOtherThreadsGiveTheSameGraph) {
  auto res = test::resources();
  ASSERT_TRUE(res);
  const std::vector<extract::Report> reports = three_reports();
  std::vector<extract::Extraction> extractions;
  for (const auto& r : reports) extractions.push_back(extract::extract(r, *res));
  Graph alone, staged;
  {
    GraphBuilder b(alone, {});
    for (std::size_t i = 0; i < reports.size(); ++i) b.add(reports[i], extractions[i]);
    b.finish();
  }
  {
    GraphBuilder b(staged, {});
    std::vector<StagedReport> ready(reports.size());
    std::vector<std::thread> threads;
    for (std::size_t i = reports.size(); i-- > 0;)
      threads.emplace_back([&, i] {
        ready[i] = b.stage(reports[i], hex64(fnv1a64(reports[i].text)), extractions[i]);
      });
    for (auto& t : threads) t.join();
    for (auto& r : ready) b.add(std::move(r));
    b.finish();
  }
  EXPECT_GT(alone.size(), 60u);
  EXPECT_EQ(quad_texts(staged), quad_texts(alone));
  // One Zakharova, with the IRI of her full name.
  auto texts = quad_texts(alone);
  EXPECT_EQ(std::count_if(texts.begin(), texts.end(),
                          [](const std::string& t) {
                            return t.find("person/maria-zakharova") != std::string::npos &&
                                   t.find("#type") != std::string::npos;
                          }),
            1);
  EXPECT_EQ(std::count_if(texts.begin(), texts.end(),
                          [](const std::string& t) { return t.find("person/zakharova") != std::string::npos; }),
            0);
}

// build -j 1 writes each report straight into the graph (write()) rather
// than into a graph of its own that add() absorbs: every term gets the
// same id, every quad comes in the same place, so the files written from
// either are the same bytes.
TEST(GraphBuilder, ReportsWrittenStraightIntoTheGraphGiveTheSameTermsAndQuads) {
  auto res = test::resources();
  ASSERT_TRUE(res);
  const std::vector<extract::Report> reports = three_reports();
  std::vector<extract::Extraction> extractions;
  for (const auto& r : reports) extractions.push_back(extract::extract(r, *res));
  Graph written, staged;
  GraphBuilder w(written, {}), s(staged, {});
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const std::string hash = hex64(fnv1a64(reports[i].text));
    StagedReport straight = w.write(reports[i], hash, extractions[i]);
    EXPECT_EQ(straight.quads.size(), 0u);
    EXPECT_FALSE(straight.entities.empty());
    w.add(std::move(straight));
    s.add(s.stage(reports[i], hash, extractions[i]));
  }
  ASSERT_EQ(written.term_count(), staged.term_count());
  for (TermId id = 0; id < written.term_count(); ++id) EXPECT_EQ(written.term(id), staged.term(id)) << id;
  std::vector<Quad> added_w, added_s;
  written.for_each_added([&](const Quad& q) { added_w.push_back(q); });
  staged.for_each_added([&](const Quad& q) { added_s.push_back(q); });
  EXPECT_GT(added_w.size(), 60u);
  EXPECT_EQ(added_w, added_s);
  w.finish();
  s.finish();
  EXPECT_EQ(quad_texts(written), quad_texts(staged));
}

TEST(GraphBuilder, IrisDependOnContentNotOnFileNameOrOrder) {
  auto res = test::resources();
  ASSERT_TRUE(res);
  auto r1 = seed_report("one.txt", "Russia rejected the proposal.\n");
  auto r2 = seed_report("renamed.txt", "Russia rejected the proposal.\n");
  Graph g1, g2;
  GraphBuilder b1(g1, {}), b2(g2, {});
  EXPECT_EQ(b1.report_iri(r1), b2.report_iri(r2));
  auto other = seed_report("one.txt", "Russia accepted the proposal.\n");
  EXPECT_NE(b1.report_iri(r1), b1.report_iri(other));
}

TEST(GraphBuilder, AssertionsLiveInTheReportGraphEntitiesInTheDefaultGraph) {
  auto res = test::resources();
  ASSERT_TRUE(res);
  auto report = seed_report("a.txt", "Russia rejected the proposal.\n");
  Graph g;
  GraphBuilder b(g, {"https://example.org/kg/"});
  b.add(report, extract::extract(report, *res));
  b.finish();
  std::string report_iri = b.report_iri(report);
  bool saw_assertion = false, saw_state = false;
  for (const auto& q : g.sorted_quads()) {
    const auto& o = g.term(q.o);
    if (o.value == std::string(ns::sg) + "Assertion") {
      saw_assertion = true;
      EXPECT_EQ(g.term(q.g).value, report_iri);
    }
    if (o.value == std::string(ns::sg) + "State") {
      saw_state = true;
      EXPECT_EQ(q.g, kDefaultGraph);
      EXPECT_EQ(g.term(q.s).value, "https://example.org/kg/state/RU");
    }
  }
  EXPECT_TRUE(saw_assertion);
  EXPECT_TRUE(saw_state);
}

// Identity is keyed by position, not by label: two people named alike who
// hold positions of two states are two entities; a mention with no state
// joins the one it names.
TEST(GraphBuilder, TwoPeopleWithOneNameInTwoStatesStayTwo) {
  auto res = test::resources();
  ASSERT_TRUE(res);
  auto people = [&](const std::vector<std::string>& texts) {
    Graph g;
    GraphBuilder b(g, {"https://example.org/kg/"});
    for (std::size_t i = 0; i < texts.size(); ++i) {
      // Built by appending: GCC 12 warns (-Wrestrict, a false positive) on
      // "r" + std::to_string(i) inlined here.
      std::string name = "r";
      name += std::to_string(i);
      name += ".txt";
      auto report = seed_report(name, texts[i]);
      b.add(report, extract::extract(report, *res));
    }
    b.finish();
    std::set<std::string> out;
    for (const auto& q : g.sorted_quads())
      if (g.term(q.o).value == std::string(ns::sg) + "Person") out.insert(g.term(q.s).value);
    return out;
  };
  EXPECT_EQ(people({"Russian Ambassador John Smith rejected the proposal.\n",
                    "British Ambassador John Smith rejected the proposal.\n"}),
            (std::set<std::string>{"https://example.org/kg/person/gb/john-smith",
                                   "https://example.org/kg/person/ru/john-smith"}));
  // An ambassador of a ministry is of the ministry's state.
  EXPECT_EQ(people({"Russian Foreign Ministry Spokesperson John Smith rejected the proposal.\n"}),
            (std::set<std::string>{"https://example.org/kg/person/ru/john-smith"}));
  // Without a state, the name joins the one person it names.
  EXPECT_EQ(people({"Russian Ambassador John Smith rejected the proposal.\n",
                    "Ambassador John Smith rejected the proposal.\n"}),
            (std::set<std::string>{"https://example.org/kg/person/ru/john-smith"}));
}

// Issue 22: summaries share their predicates with the assertions
// (sg:eventType, sg:actor), so a query over the assertions of the report
// graphs must never meet them: they sit in a named graph of their own.
TEST(GraphBuilder, SummariesLiveInANamedGraphOfTheirOwn) {
  auto res = test::resources();
  ASSERT_TRUE(res);
  auto report = seed_report("a.txt", "Russia rejected the proposal on September 2. Russia rejected the plan.\n");
  Graph g;
  build(g, report, extract::extract(report, *res), 1);
  const std::string sg(ns::sg), type = std::string(ns::rdf) + "type";
  const std::string summaries_graph = std::string(ns::default_base) + "graph/summaries";
  std::set<TermId> summaries;
  g.for_each([&](const Quad& q) {
    if (g.term(q.p).value == type && g.term(q.o).value == sg + "StanceSummary") summaries.insert(q.s);
  });
  ASSERT_FALSE(summaries.empty());
  std::size_t quads = 0;
  g.for_each([&](const Quad& q) {
    if (!summaries.count(q.s)) {
      EXPECT_NE(g.term(q.g).value, summaries_graph);
      return;
    }
    ++quads;
    EXPECT_EQ(g.term(q.g).value, summaries_graph);
  });
  EXPECT_GE(quads, 6 * summaries.size());
}

// Issue 22: a store browser shows an assertion, a sentence or a summary by
// its rdfs:label; each has one, in words.
TEST(GraphBuilder, AssertionsEvidenceAndSummariesHaveLabels) {
  auto res = test::resources();
  ASSERT_TRUE(res);
  auto report = seed_report("a.txt",
                            "Germany did not accuse Russia of anything on September 3. Ukraine accused Russia of "
                            "shelling Kherson, the largest city on the lower Dnipro river, on September 2.\n");
  Graph g;
  build(g, report, extract::extract(report, *res), 1);
  const std::string sg(ns::sg), type = std::string(ns::rdf) + "type", label = std::string(ns::rdfs) + "label";
  std::map<std::string, std::string> cls;  // node -> class
  std::map<std::string, std::set<std::string>> labels;
  g.for_each([&](const Quad& q) {
    if (g.term(q.p).value == type) cls[g.term(q.s).value] = g.term(q.o).value;
    if (g.term(q.p).value == label) labels[g.term(q.s).value].insert(g.term(q.o).value);
  });
  std::set<std::string> seen;
  for (const auto& [node, c] : cls) {
    if (c != sg + "Assertion" && c != sg + "Evidence" && c != sg + "StanceSummary") continue;
    ASSERT_EQ(labels[node].size(), 1u) << node;
    seen.insert(*labels[node].begin());
  }
  EXPECT_TRUE(seen.count("Germany not ACCUSE Russia (2025-09-03)"));
  EXPECT_TRUE(seen.count("Ukraine ACCUSE Russia (2025-09-02)"));
  EXPECT_TRUE(seen.count("Germany not ACCUSE Russia: 1 assertion, 2025-09-03"));
  EXPECT_TRUE(seen.count("Germany did not accuse Russia of anything on September 3."));  // short: whole
  // A long sentence is cut at a space, under 60 characters, with an ellipsis.
  EXPECT_TRUE(seen.count("Ukraine accused Russia of shelling Kherson, the largest city\xE2\x80\xA6"));
}

// Issue 22: the graph says what made it — the version and a fingerprint of
// the rules and gazetteers — and still gives the same bytes every run.
TEST(GraphBuilder, ReportsSayWhatExtractedThem) {
  auto res = test::resources();
  ASSERT_TRUE(res);
  auto report = seed_report("a.txt", "Russia rejected the proposal.\n");
  auto ex = extract::extract(report, *res);
  auto made_by = [&](const std::string& version, const std::string& fingerprint) {
    Graph g;
    GraphBuilder b(g, {"https://example.org/kg/", true, 1, version, fingerprint});
    b.add(report, ex);
    b.finish();
    return quad_texts(g);
  };
  auto a = made_by("0.1.0", "00ff00ff00ff00ff"), again = made_by("0.1.0", "00ff00ff00ff00ff");
  EXPECT_EQ(a, again);
  const std::string agent = "0https://example.org/kg/agent/stancegraph-0.1.0-00ff00ff00ff00ff^@";
  auto has = [&](const std::vector<std::string>& quads, const std::string& what) {
    return std::any_of(quads.begin(), quads.end(), [&](const std::string& q) { return q.find(what) != std::string::npos; });
  };
  EXPECT_TRUE(has(a, std::string(ns::sg) + "extractedBy^@ " + agent + " -"));
  EXPECT_TRUE(has(a, agent + " 0" + std::string(ns::sg) + "dataFingerprint^@ 200ff00ff00ff00ff^@ -"));
  EXPECT_TRUE(has(a, agent + " 0" + std::string(ns::sg) + "softwareVersion^@ 20.1.0^@ -"));
  EXPECT_FALSE(has(made_by("0.1.0", "1111111111111111"), agent));
  EXPECT_FALSE(has(made_by("", ""), "extractedBy"));
}

// Issue 22: `--merge day1.ttl -o all.nq`. Turtle has no named graphs, so
// day 1's assertions, evidence and endnotes come back in the default
// graph; each returns to its report's graph by sg:inReport.
TEST(GraphBuilder, MergedTriplesReturnToTheirReportsGraph) {
  auto res = test::resources();
  ASSERT_TRUE(res);
  auto report = seed_report("a.txt",
                            "Russia rejected the proposal on September 2.[1] Ukraine accused Russia of shelling "
                            "Kherson.[2]\nEndnotes\n[1] https://example.org/1\n[2] https://example.org/2\n");
  Graph built;
  build(built, report, extract::extract(report, *res), 1);
  Graph flat;  // as a Turtle file of it reads back
  built.for_each([&](const Quad& q) {
    flat.add(flat.intern(built.term(q.s)), flat.intern(built.term(q.p)), flat.intern(built.term(q.o)));
  });
  GraphBuilder b(flat, {});
  b.know(flat);
  b.finish();
  EXPECT_EQ(quad_texts(flat), quad_texts(built));
}

}  // namespace
}  // namespace sg::graph
