// Quotations and who "we" and "I" are in them: the first person of a quote
// the sentence attributes to a speaker stands for the speaker ("I") or for
// the state or body the speaker speaks for ("we"), and what follows
// "said:" is read as what follows "said that". The sentences are written
// for these tests; none comes from a report the rules were written on.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::fact;
using test::first_of_type;
using test::has;
using test::of_type;
using test::run;
using test::show;

// No assertion but the speaker's STATEMENT: the quote's first person stood
// for no one.
bool only_statements(const Extraction& x) {
  return std::all_of(x.assertions.begin(), x.assertions.end(),
                     [](const Assertion& a) { return a.event_type == "STATEMENT"; });
}

TEST(QuoteFirstPerson, WeOfAnOfficialIsTheState) {
  auto x = run("\"We will never accept foreign troops on our soil,\" the Serbian defence minister said.");
  const Assertion* a = fact(x, "REJECT", "state/RS");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->attributed_to, "state/RS"));
  EXPECT_EQ(a->attribution_verb, "said");
}

// The quote gives what the same words give after "said that": same type,
// actor, negation, modality and attribution.
TEST(QuoteFirstPerson, QuoteReadsAsTheSayThatClause) {
  auto quoted = run("\"We will not send troops to Haiti,\" the Kenyan foreign minister said on Monday.", "2025-06-20");
  auto reported = run("The Kenyan foreign minister said on Monday that Kenya will not send troops to Haiti.", "2025-06-20");
  const Assertion* q = first_of_type(quoted, "MOBILIZE");
  const Assertion* r = first_of_type(reported, "MOBILIZE");
  ASSERT_NE(q, nullptr) << show(quoted);
  ASSERT_NE(r, nullptr) << show(reported);
  EXPECT_EQ(q->actors, r->actors);
  EXPECT_EQ(q->targets, r->targets);
  EXPECT_EQ(q->negated, r->negated);
  EXPECT_TRUE(q->negated);
  EXPECT_EQ(q->modality, r->modality);
  EXPECT_EQ(q->attributed_to, r->attributed_to);
  EXPECT_EQ(q->attribution_verb, r->attribution_verb);
}

TEST(QuoteFirstPerson, IOfAPersonIsThePerson) {
  auto x = run("\"I condemn the bombing of the market,\" said Kenyan President William Ruto.");
  const Assertion* a = fact(x, "ACCUSE", "person/william-ruto");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->attributed_to, "person/william-ruto"));
}

TEST(QuoteFirstPerson, WeOfAPersonWithAPositionIsTheirState) {
  auto x = run("\"We will never accept foreign bases,\" Kenyan President William Ruto said.");
  const Assertion* a = fact(x, "REJECT", "state/KE");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->attributed_to, "person/william-ruto"));
}

TEST(QuoteFirstPerson, WeOfAStateIsTheState) {
  auto x = run("\"We reject the proposal,\" Ethiopia said in a statement.");
  ASSERT_NE(fact(x, "REJECT", "state/ET"), nullptr) << show(x);
}

// The comma after the closing mark, as British papers write it.
TEST(QuoteFirstPerson, CommaAfterTheQuote) {
  auto x = run("\"We reject the proposal\", the Ethiopian foreign minister said.");
  ASSERT_NE(fact(x, "REJECT", "state/ET"), nullptr) << show(x);
}

TEST(QuoteFirstPerson, UsIsTheSpeakerAsTarget) {
  auto x = run("\"Russian forces shelled us all night,\" the Ukrainian defence minister said.");
  const Assertion* a = first_of_type(x, "ASSAULT");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->targets, "state/UA")) << show(x);
}

// ("its troops" of "the ministry said its troops have withdrawn" are the
// ministry's too.)
TEST(QuoteFirstPerson, OurForcesActForTheSpeaker) {
  auto x = run("\"Our troops have withdrawn from the border town,\" the Armenian defence ministry said.");
  ASSERT_NE(fact(x, "RETREAT", "org/am-mod"), nullptr) << show(x);
}

// A speaker named in the sentence before, by "he".
TEST(QuoteFirstPerson, SpeakerByPronoun) {
  auto x = run("Kenyan President William Ruto spoke in Nairobi on Monday. \"We reject the plan,\" he said.");
  const Assertion* a = fact(x, "REJECT", "state/KE");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->attributed_to, "person/william-ruto"));
}

// A sentence that is one quotation, after a quotation of the sentence
// before, is that speaker's.
TEST(QuoteGoesOn, NextSentenceIsTheSpeakers) {
  auto x = run("\"The talks have failed,\" the Ethiopian foreign minister told reporters. \"We reject the proposal.\"");
  const Assertion* a = fact(x, "REJECT", "state/ET");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->attributed_to, "state/ET"));
  EXPECT_EQ(a->attribution_verb, "told");
}

TEST(QuoteGoesOnRefuses, AnotherParagraphOrNoQuoteBefore) {
  for (const char* s : {"\"The talks have failed,\" the Ethiopian foreign minister told reporters.\n\n\"We reject the proposal.\"",
                        "The Ethiopian foreign minister told reporters the talks had failed. \"We reject the proposal.\"",
                        "\"The talks have failed,\" the Ethiopian foreign minister told reporters. \"We reject the proposal,\" "
                        "a Somali diplomat added, \"and so does Kenya.\""}) {
    auto x = run(s);
    EXPECT_EQ(fact(x, "REJECT", "state/ET"), nullptr) << s << show(x);
  }
}

// "said:" and "said, " with a quote: the words are read as after "that".
TEST(QuoteAfterColon, ReadAsContent) {
  for (const char* s : {"The Serbian defence minister said: \"We will never accept foreign troops.\"",
                        "The Serbian defence minister said on Monday, \"We will never accept foreign troops.\""}) {
    auto x = run(s);
    const Assertion* a = fact(x, "REJECT", "state/RS");
    ASSERT_NE(a, nullptr) << s << show(x);
    EXPECT_TRUE(has(a->attributed_to, "state/RS")) << s;
    EXPECT_EQ(a->topic, "foreign troops") << s;
    const Assertion* said = first_of_type(x, "STATEMENT");
    ASSERT_NE(said, nullptr);
    EXPECT_EQ(said->topic.find(':'), std::string::npos) << said->topic;
  }
}

TEST(QuoteAfterColon, NameInsideIsReadToo) {
  auto x = run("Kenya said: \"Haiti must hold elections.\"");
  const Assertion* a = fact(x, "REQUEST", "state/KE");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->targets, "state/HT"));
}

// A time right after "that" is the words': the announcement (a promise,
// an AGREE) is of the report's day, the withdrawal of the next.
TEST(QuoteAfterColon, TimeAfterThatIsTheWords) {
  auto x = run("Kenyan President William Ruto announced that tomorrow, Kenya will withdraw its troops from Haiti.",
               "2025-06-20");
  const Assertion* said = first_of_type(x, "AGREE");
  const Assertion* retreat = first_of_type(x, "RETREAT");
  ASSERT_NE(said, nullptr) << show(x);
  ASSERT_NE(retreat, nullptr) << show(x);
  ASSERT_TRUE(said->date && retreat->date);
  EXPECT_EQ(*said->date, *parse_iso_date("2025-06-20"));
  EXPECT_EQ(*retreat->date, *parse_iso_date("2025-06-21"));
}

// Refusals.

// The writer's "we", outside quotes, is no one's.
TEST(QuoteFirstPersonRefuses, OutsideQuotes) {
  auto x = run("We reject the proposal, the Ethiopian foreign minister said.");
  EXPECT_TRUE(only_statements(x)) << show(x);
}

TEST(QuoteFirstPersonRefuses, NoSpeakerInTheSentence) {
  auto x = run("\"We reject the proposal and we will not sign it.\"");
  EXPECT_TRUE(x.assertions.empty()) << show(x);
}

// A quote inside the quote is another speaker's.
TEST(QuoteFirstPersonRefuses, QuoteInsideTheQuote) {
  auto x = run("\"They told us, 'we reject the proposal,'\" the Ethiopian foreign minister said.");
  EXPECT_TRUE(only_statements(x)) << show(x);
}

// After a colon inside the quote, the words are another speaker's.
TEST(QuoteFirstPersonRefuses, WordsQuotedInsideAfterAColon) {
  auto x = run("\"The rebels told me: we will attack the airport in the spring,\" the Malian defence minister said.");
  for (const auto* a : of_type(x, "ASSAULT")) EXPECT_FALSE(has(a->actors, "state/ML")) << show(x);
}

// A news medium relays; it is no "we".
TEST(QuoteFirstPersonRefuses, MediumSpeaker) {
  auto x = run("\"We reject the proposal,\" Reuters said.");
  EXPECT_EQ(first_of_type(x, "REJECT"), nullptr) << show(x);
}

TEST(QuoteFirstPersonRefuses, AccordingToWithNoPerson) {
  auto x = run("\"We reject the proposal,\" according to the Ethiopian foreign ministry.");
  EXPECT_EQ(first_of_type(x, "REJECT"), nullptr) << show(x);
}

// "I" of a state or a body speaking is no one.
TEST(QuoteFirstPersonRefuses, IOfAState) {
  auto x = run("\"I reject the proposal,\" Ethiopia said.");
  EXPECT_EQ(first_of_type(x, "REJECT"), nullptr) << show(x);
}

// A quotation split around its speaker: the second half, after the verb
// (or the inverted speaker) and a comma, is the speaker's too, its first
// person the speaker's, its events attributed; one statement, the first
// half's.
TEST(QuoteSplit, SecondHalfIsTheSpeakers) {
  auto x = run("\"We will not recognise the referendum,\" the Moldovan foreign minister said, "
               "\"and we will not withdraw our complaint.\"");
  const Assertion* a = fact(x, "REJECT", "state/MD");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->attributed_to, "state/MD")) << show(x);
  EXPECT_EQ(of_type(x, "STATEMENT").size(), 1u) << show(x);
  bool second = false;
  for (const auto* r : of_type(x, "REJECT")) second |= r->topic.find("complaint") != std::string::npos;
  EXPECT_TRUE(second) << show(x);
}

TEST(QuoteSplit, InvertedSpeakerAndBut) {
  auto x = run("\"Nobody here wants a war,\" said Indian Defence Minister Rajnath Singh, "
               "\"but we will respond to any attack on our soil.\"");
  const Assertion* a = fact(x, "THREATEN", "state/IN");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->attribution_verb, "said") << show(x);
}

// "must" in the second half is the speaker's demand, as after "said that".
TEST(QuoteSplit, ObligationInTheSecondHalf) {
  auto x = run("\"Our patience has limits,\" the Armenian foreign minister said on Tuesday, "
               "\"and Azerbaijan must withdraw its troops.\"");
  EXPECT_NE(fact(x, "REQUEST", "state/AM", "state/AZ"), nullptr) << show(x);
}

// Refused: a second quotation that is no continuation after the verb (a
// phrase quoted later in the sentence), and a first person after the
// quotation outside quotes (the writer's).
TEST(QuoteSplitRefuses, QuotedPhraseElsewhereOrWritersWe) {
  auto x = run("\"We reject it,\" Serbian Defence Minister Bratislav Gasic said of the \"peace plan\" drafted abroad.");
  EXPECT_TRUE(only_statements(x)) << show(x);
  auto y = run("\"We will not leave,\" Serbian Defence Minister Bratislav Gasic said, and we agree with him.");
  EXPECT_TRUE(only_statements(y)) << show(y);
}

// A quotation of several sentences and paragraphs: it opens and does not
// close, goes on in sentences without marks and in a paragraph that opens
// with a mark again, and ends where its mark closes; all of it is the
// speaker's, and nothing after it.
TEST(QuoteAcrossSentences, AnOpenQuotationGoesOn) {
  auto x = run("\"We have been patient,\" Indian Defence Minister Rajnath Singh said on Friday. \"That time is over. "
               "We'll never accept troops on our side of the line.\n\n"
               "\"We reject the proposal of the commanders.\"\n\n"
               "We reject that view, the editors wrote.");
  int rejects = 0;
  for (const auto* a : of_type(x, "REJECT")) {
    EXPECT_TRUE(has(a->actors, "state/IN")) << show(x);
    EXPECT_EQ(a->attribution_verb, "said") << show(x);
    ++rejects;
  }
  EXPECT_EQ(rejects, 2) << show(x);
}

TEST(QuoteAcrossSentencesRefuses, ClosedBeforeTheParagraphEndsOrNoMarkAfterIt) {
  auto x = run("\"We have been patient,\" Indian Defence Minister Rajnath Singh said on Friday. \"That time is over.\"\n\n"
               "\"We reject the proposal.");
  EXPECT_EQ(fact(x, "REJECT", "state/IN"), nullptr) << show(x);
  // A quotation left open does not go on into a paragraph that opens with
  // no mark: that is the writer's.
  auto y = run("\"We have been patient,\" Indian Defence Minister Rajnath Singh said on Friday. \"That time is over.\n\n"
               "We reject the proposal, the editors wrote.");
  EXPECT_EQ(fact(y, "REJECT", "state/IN"), nullptr) << show(y);
}

}  // namespace
}  // namespace sg::extract
