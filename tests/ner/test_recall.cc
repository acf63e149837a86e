// Names the real rules find in unseen policy news: spelling variants of listed
// bodies, watchdogs' names, given names that are also words.
#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("recall: a listed body is found in its other spelling") {
  auto a = Run(RealRecognizer(),
               "Observers of the Organisation for Security and Cooperation in Europe left.");
  const Found* o = Get(a, "Organisation for Security and Cooperation in Europe", "organization");
  REQUIRE(o);
  auto b = Run(RealRecognizer(),
               "Observers of the Organization for Security and Co-operation in Europe left.");
  const Found* p = Get(b, "Organization for Security and Co-operation in Europe", "organization");
  REQUIRE(p);
  CHECK(o->node == p->node);
}

TEST_CASE("recall: watchdogs, monitors and forums are organizations") {
  auto fs =
      Run(RealRecognizer(), "Lena Markoff, chairman of the Global Human Rights Monitor, said so.");
  CHECK(Get(fs, "Global Human Rights Monitor", "organization"));
  fs = Run(RealRecognizer(), "The Syrian Observatory for Human Rights counted the dead.");
  CHECK(Get(fs, "Syrian Observatory for Human Rights", "organization"));
  // one word is no name
  fs = Run(RealRecognizer(), "Watch the news tonight.");
  for (const Found& f : fs) CHECK(f.type != "organization");
}

TEST_CASE("recall: a family name written first joins the one full name it starts") {
  auto fs =
      Run(RealRecognizer(), "President Hu Jintao visited Paris. Hu said the talks went well.");
  const Found* full = Get(fs, "Hu Jintao", "person");
  const Found* one = Get(fs, "Hu", "person");
  REQUIRE(full);
  REQUIRE(one);
  CHECK(one->node == full->node);
  // two full names start with it: no guess
  fs = Run(RealRecognizer(), "Wang Yi met Wang Qishan in Beijing. Wang said the talks went well.");
  const Found* w = Get(fs, "Wang", "person");
  if (w) {
    CHECK(w->node != Get(fs, "Wang Yi", "person")->node);
    CHECK(w->node != Get(fs, "Wang Qishan", "person")->node);
  }
}

TEST_CASE("recall: a described treaty keeps a comma list of its subjects") {
  auto fs = Run(RealRecognizer(),
                "Chile will ratify the convention on trade, labour and environmental rights soon.");
  CHECK(Get(fs, "convention on trade, labour and environmental rights", "treaty"));
  // a comma before another clause ends it
  fs = Run(RealRecognizer(),
           "Chile signed the convention on cybercrime, and Peru said it would follow.");
  CHECK(Get(fs, "convention on cybercrime", "treaty"));
}

TEST_CASE("recall: a bare 'Secretary of State' names the State Department") {
  auto fs = Run(RealRecognizer(), "Secretary of State Anna Berg met the press.");
  const Found* s = Get(fs, "State", "organization");
  REQUIRE(s);
  CHECK(s->node == "organization:united-states-department-of-state");
  CHECK(Get(fs, "Anna Berg", "person"));
  // whose office it is stands before the title: no guess
  fs = Run(RealRecognizer(), "British Secretary of State Anna Berg met the press.");
  CHECK_FALSE(Get(fs, "State", "organization"));
  fs = Run(RealRecognizer(), "The Vatican's Secretary of State Anna Berg met the press.");
  CHECK_FALSE(Get(fs, "State", "organization"));
  // In a story naming other states only, the office still names the department
  // (not a body called "State").
  fs = Run(RealRecognizer(), "Secretary of State Anna Berg met officials in Poland and Hungary.");
  s = Get(fs, "State", "organization");
  REQUIRE(s);
  CHECK(s->node == "organization:united-states-department-of-state");
  CHECK(s->label == "United States Department of State");
}

TEST_CASE("recall: a verb of saying does not pull a title's last word into the name") {
  auto fs =
      Run(RealRecognizer(), "Minister of Foreign Affairs Tomas Brenner said the talks failed.");
  CHECK(Get(fs, "Tomas Brenner", "person"));
  CHECK_FALSE(HasText(fs, "Affairs Tomas Brenner"));
}

TEST_CASE("recall: a listed body after 'and' starts a name of its own") {
  auto fs =
      Run(RealRecognizer(),
          "Treasury Secretary Tomas Brenner and Federal Reserve Board Chairman Lena Markoff met.");
  for (const Found& f : fs) CHECK(f.text.find(" and ") == std::string::npos);
  const Found* fed = Get(fs, "Federal Reserve Board", "organization");
  REQUIRE(fed);
  CHECK(fed->node == "organization:federal-reserve");
  CHECK(Get(fs, "Tomas Brenner", "person"));
}

TEST_CASE("recall: a people's possessive inside a name; a person's name after one") {
  auto fs = Run(RealRecognizer(),
                "He met Chairman of the Standing Committee of the National People's Congress "
                "Wu Bangguo on Monday.");
  CHECK(Get(fs, "Standing Committee of the National People's Congress", "organization"));
  CHECK(Get(fs, "Wu Bangguo", "person"));
  fs = Run(RealRecognizer(),
           "He met Chairman of the National Committee of the Chinese People's Political "
           "Consultative Conference Jia Qinglin.");
  CHECK(Get(fs, "Jia Qinglin", "person"));
  // a body's possessive stays outside the name
  fs = Run(RealRecognizer(), "The Council of Europe's Budapest Convention was signed in 2001.");
  CHECK(Get(fs, "Council of Europe", "organization"));
}

TEST_CASE("recall: a family name first with a hyphenated given name") {
  auto fs = Run(RealRecognizer(), "Kim Dae-jung, the president, met Tsai Ing-wen on Monday.");
  CHECK(Get(fs, "Kim Dae-jung", "person"));
  CHECK(Get(fs, "Tsai Ing-wen", "person"));
  fs = Run(RealRecognizer(), "Chile signed a pact on fisheries despite protests by Peru.");
  CHECK(Get(fs, "pact on fisheries", "treaty"));
}

TEST_CASE("recall: a monarch's one name is no one's surname") {
  auto fs = Run(RealRecognizer(),
                "Saddam Hussein spoke first. Later King Hussein arrived in Washington.");
  const Found* saddam = Get(fs, "Saddam Hussein", "person");
  const Found* king = Get(fs, "Hussein", "person");
  REQUIRE(saddam);
  REQUIRE(king);
  CHECK(king->node != saddam->node);
}
