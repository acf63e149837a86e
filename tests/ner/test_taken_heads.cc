#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("taken heads: a plan or a mechanism is a document when proposed, backed or rejected") {
  auto fs = Run("Chile proposed a regional lithium pricing mechanism on Friday.");
  const Found* m = Get(fs, "regional lithium pricing mechanism", "treaty");
  REQUIRE(m);
  CHECK((m->flags & kDescribed) != 0);
  CHECK(Get(Run("Vanuatu floated a moratorium on deep-sea mining."),
            "moratorium on deep-sea mining", "treaty"));
  CHECK(Get(Run("Qatar put forward a five-point ceasefire plan."), "five-point ceasefire plan",
            "treaty"));
  CHECK(Get(Run("Syria rejected the Arab League peace plan."), "Arab League peace plan", "treaty"));
  // capitalised, a plan or a framework is named
  CHECK(Get(Run("Cyprus opposed the Annan Plan."), "Annan Plan", "treaty"));
  CHECK(Get(Run("Egypt drafted the Nile Basin Water Security Framework."),
            "Nile Basin Water Security Framework", "treaty"));
}

TEST_CASE("taken heads: a passive after, or a proposal for, takes the document too") {
  CHECK(Get(Run("A moratorium on deep-sea mining was proposed by Vanuatu and Fiji."),
            "moratorium on deep-sea mining", "treaty"));
  CHECK(Get(Run("Lindqvist unveiled a proposal for a Nordic carbon border levy."),
            "Nordic carbon border levy", "treaty"));
  CHECK(Get(Run("Hungary refused to back the joint statement on media freedom."),
            "joint statement on media freedom", "treaty"));
  // a passive of another verb takes nothing
  CHECK_FALSE(Get(Run("A moratorium on deep-sea mining was seen by many as late."),
                  "moratorium on deep-sea mining", "treaty"));
}

TEST_CASE("taken heads: no document without a taking verb or a telling modifier") {
  // no verb of proposing before the article
  CHECK_FALSE(Get(Run("The government has a plan to cut costs."), "plan", "treaty"));
  CHECK_FALSE(Get(Run("He said a regional lithium pricing mechanism exists."),
                  "regional lithium pricing mechanism", "treaty"));
  // nothing tells the plan apart
  CHECK_FALSE(Get(Run("The party proposed its own plan."), "own plan", "treaty"));
  CHECK_FALSE(Get(Run("Brazil proposed a revised plan."), "revised plan", "treaty"));
}

TEST_CASE("taken heads: lower-case-only heads leave capitalised names alone") {
  // "levy", "ban" and "programme" make no names; persons keep theirs
  auto fs = Run("Zambian President Levy Mwanawasa met Ban Ki-moon in Lusaka.");
  CHECK(Get(fs, "Levy Mwanawasa", "person"));
  CHECK_FALSE(Get(fs, "Levy", "treaty"));
  CHECK_FALSE(
      Get(Run("Staff of the World Food Programme arrived."), "World Food Programme", "treaty"));
  // a head word before a capitalised treaty name is no anaphor
  fs = Run("Cyprus opposed the Annan Plan. Tuvalu voted against the draft Tuna Access Protocol.");
  for (const Found& f : fs)
    if (f.text == "draft") CHECK(f.type != "treaty");
}

TEST_CASE("described treaties: a name no finder knows may open a description after the article") {
  auto fs = Run("Senegal and Mauritania signed the Tortue gas-sharing agreement on Saturday.");
  const Found* t = Get(fs, "Tortue gas-sharing agreement", "treaty");
  REQUIRE(t);
  CHECK(t->label == "Tortue gas-sharing agreement");
  CHECK(Get(Run("Angola backed the Lobito Corridor rail plan."), "Lobito Corridor rail plan",
            "treaty"));
  // not a possessive, not a subject before its verb, not without a lower-case modifier
  CHECK_FALSE(Get(Run("The Council's security pact rules were read."), "Council's security pact",
                  "treaty"));
  CHECK_FALSE(Get(Run("He said the Assembly adopted resolution texts."),
                  "Assembly adopted resolution", "treaty"));
}

TEST_CASE("described treaties: an agreement joins no charter by a shared word") {
  auto fs =
      Run("Laos signed the Mekong Fisheries Charter in March. Peru inked a fisheries cooperation "
          "pact with Chile.");
  const Found* p = Get(fs, "fisheries cooperation pact", "treaty");
  REQUIRE(p);
  CHECK(p->node != "treaty:mekong-fisheries-charter");
  // an agreement still joins an agreement
  fs = Run(
      "Laos signed the Mekong Fisheries Agreement in March. Peru backed the fisheries agreement "
      "later.");
  const Found* a = Get(fs, "fisheries agreement", "treaty");
  REQUIRE(a);
  CHECK(a->node == "treaty:mekong-fisheries-agreement");
}

TEST_CASE("anaphors: \"the draft\" may be a described treaty under negotiation") {
  auto fs =
      Run("Forty countries endorsed a proposed global treaty on plastic pollution. The draft, put "
          "forward by Rwanda and Peru, would ban single-use plastics.");
  const Found* d = Get(fs, "draft", "treaty");
  REQUIRE(d);
  CHECK(d->node == "treaty:global-treaty-on-plastic-pollution");
  // the draft of something else says which document it is
  fs =
      Run("Forty countries endorsed a proposed global treaty on plastic pollution. Kuwait drew up "
          "the draft of the customs code.");
  for (const Found& f : fs)
    if (f.text == "draft") CHECK(f.node != "treaty:global-treaty-on-plastic-pollution");
}

TEST_CASE("anaphors: \"the protocol\" refers back only to a treaty named a protocol") {
  auto fs =
      Run("Finland signed the Defence Cooperation Agreement in 2023. Hungary ratified the protocol "
          "in March.");
  for (const Found& f : fs)
    if (f.text == "protocol") CHECK(f.node != "treaty:defence-cooperation-agreement");
  fs = Run("Japan signed the Kyoto Protocol in 1998. Canada later withdrew from the protocol.");
  const Found* p = Get(fs, "protocol", "treaty");
  REQUIRE(p);
  CHECK(p->node == "treaty:kyoto-protocol");
}

TEST_CASE("anaphors: \"the agreement\" refers first to a treaty written with that noun") {
  // a declaration named in between is not meant
  auto fs = Run(
      "Chile and Peru signed a fisheries agreement on Friday. It builds on the Lima Declaration "
      "of 2019. Bolivia welcomed the agreement.");
  const Found* a = nullptr;
  for (const Found& f : fs)
    if (f.text == "agreement" && f.type == "treaty") a = &f;
  REQUIRE(a);
  CHECK(a->node == Get(fs, "fisheries agreement", "treaty")->node);
  // without one, any agreement-like treaty still is: "the deal" may be a declaration
  fs = Run("Qatar and Bahrain signed the Al-Ula Declaration in January. Oman welcomed the deal.");
  const Found* d = Get(fs, "deal", "treaty");
  REQUIRE(d);
  CHECK(d->node == Get(fs, "Al-Ula Declaration", "treaty")->node);
}

TEST_CASE("taken heads: hyphenated compounds, brackets and amendments to a treaty") {
  CHECK(Get(Run("Lesotho and the Gambia proposed a debt-for-nature swap facility in June."),
            "debt-for-nature swap facility", "treaty"));
  auto fs = Run("A Russian-sponsored amendment to the Budapest Convention was adopted in 2023.");
  CHECK(Get(fs, "Russian-sponsored amendment to the Budapest Convention", "treaty"));
  CHECK(Get(Run("The Amu Darya water-sharing initiative (proposed by Afghanistan) was debated."),
            "Amu Darya water-sharing initiative", "treaty"));
  // no taking verb, no bracket: no document
  CHECK_FALSE(Get(Run("The Amu Darya water-sharing initiative was debated."),
                  "Amu Darya water-sharing initiative", "treaty"));
}

TEST_CASE("treaties: a numbered resolution is named by its number") {
  auto fs = Run("Thirteen members voted for Resolution 2719 on Friday.");
  const Found* r = Get(fs, "Resolution 2719", "treaty");
  REQUIRE(r);
  CHECK(r->label == "Resolution 2719");
  // a resolution of the year is no number
  CHECK_FALSE(Get(Run("Members adopted a resolution in 2019."), "resolution in 2019", "treaty"));
}
