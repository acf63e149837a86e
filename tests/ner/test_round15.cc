// Round 15: treaty anaphors. "the treaty" takes a treaty whose name has that word
// before a convention named in passing; an acronym in brackets is no second
// mention of the story's main treaty; the lede's described treaty is the named
// one opening one of the next two sentences.
#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

namespace {

std::string NodeAt(const std::vector<Found>& fs, const std::string& text, size_t nth) {
  for (const Found& f : fs)
    if (f.type == "treaty" && f.text == text && nth-- == 0) return f.node;
  return "";
}

}  // namespace

TEST_CASE("round15: \"the treaty\" is the Treaty named before, not a convention named in passing") {
  const EntityRecognizer& r = RealRecognizer();
  const std::string lede =
      "Norland and Estovia signed a treaty on Tuesday that fixes their sea border. The Vardo "
      "Maritime Boundary Treaty was signed by both foreign ministers. Talks had stalled for "
      "years. ";
  auto fs = Run(r, lede +
                       "Both countries signed the Convention on the Carrow Sea (CCS) in 1982, and "
                       "the treaty commits them to settle disputes in court. Reaction was warm. "
                       "The Halden Council welcomed the agreement. Ostland rejected the treaty.");
  const std::string vardo = NodeAt(fs, "Vardo Maritime Boundary Treaty", 0);
  REQUIRE(!vardo.empty());
  CHECK(NodeAt(fs, "treaty", 0) == vardo);
  CHECK(NodeAt(fs, "agreement", 0) == vardo);
  CHECK(NodeAt(fs, "treaty", 1) == vardo);
  // counter-example: with no treaty named with the word, "the treaty" is the
  // convention just named ("a new treaty" described is not enough)
  fs = Run(r,
           "Ministers will examine a new treaty on cybercrime. Norland wants to replace the "
           "Carrow Convention of the Halden Council. The Convention is the only such text. "
           "Sixty countries have signed the treaty.");
  CHECK(NodeAt(fs, "treaty", 0) == "treaty:carrow-convention");
}

TEST_CASE("round15: the lede's described treaty is named one sentence later") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "Norland, Estovia and Ostland signed a long-awaited treaty on sharing the waters "
                "of the Vardo on Wednesday. Halvia, the fourth riparian state, did not sign.\n\n"
                "The Vardo Water Allocation Treaty was signed in Oslo by three ministers.");
  CHECK(NodeAt(fs, "long-awaited treaty on sharing the waters", 0) ==
        NodeAt(fs, "Vardo Water Allocation Treaty", 0));
  // counter-example: a named treaty that does not open its sentence is another one
  fs = Run(r,
           "Norland and Estovia signed a long-awaited treaty on fishing quotas on Wednesday. "
           "Halvia did not sign. Both states had joined the Carrow Water Allocation Treaty "
           "in 1998.");
  CHECK(NodeAt(fs, "long-awaited treaty on fishing quotas", 0) !=
        NodeAt(fs, "Carrow Water Allocation Treaty", 0));
}

TEST_CASE("round15: a standalone document taken with nothing before it is the story's own") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "The Halden council renewed the inquiry on Wednesday.\n\nThe resolution, "
                "presented by Norland and Estovia, was adopted by 23 votes to 12.");
  CHECK(NodeAt(fs, "resolution", 0) == "treaty:resolution");
  // counter-examples: nothing signed or taken; a resolution of a dispute
  fs = Run(r, "The Halden council met on Wednesday. The resolution is long overdue, he said.");
  CHECK(NodesOf(fs, "treaty").empty());
  fs = Run(r, "Talks resumed on Wednesday. The resolution of the dispute was welcomed by all.");
  CHECK(NodesOf(fs, "treaty").empty());
}

TEST_CASE("round15: documents described in the plural are no antecedent of a singular") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "The resolution, presented by Norland, was adopted. Ostland argued that "
                "country-specific resolutions violated the principle of non-interference. "
                "Estovia rejected the resolution as selective.");
  CHECK(NodeAt(fs, "resolution", 1) == "treaty:resolution");
}

TEST_CASE("round15: two unknown words before \", who\" and a verb are a person") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "Farmers warned that the plan does nothing. Tavo Kerrigal, who leads the Vardo "
                "Farmers Union, accused the ministers of ignoring them.");
  CHECK(Get(fs, "Tavo Kerrigal", "person") != nullptr);
  // counter-examples: after a word or an article it is a place's or a body's name
  fs = Run(r, "The talks were held in Vardo Bay, who hosts them every year.");
  CHECK(Get(fs, "Vardo Bay", "person") == nullptr);
  fs = Run(r, "Critics of the Vardo Group, who met on Monday, left early.");
  CHECK(Get(fs, "Vardo Group", "person") == nullptr);
}

TEST_CASE("round15: a commissioner in apposition makes the name a person's") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "It was signed by Tavo Kerrigal, the EU trade commissioner, on Monday.");
  const Found* p = Get(fs, "Tavo Kerrigal", "person");
  REQUIRE(p != nullptr);
  CHECK(p->role == "EU trade commissioner");
}

TEST_CASE("round15: a name with a lower-case particle after \"the\" or \"in\" is a place") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "Brine is pumped from the Salar de Atacama in the north, officials said.");
  CHECK(NodesOf(fs, "person").empty());
  fs = Run(r, "The first round of talks opened in Dar es Salaam in 2014.");
  CHECK(NodesOf(fs, "person").empty());
  // counter-examples: persons with particles elsewhere
  fs = Run(r, "The letter was signed by Ursula von der Leyen on Monday.");
  CHECK(Get(fs, "Ursula von der Leyen", "person") != nullptr);
  fs = Run(r, "Critics said the plan was written by Miguel de la Madrid.");
  CHECK(Get(fs, "Miguel de la Madrid", "person") != nullptr);
}

TEST_CASE("round15: a described treaty with a head of two words joins only a name sharing it") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "The plan builds on the memorandum of understanding on raw materials that "
                "Norland and Estovia concluded in 2023. Norland's Critical Raw Materials Act "
                "caps imports.");
  const std::string mou = NodeAt(fs, "memorandum of understanding on raw materials", 0);
  CHECK(!mou.empty());
  CHECK(mou != NodeAt(fs, "Critical Raw Materials Act", 0));
  // counter-example: a one-word head still joins the name sharing its words
  fs = Run(r,
           "Norland signed the Vardo Fisheries Agreement in May. Estovia criticised the "
           "fisheries agreement on Monday.");
  CHECK(NodeAt(fs, "fisheries agreement", 0) == NodeAt(fs, "Vardo Fisheries Agreement", 0));
}

TEST_CASE("round15: what a pronoun is called names its treaty, no new one") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "Norland and Estovia signed the Vardo Protocol in May. Crowds gathered in the "
                "capital. Ana Vidal has called it \"the first agreement of its kind.\"");
  CHECK(NodeAt(fs, "first agreement", 0) == NodeAt(fs, "Vardo Protocol", 0));
  // counter-example: a verb of naming with no pronoun before the article
  fs = Run(r,
           "Norland and Estovia signed the Vardo Protocol in May. Crowds gathered in the "
           "capital. Estovia also signed a separate fisheries agreement with Ostland.");
  CHECK(NodeAt(fs, "separate fisheries agreement", 0) != NodeAt(fs, "Vardo Protocol", 0));
}

TEST_CASE("round15: \"the deal\" may be a named partnership") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "Norland and Estovia signed their Mobility and Return Partnership in May. Both "
                "praised it.\n\nThe deal was proposed by Norland last spring.");
  CHECK(NodeAt(fs, "deal", 0) == NodeAt(fs, "Mobility and Return Partnership", 0));
  // counter-example: a lower-case partnership is still no treaty
  fs = Run(r, "The two firms announced a strategic partnership on Monday.");
  CHECK(NodesOf(fs, "treaty").empty());
}

TEST_CASE("round15: the name of unknown words where a post is held is an organization") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "\"Rates will hold,\" said Anna Berg, an analyst at Kestrel Economics.");
  CHECK(Get(fs, "Kestrel Economics", "organization") != nullptr);
  fs = Run(r,
           "\"It worked,\" said Tavo Kerrigal, a researcher at the Vardo Basin Program of "
           "Halden University.");
  CHECK(Get(fs, "Vardo Basin Program", "organization") != nullptr);
  // counter-examples: a place before its region; a name going on past the post
  fs = Run(r, "Ana Vidal, a military spokeswoman at Fort Kestrel, Texas, confirmed it.");
  CHECK(Get(fs, "Fort Kestrel", "organization") == nullptr);
  fs = Run(r, "Ana Vidal, an analyst at Kestrel Economics Tavo, said it.");
  CHECK(Get(fs, "Kestrel Economics", "organization") == nullptr);
}

TEST_CASE("round15: packages, clauses, regulations and compromise texts taken are documents") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "A broader sanctions package, proposed by Norland and Estovia in April, would "
                "have listed eleven firms.");
  CHECK(HasText(fs, "broader sanctions package"));
  fs = Run(r, "Ostland proposed a \"flexibility clause\" that would let members sign deals.");
  CHECK(HasText(fs, "flexibility clause"));
  fs =
      Run(r, "The Halden Commission, which proposed a new return regulation in March, wants more.");
  CHECK(HasText(fs, "new return regulation"));
  fs = Run(r, "The co-chairs put forward a compromise text that would cap fees.");
  CHECK(HasText(fs, "compromise text"));
  // counter-examples: a product, a clause nobody takes, a software package
  fs = Run(r, "Kestrel Data said it unveiled a software package for engineers.");
  CHECK(NodesOf(fs, "treaty").empty());
  fs = Run(r, "The contract has a penalty clause, the lawyers said.");
  CHECK(NodesOf(fs, "treaty").empty());
}

TEST_CASE("round15: a described document of a kind of its own joins only a name of that kind") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "Norland and Estovia signed their Mobility and Return Partnership in May. The "
                "Halden Commission, which proposed a new return regulation in March, wants more.");
  CHECK(NodeAt(fs, "new return regulation", 0) != NodeAt(fs, "Mobility and Return Partnership", 0));
  // counter-example: a protocol described joins the named protocol
  fs = Run(r,
           "Norland signed the Vardo Fisheries Protocol in May. Estovia criticised the "
           "fisheries protocol on Monday.");
  CHECK(NodeAt(fs, "fisheries protocol", 0) == NodeAt(fs, "Vardo Fisheries Protocol", 0));
}

TEST_CASE("round15: a state's prosecution service in lower case is its body") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "The minister said the Dutch public prosecution service had sent every file.");
  CHECK(Get(fs, "public prosecution service", "organization") != nullptr);
  // counter-example: without the article it only modifies the officials after it
  fs = Run(r, "The minister said Dutch prosecution service officials had sent every file.");
  CHECK(NodesOf(fs, "organization").empty());
}

TEST_CASE("round15: a particle capitalised at a sentence's start joins the full name") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r,
                "Justice Minister Pieter van der Kestrel told parliament the ruling was wrong. "
                "Van der Kestrel said the file was complete.");
  const std::vector<std::string> ps = NodesOf(fs, "person");
  REQUIRE(ps.size() == 2);
  CHECK(ps[0] == ps[1]);
  // counter-example: another person's name ending alike stays apart
  fs = Run(r, "Anna van Kestrel met Tomas Berg. Later Dirk Van Berg arrived.");
  CHECK(Get(fs, "Dirk Van Berg", "person") != nullptr);
  CHECK(Get(fs, "Dirk Van Berg", "person")->node != Get(fs, "Tomas Berg", "person")->node);
}

TEST_CASE("round15: names a plural noun of firms lists are organizations") {
  const EntityRecognizer& r = RealRecognizer();
  auto fs = Run(r, "Chinese firms, including Kestrel Lithium, which holds a stake, invested more.");
  CHECK(Get(fs, "Kestrel Lithium", "organization") != nullptr);
  // counter-examples: products a platform noun lists; reporters at an event
  fs = Run(r, "Attackers hit storage platforms including Kestrelbase and Vardostore.");
  CHECK(NodesOf(fs, "organization").empty());
  fs = Run(r, "The minister told reporters at the Vardo Auto Show that sales fell.");
  CHECK(NodesOf(fs, "organization").empty());
}
