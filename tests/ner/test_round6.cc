#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("capitals in a list act with the list's first member") {
  auto fs = Run("The alliance accused Moscow, Beijing, Kyiv and Berlin of stalling the talks.");
  CHECK(NodesOf(fs, "state") ==
        std::vector<std::string>{"state:RUS", "state:CHN", "state:UKR", "state:DEU"});
  fs = Run("The envoy urged Paris and Berlin to sign.");
  CHECK(NodesOf(fs, "state") == std::vector<std::string>{"state:FRA", "state:DEU"});
  // a list that is only places: none acts
  fs = Run("Talks were held in Paris and Berlin last year.");
  CHECK(NodesOf(fs, "state").empty());
}

TEST_CASE("a compound name keeps its particles out of the word count") {
  auto fs = Run("The court elected Maria del Carmen Ortega Salinas of France as president.");
  const Found* p = Get(fs, "Maria del Carmen Ortega Salinas", "person");
  CHECK(p);
}

TEST_CASE("a role of a body with a lower-case modifier, then the name in apposition") {
  auto fs = Run("The leader of the opposition Liberal Union, Daria Okonkwo, accused the cabinet.");
  CHECK(Get(fs, "Daria Okonkwo", "person"));
}

TEST_CASE("short-form bodies: 'Treasury' once its state is named") {
  auto fs =
      Run("The United States imposed sanctions. Treasury said more would follow. "
          "Treasury's statement was brief.");
  CHECK(NodesOf(fs, "organization") ==
        std::vector<std::string>{"organization:us-treasury", "organization:us-treasury"});
  // the last state named wins; "The Treasury" at a sentence start
  fs = Run("Washington and Paris met. France spoke last. The Treasury declined to comment.");
  CHECK(NodesOf(fs, "organization") == std::vector<std::string>{"organization:french-treasury"});
}

TEST_CASE("short-form bodies: not before a noun, not unnamed, not inside a name") {
  CHECK(NodesOf(Run("Treasury said more would follow. The United States agreed."), "organization")
            .empty());
  auto fs = Run("The United States sold debt. Treasury yields rose and Treasury bills fell.");
  CHECK(NodesOf(fs, "organization").empty());
  fs = Run("The United States met Britain. The Australian Treasury said nothing.");
  CHECK(NodesOf(fs, "organization").empty());
}

TEST_CASE("short-form bodies: a plural noun after the word is no verb of it") {
  auto fs =
      Run("The United States sold debt. Dealers bought Treasury notes and bonds, then "
          "five-year Treasury notes.");
  CHECK(NodesOf(fs, "organization").empty());
  fs = Run("The United States sold debt. Treasury notes that demand was strong.");
  CHECK(NodesOf(fs, "organization") == std::vector<std::string>{"organization:us-treasury"});
}

TEST_CASE("capitals in a list of places stay places") {
  // (the last member, the one the list would carry, stays a place)
  auto fs = Run("Shares closed lower in Moscow, Beijing, Paris and Berlin.");
  CHECK_FALSE(Get(fs, "Berlin", "state"));
  CHECK_FALSE(Get(fs, "Moscow", "state"));
}

TEST_CASE("a name spelled out before its acronym in brackets is one body") {
  auto fs = Run("Rebels of the Alliance Fleuve France (AFF) seized the town. The AFF denied it.");
  const Found* o = Get(fs, "Alliance Fleuve France", "organization");
  REQUIRE(o);
  CHECK(o->node == "organization:alliance-fleuve-france");
  const Found* a = Get(fs, "AFF", "organization");
  REQUIRE(a);
  CHECK(a->node == o->node);
  CHECK(Get(fs, "France", "state"));  // the state stays inside the name
  // no word of a body nor a state: a thing's name, not a body's
  fs = Run("The firm sells Liquid Crystal Display (LCD) panels.");
  CHECK_FALSE(Get(fs, "Liquid Crystal Display", "organization"));
}

TEST_CASE("a name after a body's noun and a verb of leading is a person's") {
  auto fs =
      Run("Fighters of a coalition led by Corneille Nangaa, a former official, took the town.");
  CHECK(Get(fs, "Corneille Nangaa", "person"));
  // not after a noun of firms, nor without a mark after the name
  fs =
      Run("A group led by Halvard Brokers bid for the mill. A coalition led by Ottar Vinje "
          "Holdings bid too.");
  CHECK(NodesOf(fs, "person").empty());
}

TEST_CASE("two unknown words opening a sentence before 'directs the' are a person") {
  auto fs = Run("Kaisa Lindqvist directs the Nordic Forum for Security Studies.");
  CHECK(Get(fs, "Kaisa Lindqvist", "person"));
  // not inside a sentence, not before a verb others do too
  fs = Run("Credit Lyonnais leads the list. Halvard Brokers heads the table.");
  CHECK(NodesOf(fs, "person").empty());
}
