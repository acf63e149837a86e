// Context reads each token once (letter counts and hash together) and finds a
// capitalised token's word classes in one lookup of Lexicon::token_classes.
// These tests hold those shortcuts to the plain definitions, over every listed
// word in several cases.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "actorgraph/text.h"
#include "actorgraph/util.h"
#include "ner/context.h"
#include "ner/lexicon.h"

namespace actorgraph {
namespace ner {
namespace {

const Lexicon& RealLexicon() {
  static Lexicon* lex = [] {
    auto* l = new Lexicon;
    std::vector<Diagnostic> diags;
    REQUIRE(LoadLexicon(std::string(ACTORGRAPH_SOURCE_DIR) + "/rules", l, &diags));
    return l;
  }();
  return *lex;
}

// Every listed word as it is, capitalised, in capitals and in a mixed case.
std::string AllForms(const Lexicon& lex) {
  std::string text;
  auto forms = [&](std::string_view w, uint32_t) {
    std::string f(w);
    text += f + " ";
    for (size_t k = 0; k < f.size(); ++k)
      if (f[k] >= 'a' && f[k] <= 'z' && (k == 0 || k % 2 == 1)) f[k] = static_cast<char>(f[k] - 32);
    text += f + " " + AsciiLower(w) + " ";  // "PrEsIdEnT"-like, then lower case
    std::string upper(w);
    for (char& ch : upper)
      if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
    text += upper + " ";
    std::string title = AsciiLower(w);
    if (!title.empty() && title[0] >= 'a' && title[0] <= 'z')
      title[0] = static_cast<char>(title[0] - 32);
    text += title + "\n";
  };
  lex.lower_classes.ForEach(forms);
  lex.cased_classes.ForEach(forms);
  // Words longer than eight bytes, non-ASCII letters, digits, mixed case.
  text +=
      "McDonald iPhone MacGregor deputy-director Secretary-General SECRETARY-GENERAL "
      "Ölfeld ÖLFELD straße Zürich Ñandú 1st 2nd U.S. G7 A I a x-ray X-RAY "
      "internationalisation INTERNATIONALISATION InternationalisatioN\n";
  return text;
}

TEST_CASE("token classes: one lookup gives the classes of the plain definition") {
  const Lexicon& lex = RealLexicon();
  Document doc;
  doc.text = AllForms(lex);
  Analyze(&doc);
  REQUIRE(doc.tokens.size() > 1000);
  Context c(doc, lex, {});
  size_t words = 0;
  for (uint32_t i = 0; i < c.ntok(); ++i) {
    if (doc.tokens[i].kind != TokenKind::kWord) continue;
    ++words;
    const std::string_view s = c.Tok(i);
    uint32_t want = lex.lower_classes.Get(AsciiLower(s), 0);
    if (!(s[0] >= 'a' && s[0] <= 'z')) want |= lex.cased_classes.Get(s, 0);
    // a head of lower-case descriptions only ("levy") is no head capitalised
    // ("Levy") or in capitals ("LEVY")
    std::string title = AsciiLower(s), caps = AsciiLower(s);
    if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') title[0] = title[0] - 'a' + 'A';
    for (char& ch : caps)
      if (ch >= 'a' && ch <= 'z') ch = ch - 'a' + 'A';
    if ((s == title || s == caps) && (want & kWTreatyHeads)) {
      bool all_lower = true;
      for (uint32_t q : *lex.treaty_heads.Starting(AsciiLower(s)))
        all_lower = all_lower && lex.treaty_heads[q].lower_only;
      if (all_lower) want &= ~kWTreatyHeads;
    }
    uint32_t got = 0;
    for (uint32_t bit = 0; bit < 32; ++bit)
      if (c.Has(i, 1u << bit)) got |= 1u << bit;
    INFO("token: " << s);
    CHECK(got == want);
  }
  CHECK(words > 1000);
}

TEST_CASE("token classes: case flags of ASCII tokens") {
  const Lexicon& lex = RealLexicon();
  Document doc;
  doc.text =
      "the The THE tHe McDonald iPhone A I a 1st G7 U.S. x-ray NATO's BBC "
      "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz AbcdefghijKLMNOPQRS 123 , ;";
  Analyze(&doc);
  Context c(doc, lex, {});
  for (uint32_t i = 0; i < c.ntok(); ++i) {
    const std::string_view s = c.Tok(i);
    size_t letters = 0, lower = 0;
    int first = 0;  // 1 upper, 2 lower
    for (char ch : s) {
      const bool up = ch >= 'A' && ch <= 'Z', lo = ch >= 'a' && ch <= 'z';
      if (first == 0 && (up || lo)) first = up ? 1 : 2;
      letters += up || lo;
      lower += lo;
    }
    INFO("token: " << s);
    CHECK(c.Is(i, kCap) == (first == 1));
    CHECK(c.Is(i, kLower) == (first == 2));
    CHECK(c.Is(i, kAllCaps) == (letters >= 2 && lower == 0));
  }
}

TEST_CASE("gazetteer start filter: the one-pass hash is StartHash of StartKey") {
  for (std::string_view w : {"", "a", "ab", "abc", "abcd", "abcde", "U.S.", "A-B", "Ölfeld", "x1",
                             "1234", "12345", "a b", "'s", "Sino-", "ABCDEFGH"})
    CHECK(Gazetteer::StartHashOf(w) == Gazetteer::StartHash(Gazetteer::StartKey(w)));
}

TEST_CASE("word set: a lookup with the caller's hash finds what Get finds") {
  WordSet set;
  for (std::string_view w : {"a", "abcdefg", "abcdefgh", "abcdefghi", "secretary-general"})
    set.Add(w, static_cast<uint32_t>(w.size()));
  for (std::string_view w : {"a", "abcdefg", "abcdefgh", "abcdefghi", "secretary-general"}) {
    CHECK(set.Get(w, 0) == w.size());
    uint32_t v = 0;
    CHECK(set.Lookup(w, WordSet::Hash(w), &v));
    CHECK(v == w.size());
  }
  CHECK(set.Get("abcdefgi", 99) == 99);
}

}  // namespace
}  // namespace ner
}  // namespace actorgraph
