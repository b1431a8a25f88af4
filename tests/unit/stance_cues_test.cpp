// The cues that decide an event's type from the words around its verb: an
// adverb in the verb group, a demand said again, an ultimatum, an announced
// hostile act, the object of "expel", "reduce" and "boycott", newswire's
// "said here", an obligation after a list, a stance said by a predicate
// adjective ("is opposed to"), conditions set for talks or for an
// operation, a name's noun as the head of an object, a defence against
// criticism, support mobilized. The sentences are written for
// these tests; none comes from a report the rules were written on.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::run;

// The assertions of that type, as one line each: " actor=K target=K modality=M".
std::vector<std::string> typed(const Extraction& x, const std::string& type) {
  std::vector<std::string> out;
  for (const auto& a : x.assertions) {
    if (a.event_type != type) continue;
    std::string s;
    for (const auto& k : a.actors) s += " actor=" + k;
    for (const auto& k : a.targets) s += " target=" + k;
    if (a.negated) s += " negated";
    if (a.modality != Modality::None) s += " modality=" + std::string(to_string(a.modality));
    out.push_back(s);
  }
  return out;
}

struct Cue {
  const char* sentence;
  const char* type;
  const char* line;  // one assertion of that type, as typed() writes it; "" for none of that type
};

class StanceCue : public ::testing::TestWithParam<Cue> {};

TEST_P(StanceCue, GivesThatReading) {
  const Cue& c = GetParam();
  auto lines = typed(run(c.sentence, "2025-06-20"), c.type);
  if (*c.line)
    EXPECT_TRUE(std::find(lines.begin(), lines.end(), c.line) != lines.end())
        << c.sentence << "\nwant " << c.type << c.line << "; got " << ::testing::PrintToString(lines);
  else
    EXPECT_TRUE(lines.empty()) << c.sentence << "\nwant no " << c.type << "; got " << ::testing::PrintToString(lines);
}

const Cue kCues[] = {
    // Intelligence provided is military aid, as weapons are; details provided are none.
    {"Britain provided satellite intelligence to Ukraine.", "AID", " actor=state/GB target=state/UA"},
    // A designation restored is a sanction as the first one was; a post is no designation.
    {"The State Department redesignated the Houthis as a terrorist group.", "SANCTION",
     " actor=org/us-mfa target=org/houthis"},
    {"Kenya redesignated its envoy as ambassador to Somalia.", "SANCTION", ""},
    // An adverb without -ly in the verb group.
    {"Armenia has outright rejected the Azerbaijani peace proposal.", "REJECT", " actor=state/AM target=state/AZ"},
    // Newswire's "here" (where the report was filed) between the verb and its clause.
    {"Sergey Lavrov said here Thursday that Kyiv must accept the terms.", "REQUEST",
     " actor=person/sergei-lavrov target=state/UA"},
    {"Sergey Lavrov said here Thursday that Kyiv must accept the terms.", "STATEMENT", " actor=person/sergei-lavrov"},
    // A demand said again; the verb takes the demand as its object, no speech frame holds it.
    {"Qatar reiterated its call on Israel to reopen the Rafah crossing.", "REQUEST", " actor=state/QA target=state/IL"},
    {"Egypt reiterated its demand that Israel withdraw from the Philadelphi corridor.", "REQUEST",
     " actor=state/EG target=state/IL"},
    {"Egypt reiterated its demand that Israel withdraw from the Philadelphi corridor.", "STATEMENT", ""},
    // ... or held to ("insisted on its demand that"); "insisted that" alone reports words.
    {"Chad insisted on its demand that Libya close the border camps.", "REQUEST", " actor=state/TD target=state/LY"},
    {"Chad insisted on its demand that Libya close the border camps.", "STATEMENT", ""},
    {"Chad insisted on Monday that the border camps were empty.", "REQUEST", ""},
    {"Chad insisted on Monday that the border camps were empty.", "STATEMENT", " actor=state/TD"},
    // What a speaker's words judge unacceptable or out of the question is rejected (CAMEO 12),
    // the statement kept; the owner of what is judged, or a name in its phrase, is the target.
    {"Kyiv said that Moscow's demands are completely unacceptable.", "REJECT", " actor=state/UA target=state/RU"},
    {"Kyiv said that Moscow's demands are completely unacceptable.", "STATEMENT", " actor=state/UA"},
    {"Seoul said talks with Pyongyang were out of the question.", "REJECT", " actor=state/KR target=state/KP"},
    {"Lithuania said such a deployment would be unacceptable.", "REJECT", " actor=state/LT"},
    // ... not a negated judgement, not one of an actor, not another adjective.
    {"Lithuania said such a deployment would not be unacceptable.", "REJECT", ""},
    {"Kenya said Somalia is out of the question as a host.", "REJECT", ""},
    {"Kyiv said the fighting near Bakhmut was intense.", "REJECT", ""},
    // A position said again is a statement, no demand.
    {"Russia reiterated its position that the talks are over.", "REQUEST", ""},
    {"Russia reiterated its position that the talks are over.", "STATEMENT", " actor=state/RU"},
    // An act its actor will do unless the other side acts: an ultimatum.
    {"Ethiopia said it would pull its troops out of Somalia unless Mogadishu paid their salaries.", "THREATEN",
     " actor=state/ET"},
    {"Ethiopia said it would pull its troops out of Somalia unless Mogadishu paid their salaries.", "RETREAT",
     " actor=state/ET modality=Conditional"},
    // The same act on an "if" is a plan on a condition.
    {"Ethiopia said it would pull its troops out of Somalia if Mogadishu asked.", "THREATEN", ""},
    // The act of the condition threatens nothing, nor does a third party's forecast.
    {"Burundi said it would boycott the summit unless Rwanda withdrew its troops.", "THREATEN", " actor=state/BI"},
    {"Analysts said Burundi would boycott the summit unless Rwanda withdrew its troops.", "THREATEN", ""},
    // A hostile act its actor announces is a threat ...
    {"Turkey said it would impose sanctions on Israel.", "THREATEN", " actor=state/TR target=state/IL"},
    {"Turkey said it would impose sanctions on Israel.", "SANCTION",
     " actor=state/TR target=state/IL modality=Planned"},
    // ... a blockade or siege tightened too (CAMEO 191), not a grip.
    {"Greece said on Friday it would tighten the blockade of the port.", "THREATEN", " actor=state/GR"},
    {"Russian forces tightened the siege of the city.", "COERCE", " actor=org/ru-forces"},
    {"Russia tightened its grip on the town.", "COERCE", ""},
    // ... not a refusal, not the narrator's account of a plan, not a third party's forecast,
    {"Belgian farmers said they would not blockade the port of Antwerp.", "THREATEN", ""},
    {"Belgian farmers plan to blockade the port of Antwerp.", "THREATEN", ""},
    {"The Belgian police said the farmers would blockade the port of Antwerp.", "THREATEN", ""},
    // ... and a cooperative act announced is a promise.
    {"Turkey said it would send aid to Gaza.", "THREATEN", ""},
    {"Turkey said it would send aid to Gaza.", "AGREE", " actor=state/TR"},
    // Aid or supplies reduced (CAMEO 162), not tensions.
    {"Russia reduced gas supplies to Moldova.", "SANCTION", " actor=state/RU target=state/MD"},
    {"Russia and Moldova reduced tensions.", "SANCTION", ""},
    // "concluded that" reports what a body found.
    {"The African Union concluded on Monday that Sudan must return to talks.", "STATEMENT", " actor=org/au"},
    {"The African Union concluded on Monday that Sudan must return to talks.", "REQUEST",
     " actor=org/au target=state/SD"},
    // The modal closes a list no gazetteer holds all of, or a phrase that places the actor.
    {"Josep Borrell said that the Sudanese army and the militias in Darfur must lay down their arms.", "REQUEST",
     " actor=person/josep-borrell target=group/militias-in-darfur target=org/sd-forces"},
    {"The African Union concluded on Monday that Sudan and the other parties must return to talks.", "REQUEST",
     " actor=org/au target=group/parties target=state/SD"},
    // Not a modal of another clause after the list's words.
    {"Sergey Lavrov said that Kyiv and its allies agreed Moscow must pay.", "REQUEST", ""},
    // A boycott of contact reduces relations; of talks, it rejects them.
    {"Iran boycotted all contacts with Britain.", "SANCTION", " actor=state/IR target=state/GB"},
    {"Hamas boycotted the talks in Cairo.", "SANCTION", ""},
    {"Hamas boycotted the talks in Cairo.", "REJECT", " actor=org/hamas"},
    // Whom a state expels: diplomats, inspectors, peacekeepers reduce relations (CAMEO 161, 166) ...
    {"Poland expelled three Belarusian diplomats.", "SANCTION", " actor=state/PL target=group/belarusian-diplomats target=state/BY"},
    {"Poland expelled three Belarusian diplomats.", "COERCE", ""},
    {"Mali expelled the UN peacekeepers.", "SANCTION", " actor=state/ML target=org/un"},
    // ... other people are deported (CAMEO 174).
    {"Lebanon expelled 200 Syrian migrants.", "COERCE", " actor=state/LB target=group/syrian-migrants target=state/SY"},
    {"Lebanon expelled 200 Syrian migrants.", "SANCTION", ""},
    // Withdrawing inspectors, observers or peacekeepers reduces relations (CAMEO 1661, 1662), as
    // expelling them does; a withdrawal announced is a threat of it; troops withdrawing retreat.
    {"The OSCE withdrew its observers from Georgia on Friday.", "SANCTION", " actor=org/osce target=state/GE"},
    {"The OSCE withdrew its observers from Georgia on Friday.", "RETREAT", ""},
    {"Chad said it will withdraw its peacekeepers from Mali.", "THREATEN", " actor=state/TD target=state/ML"},
    {"Chad said it will withdraw its peacekeepers from Mali.", "AGREE", ""},
    {"Russia withdrew its troops from Kherson.", "SANCTION", ""},
    // "swear" as "vow": revenge or a fight sworn is a threat, "never to" a refusal; "sworn in" takes office.
    {"Hamas swore revenge for the killing of its commander.", "THREATEN", " actor=org/hamas"},
    {"Kurdish leaders swore never to accept the partition of the province.", "REJECT",
     " actor=group/kurdish-leaders"},
    {"Lebanon's new prime minister was sworn in after a fight over the cabinet.", "THREATEN", ""},
    // Preparing shelling or a storm is a posture of force (CAMEO 154); preparing a report on it is not.
    {"Israeli troops prepared to storm the camp on Tuesday.", "MOBILIZE", " actor=org/il-forces"},
    {"Serbian forces were preparing a new bombardment of the city.", "MOBILIZE", " actor=org/rs-forces"},
    {"The UN prepared a report on the shelling of the hospital.", "MOBILIZE", ""},
    // A cooperative act offered on a condition stays conditional, no AGREE made now (the corpus
    // gold's "Turkey would reopen its border if ... signed" is no agreement).
    {"Japan said it would send medical aid to Gaza if Israel opened the crossings.", "AGREE", ""},
    // A pattern's gap stays in its clause: the aid after "it would halt" was never announced.
    {"Canada announced on Monday it would halt all aid to the junta.", "AID", ""},
    {"Canada announced on Monday a new aid package for the Sahel.", "AID", " actor=state/CA"},
    // Returning weapons is returning property (CAMEO 0842); returning fire is none.
    {"Hamas returned the weapons it had seized from the army.", "RETREAT", " actor=org/hamas"},
    {"Hamas fighters returned fire on the army.", "RETREAT", ""},
    // Willingness to act is an intent to cooperate (CAMEO 03, AGREE), the act itself only planned ...
    {"Chile is willing to host the next round of talks.", "AGREE", " actor=state/CL"},
    {"Chile is willing to host the next round of talks.", "SUPPORT", ""},
    {"Chile is willing to host the next round of talks.", "CONSULT", " actor=state/CL modality=Planned"},
    {"Brazil said it would be willing to mediate between the two sides.", "AGREE", " actor=state/BR"},
    // ... willingness to back or help another is SUPPORT ...
    {"Peru was willing to back the resolution.", "SUPPORT", " actor=state/PE"},
    {"Peru was willing to back the resolution.", "AGREE", ""},
    {"Jordan is ready to help Sudan with its refugees.", "SUPPORT", " actor=state/JO target=state/SD"},
    // ... as is willingness to forgive another (CAMEO 056); to forgive a debt is aid planned.
    {"Rwanda is ready to forgive Burundi.", "SUPPORT", " actor=state/RW target=state/BI"},
    {"Rwanda is ready to forgive Burundi.", "AGREE", ""},
    {"Japan is willing to forgive the debt of Sri Lanka.", "SUPPORT", ""},
    {"Japan is willing to forgive the debt of Sri Lanka.", "AID", " actor=state/JP target=state/LK modality=Planned"},
    // ... and readiness to use force a threat of it (CAMEO 138).
    {"Turkey is ready to strike the militants in Syria again.", "THREATEN",
     " actor=state/TR target=group/militants-in-syria"},
    {"Turkey is ready to strike the militants in Syria again.", "AGREE", ""},
    {"Turkey is ready to strike the militants in Syria again.", "SUPPORT", ""},
    // "prepared" after "be" is the adjective, no passive, as "ready" is ("it" stands for the
    // speaker, no empty "it was reported"); and readiness to impose sanctions or coercion is a
    // threat too (CAMEO 131/132), not an intent to cooperate.
    {"Chad is prepared to bomb the rebel camps.", "THREATEN", " actor=state/TD"},
    {"Chad is prepared to bomb the rebel camps.", "ASSAULT", ""},
    {"Togo said it was prepared to impose a curfew on Lome.", "THREATEN", " actor=state/TG"},
    {"Togo said it was prepared to impose a curfew on Lome.", "AGREE", ""},
    {"Peru is ready to impose sanctions on Chile.", "THREATEN", " actor=state/PE target=state/CL"},
    {"Peru is ready to impose sanctions on Chile.", "SANCTION", ""},
    {"Peru is prepared to host the talks.", "AGREE", " actor=state/PE"},
    {"Peru is prepared to host the talks.", "THREATEN", ""},
    // Defending another against what is said of them is support in words (CAMEO 052); against
    // anything else, protection (AID 074).
    {"Cairo defended Riyadh on Sunday against criticism of its oil policy.", "SUPPORT",
     " actor=state/EG target=state/SA"},
    {"Cairo defended Riyadh on Sunday against criticism of its oil policy.", "AID", ""},
    {"Belarus defended Russia from Western accusations of war crimes.", "SUPPORT", " actor=state/BY target=state/RU"},
    {"Uganda defended its soldiers against charges of looting.", "SUPPORT", " actor=state/UG"},
    {"NATO jets defended Poland against drone incursions.", "SUPPORT", ""},
    {"NATO jets defended Poland against drone incursions.", "AID", " actor=org/nato target=state/PL"},
    // Mobilizing support or lobbies rallies support (CAMEO 053); mobilizing troops is MOBILIZE.
    {"Kenya mobilized international support for the peace plan.", "SUPPORT", " actor=state/KE"},
    {"Kenya mobilized international support for the peace plan.", "MOBILIZE", ""},
    {"Qatar has mobilised pressure groups in Brussels to help Gaza.", "SUPPORT", " actor=state/QA"},
    {"Norway mobilized donors behind Sudan.", "SUPPORT", " actor=state/NO target=state/SD"},
    {"Turkey mobilised troops to support the Syrian rebels.", "SUPPORT", ""},
    {"Turkey mobilised troops to support the Syrian rebels.", "MOBILIZE", " actor=state/TR"},
    // A stance said by a predicate adjective, which is no passive of its verb:
    // opposed to (REJECT), critical of (ACCUSE), in favour of (SUPPORT).
    {"Chile is opposed to Peruvian mining in the border area.", "REJECT", " actor=state/CL target=state/PE"},
    {"Chile is opposed to Peruvian mining in the border area.", "ACCUSE", ""},
    {"Tokyo remains firmly opposed to any deal with Pyongyang.", "REJECT", " actor=state/JP target=state/KP"},
    {"Ghana is not opposed to talks with Togo.", "REJECT", " actor=state/GH target=state/TG negated"},
    {"Norway was sharply critical of Denmark's new border checks.", "ACCUSE", " actor=state/NO target=state/DK"},
    {"Austria is in favour of a second monitoring mission.", "SUPPORT", " actor=state/AT"},
    // Will stay of that view: a stance now, no plan and no promise.
    {"Portugal will remain in favor of the fishing quota.", "SUPPORT", " actor=state/PT"},
    {"Portugal will remain in favor of the fishing quota.", "AGREE", ""},
    // The verb itself: a passive with its agent still reads as one.
    {"The pipeline was opposed by Romania.", "REJECT", " actor=state/RO"},
    // Other senses of the adjectives.
    {"Kazakhstan is critical to the region's grain supply.", "ACCUSE", ""},
    {"Bolivia voted in favour of the resolution.", "SUPPORT", ""},
    // Conditions set for an operation shape the ground: no demand. Conditions for talks are one.
    {"Russian forces are setting conditions to seize the heights north of Kreminna.", "REQUEST", ""},
    {"The Moroccan army set the conditions for a wider offensive along the berm.", "REQUEST", ""},
    {"Serbia set conditions for a resumption of talks with Kosovo.", "REQUEST", " actor=state/RS"},
    // A name's own noun heads the object for a cue ("storm" a building: PROTEST by protesters) ...
    {"Students stormed the Ugandan Embassy in Nairobi.", "PROTEST", " actor=group/students target=org/ug-embassy"},
    {"Students stormed the Ugandan Embassy in Nairobi.", "ASSAULT", ""},
    // ... unless the name owns the noun after it.
    {"The 12th Brigade seized the National Security Council's headquarters in Misrata.", "ADVANCE",
     " actor=org/12th-brigade target=org/national-security-council"},
    // Opening a crossing or a border eases it, as reopening it does (0863); a place's name is
    // headed by its noun ("the Rafah crossing": crossing); talks or fire opened are no retreat.
    {"Egypt reopened the Rafah crossing for aid convoys.", "RETREAT", " actor=state/EG"},
    {"Tajikistan opened its border with Uzbekistan on Monday.", "RETREAT", " actor=state/TJ target=state/UZ"},
    {"Tajikistan opened talks with Uzbekistan on Monday.", "RETREAT", ""},
    {"Tajik troops opened fire on smugglers near the border.", "RETREAT", ""},
    // A welcome given to a visitor is a visit hosted (043); one a plan gets is none.
    {"The peace plan received a cool welcome in Kinshasa.", "CONSULT", ""},
    // A crowd converging for a rally protests (as one gathering does); troops converging do not.
    {"Russian troops converged on the town from three sides.", "PROTEST", ""},
    // A participle with its agent after a noun qualifies it when a finite verb follows: the
    // militants attack, they back no one; a passive's agent still acts.
    {"Militants backed by Iran attacked the base near Erbil.", "ASSAULT", " actor=group/militants target=state/IQ"},
    {"Militants backed by Iran attacked the base near Erbil.", "SUPPORT", ""},
    {"Kenya was backed by Uganda in the vote.", "SUPPORT", " actor=state/UG target=state/KE"},
    // A counted measure before "of" says how much of the light verb's noun there was.
    {"China launched three days of war games around Taiwan.", "MOBILIZE", " actor=state/CN target=state/TW"},
    {"Kenya launched 40 days of mourning for the victims.", "MOBILIZE", ""},
    // A verb's particle after the object ends it ("ties back up to": ties heads it).
    {"Chile and Peru upgraded their diplomatic ties back up to ambassadorial level.", "SUPPORT",
     " actor=state/CL actor=state/PE"},
    {"Chile upgraded its fighter jets back to full strength.", "SUPPORT", ""},
    // Protesters overrunning a compound riot; forces overrunning positions advance.
    {"Demonstrators overran the parliament compound in Colombo.", "PROTEST", " actor=group/demonstrators target=state/LK"},
    {"Demonstrators overran the parliament compound in Colombo.", "ADVANCE", ""},
    {"Russian forces overran Ukrainian positions near Pokrovsk.", "ADVANCE", " actor=org/ru-forces target=state/UA"},
    // People taken prisoner are detained, taken hostage abducted; a town taken is an advance.
    {"The Arakan Army said it had taken 40 soldiers prisoner.", "COERCE",
     " actor=org/arakan-army target=group/soldiers"},
    {"Boko Haram took the girls hostage in Chibok.", "ASSAULT", " actor=org/boko-haram"},
    {"The minister took questions from reporters.", "COERCE", ""},
    // A veto held is a power, a veto used a refusal.
    {"Slovakia has a veto over any new member joining the bloc.", "REJECT", ""},
    {"Slovakia used its veto on the enlargement resolution.", "REJECT", " actor=state/SK"},
    // Trading fire or accusations is no trade.
    {"Indian and Pakistani troops traded fire across the border.", "ASSAULT", " actor=org/in-forces actor=org/pk-forces"},
    {"Indian and Pakistani troops traded fire across the border.", "COOPERATE", ""},
    {"Chad traded accusations with Sudan over the border raids.", "ACCUSE", " actor=state/TD target=state/SD"},
    {"Chad traded accusations with Sudan over the border raids.", "COOPERATE", ""},
    {"Chad trades cattle with Sudan.", "COOPERATE", " actor=state/TD target=state/SD"},
    // A state's jets are its air force; jets received are no visitors.
    {"Ethiopian jets struck weapons depots in the Amhara region.", "ASSAULT", " actor=org/et-air-force"},
    {"Ukraine received Danish jets last month.", "CONSULT", ""},
    {"Zelensky received Danish Prime Minister Mette Frederiksen in Kyiv.", "CONSULT",
     " actor=person/mette-frederiksen actor=person/volodymyr-zelensky"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, StanceCue, ::testing::ValuesIn(kCues));

}  // namespace
}  // namespace sg::extract
