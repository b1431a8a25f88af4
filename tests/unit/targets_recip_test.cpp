// Targets of the recipient / partner / addressee family: whom an offer,
// aid, promise, threat, demand or refusal is aimed at when it is not the
// plain direct object (Extractor::recipients in extract/pipeline.cpp).
// Each pattern with a sentence where it gives the target and one where it
// must not. The sentences are written for these tests.
#include <gtest/gtest.h>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::first_targets;

using V = std::vector<std::string>;

TEST(TargetsRecip, IndirectObjectOfGiving) {
  EXPECT_EQ(first_targets("Sweden will give Moldova a loan of 40 million euros.", "AID"), V{"state/MD"});
  EXPECT_EQ(first_targets("Sweden will give Moldova a loan of 40 million euros.", "AGREE"), V{"state/MD"});
}

TEST(TargetsRecip, RecipientAfterToOrForOnceSomethingIsGiven) {
  EXPECT_EQ(first_targets("Japan agreed to provide 20 million dollars of aid for Nepal and Bhutan.", "AGREE"),
            (V{"state/BT", "state/NP"}));
  EXPECT_EQ(first_targets("Spain offered to hand over to Morocco three suspects.", "AGREE"), V{"state/MA"});
  // A place says where, not to whom; moving talks gives nothing.
  EXPECT_EQ(first_targets("Norway promised to send aid to the village.", "AGREE"), V{});
  EXPECT_EQ(first_targets("Canada agreed to move the talks to Geneva.", "AGREE"), V{});
}

TEST(TargetsRecip, PartnerAfterWith) {
  EXPECT_EQ(first_targets("Turkey offered to negotiate with the president of Azerbaijan.", "AGREE"), V{"state/AZ"});
  EXPECT_EQ(first_targets("Kenya threatened to sever ties with Somalia.", "THREATEN"), V{"state/SO"});
  // Agreeing to mediation in talks with another is no agreement with it.
  EXPECT_EQ(first_targets("Peru agreed to mediation in talks with Bolivia.", "AGREE"), V{});
}

TEST(TargetsRecip, ThreatAgainstAndUltimatum) {
  EXPECT_EQ(first_targets("Turkey threatened reprisals against Greece.", "THREATEN"), V{"state/GR"});
  EXPECT_EQ(first_targets("Egypt threatened to cut off gas unless Israel lifted the closure.", "THREATEN"),
            V{"state/IL"});
  // A plain condition is no demand on its subject: not Hamas, but where the
  // threatened ban is aimed (wrapped_targets()).
  EXPECT_EQ(first_targets("Israel threatened to ban voting in Hebron if Hamas ran in the election.", "THREATEN"),
            V{"state/PS"});
  // An "if" that presses: a refusal or a going ahead (ULTIMATUM_VERB), not any verb of going.
  EXPECT_EQ(first_targets("Moscow threatened to cut gas supplies if Chisinau fails to pay its debts.", "THREATEN"),
            V{"state/MD"});
  EXPECT_EQ(first_targets("Russia threatened to halt the talks if the United States goes ahead with the launch.",
                       "THREATEN"),
            V{"state/US"});
  EXPECT_EQ(first_targets("Russia threatened to halt the talks if the United States goes to the polls.", "THREATEN"),
            V{});
}

TEST(TargetsRecip, AddresseeOfADemand) {
  EXPECT_EQ(first_targets("Ghana demanded that Togo return the refugees.", "REQUEST"), V{"state/TG"});
  EXPECT_EQ(first_targets("Chile demanded compensation from Peru.", "REQUEST"), V{"state/PE"});
  // A withdrawal's "from" says where from.
  EXPECT_EQ(first_targets("Iran demanded a withdrawal from Syria.", "REQUEST"), V{});
}

TEST(TargetsRecip, AuthorOfARejectedDemand) {
  EXPECT_EQ(first_targets("Serbia refused to answer a demand from Croatia.", "REJECT"), V{"state/HR"});
}

}  // namespace
}  // namespace sg::extract
