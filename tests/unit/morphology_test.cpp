#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/morphology.h"
#include "extract/tokenizer.h"
#include "test_support.h"

namespace sg::extract {
namespace {

namespace fs = std::filesystem;
using V = std::vector<std::string>;

// The committed tables of ontologies/rules, loaded once.
const Morphology& wordnet() {
  static const Morphology loaded = [] {
    Morphology m;
    std::vector<Diagnostic> diagnostics;
    EXPECT_TRUE(m.load(test::source_dir() + "/ontologies/rules", diagnostics));
    for (const auto& d : diagnostics) ADD_FAILURE() << d.to_string();
    return m;
  }();
  return loaded;
}

std::string describe(const WordReading& r) {
  return std::string(r.lemma) + "/" + std::string(to_string(r.word_class)) + "/" + std::string(to_string(r.form));
}

// Every reading of `word` as "lemma/class/form", in analyze()'s order.
V readings(const Morphology& m, std::string_view word) {
  std::vector<WordReading> out;
  m.analyze(word, out);
  V described;
  for (const auto& r : out) described.push_back(describe(r));
  return described;
}
V readings(std::string_view word) { return readings(wordnet(), word); }

bool has(std::string_view word, const std::string& reading) {
  V all = readings(word);
  return std::find(all.begin(), all.end(), reading) != all.end();
}

TEST(Morphology, RegularInflectionIsUndone) {
  EXPECT_TRUE(has("rejected", "reject/verb/past"));
  EXPECT_TRUE(has("rejected", "reject/verb/participle"));
  EXPECT_TRUE(has("rejecting", "reject/verb/gerund"));
  EXPECT_TRUE(has("agreed", "agree/verb/past"));  // the e restored
  EXPECT_TRUE(has("tries", "try/verb/third"));
  EXPECT_TRUE(has("countries", "country/noun/plural"));
  EXPECT_TRUE(has("taxes", "tax/noun/plural"));
  EXPECT_TRUE(has("larger", "large/adjective/comparative"));
  EXPECT_TRUE(has("latest", "late/adjective/superlative"));
  EXPECT_FALSE(has("rejected", "reject/verb/base"));
}

TEST(Morphology, AttacksIsAPluralNounAndAThirdPersonVerb) {
  // WordNet's tagged texts used 6 noun senses of "attack" and 5 verb ones:
  // the noun reading comes first.
  EXPECT_EQ(wordnet().weight("attack", WordClass::Noun), 6);
  EXPECT_EQ(wordnet().weight("attack", WordClass::Verb), 5);
  EXPECT_EQ(readings("attacks"), V({"attack/noun/plural", "attack/verb/third"}));
}

TEST(Morphology, IrregularPastIsToldFromParticiple) {
  EXPECT_EQ(readings("began"), V({"begin/verb/past"}));
  EXPECT_EQ(readings("begun"), V({"begin/verb/participle"}));
  EXPECT_EQ(readings("went"), V({"go/verb/past"}));
  EXPECT_TRUE(has("gone", "go/verb/participle"));
  EXPECT_FALSE(has("gone", "go/verb/past"));
  EXPECT_EQ(readings("took"), V({"take/verb/past"}));
  EXPECT_TRUE(has("taken", "take/verb/participle"));
  EXPECT_FALSE(has("taken", "take/verb/past"));
  EXPECT_EQ(readings("wrote"), V({"write/verb/past"}));
  EXPECT_TRUE(has("written", "write/verb/participle"));
  EXPECT_TRUE(has("rose", "rise/verb/past"));
  EXPECT_FALSE(has("rose", "rise/verb/participle"));
  EXPECT_TRUE(has("risen", "rise/verb/participle"));
  EXPECT_TRUE(has("sang", "sing/verb/past"));
  EXPECT_FALSE(has("sang", "sing/verb/participle"));
  EXPECT_TRUE(has("sung", "sing/verb/participle"));
  EXPECT_FALSE(has("sung", "sing/verb/past"));
}

TEST(Morphology, OneIrregularFormIsPastAndParticiple) {
  for (auto [form, lemma] : {std::pair{"struck", "strike"}, {"fought", "fight"}, {"sought", "seek"},
                             {"said", "say"}, {"met", "meet"}, {"admitted", "admit"}, {"got", "get"}}) {
    EXPECT_TRUE(has(form, std::string(lemma) + "/verb/past")) << form;
    EXPECT_TRUE(has(form, std::string(lemma) + "/verb/participle")) << form;
  }
}

TEST(Morphology, ParticipleSpelledAsTheBase) {
  // "has run", "has come", "has become": WordNet lists only ran and came.
  EXPECT_EQ(readings("ran"), V({"run/verb/past"}));
  EXPECT_TRUE(has("run", "run/verb/participle"));
  EXPECT_TRUE(has("come", "come/verb/participle"));
  EXPECT_TRUE(has("become", "become/verb/participle"));
  // "Russia cut supplies", "has hit": past and participle are the base.
  for (const char* verb : {"cut", "hit", "put", "set"}) {
    EXPECT_TRUE(has(verb, std::string(verb) + "/verb/base")) << verb;
    EXPECT_TRUE(has(verb, std::string(verb) + "/verb/past")) << verb;
    EXPECT_TRUE(has(verb, std::string(verb) + "/verb/participle")) << verb;
  }
  EXPECT_TRUE(has("beat", "beat/verb/past"));
  EXPECT_FALSE(has("beat", "beat/verb/participle"));  // beaten
}

TEST(Morphology, LeftIsAVerbFormAndAWordOfItsOwn) {
  // leave: 14 tagged verb senses; left: 4 as a noun, 3 as an adjective, 1 as an adverb.
  EXPECT_EQ(readings("left"), V({"leave/verb/past", "leave/verb/participle", "left/noun/base", "left/adjective/base",
                                 "left/adverb/base"}));
  std::vector<WordReading> out;
  wordnet().analyze("left", out);
  ASSERT_EQ(out.size(), 5u);
  EXPECT_EQ(out[0].weight, 14);
  EXPECT_EQ(out[2].weight, 4);
}

TEST(Morphology, IrregularNounsAndAdjectives) {
  EXPECT_EQ(readings("children"), V({"child/noun/plural"}));
  EXPECT_TRUE(has("criteria", "criterion/noun/plural"));
  EXPECT_TRUE(has("better", "good/adjective/comparative"));
  EXPECT_TRUE(has("worst", "bad/adjective/superlative"));
  EXPECT_EQ(readings("was"), V({"be/verb/past"}));
  EXPECT_EQ(readings("is"), V({"be/verb/third"}));
  EXPECT_TRUE(has("has", "have/verb/third"));
}

TEST(Morphology, ExceptionListsKeepTheRulesAway) {
  // -ed would make "bed" a past of "be" and "seed" of "see"; -er would make
  // "after" a comparative of "aft"; WordNet lists them as their own forms.
  EXPECT_FALSE(has("bed", "be/verb/past"));
  EXPECT_TRUE(has("bed", "bed/verb/base"));
  EXPECT_FALSE(has("seed", "see/verb/past"));
  EXPECT_FALSE(has("after", "aft/adjective/comparative"));
  // Words of two letters are left alone: "as" is no plural of "a".
  EXPECT_FALSE(has("as", "a/noun/plural"));
  EXPECT_FALSE(has("us", "u/noun/plural"));
}

TEST(Morphology, DoubledConsonantUndoneWhenNoStemFits) {
  // Neither "spamming" nor "blogged" is in WordNet's exception lists.
  EXPECT_EQ(readings("spamming"), V({"spam/verb/gerund"}));
  EXPECT_EQ(readings("blogged"), V({"blog/verb/past", "blog/verb/participle"}));
  // "added" is add + ed; no "ad" is tried.
  EXPECT_EQ(readings("added"), V({"add/verb/past", "add/verb/participle"}));
}

TEST(Morphology, UnknownWordsHaveNoReading) {
  EXPECT_EQ(readings("zzyzx"), V{});
  EXPECT_EQ(readings(""), V{});
  EXPECT_EQ(readings(std::string(300, 's')), V{});
  EXPECT_EQ(readings("Attacks"), V{});  // the caller folds
}

TEST(Morphology, LemmaViewsPointIntoTheTables) {
  std::vector<WordReading> a, b;
  wordnet().analyze("began", a);
  wordnet().analyze("begun", b);
  ASSERT_FALSE(a.empty());
  ASSERT_FALSE(b.empty());
  EXPECT_EQ(a[0].lemma, "begin");
  EXPECT_EQ(a[0].lemma.data(), b[0].lemma.data());
}

TEST(Morphology, IsAndWeight) {
  EXPECT_TRUE(wordnet().is("attack", WordClass::Verb));
  EXPECT_TRUE(wordnet().is("child", WordClass::Noun));
  EXPECT_FALSE(wordnet().is("child", WordClass::Verb));
  EXPECT_FALSE(wordnet().is("children", WordClass::Noun));  // a form, not a lemma
  EXPECT_EQ(wordnet().weight("take", WordClass::Verb), 36);
  EXPECT_EQ(wordnet().weight("take", WordClass::Adjective), std::nullopt);
}

V forms(std::string_view lemma) {
  auto f = wordnet().verb_forms(lemma);
  if (!f) return {};
  return {f->base, f->third, f->past, f->participle, f->gerund};
}

TEST(MorphologyVerbForms, IrregularVerbs) {
  EXPECT_EQ(forms("begin"), V({"begin", "begins", "began", "begun", "beginning"}));
  EXPECT_EQ(forms("strike"), V({"strike", "strikes", "struck", "struck", "striking"}));
  EXPECT_EQ(forms("go"), V({"go", "goes", "went", "gone", "going"}));
  EXPECT_EQ(forms("write"), V({"write", "writes", "wrote", "written", "writing"}));
  EXPECT_EQ(forms("hit"), V({"hit", "hits", "hit", "hit", "hitting"}));
  EXPECT_EQ(forms("run"), V({"run", "runs", "ran", "run", "running"}));
  EXPECT_EQ(forms("show"), V({"show", "shows", "showed", "shown", "showing"}));  // past regular
  EXPECT_EQ(forms("beat"), V({"beat", "beats", "beat", "beaten", "beating"}));
  auto be = wordnet().verb_forms("be");
  ASSERT_TRUE(be);
  EXPECT_EQ(V({be->base, be->third, be->past, be->participle, be->gerund}), V({"be", "is", "was", "been", "being"}));
  std::vector<std::pair<WordForm, std::string>> variants = {
      {WordForm::Base, "am"}, {WordForm::Base, "are"}, {WordForm::Past, "were"}};
  EXPECT_EQ(be->variants, variants);
}

TEST(MorphologyVerbForms, DoublingFollowsTheTable) {
  for (const char* verb : {"admit", "commit", "ban", "plan", "ship", "drop"}) {
    auto f = wordnet().verb_forms(verb);
    ASSERT_TRUE(f) << verb;
    std::string doubled = std::string(verb) + std::string(verb).back();
    EXPECT_EQ(f->past, doubled + "ed") << verb;
    EXPECT_EQ(f->participle, doubled + "ed") << verb;
    EXPECT_EQ(f->gerund, doubled + "ing") << verb;
  }
  EXPECT_EQ(forms("visit"), V({"visit", "visits", "visited", "visited", "visiting"}));
}

TEST(MorphologyVerbForms, DoublingByRuleForVerbsTheTableOmits) {
  // WordNet lists no forms of "blog" or "spam": one syllable, consonant,
  // vowel, consonant doubles.
  EXPECT_EQ(forms("blog"), V({"blog", "blogs", "blogged", "blogged", "blogging"}));
  EXPECT_EQ(forms("spam"), V({"spam", "spams", "spammed", "spammed", "spamming"}));
}

TEST(MorphologyVerbForms, RegularSpelling) {
  EXPECT_EQ(forms("try"), V({"try", "tries", "tried", "tried", "trying"}));
  EXPECT_EQ(forms("agree"), V({"agree", "agrees", "agreed", "agreed", "agreeing"}));
  EXPECT_EQ(forms("see"), V({"see", "sees", "saw", "seen", "seeing"}));
  EXPECT_EQ(forms("die"), V({"die", "dies", "died", "died", "dying"}));
  EXPECT_EQ(forms("reach"), V({"reach", "reaches", "reached", "reached", "reaching"}));
  EXPECT_EQ(forms("play"), V({"play", "plays", "played", "played", "playing"}));
  // A hyphenated spelling the table lists is a variant, not the form.
  EXPECT_EQ(forms("coordinate"), V({"coordinate", "coordinates", "coordinated", "coordinated", "coordinating"}));
}

TEST(MorphologyVerbForms, NotAVerb) {
  EXPECT_EQ(wordnet().verb_forms("child"), std::nullopt);
  EXPECT_EQ(wordnet().verb_forms("began"), std::nullopt);  // a form, not a lemma
  EXPECT_EQ(wordnet().verb_forms(""), std::nullopt);
}

// Tables in a temporary directory, for the loader's errors.
class MorphologyFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string dir = ::testing::TempDir() + "sg-morphology-XXXXXX";
    ASSERT_NE(::mkdtemp(dir.data()), nullptr);
    dir_ = dir;
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(std::string_view file, const std::string& content) {
    std::ofstream(dir_ / std::string(file), std::ios::binary) << content;
  }
  void write_tables(const std::string& lemmas, const std::string& irregular) {
    write(Morphology::kLemmaFile, "# lemmas\nlemma\tnoun\tverb\tadjective\tadverb\n" + lemmas);
    write(Morphology::kIrregularFile, "# forms\nform\tlemma\tclass\tinflection\n" + irregular);
  }
  // The one diagnostic loading gives, as "file:line:column: error: message"
  // with the directory left out.
  std::string only_error() {
    Morphology m;
    std::vector<Diagnostic> out;
    EXPECT_FALSE(m.load(dir_.string(), out));
    EXPECT_EQ(m.lemma_count(), 0u);
    if (out.size() != 1) {
      for (const auto& d : out) ADD_FAILURE() << d.to_string();
      return "";
    }
    std::string s = out[0].to_string();
    return s.starts_with(dir_.string() + "/") ? s.substr(dir_.string().size() + 1) : s;
  }
  fs::path dir_;
};

TEST_F(MorphologyFiles, SmallTablesLoad) {
  // CRLF line ends and a byte order mark are read through.
  write(Morphology::kLemmaFile,
        "\xEF\xBB\xBFlemma\tnoun\tverb\tadjective\tadverb\r\n"
        "go\t-\t21\t-\t-\r\n"
        "going\t-\t-\t2\t-\r\n");
  write(Morphology::kIrregularFile, "form\tlemma\tclass\tinflection\r\nwent\tgo\tv\tpast\r\n");
  Morphology m;
  std::vector<Diagnostic> out;
  ASSERT_TRUE(m.load(dir_.string(), out));
  EXPECT_TRUE(out.empty());
  EXPECT_EQ(m.lemma_count(), 2u);
  EXPECT_EQ(readings(m, "went"), V({"go/verb/past"}));
  EXPECT_EQ(readings(m, "going"), V({"go/verb/gerund", "going/adjective/base"}));
}

// annotate() keeps what it found for a word form, for the Morphology that
// found it: another Morphology, or the same one loaded again from other
// tables, reads the word afresh.
TEST_F(MorphologyFiles, AnnotationsKeptAreTheirMorphologysOnly) {
  auto annotated = [](const Morphology& m) {
    auto tokens = tokenize("Strikes");
    m.annotate(tokens);
    return std::string(tokens[0].lemma) + "/" + std::to_string(tokens[0].classes);
  };
  const std::string both = "strike/" + std::to_string(Token::kNoun | Token::kVerb);
  EXPECT_EQ(annotated(wordnet()), both);
  EXPECT_EQ(annotated(wordnet()), both);
  write_tables("strike\t-\t3\t-\t-\n", "");
  Morphology m;
  std::vector<Diagnostic> out;
  ASSERT_TRUE(m.load(dir_.string(), out));
  EXPECT_EQ(annotated(m), "strike/" + std::to_string(Token::kVerb));
  write_tables("strife\t2\t-\t-\t-\n", "");
  ASSERT_TRUE(m.load(dir_.string(), out));
  EXPECT_EQ(annotated(m), "/0");
  EXPECT_EQ(annotated(wordnet()), both);
}

// analyze() keeps the readings it found for the calling thread, as
// annotate() does: a word asked again gets the same readings, in the same
// order; another Morphology, or this one loaded again, reads it afresh.
TEST_F(MorphologyFiles, ReadingsKeptAreTheirMorphologysOnly) {
  const V strikes = readings("strikes");
  EXPECT_EQ(strikes.size(), 2u);
  for (std::string_view word : {"strikes", "said", "left", "cutting", "children", "better", "zzyzx", "has"}) {
    const V first = readings(word);
    EXPECT_EQ(readings(word), first) << word;
    std::vector<WordReading> out = {WordReading{}};  // what was in `out` goes
    wordnet().analyze(word, out);
    EXPECT_EQ(out.size(), first.size()) << word;
  }
  write_tables("strike\t-\t3\t-\t-\n", "");
  Morphology m;
  std::vector<Diagnostic> out;
  ASSERT_TRUE(m.load(dir_.string(), out));
  EXPECT_EQ(readings(m, "strikes"), V({"strike/verb/third"}));
  write_tables("strife\t2\t-\t-\t-\n", "");
  ASSERT_TRUE(m.load(dir_.string(), out));
  EXPECT_EQ(readings(m, "strikes"), V());
  EXPECT_EQ(readings("strikes"), strikes);
}

TEST_F(MorphologyFiles, BadCountNamesFileLineAndColumn) {
  write_tables("go\t-\t21\t-\t-\nattack\t6\tfive\t-\t-\n", "");
  EXPECT_EQ(only_error(),
            "wordnet-lemmas.tsv:4:10: error: expected the number of tagged verb senses or '-', found 'five'");
}

TEST_F(MorphologyFiles, MissingColumn) {
  write_tables("go\t-\t21\t-\n", "");
  EXPECT_EQ(only_error(), "wordnet-lemmas.tsv:3: error: expected 5 tab-separated columns, found 4");
}

TEST_F(MorphologyFiles, LemmaWithoutAClass) {
  write_tables("go\t-\t-\t-\t-\n", "");
  EXPECT_EQ(only_error(), "wordnet-lemmas.tsv:3:4: error: 'go' has no word class: every column is '-'");
}

TEST_F(MorphologyFiles, UpperCaseLemma) {
  write_tables("Go\t-\t21\t-\t-\n", "");
  EXPECT_EQ(only_error(), "wordnet-lemmas.tsv:3:1: error: the lemma is not lower-case");
}

TEST_F(MorphologyFiles, InvalidUtf8) {
  write_tables("caf\xE9\t1\t-\t-\t-\n", "");
  EXPECT_EQ(only_error(), "wordnet-lemmas.tsv:3:1: error: the lemma is not valid UTF-8");
}

TEST_F(MorphologyFiles, LemmaListedTwice) {
  write_tables("go\t-\t21\t-\t-\ngo\t1\t-\t-\t-\n", "");
  EXPECT_EQ(only_error(), "wordnet-lemmas.tsv:4:1: error: 'go' is listed twice (first on line 3)");
}

TEST_F(MorphologyFiles, WrongHeader) {
  write(Morphology::kLemmaFile, "lemma\tn\tv\ta\tr\ngo\t-\t21\t-\t-\n");
  write(Morphology::kIrregularFile, "form\tlemma\tclass\tinflection\n");
  EXPECT_EQ(only_error(),
            "wordnet-lemmas.tsv:1:1: error: expected the column names lemma, noun, verb, adjective, adverb, "
            "separated by tabs");
}

TEST_F(MorphologyFiles, IrregularFormOfAnUnknownLemma) {
  write_tables("go\t-\t21\t-\t-\n", "went\tgo\tv\tpast\nchildren\tchild\tn\tplural\n");
  EXPECT_EQ(only_error(), "wordnet-irregular.tsv:4:10: error: 'child' is not a noun in wordnet-lemmas.tsv");
}

TEST_F(MorphologyFiles, BaseRowNeedsNoLemma) {
  // "easter" is in the exception list only to keep -er away from it.
  write_tables("east\t-\t-\t1\t-\n", "easter\teaster\ta\tbase\n");
  Morphology m;
  std::vector<Diagnostic> out;
  ASSERT_TRUE(m.load(dir_.string(), out));
  EXPECT_EQ(readings(m, "easter"), V{});
  EXPECT_EQ(readings(m, "eastest"), V({"east/adjective/superlative"}));
}

TEST_F(MorphologyFiles, BadClassAndInflection) {
  write_tables("go\t-\t21\t-\t-\n", "went\tgo\tx\tpast\n");
  EXPECT_EQ(only_error(), "wordnet-irregular.tsv:3:9: error: expected a word class n, v, a or r, found 'x'");
  write_tables("go\t-\t21\t-\t-\n", "went\tgo\tv\tpassed\n");
  EXPECT_EQ(only_error(),
            "wordnet-irregular.tsv:3:11: error: expected an inflection (base, plural, third, past, participle, "
            "gerund, comparative, superlative), found 'passed'");
  write_tables("go\t-\t21\t-\t-\n", "went\tgo\tv\tplural\n");
  EXPECT_EQ(only_error(), "wordnet-irregular.tsv:3:11: error: a verb has no plural form");
}

TEST_F(MorphologyFiles, SameRowTwice) {
  write_tables("go\t-\t21\t-\t-\n", "went\tgo\tv\tpast\nwent\tgo\tv\tpast\n");
  EXPECT_EQ(only_error(), "wordnet-irregular.tsv:4:1: error: the same row as line 3");
}

TEST_F(MorphologyFiles, MissingFileIsNamed) {
  write(Morphology::kLemmaFile, "lemma\tnoun\tverb\tadjective\tadverb\ngo\t-\t21\t-\t-\n");
  EXPECT_EQ(only_error(), "wordnet-irregular.tsv: error: cannot open the WordNet table: No such file or directory");
}

TEST_F(MorphologyFiles, EmptyFile) {
  write(Morphology::kLemmaFile, "# nothing\n");
  write(Morphology::kIrregularFile, "form\tlemma\tclass\tinflection\n");
  EXPECT_EQ(only_error(), "wordnet-lemmas.tsv: error: no column names line: the file is empty");
}

TEST_F(MorphologyFiles, FailedLoadEmptiesALoadedMorphology) {
  write_tables("go\t-\t21\t-\t-\n", "went\tgo\tv\tpast\n");
  Morphology m;
  std::vector<Diagnostic> out;
  ASSERT_TRUE(m.load(dir_.string(), out));
  write_tables("go\t-\t21\t-\t-\n", "went\tgo\tv\tpst\n");
  EXPECT_FALSE(m.load(dir_.string(), out));
  EXPECT_EQ(readings(m, "went"), V{});
  EXPECT_FALSE(m.is("go", WordClass::Verb));
}

}  // namespace
}  // namespace sg::extract
