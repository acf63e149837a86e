// Odd text is data: random token soup yields valid, ordered, resolved mentions.
#include <random>
#include <thread>

#include "ner_fixture.h"

using namespace actorgraph;
using namespace actorgraph::testing;

TEST_CASE("robustness: random token soup") {
  const char* vocab[] = {"the",
                         "The",
                         "a",
                         "Treaty",
                         "treaty",
                         "of",
                         "Convention",
                         "on",
                         "-",
                         "(",
                         ")",
                         "U.S.",
                         "Russia",
                         "Moscow",
                         "said",
                         "President",
                         "Barack",
                         "University",
                         "Inc",
                         ".",
                         ",",
                         "\n",
                         "\xE2\x80\x9E",
                         "\"",
                         "'s",
                         "SCO",
                         "Agreement",
                         "pact",
                         "Sino",
                         "Chinese",
                         "Department",
                         "State",
                         "and",
                         "in",
                         "X.",
                         "Ministry",
                         "for",
                         "as",
                         "described",
                         "non",
                         "is",
                         "12",
                         "\xC3\x9C"
                         "ber",
                         "Mr.",
                         "Co",
                         "code",
                         "conduct",
                         "two",
                         "its",
                         "under",
                         "Council",
                         "Europe",
                         "Washington",
                         "Michael",
                         "Jordan",
                         "FOMC",
                         "Somerset",
                         "83",
                         ";",
                         "Stanford",
                         "Oxford"};
  std::mt19937 rng(12345);
  const auto& r = Fixture();
  for (int doc_i = 0; doc_i < 400; ++doc_i) {
    Document doc;
    int n = static_cast<int>(rng() % 60);
    for (int k = 0; k < n; ++k) {
      doc.text += vocab[rng() % (sizeof(vocab) / sizeof(vocab[0]))];
      doc.text += (rng() % 5 == 0) ? "" : " ";
    }
    Analyze(&doc);
    std::vector<Mention> ms = r.Find(doc, {});
    r.Resolve(doc, &ms);
    for (size_t k = 0; k < ms.size(); ++k) {
      const Mention& m = ms[k];
      REQUIRE(m.span.begin < m.span.end);
      REQUIRE(m.span.end <= doc.text.size());
      CHECK_FALSE(m.node.empty());
      if (k > 0) CHECK_FALSE(m.span < ms[k - 1].span);
    }
  }
}

TEST_CASE("robustness: Find and Resolve are const and give the same result on many threads") {
  const auto& r = Fixture();
  const std::string text =
      "President Barack Obama met Foreign Minister Sergei Lavrov. Moscow has argued that the "
      "Budapest Convention of the Council of Europe is old. The Convention was signed by "
      "the United States. Obama said Lavrov agreed.";
  auto once = [&]() {
    std::string out;
    for (const Found& f : Run(r, text)) out += f.text + "|" + f.node + "|" + f.role + "\n";
    return out;
  };
  const std::string want = once();
  CHECK(want.find("state:RUS") != std::string::npos);
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t]() {
      for (int k = 0; k < 50; ++k) got[t] = once();
    });
  for (std::thread& th : threads) th.join();
  for (const std::string& g : got) CHECK(g == want);
}
