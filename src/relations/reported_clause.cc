// A closed reported clause: "Zhao said China \"firmly opposes\" the treaty and
// accused Australia of ...", "the ministry said the court had acted
// independently and accused Dutch prosecutors of ...": the predicate after
// "and" is the speaker's, not the reported subject's.
#include <algorithm>

#include "actorgraph/util.h"
#include "relations/internal.h"

namespace actorgraph {
namespace relations {
namespace {

// Longest stretch, in skeleton tokens, from the reported verb to "and".
constexpr size_t kMaxReportTail = 10;

// A present-tense verb ("opposes", "remains", "is"): never the simple past
// of a predicate after "and".
bool Present(std::string_view w) {
  if (w == "is" || w == "are" || w == "has" || w == "have") return true;
  return w.size() > 3 && EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us");
}

bool PastSpeech(const Compiled& c, std::string_view w) {
  return c.say_words.count(w) && (w == "said" || EndsWith(w, "ed"));
}

// Longest stretch from the reported subject to an opening quote, and of the
// quotation itself.
constexpr size_t kMaxQuoteLead = 6;
constexpr size_t kMaxQuote = 40;

bool IsDate(const Skeleton& skel, size_t k) {
  return skel.tokens[k].mention >= 0 && StartsWith(TokenText(skel, k),
                                                   "\xC2\xA7"
                                                   "D");
}

// "said Germany had presented \"not a single fact\" and accused Berlin of
// ...": a reported clause whose words close with the speaker's quotation,
// right before "and" and a past verb (the quote may end in a comma). The
// index of "and", or 0. k: the word after the reported subject.
size_t QuotedTailEnd(const Compiled& c, const Skeleton& skel, size_t k) {
  const size_t n = skel.tokens.size();
  size_t open = k;
  while (open < n && open < k + kMaxQuoteLead && TokenText(skel, open) != "\"") {
    std::string_view x = TokenText(skel, open);
    if (x == "," || x == ";" || x == ":" || x == "and" || x == "but" ||
        (skel.tokens[open].mention < 0 && c.coordination_stops.count(x)))
      return 0;
    ++open;
  }
  if (open >= n || TokenText(skel, open) != "\"") return 0;
  size_t close = open + 1;
  while (close < n && close <= open + kMaxQuote && TokenText(skel, close) != "\"") ++close;
  if (close >= n || close == open + 1 || TokenText(skel, close) != "\"") return 0;
  size_t a = close + 1;
  if (a < n && TokenText(skel, a) == ",") ++a;
  if (a + 1 >= n || TokenText(skel, a) != "and" || skel.tokens[a + 1].mention >= 0) return 0;
  std::string_view v = TokenText(skel, a + 1);
  if (!EndsWith(v, "ed") || !Follower(c, v)) return 0;
  return a;
}

}  // namespace

size_t ClosedReportEnd(const Compiled& c, const Skeleton& skel, size_t say) {
  const size_t n = skel.tokens.size();
  if (say >= n || skel.tokens[say].mention >= 0 || !PastSpeech(c, TokenText(skel, say))) return 0;
  size_t k = say + 1;
  // (the speech's date: "said on Friday that", "said in May that")
  if (k + 1 < n && (TokenText(skel, k) == "on" || TokenText(skel, k) == "in") &&
      IsDate(skel, k + 1))
    k += 2;
  if (k < n && TokenText(skel, k) == "that") ++k;
  // Its own subject: a name, a pronoun, or a determiner and a short noun phrase.
  if (k >= n) return 0;
  std::string_view w = TokenText(skel, k);
  if (skel.tokens[k].mention >= 0) {
    ++k;
  } else if (w == "he" || w == "she" || w == "it" || w == "they" || w == "we") {
    ++k;
  } else if (w == "the" || w == "its" || w == "their" || w == "his" || w == "her") {
    size_t j = k + 1;
    while (j < n && j < k + 4 && skel.tokens[j].mention < 0 && !Follower(c, TokenText(skel, j)) &&
           TokenText(skel, j) != "," && TokenText(skel, j) != "and" && TokenText(skel, j) != "\"")
      ++j;
    if (j == k + 1) return 0;
    k = j;
  } else {
    return 0;
  }
  if (k >= n) return 0;
  if (const size_t a = QuotedTailEnd(c, skel, k)) return a;
  // Its verb, in a tense a simple past after "and" does not share: present, a
  // perfect ("had acted"), or quoted ("\"firmly opposes\"").
  bool other_tense = false;
  if (TokenText(skel, k) == "\"") {
    size_t close = k + 1;
    while (close < n && close < k + 6 && TokenText(skel, close) != "\"") {
      if (skel.tokens[close].mention < 0 && Present(TokenText(skel, close)) &&
          Follower(c, TokenText(skel, close)))
        other_tense = true;
      ++close;
    }
    if (close >= n || TokenText(skel, close) != "\"") return 0;
    k = close;
  } else {
    w = TokenText(skel, k);
    if (skel.tokens[k].mention >= 0) return 0;
    if (w == "had" || w == "has" || w == "have") {
      other_tense = true;
      ++k;
      while (k < n && skel.tokens[k].mention < 0 && EndsWith(TokenText(skel, k), "ly")) ++k;
      if (k >= n || skel.tokens[k].mention >= 0 || !EndsWith(TokenText(skel, k), "ed")) return 0;
    } else {
      other_tense = Present(w) && Follower(c, w);
    }
  }
  if (!other_tense) return 0;
  // Closed: an object or an adverb after the verb, then "and" and a past verb.
  size_t a = k + 1;
  while (a < n && a <= k + kMaxReportTail && TokenText(skel, a) != "and") {
    std::string_view x = TokenText(skel, a);
    if (x == "," || x == ";" || x == ":" || x == "but" || x == "\"" ||
        (skel.tokens[a].mention < 0 && c.coordination_stops.count(x)))
      return 0;
    ++a;
  }
  if (a == k + 1 || a + 1 >= n || TokenText(skel, a) != "and") return 0;
  if (skel.tokens[a + 1].mention >= 0) return 0;
  std::string_view v = TokenText(skel, a + 1);
  if (!EndsWith(v, "ed") || !Follower(c, v)) return 0;
  return a;
}

}  // namespace relations
}  // namespace actorgraph
